"""Building blocks of the EST print layouts: pages, fonts, labels, shapes, scale bar, north arrow,
legend, scales and PDF export. Positions and sizes are in millimetres; ``page`` counts from 0.

Only items QGIS draws itself (plain-text labels, shapes, pictures, maps, tables): no HTML frame,
which needs QtWebKit (missing from Debian's QGIS 3.40/3.44 and from QGIS 4)."""
import math
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsApplication,
    QgsColorRampLegendNode,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsRectangle,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

from .. import compat
from .text import fit_text, literal

BRAND = "#1f4e79"  # the EST blue (icons, route, headings)
INK = "#1a1a1a"
MUTED = "#555555"
PAPER_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
PREFERRED_FONTS = ("Segoe UI", "Noto Sans", "Helvetica Neue", "Arial", "Liberation Sans", "DejaVu Sans")
NICE_SCALES = (500, 750, 1000, 1250, 1500, 2000, 2500, 3000, 4000, 5000, 6000, 7500, 10000, 12500,
               15000, 20000, 25000, 30000, 40000, 50000, 75000, 100000)
NORTH_ARROWS = ("arrows/NorthArrow_02.svg", "arrows/NorthArrow_11.svg", "arrows/NorthArrow_01.svg")


def page_size(paper: str, landscape: bool) -> Tuple[float, float]:
    """Width and height in mm of 'A4' or 'A3' in the orientation."""
    short, long_side = PAPER_MM[paper]
    return (long_side, short) if landscape else (short, long_side)


def font_family() -> str:
    """The first installed of the preferred sans-serif families (Qt substitutes if none is)."""
    installed = set(QFontDatabase().families())
    return next((family for family in PREFERRED_FONTS if family in installed), PREFERRED_FONTS[-1])


def font(size_pt: float, bold: bool = False, italic: bool = False) -> QFont:
    """A QFont of the layout family."""
    result = QFont(font_family())
    result.setPointSizeF(size_pt)
    result.setBold(bold)
    result.setItalic(italic)
    # no ligatures: 'fl' and 'ffi' stay letters in the PDF's text (searchable, pdftotext)
    result.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return result


def text_format(size_pt: float, bold: bool = False, colour: str = INK, italic: bool = False) -> QgsTextFormat:
    """A QgsTextFormat in points of the layout family."""
    result = QgsTextFormat()
    result.setFont(font(size_pt, bold, italic))
    result.setSize(size_pt)
    result.setSizeUnit(compat.render_unit("Points"))
    result.setColor(QColor(colour))
    return result


