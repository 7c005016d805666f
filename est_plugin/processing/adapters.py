"""QGIS <-> core: feature sources to DataFrames, CRS definitions, fields, sinks."""
import datetime
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPoint,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from .. import compat

BATCH = 10000
TEMPORAL_KINDS = ("datetime", "date", "time")


@dataclass
class SourceData:
    """Attributes of a feature source as a DataFrame, with feature ids and point coordinates."""

    frame: pd.DataFrame
    fids: np.ndarray
    x: Optional[np.ndarray]
    y: Optional[np.ndarray]
    fields: QgsFields


def crs_definition(crs: QgsCoordinateReferenceSystem) -> str:
    """A definition pyproj reads: the authority code when it has one, else WKT2."""
    authid = crs.authid()
    if authid and authid.split(":")[0].upper() in ("EPSG", "ESRI", "IGNF", "OGC"):
        return authid
    variant = getattr(QgsCoordinateReferenceSystem, "WKT_PREFERRED", None)
    return crs.toWkt(variant) if variant is not None else crs.toWkt()


def qgis_crs(definition: str) -> QgsCoordinateReferenceSystem:
    """The QGIS CRS for a definition made by :func:`crs_definition` or the core."""
    crs = QgsCoordinateReferenceSystem(definition)
    return crs if crs.isValid() else QgsCoordinateReferenceSystem.fromWkt(definition)


def is_point_source(source) -> bool:
    """True when the source has point (or multipoint) geometry."""
    return QgsWkbTypes.geometryType(source.wkbType()) == compat.POINT


def has_geometry(source) -> bool:
    """True when the source has any geometry at all."""
    return QgsWkbTypes.geometryType(source.wkbType()) not in (compat.NULL_GEOMETRY,
                                                              compat.UNKNOWN_GEOMETRY)


def read_source(source, with_geometry: bool, feedback=None,
                attributes: Optional[Sequence[str]] = None) -> SourceData:
    """All features' attributes (or only ``attributes``) and, if asked, their point coordinates.

    Multi-points and other geometries give their centroid; features without geometry give NaN.
    """
    fields = source.fields()
    names = list(attributes) if attributes is not None else fields.names()
    request = QgsFeatureRequest().setSubsetOfAttributes(names, fields)
    if not with_geometry:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    indexes = [fields.indexFromName(n) for n in names]
    columns, fids, xs, ys = [[] for _ in names], [], [], []
    total = max(source.featureCount(), 1)
    for count, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and count % BATCH == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(40.0 * count / total)
        for column, index in zip(columns, indexes):
            column.append(feature[index])
        fids.append(feature.id())
        if with_geometry:
            x, y = _point_of(feature.geometry())
            xs.append(x)
            ys.append(y)
    frame = pd.DataFrame({name: _python_values(column) for name, column in zip(names, columns)},
                         columns=names, dtype=object)
    coords = (np.array(xs, float), np.array(ys, float)) if with_geometry else (None, None)
    return SourceData(frame, np.array(fids, dtype="int64"), coords[0], coords[1], fields)


def _point_of(geometry: QgsGeometry):
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return np.nan, np.nan
    if QgsWkbTypes.flatType(geometry.wkbType()) == compat.WkbType.Point:
        point = geometry.constGet()
        return point.x(), point.y()
    point = geometry.centroid().asPoint()
    return point.x(), point.y()


def _python_values(values: list) -> np.ndarray:
    """Qt values (NULL QVariant, QDateTime, QDate, QTime) as Python values, in an object array."""
    def convert(value):
        value = compat.plain_value(value)
        if isinstance(value, QDateTime):
            return value.toPyDateTime() if value.isValid() else None
        if isinstance(value, QDate):
            return value.toPyDate() if value.isValid() else None
        if isinstance(value, QTime):
            return value.toPyTime() if value.isValid() else None
        return value
    array = np.empty(len(values), dtype=object)
    array[:] = [convert(value) for value in values]
    return array


def field_kinds(fields: QgsFields) -> Dict[str, str]:
    """Core kinds ('int', 'float', 'str', ...) of a layer's fields."""
    kinds = {}
    for field in fields:
        kind = compat.field_kind(field)
        kinds[field.name()] = "str" if kind == "other" else kind
    return kinds


