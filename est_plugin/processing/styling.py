"""Naming and styling output layers when Processing loads them into the project."""
from typing import Dict, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsMarkerSymbol,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
)

from .. import compat
from ..core.messages import language

# Post-processors must outlive the algorithm that made them; the latest per output is kept here.
_KEEP: Dict[str, QgsProcessingLayerPostProcessorInterface] = {}


class _Styler(QgsProcessingLayerPostProcessorInterface):
    """Applies a style (.qml path, or 'categories' for the EST category colours) to a layer."""

    def __init__(self, style: Optional[str], key: str):
        super().__init__()
        self.style = style
        self.key = key

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if self.style == "categories":
            layer.setRenderer(category_renderer())
        elif self.style == "density":
            style_density(layer)
        elif self.style == "hotspots":
            style_hotspots(layer)
        elif self.style:
            layer.loadNamedStyle(self.style)
        layer.triggerRepaint()
        _KEEP.pop(self.key, None)


def category_renderer() -> QgsCategorizedSymbolRenderer:
    """Points coloured by EST category code, labelled in the UI language; others grey."""
    from ..core.categories import load_categories  # pandas: imported when a layer is styled

    categories = []
    for category in load_categories():
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "size": "2.4",
                                               "color": category.colour, "outline_color": "#ffffff",
                                               "outline_width": "0.2"})
        categories.append(QgsRendererCategory(category.code, symbol, category.label(language())))
    other = QgsMarkerSymbol.createSimple({"name": "circle", "size": "2.0", "color": "#969696"})
    categories.append(QgsRendererCategory(None, other, "–"))
    return QgsCategorizedSymbolRenderer("category", categories)


DENSITY_RAMP = ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026")


def style_density(layer) -> None:
    """A yellow-to-red ramp from 0 (transparent) to the raster's maximum."""
    from qgis.core import QgsColorRampShader, QgsRasterShader, QgsSingleBandPseudoColorRenderer
    from qgis.PyQt.QtGui import QColor

    provider = layer.dataProvider()
    top = compat.band_statistics(provider, 1).maximumValue or 1.0
    items = [QgsColorRampShader.ColorRampItem(0.0, QColor(255, 255, 178, 0), "0")]
    for i, colour in enumerate(DENSITY_RAMP):
        value = top * (i + 1) / len(DENSITY_RAMP)
        items.append(QgsColorRampShader.ColorRampItem(value, QColor(colour), "{:.3g}".format(value)))
    ramp = QgsColorRampShader(0.0, top)
    ramp.setColorRampType(QgsColorRampShader.Type.Interpolated)
    ramp.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(provider, 1, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(top)
    layer.setRenderer(renderer)
    layer.setOpacity(0.85)


def style_hotspots(layer) -> None:
    """Red outlines with a light fill, labelled by rank."""
    from qgis.core import (
        QgsFillSymbol,
        QgsPalLayerSettings,
        QgsSingleSymbolRenderer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    symbol = QgsFillSymbol.createSimple({"color": "215,48,31,50", "outline_color": "#b30000",
                                         "outline_width": "0.6"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    if "rank" not in layer.fields().names():
        return
    settings = QgsPalLayerSettings()
    settings.fieldName = "rank"
    text_format = QgsTextFormat()
    text_format.setFont(QFont("Sans", 10, QFont.Weight.Bold))
    text_format.setColor(QColor("#7f0000"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def on_load(context: QgsProcessingContext, layer_id: str, name: str, style: Optional[str] = None):
    """Give an output its display name and style when it is loaded into the project."""
    if not layer_id or not context.willLoadLayerOnCompletion(layer_id):
        return
    details = context.layerToLoadOnCompletionDetails(layer_id)
    details.name = name
    styler = _Styler(style, layer_id)
    _KEEP[layer_id] = styler
    details.setPostProcessor(styler)
