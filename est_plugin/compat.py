"""The one place where QGIS 3.22 ... 3.44 and QGIS 4 (Qt6) differ for the plugin.

Everything else in est_plugin uses these names instead of checking versions itself:

- field types: QGIS 3.38 moved ``QgsField`` from ``QVariant.Type`` to ``QMetaType.Type`` (QGIS 4
  removed the QVariant form). :data:`FieldType` holds the right member for the running QGIS and
  :func:`field` builds a ``QgsField`` with it; :func:`field_kind` reads a field's type back as a
  plain word ("int", "float", ...), which compares the same on every version.
- NULL values: :func:`is_null` knows QVariant NULLs (Qt5) and ``None`` (Qt6).
- label placement: QGIS 3.26 split the placement enum out of ``QgsPalLayerSettings``
  (:func:`label_placement`).
- other enums QGIS 3.30+ moved into ``Qgis`` (units, geometry types, legend parts, ...): QGIS 4 has
  only the new names, QGIS 3.22 only the old ones. :func:`qgis_enum` takes both spellings; the
  constants below name the ones the print layouts use.
"""
from qgis.core import (
    Qgis,
    QgsField,
    QgsMapLayerProxyModel,
    QgsPalLayerSettings,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant

QGIS_VERSION_INT = int(Qgis.versionInt()) if hasattr(Qgis, "versionInt") else int(Qgis.QGIS_VERSION_INT)
USES_METATYPE = QGIS_VERSION_INT >= 33800

# (QMetaType.Type name, QVariant.Type name) for each kind of field the plugin writes.
_TYPE_NAMES = {
    "int": ("Int", "Int"),
    "long": ("LongLong", "LongLong"),
    "uint": ("UInt", "UInt"),
    "ulong": ("ULongLong", "ULongLong"),
    "float": ("Double", "Double"),
    "str": ("QString", "String"),
    "date": ("QDate", "Date"),
    "datetime": ("QDateTime", "DateTime"),
    "time": ("QTime", "Time"),
    "bool": ("Bool", "Bool"),
}


def _member(kind: str):
    metatype_name, variant_name = _TYPE_NAMES[kind]
    if USES_METATYPE:
        return getattr(QMetaType.Type, metatype_name)
    return getattr(QVariant, variant_name)


class FieldType:
    """Field types for ``QgsField`` of the running QGIS (QMetaType from 3.38 on, else QVariant)."""

    Int = _member("int")
    LongLong = _member("long")
    UInt = _member("uint")
    ULongLong = _member("ulong")
    Double = _member("float")
    String = _member("str")
    Date = _member("date")
    DateTime = _member("datetime")
    Time = _member("time")
    Bool = _member("bool")


_KIND_BY_VALUE = {int(getattr(_member(kind), "value", _member(kind))): kind for kind in _TYPE_NAMES}
_PLAIN = {"long": "int", "uint": "int", "ulong": "int"}


def type_of(kind: str):
    """The field type for a kind word: 'int', 'long', 'float', 'str', 'date', 'datetime', 'time', 'bool'."""
    return _member(kind)


def field(name: str, kind, length: int = 0, precision: int = 0) -> QgsField:
    """A ``QgsField`` of ``kind`` (a kind word or a :class:`FieldType` member)."""
    qtype = _member(kind) if isinstance(kind, str) else kind
    return QgsField(name, qtype, "", length, precision)


def field_kind(qgs_field: QgsField, exact: bool = False) -> str:
    """'int', 'float', 'str', 'date', 'datetime', 'time', 'bool' or 'other' for a field's type
    (64-bit and unsigned integers are 'int'; with ``exact`` they are 'long', 'uint', 'ulong')."""
    qtype = qgs_field.type()
    kind = _KIND_BY_VALUE.get(int(getattr(qtype, "value", qtype)), "other")
    return kind if exact else _PLAIN.get(kind, kind)


def is_null(value) -> bool:
    """True for None and for a NULL QVariant (what QGIS gives for NULL attributes with Qt5)."""
    if value is None:
        return True
    return isinstance(value, QVariant) and value.isNull()


def plain_value(value):
    """None for NULL; a QVariant's value; other values as they are."""
    if is_null(value):
        return None
    return value.value() if isinstance(value, QVariant) else value


# Geometry types (what QgsVectorLayer.geometryType() and QgsWkbTypes.geometryType() return),
# WKB types, layer filters, raster statistics, legend fonts: the names moved into Qgis in 3.30-3.36.
_GEOMETRY_TYPE = getattr(Qgis, "GeometryType", None)
if _GEOMETRY_TYPE is not None:  # QGIS >= 3.30
    POINT, LINE, POLYGON = _GEOMETRY_TYPE.Point, _GEOMETRY_TYPE.Line, _GEOMETRY_TYPE.Polygon
    UNKNOWN_GEOMETRY, NULL_GEOMETRY = _GEOMETRY_TYPE.Unknown, _GEOMETRY_TYPE.Null
else:
    POINT = QgsWkbTypes.GeometryType.PointGeometry
    LINE = QgsWkbTypes.GeometryType.LineGeometry
    POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
    UNKNOWN_GEOMETRY = QgsWkbTypes.GeometryType.UnknownGeometry
    NULL_GEOMETRY = QgsWkbTypes.GeometryType.NullGeometry

# Layer types (QgsMapLayer.type()): Qgis.LayerType from QGIS 3.30, QgsMapLayerType before.
if hasattr(Qgis, "LayerType"):
    VECTOR_LAYER, RASTER_LAYER = Qgis.LayerType.Vector, Qgis.LayerType.Raster
else:
    from qgis.core import QgsMapLayerType

    VECTOR_LAYER, RASTER_LAYER = QgsMapLayerType.VectorLayer, QgsMapLayerType.RasterLayer

#: WKB types with the same member names everywhere (``WkbType.Point``, ``WkbType.MultiPolygon`` ...).
WkbType = getattr(Qgis, "WkbType", None) or QgsWkbTypes.Type

#: Layer filters of QgsMapLayerComboBox / QgsMapLayerProxyModel (``LayerFilter.PointLayer`` ...).
LayerFilter = getattr(Qgis, "LayerFilter", None) or QgsMapLayerProxyModel.Filter
_LAYER_FILTERS = Qgis.LayerFilters if hasattr(Qgis, "LayerFilter") else QgsMapLayerProxyModel.Filters


def _number(member) -> int:
    return int(getattr(member, "value", member))


def layer_filters(*members):
    """The members of :data:`LayerFilter` (or their names, or numbers) as the flags object
    ``QgsMapLayerComboBox.setFilters`` takes. (From QGIS 3.34 ``a | b`` of two members is a plain
    int, which picks the deprecated QgsMapLayerProxyModel.Filters overload.)"""
    value = 0
    for member in members:
        value |= _number(getattr(LayerFilter, member) if isinstance(member, str) else member)
    return _LAYER_FILTERS(value)


def band_statistics(provider, band: int = 1, extent=None, sample_size: int = 0):
    """``provider.bandStatistics`` (all statistics) of one band, whole raster unless ``extent``.
    From QGIS 3.36 the overload that takes ``stats`` as a number is deprecated and a Python
    Qgis.RasterBandStatistics still selects it; leaving ``stats`` out selects the new one."""
    from qgis.core import QgsRectangle

    return provider.bandStatistics(band, extent=extent if extent is not None else QgsRectangle(),
                                   sampleSize=sample_size)


def set_legend_style_font(style, font, colour=None) -> None:
    """Set the font (and colour) of a ``QgsLegendStyle``: through its text format from QGIS 3.30
    (``setFont`` is deprecated there), with ``setFont`` before."""
    if hasattr(style, "setTextFormat"):
        from qgis.core import QgsTextFormat

        text_format = QgsTextFormat()
        text_format.setFont(font)
        if font.pointSizeF() > 0:
            text_format.setSize(font.pointSizeF())
            text_format.setSizeUnit(render_unit("Points"))
        if colour is not None:
            text_format.setColor(colour)
        style.setTextFormat(text_format)
    else:
        style.setFont(font)


def render_unit(name: str):
    """A render unit ('Points', 'Millimeters', 'MapUnits', ...): ``Qgis.RenderUnit`` from QGIS 3.30,
    ``QgsUnitTypes.RenderUnit`` (members with a 'Render' prefix) before."""
    scoped = getattr(Qgis, "RenderUnit", None)
    if scoped is not None:
        return getattr(scoped, name)
    from qgis.core import QgsUnitTypes

    return getattr(QgsUnitTypes.RenderUnit, "Render" + name)


def label_placement(name: str):
    """A label placement ('OverPoint', 'AroundPoint', ...) for ``QgsPalLayerSettings.placement``."""
    scoped = getattr(Qgis, "LabelPlacement", None)
    return getattr(scoped if scoped is not None else QgsPalLayerSettings, name)


def qgis_enum(scoped: str, legacy: str):
    """The enum member ``scoped`` ('Qgis.LayoutUnit.Millimeters') where the running QGIS has it
    (3.30+, QGIS 4), else ``legacy`` ('QgsUnitTypes.LayoutMillimeters', QGIS 3.22 ...)."""
    import qgis.core

    for path in (scoped, legacy):
        value = qgis.core
        try:
            for part in path.split("."):
                value = getattr(value, part)
        except AttributeError:
            continue
        return value
    raise AttributeError("neither {} nor {} in this QGIS".format(scoped, legacy))


LAYOUT_MM = qgis_enum("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutMillimeters")
DISTANCE_METERS = qgis_enum("Qgis.DistanceUnit.Meters", "QgsUnitTypes.DistanceMeters")
DISTANCE_KM = qgis_enum("Qgis.DistanceUnit.Kilometers", "QgsUnitTypes.DistanceKilometers")
TEXT_ALWAYS_TEXT = qgis_enum("Qgis.TextRenderFormat.AlwaysText", "QgsRenderContext.TextFormatAlwaysText")
SCALE_BAR_FIT_WIDTH = qgis_enum("Qgis.ScaleBarSegmentSizeMode.FitWidth",
                                "QgsScaleBarSettings.SegmentSizeFitWidth")


def legend_component(name: str):
    """A legend part ('Title', 'Group', 'Subgroup', 'Symbol', 'SymbolLabel') for
    ``QgsLayoutItemLegend.rstyle``."""
    return qgis_enum("Qgis.LegendComponent." + name, "QgsLegendStyle." + name)



def task_thread_pools() -> list:
    """The thread pools that run QgsTasks: the task manager's own (QGIS 3.34 and later give it one)
    and Qt's global pool (the only one before)."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QThreadPool

    pools = [QThreadPool.globalInstance()]
    manager = QgsApplication.taskManager()
    own = manager.threadPool() if hasattr(manager, "threadPool") else None
    if own is not None and own is not pools[0]:
        pools.insert(0, own)
    return pools
