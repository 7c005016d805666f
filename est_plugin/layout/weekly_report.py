"""The weekly report print layout: page 1 a header with the week's total, the map (density of the
week's events, hotspot change cells, given hotspots and areas) and its legend, then the report's
sections (layout.report_pages: labels, manual tables, SVG charts) over as many A4 portrait pages
as they need.

Texts come from the report (core), in the report's language, not the interface's.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsMarkerSymbol,
    QgsMemoryProviderUtils,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsProcessingUtils,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor

from .. import compat
from ..core.weekly_html import LISTED_CELLS, WeeklyReport, context, summary_lines
from . import text, walk_styles
from .common import (
    BRAND,
    MUTED,
    add_label,
    add_legend,
    add_north_arrow,
    add_page,
    add_rectangle,
    add_scale_bar,
    fitted_extent,
    format_scale,
    new_layout,
    nice_scale,
    place,
    text_format,
)
from .flow import Flow
from .report_pages import CLASS_COLOURS, report_body

MARGIN = 12.0
PAGE_W, PAGE_H = 210.0, 297.0
MAP_HEIGHT = 118.0
LEGEND_HEIGHT = 24.0
FOOTER = 8.0


@dataclass
class ReportLayers:
    """The layers drawn on the map (memory copies owned by the caller)."""

    density: Optional[object] = None
    cells: Optional[object] = None
    events: Optional[object] = None
    hotspots: Optional[object] = None
    areas: Optional[object] = None
    basemap: List[object] = field(default_factory=list)

    def drawn(self) -> list:
        """Top first, as QgsLayoutItemMap.setLayers wants them."""
        order = [self.events, self.hotspots, self.cells, self.areas, self.density]
        return [layer for layer in order if layer is not None] + list(self.basemap)

    def legend(self, texts: Dict[str, str], cell_size: float) -> list:
        entries = [(self.density, texts["legend_density"]), (self.events, texts["legend_events"]),
                   (self.cells, texts["legend_cells"].format(size="{:g}".format(cell_size))),
                   (self.hotspots, texts["legend_hotspots"]), (self.areas, texts["legend_areas"])]
        return [(layer, name) for layer, name in entries if layer is not None]


def cell_layer(report: WeeklyReport, crs, name: str):
    """The classified cells as squares with a 'change' field, coloured by class."""
    fields = QgsFields()
    fields.append(compat.field("change", "str"))
    fields.append(compat.field("count", "int"))
    fields.append(compat.field("no", "int"))
    layer = QgsMemoryProviderUtils.createMemoryLayer(name, fields, compat.WkbType.Polygon, crs)
    features = []
    for number, cell in enumerate(report.cells, start=1):
        x_min, y_min, x_max, y_max = cell.bounds
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x_min, y_min, x_max, y_max)))
        feature.setAttributes([cell.change, cell.count, number if number <= LISTED_CELLS else None])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    categories = []
    for change, colour in CLASS_COLOURS.items():
        style = {"color": colour, "outline_color": "#333333", "outline_width": "0.25"}
        if change == "fading":
            style.update({"style": "b_diagonal", "outline_color": "#1f78b4", "outline_width": "0.5"})
        symbol = QgsFillSymbol.createSimple(style)
        symbol.setOpacity(0.6)
        categories.append(QgsRendererCategory(change, symbol, report.texts["class_" + change]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("change", categories))
    settings = QgsPalLayerSettings()
    settings.fieldName = "no"
    label_format = text_format(6.5, bold=True, colour="#000000")
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    label_format.setBuffer(buffer)
    settings.setFormat(label_format)
    settings.placement = compat.label_placement("OverPoint")
    settings.priority = 10
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def event_layer(x, y, crs, name: str):
    """The week's events as small dark dots."""
    layer = QgsMemoryProviderUtils.createMemoryLayer(name, QgsFields(), compat.WkbType.Point, crs)
    features = []
    for px, py in zip(x, y):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(px), float(py))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({
        "name": "circle", "size": "0.9", "color": "40,40,40,170", "outline_style": "no"})))
    return layer


