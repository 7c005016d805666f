"""Rows of plain values (from pandas or numpy) into a Processing sink."""
from typing import Iterable, Mapping, Sequence, Tuple

from qgis.core import QgsFeature, QgsFeatureSink, QgsFields, QgsProcessingException
from qgis.PyQt.QtCore import QDate

from .. import compat


def attribute_value(value):
    """A value QGIS stores: None for missing or NaN, QDate for dates, Python numbers for numpy's."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "year") and hasattr(value, "day") and not hasattr(value, "hour"):
        return QDate(value.year, value.month, value.day)
    if hasattr(value, "item"):
        value = value.item()
        return None if isinstance(value, float) and value != value else value
    return value


def fields_of(spec: Sequence[Tuple[str, int]]) -> QgsFields:
    """QgsFields from (name, QVariant type) pairs."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(compat.field(name, kind))
    return fields


def write_rows(algorithm, parameters, name: str, context, spec: Sequence[Tuple[str, int]],
               rows: Iterable[Mapping], wkb_type=compat.WkbType.NoGeometry, crs=None, geometries=None):
    """Write ``rows`` (dicts) with the fields of ``spec`` to the sink ``name``; its destination."""
    fields = fields_of(spec)
    arguments = (parameters, name, context, fields, wkb_type) + ((crs,) if crs is not None else ())
    sink, dest = algorithm.parameterAsSink(*arguments)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    shapes = iter(geometries) if geometries is not None else None
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([attribute_value(row.get(field)) for field, _kind in spec])
        if shapes is not None:
            feature.setGeometry(next(shapes))
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return dest
