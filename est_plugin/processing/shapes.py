"""QGIS polygon layers as shapely geometries in the analysis CRS."""
from typing import Iterator, List, Tuple

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingFeatureSource,
    QgsProject,
)
from shapely import wkb
from shapely.ops import unary_union

from ..core.errors import InputError
from ..core.messages import text


def features(source, request):
    """The features of a source, invalid geometries included: they are repaired by the reader, not
    refused by Processing's check (which would stop at the first invalid OpenStreetMap polygon)."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def _shapes(source, crs, context, attribute: str = "") -> Iterator[Tuple[int, object, object]]:
    """(feature id, shapely geometry in ``crs``, value of ``attribute``) of every feature with a
    geometry; invalid geometries repaired with buffer(0)."""
    project = context.project() or QgsProject.instance()
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, project.transformContext())
    request = QgsFeatureRequest()
    if not attribute:
        request.setNoAttributes()
    for feature in features(source, request):
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        if geometry.transform(transform) != 0:  # never mix CRSs silently
            raise InputError(text("reprojection_failed", layer=source.sourceName(),
                                  source=source.sourceCrs().authid() or source.sourceCrs().description(),
                                  target=crs.authid() or crs.description()))
        shape = wkb.loads(bytes(geometry.asWkb()))
        yield feature.id(), (shape if shape.is_valid else shape.buffer(0)), \
            (feature.attribute(attribute) if attribute else None)


def polygons(source, crs, context, attribute: str = "") -> Tuple[List, List]:
    """(shapely geometries, values of ``attribute``) of every feature with a geometry."""
    found = list(_shapes(source, crs, context, attribute))
    return [shape for _, shape, _ in found], [value for _, _, value in found]


def polygons_with_ids(source, crs, context) -> Tuple[List, List[int]]:
    """(shapely geometries, feature ids) of every feature with a geometry."""
    found = list(_shapes(source, crs, context))
    return [shape for _, shape, _ in found], [fid for fid, _, _ in found]


def union(shapes):
    """The union of shapely geometries (None for none)."""
    return unary_union(shapes) if shapes else None