def new_layout(project, name: str) -> QgsPrintLayout:
    """An empty print layout (no pages) named ``name``."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    collection = layout.pageCollection()
    while collection.pageCount():
        collection.deletePage(0)
    return layout


def add_page(layout, paper: str, landscape: bool) -> int:
    """Append a page; its index."""
    page = QgsLayoutItemPage(layout)
    orientation = QgsLayoutItemPage.Orientation
    page.setPageSize(paper, orientation.Landscape if landscape else orientation.Portrait)
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


def place(item, x: float, y: float, width: float, height: float, page: int):
    """Put a layout item at (x, y) of a page with a size; the item."""
    item.attemptMove(QgsLayoutPoint(x, y, compat.LAYOUT_MM), page=page)
    item.attemptResize(QgsLayoutSize(width, height, compat.LAYOUT_MM))
    return item


def add_label(layout, content: str, rect: Sequence[float], page: int, size_pt: float = 9.0,
              bold: bool = False, colour: str = INK, align=Qt.AlignmentFlag.AlignLeft,
              valign=Qt.AlignmentFlag.AlignTop, expressions: bool = False, fit: bool = False):
    """A plain-text label; ``rect`` is (x, y, width, height). [% expressions %] are evaluated
    only with ``expressions`` (page numbers); other text prints as it is. With ``fit`` a line
    wider than the label is shortened with an ellipsis (it would wrap and be cut off)."""
    if fit:
        content = "\n".join(fit_text(line, rect[2], size_pt, bold) for line in str(content).split("\n"))
    label = QgsLayoutItemLabel(layout)
    label.setMode(QgsLayoutItemLabel.Mode.ModeFont)
    label.setText(content if expressions else literal(content))
    if hasattr(label, "setTextFormat"):  # QGIS 3.24+
        label.setTextFormat(text_format(size_pt, bold, colour))
    else:
        label.setFont(font(size_pt, bold))
        label.setFontColor(QColor(colour))
    label.setHAlign(align)
    label.setVAlign(valign)
    label.setMargin(0)
    layout.addLayoutItem(label)
    return place(label, *rect, page)


def add_rectangle(layout, rect: Sequence[float], page: int, fill: str, stroke: Optional[str] = None,
                  stroke_width: float = 0.25):
    """A filled rectangle (a rule when thin; an empty box with ``fill`` 'none')."""
    return _add_shape(layout, QgsLayoutItemShape.Shape.Rectangle, rect, page, fill, stroke, stroke_width)


def add_ellipse(layout, rect: Sequence[float], page: int, fill: str, stroke: Optional[str] = None,
                stroke_width: float = 0.25):
    """A filled ellipse (a circle in a square ``rect``)."""
    return _add_shape(layout, QgsLayoutItemShape.Shape.Ellipse, rect, page, fill, stroke, stroke_width)


def _add_shape(layout, kind, rect, page: int, fill: str, stroke: Optional[str], stroke_width: float):
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(kind)
    properties = {"color": fill if fill != "none" else "255,255,255,0", "outline_style": "no"}
    if stroke:
        properties.update({"outline_style": "solid", "outline_color": stroke,
                           "outline_width": "{:g}".format(stroke_width)})
    shape.setSymbol(QgsFillSymbol.createSimple(properties))
    layout.addLayoutItem(shape)
    return place(shape, *rect, page)


def add_frame(layout, multi_frame, rect: Sequence[float], page: int):
    """A frame showing a multi-frame item (a table) at ``rect``."""
    frame = QgsLayoutFrame(layout, multi_frame)
    place(frame, *rect, page)
    multi_frame.addFrame(frame)
    return frame


def nice_scale(scale: float) -> float:
    """The smallest round scale denominator at or above ``scale``."""
    for nice in NICE_SCALES:
        if nice >= scale * 0.999:
            return float(nice)
    magnitude = 10 ** math.floor(math.log10(scale))
    return float(math.ceil(scale / magnitude) * magnitude)


def fitted_extent(extent: QgsRectangle, width_mm: float, height_mm: float, margin: float = 0.08,
                  minimum_m: float = 150.0) -> QgsRectangle:
    """``extent`` grown by a margin (share of its size, at least ``minimum_m`` across) to the
    map frame's aspect ratio; map units are metres."""
    width = max(extent.width() * (1 + 2 * margin), minimum_m)
    height = max(extent.height() * (1 + 2 * margin), minimum_m)
    aspect = width_mm / height_mm
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    centre = extent.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                        centre.x() + width / 2, centre.y() + height / 2)


def format_scale(scale: float, thousands: str = "\u00a0") -> str:
    """'1:5 000'."""
    return "1:" + "{:,.0f}".format(scale).replace(",", thousands)


def add_scale_bar(layout, map_item, x: float, y: float, page: int, max_width: float = 45.0):
    """A single-box scale bar in metres (km from 2 km) with a white background."""
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.applyDefaultSize()
    large = map_item.scale() * max_width / 1000.0 > 2000
    bar.setUnits(compat.DISTANCE_KM if large else compat.DISTANCE_METERS)
    bar.setUnitLabel("km" if large else "m")
    # no map-units factor: the bar converts metres to km itself from its units (a factor of 1000 on
    # top labelled a 2 km bar "0.002 km")
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(2)
    bar.setSegmentSizeMode(compat.SCALE_BAR_FIT_WIDTH)
    bar.setMinimumBarWidth(max_width * 0.5)
    bar.setMaximumBarWidth(max_width)
    bar.setHeight(2.0)
    bar.setTextFormat(text_format(7.5))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 225))
    bar.setBoxContentSpace(1.5)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(x, y, compat.LAYOUT_MM), page=page)
    bar.refresh()
    return bar


