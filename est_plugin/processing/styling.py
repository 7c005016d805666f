"""Naming and styling output layers when Processing loads them into the project."""
from typing import Dict, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsMarkerSymbol,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
)

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


def on_load(context: QgsProcessingContext, layer_id: str, name: str, style: Optional[str] = None):
    """Give an output its display name and style when it is loaded into the project."""
    if not layer_id or not context.willLoadLayerOnCompletion(layer_id):
        return
    details = context.layerToLoadOnCompletionDetails(layer_id)
    details.name = name
    styler = _Styler(style, layer_id)
    _KEEP[layer_id] = styler
    details.setPostProcessor(styler)
