"""Map layers for a print layout, made from Processing feature sources.

The layout gets memory copies holding geometry and only the fields it draws (the stop number), so
it owns its layers (the sources may be temporary or in use elsewhere) and no attribute of a source,
free text or personal data, can reach the print.
"""
import math
from dataclasses import dataclass
from typing import Iterable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsMemoryProviderUtils,
    QgsPointXY,
    QgsProcessingFeatureSource,
    QgsRectangle,
    QgsVectorLayer,
)

from .. import compat

BATCH = 5000


@dataclass
class RouteFacts:
    """Where the route starts (map CRS), how long it is and how many minutes it takes."""

    start: Optional[QgsPointXY]
    length_m: Optional[float]
    minutes: Optional[float]


def map_crs(crs: QgsCoordinateReferenceSystem, centre_lonlat: Optional[QgsPointXY] = None):
    """``crs`` when it is projected; for a geographic one the UTM zone at ``centre_lonlat``."""
    if crs.isValid() and not crs.isGeographic():
        return crs
    lon, lat = (centre_lonlat.x(), centre_lonlat.y()) if centre_lonlat is not None else (15.0, 60.0)
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    return QgsCoordinateReferenceSystem("EPSG:{}".format((32600 if lat >= 0 else 32700) + zone))


def source_extent(source, target_crs, transform_context) -> QgsRectangle:
    """The extent of a feature source in ``target_crs``."""
    extent = source.sourceExtent()
    if source.sourceCrs() == target_crs or not source.sourceCrs().isValid():
        return extent
    transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, transform_context)
    return transform.transformBoundingBox(extent)


def memory_copy(source, name: str, keep_fields: Iterable[str] = (), rect: Optional[QgsRectangle] = None,
                rect_crs=None, transform_context=None, feedback=None, required: str = "") -> QgsVectorLayer:
    """A memory layer with the source's geometry and only ``keep_fields``; with ``rect`` (in
    ``rect_crs``) only the features there, with ``required`` only those where that kept field
    has a value. Features without geometry are left out."""
    source_fields = source.fields()
    fields = QgsFields()
    indices = []
    for field_name in keep_fields:
        index = source_fields.lookupField(field_name)
        if index >= 0:
            fields.append(source_fields.at(index))
            indices.append(index)
    layer = QgsMemoryProviderUtils.createMemoryLayer(name, fields, source.wkbType(), source.sourceCrs())
    request = QgsFeatureRequest()
    if indices:
        request.setSubsetOfAttributes(indices)
    else:
        request.setNoAttributes()
    if rect is not None:
        same = rect_crs is None or rect_crs == source.sourceCrs() or not source.sourceCrs().isValid()
        request.setFilterRect(rect if same else QgsCoordinateTransform(
            rect_crs, source.sourceCrs(), transform_context).transformBoundingBox(rect))
    batch = []
    for feature in _features(source, request):
        if feedback is not None and feedback.isCanceled():
            break
        if not feature.hasGeometry() or (required and compat.is_null(feature.attribute(required))):
            continue
        copy = QgsFeature(fields)
        copy.setGeometry(QgsGeometry(feature.geometry()))
        copy.setAttributes([feature.attribute(index) for index in indices])
        batch.append(copy)
        if len(batch) >= BATCH:
            layer.dataProvider().addFeatures(batch)
            batch = []
    layer.dataProvider().addFeatures(batch)
    layer.updateExtents()
    return layer


def _features(source, request):
    """Features of a source; drawing needs no valid geometry, so a Processing source skips its check."""
    if isinstance(source, QgsProcessingFeatureSource):
        flag = compat.qgis_enum("Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks",
                                "QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks")
        return source.getFeatures(request, flag)
    return source.getFeatures(request)


def point_layer(name: str, point: QgsPointXY, crs) -> QgsVectorLayer:
    """A memory layer with one point."""
    layer = QgsMemoryProviderUtils.createMemoryLayer(name, QgsFields(), compat.WkbType.Point, crs)
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(point))
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    return layer


def route_facts(source, target_crs, transform_context) -> RouteFacts:
    """Start (first vertex of the lowest leg_no, else of the first feature), total length
    (length_m, else measured) and duration (largest cum_minutes) of a route source."""
    names = source.fields().names()
    transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, transform_context)
    first, first_leg, length, minutes = None, None, 0.0, None
    for feature in source.getFeatures():
        leg = _number(feature.attribute("leg_no")) if "leg_no" in names else None
        geometry = feature.geometry()
        if geometry is not None and not geometry.isEmpty() and (
                first is None or (leg is not None and (first_leg is None or leg < first_leg))):
            vertex = geometry.vertexAt(0)
            first, first_leg = QgsPointXY(vertex.x(), vertex.y()), leg
        measured = _number(feature.attribute("length_m")) if "length_m" in names else None
        if measured is None and geometry is not None:
            measured = _measured_length(geometry, transform)
        length += measured or 0.0
        cumulative = _number(feature.attribute("cum_minutes")) if "cum_minutes" in names else None
        if cumulative is not None:
            minutes = cumulative if minutes is None else max(minutes, cumulative)
    start = transform.transform(first) if first is not None and source.sourceCrs().isValid() else first
    return RouteFacts(start, length or None, minutes)


def _measured_length(geometry, transform) -> float:
    copy = QgsGeometry(geometry)
    if transform.sourceCrs().isValid() and transform.sourceCrs() != transform.destinationCrs():
        copy.transform(transform)
    return copy.length()


def _number(value) -> Optional[float]:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def base_map(layers: Iterable, project) -> list:
    """The BASEMAP layers for a print: a layer of the project keeps the style the user gave it; a
    layer Processing loaded from a file (random colours) is drawn in quiet greys underneath."""
    from qgis.core import QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol, QgsSingleSymbolRenderer

    quiet = {compat.LINE: lambda: QgsLineSymbol.createSimple(
                 {"color": "#b4b4b4", "width": "0.25", "capstyle": "round"}),
             compat.POLYGON: lambda: QgsFillSymbol.createSimple(
                 {"color": "#ececec", "outline_color": "#cfcfcf", "outline_width": "0.1"}),
             compat.POINT: lambda: QgsMarkerSymbol.createSimple(
                 {"color": "#b4b4b4", "size": "0.8", "outline_style": "no"})}
    result = []
    for layer in layers:
        in_project = project is not None and project.mapLayer(layer.id()) is not None
        if isinstance(layer, QgsVectorLayer) and not in_project:
            make = quiet.get(layer.geometryType())
            if make is not None:
                layer.setRenderer(QgsSingleSymbolRenderer(make()))
        result.append(layer)
    return result