def make_fields(frame: pd.DataFrame, kinds: Dict[str, str],
                source_fields: Optional[Dict[str, QgsField]] = None) -> QgsFields:
    """Output fields for a frame: copies of the source's fields where given, else from kinds."""
    fields = QgsFields()
    for name in frame.columns:
        original = (source_fields or {}).get(name)
        if original is not None:
            field = QgsField(original)
            field.setName(name)
        else:
            kind = kinds.get(name, "str")
            if kind == "int" and _exceeds_int32(frame[name]):
                kind = "long"
            field = compat.field(name, kind)
        fields.append(field)
    return fields


def _exceeds_int32(values: pd.Series) -> bool:
    numbers = pd.to_numeric(values, errors="coerce").dropna()
    return bool(len(numbers)) and bool((numbers.abs() > 2**31 - 1).any())


def python_rows(frame: pd.DataFrame, fields: QgsFields) -> List[list]:
    """Rows of values that QgsFeature.setAttributes takes: Python numbers and text, Qt dates
    and times for the fields of those types (a Python datetime would be stored as an opaque
    object), None for missing."""
    temporal = {field.name() for field in fields if compat.field_kind(field) in TEMPORAL_KINDS}
    columns = []
    for name in frame.columns:
        values = frame[name]
        missing = pd.isna(values).to_numpy()
        if pd.api.types.is_datetime64_any_dtype(values):
            array = _python_datetimes(values)
        else:
            array = values.astype(object).to_numpy(copy=True)
        array[missing] = None
        if name in temporal:
            array = np.array([to_qt(v) for v in array], dtype=object)
        columns.append(array)
    return [list(row) for row in zip(*columns)] if columns else [[] for _ in range(len(frame))]


def _python_datetimes(values: pd.Series) -> np.ndarray:
    """datetime.datetime objects of a datetime64 column, in an object array (through the
    DatetimeArray: ``Series.dt.to_pydatetime`` warns from pandas 2.1 on)."""
    return np.array(values.array.to_pydatetime(), dtype=object)


def to_qt(value):
    """Python/pandas date, datetime and time values as QDate, QDateTime and QTime."""
    if isinstance(value, np.datetime64):
        value = pd.Timestamp(value).to_pydatetime()
    if isinstance(value, datetime.datetime):
        return QDateTime(value.year, value.month, value.day, value.hour, value.minute, value.second)
    if isinstance(value, datetime.date):
        return QDate(value.year, value.month, value.day)
    if isinstance(value, datetime.time):
        return QTime(value.hour, value.minute, value.second)
    return value


def write_features(sink, fields: QgsFields, frame: pd.DataFrame, x=None, y=None,
                   feedback=None, progress=(60.0, 100.0)) -> int:
    """Write rows (with points where x/y are given) to a sink in batches; return the count."""
    batch, written = [], 0
    total = max(len(frame), 1)
    for i, attributes in enumerate(python_rows(frame, fields)):
        feature = QgsFeature(fields)
        feature.setAttributes(attributes)
        if x is not None:
            # QgsGeometry(QgsPoint) is 4x faster than fromPointXY(QgsPointXY) (measured, 148k points)
            feature.setGeometry(QgsGeometry(QgsPoint(float(x[i]), float(y[i]))))
        batch.append(feature)
        if len(batch) >= BATCH:
            written += _flush(sink, batch)
            if feedback is not None:
                if feedback.isCanceled():
                    return written
                feedback.setProgress(progress[0] + (progress[1] - progress[0]) * i / total)
    return written + _flush(sink, batch)


def _flush(sink, batch: list) -> int:
    if batch and not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
        raise QgsProcessingException(sink.lastError() or "features could not be written")
    count = len(batch)
    batch.clear()
    return count


def extent_to_lonlat(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem, context):
    """(west, south, east, north) in degrees for a rectangle in ``crs``."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    project = context.project() or QgsProject.instance()
    transform = QgsCoordinateTransform(crs, wgs84, project.transformContext())
    box = transform.transformBoundingBox(extent)
    return box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()


def as_date(value) -> Optional[datetime.date]:
    """A Python date from a QDate/QDateTime parameter value, None when empty or invalid."""
    if value is None or not value.isValid():
        return None
    return value.date().toPyDate() if isinstance(value, QDateTime) else value.toPyDate()