def style_areas(layer, name_field: str) -> None:
    """Grey outlines with the area names in small grey letters."""
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "color": "255,255,255,0", "outline_color": "#7f7f7f", "outline_width": "0.3"})))
    if not name_field or name_field not in layer.fields().names():
        return
    settings = QgsPalLayerSettings()
    settings.fieldName = name_field
    settings.setFormat(text_format(6.5, colour="#505050"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.6)
    buffer.setColor(QColor(255, 255, 255, 200))
    label_format = settings.format()
    label_format.setBuffer(buffer)
    settings.setFormat(label_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def build_layout(report: WeeklyReport, layers: ReportLayers, crs, extent: QgsRectangle, name: str,
                 project=None):
    """The print layout: the map page, then the tables on as many pages as they need."""
    layout = new_layout(project or QgsProject.instance(), name)
    page = add_page(layout, "A4", False)
    header_bottom = _header(layout, report, page)
    rect = (MARGIN, header_bottom, PAGE_W - 2 * MARGIN, MAP_HEIGHT)
    map_item = _map(layout, layers, crs, extent, rect, page)
    legend_top = rect[1] + rect[3] + 3.0
    legend = add_legend(layout, map_item, layers.legend(report.texts, report.info.cell_size),
                        (MARGIN, legend_top, PAGE_W - 2 * MARGIN, LEGEND_HEIGHT), page, "", columns=3)
    legend_bottom = legend_top + max(legend.rect().height(), 8.0)
    scale = "{} {}".format(report.texts["scale"], format_scale(map_item.scale()))
    add_label(layout, scale, (MARGIN, rect[1] + rect[3] + 0.6, 60.0, 3.5), page, size_pt=6.5, colour=MUTED)
    _body_pages(layout, report, page, legend_bottom + 3.0)
    return layout, map_item


def _header(layout, report: WeeklyReport, page: int) -> float:
    usable = PAGE_W - 2 * MARGIN
    add_label(layout, report.texts["kicker"].upper(), (MARGIN, MARGIN, usable * 0.7, 4.0), page, size_pt=7.5,
              colour=MUTED, fit=True)
    summary = "\n".join(summary_lines(report))
    summary_w = max(text.width_mm(line, 10.5, True) for line in summary.split("\n")) / text.WRAP_SHARE + 1.0
    title_w = min(usable * 0.62, usable - min(summary_w, usable * 0.5) - 4.0)
    size = text.size_to_fit(report.title, title_w, 19.0, 13.0, True)
    add_label(layout, report.title, (MARGIN, MARGIN + 4.0, title_w, 10.0), page, size_pt=size,
              bold=True, colour=BRAND, fit=True)
    subtitle = "  ·  ".join(report.subtitle)
    add_label(layout, subtitle, (MARGIN, MARGIN + 14.5, usable, 5.0), page,
              size_pt=text.size_to_fit(subtitle, usable, 10.0, 8.5), colour=MUTED, fit=True)
    add_label(layout, summary, (MARGIN + usable * 0.5, MARGIN + 4.5, usable * 0.5, 10.0),
              page, size_pt=10.5, bold=True, align=Qt.AlignmentFlag.AlignRight, fit=True)
    rule_y = MARGIN + 21.0
    add_rectangle(layout, (MARGIN, rule_y, usable, 0.8), page, BRAND)
    return rule_y + 3.0


def _map(layout, layers: ReportLayers, crs, extent: QgsRectangle, rect, page: int):
    map_item = QgsLayoutItemMap(layout)
    map_item.setCrs(crs)
    map_item.setLayers(layers.drawn())
    map_item.setKeepLayerSet(True)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor(MUTED))
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
    map_item.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(map_item)
    place(map_item, *rect, page)
    map_item.setExtent(fitted_extent(extent, rect[2], rect[3], margin=0.03))
    map_item.setScale(nice_scale(map_item.scale()))
    right, bottom = rect[0] + rect[2], rect[1] + rect[3]
    add_north_arrow(layout, map_item, (right - 11.0, rect[1] + 2.5, 8.0, 11.0), page)
    bar = add_scale_bar(layout, map_item, rect[0] + 3.0, bottom - 12.0, page, max_width=40.0)
    bar.attemptMove(QgsLayoutPoint(rect[0] + 3.0, bottom - 3.0 - bar.rect().height()), page=page)
    return map_item


def _body_pages(layout, report: WeeklyReport, page: int, top: float) -> None:
    """The report's sections under the legend on page 1, then on new pages until all of them show."""
    body_bottom = PAGE_H - MARGIN - FOOTER

    def new_page() -> int:
        index = add_page(layout, "A4", False)
        _footer(layout, report, index)
        return index

    _footer(layout, report, page)
    flow = Flow(layout, new_page, MARGIN, PAGE_W - 2 * MARGIN, MARGIN, body_bottom, page=page, y=top)
    report_body(flow, context(report))


def _footer(layout, report: WeeklyReport, page: int) -> None:
    y = PAGE_H - MARGIN - 4.0
    usable = PAGE_W - 2 * MARGIN
    add_rectangle(layout, (MARGIN, y - 1.5, usable, 0.3), page, "#bbbbbb")
    left = "  ·  ".join([report.title, report.subtitle[-1], report.texts["made_with"]])
    add_label(layout, left, (MARGIN, y, usable * 0.85, 4.5), page, size_pt=6.5, colour=MUTED, fit=True)
    numbering = report.texts["page_of"].format(page="[% @layout_page %]", pages="[% @layout_numpages %]")
    add_label(layout, numbering, (MARGIN, y, usable, 4.5), page, size_pt=7.0, colour=MUTED,
              align=Qt.AlignmentFlag.AlignRight, expressions=True)


def map_png_data_uri(layout, map_item, dpi: float = 130.0) -> str:
    """The map frame rendered to a PNG, as a data: URI for the standalone HTML."""
    import base64

    rect = map_item.sceneBoundingRect()
    exporter = QgsLayoutExporter(layout)
    size = QSize(int(rect.width() / 25.4 * dpi), int(rect.height() / 25.4 * dpi))
    image = exporter.renderRegionToImage(QRectF(rect), size, dpi)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return "data:image/png;base64," + base64.b64encode(bytes(data)).decode("ascii")


def density_layer(x, y, extent: QgsRectangle, radius: float, crs, texts: Dict[str, str]):
    """Kernel density (quartic) of the week's events over the map extent as a styled raster layer;
    None with fewer than two events. ``radius`` 0: Silverman's radius of the events, 100-1500 m."""
    import numpy as np

    from ..core import kde, kernels
    from ..processing import rasters

    keep = np.isfinite(x) & np.isfinite(y)
    x, y = np.asarray(x, float)[keep], np.asarray(y, float)[keep]
    if len(x) < 2:
        return None
    if not radius > 0:
        radius = float(np.clip(round(kernels.silverman_radius(x, y) / 10.0) * 10.0, 100.0, 1500.0))
    pixel = max(extent.width(), extent.height(), radius) / 350.0
    grid = kde.extent_grid(extent.xMinimum() - radius, extent.yMinimum() - radius, extent.xMaximum() + radius,
                           extent.yMaximum() + radius, pixel)
    method = kde.choose_method("quartic", radius, pixel, len(x))
    density = kde.DensityGrid(grid, radius, "quartic", method=method)
    density.add(x, y)
    path = QgsProcessingUtils.generateTempFilename("weekly_density.tif")
    rasters.write_geotiff(path, density.values(scaled=True), grid, crs.toWkt())
    layer = QgsRasterLayer(path, texts["legend_density"], "gdal")
    if not layer.isValid() or not walk_styles.style_density(layer, texts["density_low"],
                                                             texts["density_high"]):
        return None
    layer.setOpacity(0.9)
    return layer
