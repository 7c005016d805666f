"""QGIS <-> core for est:walkroute: network lines and stops as coordinate arrays, the planned walk
to feature sinks. Loaded lazily (numpy) when the algorithm runs."""
from dataclasses import dataclass
from typing import List, Optional

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsProcessingException,
    QgsProcessingUtils,
    QgsProject,
    QgsWkbTypes,
)

from .. import compat

PROGRESS_EVERY = 1000  # features between progress reports and cancel checks


@dataclass
class NetworkLines:
    """The walkable lines (one coordinate array per part) and the street name of each."""

    lines: List[np.ndarray]
    names: List[Optional[str]]
    features: int


@dataclass
class StopData:
    """Stop points (NaN where a feature has no geometry), feature ids and attributes."""

    xy: np.ndarray
    fids: List[int]
    attributes: List[list]
    fields: QgsFields

    def has_points(self) -> bool:
        """True when at least one stop has a point."""
        return bool(np.isfinite(self.xy).all(axis=1).any())


def middle_lonlat(extent, crs: QgsCoordinateReferenceSystem, context):
    """Longitude and latitude of the middle of a rectangle given in ``crs``."""
    project = context.project() or QgsProject.instance()
    transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"),
                                       project.transformContext())
    middle = transform.transform(extent.center())
    return middle.x(), middle.y()


def line_parts(geometry: QgsGeometry) -> List[np.ndarray]:
    """The parts of a (multi)line geometry as (n, 2) arrays; curves are segmentized."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return []
    polylines = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
    return [np.array([(point.x(), point.y()) for point in polyline], dtype=float).reshape(-1, 2)
            for polyline in polylines if len(polyline) >= 2]


def read_lines(source, request: QgsFeatureRequest, name_index: int, feedback,
               progress=(5.0, 30.0)) -> NetworkLines:
    """The lines of ``source`` that ``request`` selects, with the name in field ``name_index``."""
    lines, names, count = [], [], 0
    total = max(source.featureCount(), 1)
    for count, feature in enumerate(source.getFeatures(request), start=1):
        if count % PROGRESS_EVERY == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(progress[0] + (progress[1] - progress[0]) * min(count / total, 1.0))
        name = compat.plain_value(feature.attribute(name_index)) if name_index >= 0 else None
        for part in line_parts(feature.geometry()):
            lines.append(part)
            names.append(None if name is None else str(name))
    return NetworkLines(lines, names, count)


def stop_point(geometry: QgsGeometry):
    """The point a stop is visited at: the point itself, or a point inside a polygon (point on
    surface, never outside as a centroid can be); (nan, nan) without geometry."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return np.nan, np.nan
    if QgsWkbTypes.flatType(geometry.wkbType()) == compat.WkbType.Point:
        point = geometry.constGet()
    else:
        point = geometry.pointOnSurface().constGet()
    return (point.x(), point.y()) if point is not None else (np.nan, np.nan)


def read_stops(source, crs, context, feedback) -> StopData:
    """Every stop with its point in ``crs``, feature id and attributes."""
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    xy, fids, attributes = [], [], []
    for feature in source.getFeatures(request):
        if feedback.isCanceled():
            break
        xy.append(stop_point(feature.geometry()))
        fids.append(feature.id())
        attributes.append([compat.plain_value(value) for value in feature.attributes()])
    return StopData(np.array(xy, dtype=float).reshape(-1, 2), fids, attributes, source.fields())


def leg_fields() -> QgsFields:
    """Fields of the route legs."""
    fields = QgsFields()
    for name, kind in (("leg_no", "int"), ("from_stop", "int"), ("to_stop", "int"),
                       ("length_m", "float"), ("cum_length_m", "float"),
                       ("cum_minutes", "float")):
        fields.append(compat.field(name, kind))
    return fields


def stop_fields(source_fields: QgsFields) -> QgsFields:
    """Fields of the ordered stops: ours first, then the stop layer's (renamed name_2 on a clash)."""
    ours = QgsFields()
    for name, kind in (("stop_no", "int"), ("arrival_min", "float"),
                       ("distance_m", "float"), ("street", "str"),
                       ("snap_m", "float"), ("priority", "float"),
                       ("left_out", "str")):
        ours.append(compat.field(name, kind))
    return QgsProcessingUtils.combineFields(ours, source_fields)


def write_legs(sink, plan) -> None:
    """One line feature per leg."""
    fields = leg_fields()
    features = []
    for leg in plan.legs:
        feature = QgsFeature(fields)
        feature.setAttributes([leg.leg_no, leg.from_stop, leg.to_stop, round(leg.length_m, 2),
                               round(leg.cum_length_m, 2), round(leg.cum_minutes, 2)])
        feature.setGeometry(QgsGeometry(QgsLineString(leg.xy[:, 0].tolist(), leg.xy[:, 1].tolist())))
        features.append(feature)
    _add(sink, features)


def write_stops(sink, plan, stops: StopData, priorities: List[Optional[float]]) -> None:
    """The visited stops in walking order, then the stops left out (no stop_no, a reason)."""
    fields = stop_fields(stops.fields)
    rows = [(stop.index, [stop.stop_no, round(stop.arrival_min, 2), round(stop.distance_m, 2),
                          stop.street, round(stop.snap_m, 2), priorities[stop.index], None])
            for stop in plan.stops]
    rows += [(gone.index, [None, None, None, None, None, priorities[gone.index], gone.reason])
             for gone in plan.dropped]
    features = []
    for index, ours in rows:
        feature = QgsFeature(fields)
        feature.setAttributes(ours + stops.attributes[index])
        x, y = stops.xy[index]
        if np.isfinite(x) and np.isfinite(y):
            feature.setGeometry(QgsGeometry(QgsPoint(float(x), float(y))))
        features.append(feature)
    _add(sink, features)


def _add(sink, features: list) -> None:
    if features and not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
        raise QgsProcessingException(sink.lastError() or "features could not be written")