def north_arrow_svg() -> Optional[str]:
    """The path of a north arrow among QGIS's SVG symbols, or None."""
    for folder in QgsApplication.svgPaths():
        for name in NORTH_ARROWS:
            candidate = Path(folder) / name
            if candidate.exists():
                return str(candidate)
    return None


def add_north_arrow(layout, map_item, rect: Sequence[float], page: int):
    """A north arrow following the map's rotation (a letter N with an arrow if no SVG is found)."""
    svg = north_arrow_svg()
    if svg is None:
        return add_label(layout, "\u25b2\nN", rect, page, size_pt=12, bold=True,
                         align=Qt.AlignmentFlag.AlignHCenter)
    picture = QgsLayoutItemPicture(layout)
    picture.setPicturePath(svg)
    picture.setSvgFillColor(QColor(INK))
    picture.setLinkedMap(map_item)
    picture.setBackgroundEnabled(True)
    picture.setBackgroundColor(QColor(255, 255, 255, 225))
    layout.addLayoutItem(picture)
    return place(picture, *rect, page)


def add_legend(layout, map_item, entries: Iterable[Tuple[object, str]], rect: Sequence[float], page: int,
               title: str = "", columns: int = 1):
    """A legend of the given (layer, name) entries only, in that order."""
    legend = QgsLayoutItemLegend(layout)
    legend.setAutoUpdateModel(False)
    legend.setLinkedMap(map_item)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer, name in entries:
        node = root.addLayer(layer)
        node.setName(name)
        node.setUseLayerName(False)
        _only_colour_ramp(legend, node)
    legend.setTitle(title)
    for part, size, bold in (("Title", 9.5, True), ("Subgroup", 8.5, True), ("SymbolLabel", 8.0, False)):
        compat.set_legend_style_font(legend.rstyle(compat.legend_component(part)), font(size, bold))
    side = QgsLegendStyle.Side
    legend.rstyle(compat.legend_component("Title")).setMargin(side.Bottom, 2.0)
    legend.rstyle(compat.legend_component("Symbol")).setMargin(side.Top, 1.6)
    legend.rstyle(compat.legend_component("SymbolLabel")).setMargin(side.Top, 1.6)
    legend.setSymbolWidth(7.0)
    legend.setSymbolHeight(4.0)
    legend.setMaximumSymbolSize(6.0)
    legend.setColumnCount(columns)
    legend.setEqualColumnWidth(False)
    legend.setBoxSpace(0.0)
    legend.setResizeToContents(False)
    legend.setFrameEnabled(False)
    legend.setBackgroundEnabled(False)
    layout.addLayoutItem(legend)
    place(legend, *rect, page)
    # the height it needs (what comes below it is placed after it); adjustBoxSize() waits for a paint
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    needed = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    if columns > 1 and needed.width() > rect[2]:  # the columns side by side would be cut off
        legend.setColumnCount(1)
        needed = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    legend.attemptResize(QgsLayoutSize(rect[2], max(needed.height(), 5.0), compat.LAYOUT_MM))
    return legend


def _only_colour_ramp(legend, node) -> None:
    """A raster with a colour ramp shows only the ramp, not the band name above it."""
    nodes = legend.model().layerLegendNodes(node)
    ramps = [index for index, item in enumerate(nodes) if isinstance(item, QgsColorRampLegendNode)]
    if ramps and len(ramps) < len(nodes):
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, ramps)
        legend.model().refreshLayerLegend(node)


def export_pdf(layout, path: str) -> List[str]:
    """Export to PDF with text as text (searchable); the exporter's errors (empty when it worked)."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 300
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.textRenderFormat = compat.TEXT_ALWAYS_TEXT
    exporter = QgsLayoutExporter(layout)
    result = exporter.exportToPdf(path, settings)
    if result == QgsLayoutExporter.ExportResult.Success:
        return []
    message = exporter.errorMessage() if hasattr(exporter, "errorMessage") else ""  # QGIS 3.24+
    return [message or "error code {} ({})".format(getattr(result, "value", result), exporter.errorFile())]
