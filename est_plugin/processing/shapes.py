"""QGIS polygon layers as shapely geometries in the analysis CRS, and point coordinates."""
from typing import List, Tuple

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject
from shapely import wkb
from shapely.ops import unary_union


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
        geometry.transform(transform)
        shape = wkb.loads(bytes(geometry.asWkb()))
        shapes.append(shape if shape.is_valid else shape.buffer(0))
        values.append(feature.attribute(attribute) if attribute else None)
    return shapes, values


def union(shapes):
    """The union of shapely geometries (None for none)."""
    return unary_union(shapes) if shapes else None


def point_coordinates(source, crs, context) -> Tuple[np.ndarray, np.ndarray]:
    """x, y of every point feature (multipoints by part) in ``crs``."""
    project = context.project() or QgsProject.instance()
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, project.transformContext())
    xs, ys = [], []
    for feature in source.getFeatures(QgsFeatureRequest().setNoAttributes()):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry = QgsGeometry(geometry)
        geometry.transform(transform)
        for part in geometry.constParts():
            xs.append(part.x())
            ys.append(part.y())
    return np.array(xs, float), np.array(ys, float)
