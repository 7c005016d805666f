"""The walk map print layout: page 1 the map (route, numbered stops, start, hotspots, density,
lights, vegetation, legend, stop list, scale, north arrow), then the protocol, one A4 portrait
page per stop or more (labels, shapes and lines: protocol_pages), optionally under a close-up map
of the stop. A stop list too long for the map page continues on pages after it (stop_list).

The protocol pages stay A4 portrait whatever the map's paper: they are the forms the walkers
write on. Texts come from the protocol (core), in the walk's language, not the interface's.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsLayoutItemMap,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from .. import compat
from ..core.protocol import Protocol
from . import protocol_pages, stop_list, text, walk_styles
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
    page_size,
    place,
)
from .flow import Flow

PROTOCOL_MARGIN = 12.0
CLOSE_UP_HEIGHT = 72.0
CLOSE_UP_SCALE = 2000.0
FOOTER = 8.0
TABLE_ROW = 5.2  # mm, a row of the stop list at 8 pt


@dataclass
class WalkLayers:
    """The layers drawn on the map (memory copies owned by the layout's caller)."""

    route: object
    stops: object
    start: Optional[object] = None
    hotspots: Optional[object] = None
    density: Optional[object] = None
    lights: Optional[object] = None
    vegetation: Optional[object] = None
    basemap: List[object] = field(default_factory=list)

    def drawn(self) -> list:
        """Top first, as QgsLayoutItemMap.setLayers wants them."""
        order = [self.stops, self.start, self.route, self.lights, self.hotspots, self.vegetation,
                 self.density]
        return [layer for layer in order if layer is not None] + list(self.basemap)

    def legend(self, texts: Dict[str, str]) -> list:
        """(layer, name) in the order the legend lists them."""
        entries = [(self.route, texts["legend_route"]), (self.start, texts["legend_start"]),
                   (self.stops, texts["legend_stops"]), (self.hotspots, texts["legend_hotspots"]),
                   (self.density, texts["legend_density"]), (self.lights, texts["legend_lights"]),
                   (self.vegetation, texts["legend_vegetation"])]
        return [(layer, name) for layer, name in entries if layer is not None]


@dataclass
class WalkMapSpec:
    """Paper of the map page and options."""

    paper: str = "A4"
    landscape: bool = False
    close_ups: bool = False
    date_known: bool = True


def style_layers(layers: WalkLayers, texts: Dict[str, str]) -> None:
    """Give every walk layer its symbol (the base map layers keep theirs)."""
    layers.route.setRenderer(walk_styles.route_renderer())
    layers.stops.setRenderer(walk_styles.stop_renderer())
    if layers.start is not None:
        layers.start.setRenderer(walk_styles.start_renderer())
        layers.start.setLabeling(walk_styles.start_labeling(texts["legend_start"]))
        layers.start.setLabelsEnabled(True)
    if layers.hotspots is not None:
        layers.hotspots.setRenderer(walk_styles.hotspot_renderer(layers.hotspots.geometryType()))
    if layers.lights is not None:
        layers.lights.setRenderer(walk_styles.lights_renderer())
    if layers.vegetation is not None:
        layers.vegetation.setRenderer(walk_styles.vegetation_renderer(layers.vegetation.geometryType()))
    if layers.density is not None:
        walk_styles.style_density(layers.density, texts["density_low"], texts["density_high"])
        layers.density.setOpacity(0.85)


def build_walk_layout(protocol: Protocol, layers: WalkLayers, spec: WalkMapSpec, crs, extent: QgsRectangle,
                      name: str, project=None):
    """The print layout: the map page, then one protocol page (or more) per stop."""
    layout = new_layout(project or QgsProject.instance(), name)
    style_layers(layers, protocol.texts)
    map_item, left_over = _map_page(layout, protocol, layers, spec, crs, extent)
    if left_over is not None:
        stop_list.continued(layout, protocol, left_over, _protocol_page_maker(layout, protocol),
                            _protocol_body())
    points = _stop_points(layers.stops, crs)
    for stop in protocol.stops:
        _protocol_pages(layout, protocol, stop, layers, spec, crs, points.get(stop.number))
    return layout, map_item


def _map_page(layout, protocol: Protocol, layers: WalkLayers, spec: WalkMapSpec, crs, extent):
    texts = protocol.texts
    width, height = page_size(spec.paper, spec.landscape)
    page = add_page(layout, spec.paper, spec.landscape)
    k = 1.0 if spec.paper == "A4" else 1.25  # text and panel sizes grow on A3
    margin = 12.0 * k
    header_bottom = _header(layout, protocol, spec, page, width, margin, k)
    footer_top = height - margin - 5.0 * k
    side = 74.0 * k if spec.landscape else 0.0
    rows = len(protocol.stops) + 1
    panel = 0.0 if spec.landscape else min(max(42.0, 8.0 + TABLE_ROW * rows), 72.0) * k
    frame = (margin, header_bottom, width - 2 * margin - (side + 6.0 if side else 0.0),
             footer_top - header_bottom - (panel + 4.0 if panel else 3.0))
    map_item = _map_frame(layout, layers, crs, extent, frame, page)
    map_right, map_bottom = frame[0] + frame[2], frame[1] + frame[3]
    add_north_arrow(layout, map_item, (map_right - 13.0 * k, frame[1] + 3.0, 10.0 * k, 14.0 * k), page)
    bar = add_scale_bar(layout, map_item, frame[0] + 3.0, map_bottom - 12.0 * k, page, max_width=42.0 * k)
    bar.attemptMove(QgsLayoutPoint(frame[0] + 3.0, map_bottom - 3.0 - bar.rect().height()), page=page)
    if spec.landscape:
        panel_rect = (frame[0] + frame[2] + 6.0, header_bottom, side, frame[3])
        legend = add_legend(layout, map_item, layers.legend(texts), panel_rect, page, texts["legend"])
        top = header_bottom + legend.rect().height() + 7.0 * k
        left_over = stop_list.stop_table(layout, protocol, (panel_rect[0], top, side,
                                                            header_bottom + frame[3] - top), page, k)
    else:
        top = frame[1] + frame[3] + 5.0 * k
        usable = width - 2 * margin
        add_legend(layout, map_item, layers.legend(texts), (margin, top, usable * 0.6 - 4.0, panel), page,
                   texts["legend"], columns=2)
        left_over = stop_list.stop_table(layout, protocol, (margin + usable * 0.6 + 2.0, top,
                                                            usable * 0.4 - 2.0, panel), page, k)
    scale = "{} {} ({} {})".format(texts["scale"], format_scale(map_item.scale()), spec.paper,
                                   texts["landscape" if spec.landscape else "portrait"])
    parts = [scale] + ([texts["map_data"].format(attribution=protocol.attribution)]
                       if protocol.attribution else [])
    made_with_w = text.width_mm(texts["made_with"], 7.5 * k) + 6.0
    add_label(layout, "   ·   ".join(parts),
              (margin, footer_top + 1.0, width - 2 * margin - made_with_w, 4.5 * k), page, size_pt=7.5 * k,
              colour=MUTED, fit=True)
    add_label(layout, texts["made_with"], (margin, footer_top + 1.0, width - 2 * margin, 4.5 * k), page,
              size_pt=7.5 * k, colour=MUTED, align=Qt.AlignmentFlag.AlignRight)
    return map_item, left_over


def _header(layout, protocol: Protocol, spec: WalkMapSpec, page: int, width: float, margin: float,
            k: float) -> float:
    """Title, organisation and date, length, time and stops, a blue rule; the header's bottom."""
    texts = protocol.texts
    usable = width - 2 * margin
    size = text.size_to_fit(protocol.title, usable * 0.74, 20.0 * k, 14.0 * k, True)
    add_label(layout, protocol.title, (margin, margin, usable * 0.74, 10.0 * k), page, size_pt=size,
              bold=True, colour=BRAND, fit=True)
    subtitle = list(protocol.subtitle)
    if not spec.date_known:
        subtitle.append("{}: ____________________".format(texts["date"]))
    line = "  ·  ".join(subtitle)
    add_label(layout, line, (margin, margin + 11.0 * k, usable * 0.76, 5.5 * k), page,
              size_pt=text.size_to_fit(line, usable * 0.76, 10.0 * k, 8.5 * k), colour=MUTED, fit=True)
    add_label(layout, "\n".join(protocol.summary), (margin + usable * 0.74, margin + 0.5 * k, usable * 0.26,
                                                     16.0 * k), page, size_pt=10.0 * k, bold=True,
              align=Qt.AlignmentFlag.AlignRight, fit=True)
    rule_y = margin + 18.0 * k
    add_rectangle(layout, (margin, rule_y, usable, 0.8), page, BRAND)
    return rule_y + 3.5 * k


def _map_frame(layout, layers: WalkLayers, crs, extent: QgsRectangle, rect, page: int, scale=None):
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
    map_item.setExtent(fitted_extent(extent, rect[2], rect[3]) if scale is None else extent)
    map_item.setScale(nice_scale(map_item.scale()) if scale is None else scale)
    return map_item


def _stop_points(stops_layer, crs) -> Dict[int, QgsPointXY]:
    """Stop number -> position in the map CRS."""
    transform = QgsCoordinateTransform(stops_layer.crs(), crs, QgsProject.instance())
    points = {}
    for feature in stops_layer.getFeatures():
        number = feature.attribute("stop_no")
        geometry = feature.geometry()
        if number is None or geometry is None or geometry.isEmpty():
            continue
        try:
            key = int(number)
        except (TypeError, ValueError):
            continue
        point = geometry.centroid().asPoint() if geometry.type() != compat.POINT or \
            geometry.isMultipart() else geometry.asPoint()
        points[key] = transform.transform(point) if stops_layer.crs() != crs else point
    return points


def _protocol_body():
    """(left, top, width, bottom) of the body of an A4 portrait protocol page."""
    width, height = page_size("A4", False)
    return (PROTOCOL_MARGIN, PROTOCOL_MARGIN, width - 2 * PROTOCOL_MARGIN, height - PROTOCOL_MARGIN - FOOTER)


def _protocol_page_maker(layout, protocol: Protocol):
    """A function adding an A4 portrait page with the protocol's footer; it returns the page."""
    width, height = page_size("A4", False)

    def new_page() -> int:
        page = add_page(layout, "A4", False)
        _protocol_footer(layout, protocol, page, width, height, PROTOCOL_MARGIN)
        return page

    return new_page


def _protocol_pages(layout, protocol: Protocol, stop, layers: WalkLayers, spec: WalkMapSpec, crs,
                    point: Optional[QgsPointXY]) -> None:
    """The stop's protocol page(s): close-up map (optional), the form, a footer on every page."""
    left, top, width, bottom = _protocol_body()
    flow = Flow(layout, _protocol_page_maker(layout, protocol), left, width, top, bottom)
    close_up = spec.close_ups and point is not None
    if close_up:
        half_w = width * CLOSE_UP_SCALE / 2000.0
        half_h = CLOSE_UP_HEIGHT * CLOSE_UP_SCALE / 2000.0
        extent = QgsRectangle(point.x() - half_w, point.y() - half_h, point.x() + half_w, point.y() + half_h)
        item = _map_frame(layout, layers, crs, extent, (left, top, width, CLOSE_UP_HEIGHT), flow.page,
                          scale=CLOSE_UP_SCALE)
        add_label(layout, format_scale(item.scale()), (left + 2.0, top + CLOSE_UP_HEIGHT - 5.5, 30.0, 4.0),
                  flow.page, size_pt=7.0, colour=MUTED)
        flow.y += CLOSE_UP_HEIGHT + 5.0
    protocol_pages.stop_pages(flow, protocol, stop, note_lines=3 if close_up else 8,
                              action_lines=2 if close_up else 4)


def _protocol_footer(layout, protocol: Protocol, page: int, width: float, height: float,
                     margin: float) -> None:
    texts = protocol.texts
    y = height - margin - 4.0
    add_rectangle(layout, (margin, y - 1.5, width - 2 * margin, 0.3), page, "#bbbbbb")
    left = "  ·  ".join([protocol.title] + list(protocol.subtitle))
    add_label(layout, left, (margin, y, (width - 2 * margin) * 0.75, 4.5), page, size_pt=7.5, colour=MUTED,
              fit=True)
    numbering = texts["page_of"].format(page="[% @layout_page %]", pages="[% @layout_numpages %]")
    add_label(layout, numbering, (margin, y, width - 2 * margin, 4.5), page, size_pt=7.5, colour=MUTED,
              align=Qt.AlignmentFlag.AlignRight, expressions=True)
