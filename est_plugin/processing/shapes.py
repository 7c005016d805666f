"""QGIS polygon layers as shapely geometries in the analysis CRS."""
from typing import List, Tuple

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject
from shapely import wkb
from shapely.ops import unary_union

from ..core.errors import InputError
from ..core.messages import text


def polygons(source, crs, context, attribute: str = "") -> Tuple[List, List]:
    """(shapely geometries, values of ``attribute``) of every feature with a geometry."""
    project = context.project() or QgsProject.instance()
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, project.transformContext())
    request = QgsFeatureRequest()
    if not attribute:
        request.setNoAttributes()
    shapes, values = [], []
    for feature in source.getFeatures(request):
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        if geometry.transform(transform) != 0:  # never mix CRSs silently
            raise InputError(text("reprojection_failed", layer=source.sourceName(),
                                  source=source.sourceCrs().authid() or source.sourceCrs().description(),
                                  target=crs.authid() or crs.description()))
        shape = wkb.loads(bytes(geometry.asWkb()))
        shapes.append(shape if shape.is_valid else shape.buffer(0))
        values.append(feature.attribute(attribute) if attribute else None)
    return shapes, values


def union(shapes):
    """The union of shapely geometries (None for none)."""
    return unary_union(shapes) if shapes else None

