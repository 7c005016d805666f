"""Symbols of the walk map: the route with direction arrows, numbered stops, the start, hotspots,
incident density, street lights and vegetation. Built in code so that they need no files and
look the same on every QGIS from 3.22."""
from qgis.core import (
    QgsColorRampShader,
    QgsFillSymbol,
    QgsFontMarkerSymbolLayer,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRasterShader,
    QgsSimpleLineSymbolLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from .. import compat
from .common import BRAND, font_family, text_format

START_GREEN = "#1a9850"
HOTSPOT_RED = "#d7301f"
# Density ramp: (share of the range, RGBA); the lowest values are transparent.
DENSITY_RAMP = ((0.0, (255, 255, 178, 0)), (0.12, (254, 217, 118, 90)), (0.35, (254, 178, 76, 140)),
                (0.6, (253, 141, 60, 175)), (0.85, (240, 59, 32, 200)), (1.0, (189, 0, 38, 215)))


def route_renderer() -> QgsSingleSymbolRenderer:
    """A blue line on a white casing with arrowheads every 22 mm pointing the walking direction."""
    casing = {"line_color": "#ffffff", "line_width": "2.3", "capstyle": "round", "joinstyle": "round"}
    line = {"line_color": BRAND, "line_width": "1.1", "capstyle": "round", "joinstyle": "round"}
    symbol = QgsLineSymbol.createSimple(casing)
    symbol.appendSymbolLayer(QgsSimpleLineSymbolLayer.create(line))
    arrows = QgsMarkerLineSymbolLayer.create({"interval": "22", "interval_unit": "MM",
                                             "offset_along_line": "11", "offset_along_line_unit": "MM",
                                             "placement": "interval", "rotate": "1"})
    arrows.setSubSymbol(QgsMarkerSymbol.createSimple({
        "name": "filled_arrowhead", "size": "5.2", "color": BRAND, "outline_color": "#ffffff",
        "outline_width": "0.45", "joinstyle": "miter"}))
    symbol.appendSymbolLayer(arrows)
    return QgsSingleSymbolRenderer(symbol)


def stop_renderer(number_field: str = "stop_no") -> QgsSingleSymbolRenderer:
    """Blue circles with the stop number in white, as the badges of the protocol."""
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "size": "6.4", "color": BRAND,
                                           "outline_color": "#ffffff", "outline_width": "0.6"})
    number = QgsFontMarkerSymbolLayer(font_family(), "1", 3.4, QColor("#ffffff"))
    number.setFontStyle("Bold")
    number.setSizeUnit(compat.render_unit("Millimeters"))
    number.setDataDefinedProperty(compat.qgis_enum("QgsSymbolLayer.Property.Character",
                                                   "QgsSymbolLayer.PropertyCharacter"),
                                  QgsProperty.fromExpression('to_string("{}")'.format(number_field)))
    number.setDataDefinedProperty(compat.qgis_enum("QgsSymbolLayer.Property.Size",
                                                   "QgsSymbolLayer.PropertySize"), QgsProperty.fromExpression(
        'CASE WHEN "{0}" >= 100 THEN 2.3 WHEN "{0}" >= 10 THEN 2.9 ELSE 3.4 END'.format(number_field)))
    symbol.appendSymbolLayer(number)
    return QgsSingleSymbolRenderer(symbol)


def start_renderer() -> QgsSingleSymbolRenderer:
    """A green disc under the first stop: a green ring around it on the map."""
    return QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({
        "name": "circle", "size": "9.6", "color": START_GREEN, "outline_color": "#ffffff",
        "outline_width": "0.5"}))


def start_labeling(text: str) -> QgsVectorLayerSimpleLabeling:
    """The word 'Start' next to the start marker, always drawn."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "'{}'".format(text.replace("'", "''"))
    settings.isExpression = True
    settings.placement = compat.label_placement("AroundPoint")
    settings.dist = 3.2
    settings.distUnits = compat.render_unit("Millimeters")
    settings.priority = 10
    if hasattr(settings, "displayAll"):  # QGIS < 3.26; later the overlap handling below
        settings.displayAll = True
    else:
        from qgis.core import Qgis

        settings.placementSettings().setOverlapHandling(Qgis.LabelOverlapHandling.AllowOverlapAtNoCost)
    label_format = text_format(9.0, bold=True, colour=START_GREEN)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.9)
    buffer.setColor(QColor("#ffffff"))
    label_format.setBuffer(buffer)
    settings.setFormat(label_format)
    return QgsVectorLayerSimpleLabeling(settings)


def hotspot_renderer(geometry_type) -> QgsSingleSymbolRenderer:
    """Translucent red areas (or red dots for point hotspots)."""
    if geometry_type == compat.POLYGON:
        return QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
            "color": "215,48,31,55", "outline_color": HOTSPOT_RED, "outline_width": "0.45",
            "outline_style": "dash"}))
    if geometry_type == compat.LINE:
        return QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({
            "line_color": "215,48,31,150", "line_width": "2.5"}))
    return QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({
        "name": "circle", "size": "5", "color": "215,48,31,90", "outline_color": HOTSPOT_RED,
        "outline_width": "0.35"}))


def lights_renderer() -> QgsSingleSymbolRenderer:
    """Small yellow dots with a dark rim."""
    return QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({
        "name": "circle", "size": "1.3", "color": "#ffd92f", "outline_color": "#7a5c00",
        "outline_width": "0.12"}))


def vegetation_renderer(geometry_type) -> QgsSingleSymbolRenderer:
    """Light green areas, or green dots for trees."""
    if geometry_type == compat.POLYGON:
        return QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
            "color": "116,196,118,95", "outline_color": "65,171,93,160", "outline_width": "0.1"}))
    if geometry_type == compat.LINE:
        return QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({
            "line_color": "65,171,93,170", "line_width": "1.2"}))
    return QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({
        "name": "circle", "size": "1.7", "color": "65,171,93,190", "outline_style": "no"}))


def style_density(layer, low_label: str, high_label: str) -> bool:
    """A translucent yellow-red ramp over band 1 (lowest values transparent); False if the band
    has no range."""
    provider = layer.dataProvider()
    # all statistics of the whole band: with a 'stats' argument PyQt picks QGIS 3.36+'s deprecated
    # int overload (a warning, an error in the tests)
    stats = provider.bandStatistics(1)
    low, high = stats.minimumValue, stats.maximumValue
    if not high > low:
        return False
    shader = QgsColorRampShader(low, high)
    shader.setColorRampType(compat.qgis_enum("Qgis.ShaderInterpolationMethod.Linear",
                                             "QgsColorRampShader.Interpolated"))
    shader.setColorRampItemList([QgsColorRampShader.ColorRampItem(low + share * (high - low), QColor(*rgba))
                                 for share, rgba in DENSITY_RAMP])
    legend = shader.legendSettings()
    legend.setUseContinuousLegend(True)
    legend.setMinimumLabel(low_label)
    legend.setMaximumLabel(high_label)
    shader.setLegendSettings(legend)
    raster_shader = QgsRasterShader()
    raster_shader.setRasterShaderFunction(shader)
    renderer = QgsSingleBandPseudoColorRenderer(provider, 1, raster_shader)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)
    layer.setRenderer(renderer)
    return True

