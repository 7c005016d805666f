"""The body of the weekly report in the print layout: the notes, then the sections of the HTML
report (core.weekly_html.context gives both the same formatted texts): what (categories), hotspot
change, trend per cell, places, where (areas), when (weekday and hour), the trend charts and how
to read the report. Tables are manual tables continued over pages, charts SVG pictures; the flow
adds pages as they are needed.
"""
from typing import Mapping, Sequence

from qgis.PyQt.QtCore import Qt

from . import svg_charts, text
from .common import BRAND, MUTED, add_label, add_rectangle
from .flow import Flow
from .tables import Cell, Column, TableStyle, flow_table

BASE_PT = 8.5
H2_PT = 10.0
H3_PT = 8.5
SMALL_PT = 7.5
TONES = {"up": ("#b30000", True, False), "down": ("#1a7a3a", True, False),
         "too_few": ("#777777", False, True), "no_comparison": ("#777777", False, True),
         "usual": ("#333333", False, False)}
CLASS_COLOURS = {"new": "#e31a1c", "growing": "#ff7f00", "persistent": "#6a3d9a", "fading": "#a6cee3"}
SHADES = {0: ("#f7f7f7", None), 1: ("#fde0c5", None), 2: ("#fbb07c", None), 3: ("#f0703a", "#ffffff"),
          4: ("#b3261e", "#ffffff")}
TABLE = TableStyle(size_pt=8.2, header_pt=7.8, margin=0.7)
CHART_HEIGHT = 16.0  # mm (the chart data are 24 units high at 1.5 units per mm)


def report_body(flow: Flow, ctx: Mapping) -> None:
    """Every section of the report from the flow's cursor on (``ctx``: weekly_html.context)."""
    t = ctx["t"]
    flow.bullets(ctx["notes"], BASE_PT)
    _section(flow, t["h_categories"])
    _compared(flow, ctx["compared"])
    _comparison_table(flow, t["col_category"], ctx["categories"] + [ctx["total"]], t, total_last=True)
    _cells(flow, ctx)
    _cell_trends(flow, ctx)
    _places(flow, ctx)
    _section(flow, t["h_areas"])
    if ctx["areas"] is None:
        _small(flow, t["note_no_areas"])
    else:
        _compared(flow, ctx["compared"])
        _comparison_table(flow, t["col_area"], ctx["areas"], t)
    _hours(flow, ctx)
    _trends(flow, ctx)
    _section(flow, t["h_rules"])
    for rule in ctx["rules"]:
        flow.paragraph(rule, SMALL_PT, colour="#333333")
        flow.y += 0.8


def _section(flow: Flow, title: str, keep: float = 16.0) -> None:
    """A heading with a blue rule under it, kept with the start of its section."""
    flow.gap(5.0)
    flow.keep(text.line_mm(H2_PT, True) + 2.0 + keep)
    flow.lines([title], H2_PT, bold=True, colour=BRAND)
    flow.rule(BRAND, 0.3)
    flow.y += 1.2


def _sub(flow: Flow, title: str) -> None:
    flow.gap(1.8)
    flow.keep(text.line_mm(H3_PT, True) + 12.0)
    flow.lines([title], H3_PT, bold=True, colour="#333333")
    flow.y += 0.6


def _compared(flow: Flow, sentence: str) -> None:
    if sentence:
        flow.paragraph(sentence, SMALL_PT, colour=MUTED)
        flow.y += 1.0


def _small(flow: Flow, sentence: str) -> None:
    if sentence:
        flow.y += 0.6
        flow.paragraph(sentence, SMALL_PT, colour="#666666")


def _tone(value: str, tone: str) -> Cell:
    colour, bold, italic = TONES.get(tone, TONES["usual"])
    return Cell(value, bold=bold, italic=italic, colour=colour)


def _comparison_table(flow: Flow, first: str, rows: Sequence[Mapping], t, total_last: bool = False) -> None:
    """Label, this week, mean before, change (percent) and the reading of each row."""
    columns = [Column(first, 0.0), Column(t["col_week"], None, "right"), Column(t["col_mean"], None, "right"),
               Column(t["col_change"], None, "right"), Column(t["col_note"], None)]
    cells = []
    for index, row in enumerate(rows):
        change = row["change"] + (" ({})".format(row["percent"]) if row["percent"] else "")
        total = total_last and index == len(rows) - 1
        shade = "#eef3f8" if total else None
        cells.append([Cell(row["label"], bold=total, background=shade),
                      Cell(row["count"], bold=total, background=shade),
                      Cell(row["mean"], bold=total, background=shade),
                      Cell(change, bold=total, background=shade),
                      _tone(row["reading"], row["tone"]) if not total else
                      Cell(row["reading"], bold=True, colour=TONES.get(row["tone"], TONES["usual"])[0],
                           background=shade)])
    flow_table(flow, columns, cells, TABLE)


def _cells(flow: Flow, ctx: Mapping) -> None:
    """The hotspot change cells, numbered and coloured as on the map."""
    t = ctx["t"]
    _section(flow, t["h_cells"])
    if not ctx["cells"]:
        _small(flow, ctx["no_cells"])
        return
    _compared(flow, ctx["cells_summary"])
    columns = [Column(t["col_no"], None, "center"), Column(t["col_class"], None), Column(t["col_place"], 0.0),
               Column(t["col_week"], None, "right"), Column(t["col_mean"], None, "right")]
    rows = [[Cell(cell["no"] if isinstance(cell["no"], str) else str(cell["no"]), bold=True,
                  colour="#1a1a1a" if cell["tone"] == "fading" else "#ffffff",
                  background=CLASS_COLOURS.get(cell["tone"])),
             cell["change"], cell["place"], cell["count"], cell["mean"]] for cell in ctx["cells"]]
    flow_table(flow, columns, rows, TABLE)
    _small(flow, ctx["cells_more"])


def _cell_trends(flow: Flow, ctx: Mapping) -> None:
    t, trends = ctx["t"], ctx["cell_trends"]
    _section(flow, t["h_cell_trends"])
    _compared(flow, trends["summary"])
    if not trends["rows"]:
        return
    _sub(flow, t["h_intensifying"])
    columns = [Column(t["col_place"], 0.0), Column(trends["col_total"], None, "right"),
               Column(t["col_week"], None, "right"), Column(t["col_tau"], None, "right"),
               Column(t["col_p"], None, "right")]
    rows = [[row["place"], row["total"], row["count"], row["tau"], row["p"]] for row in trends["rows"]]
    flow_table(flow, columns, rows, TABLE)
    _small(flow, trends["more"])


def _places(flow: Flow, ctx: Mapping) -> None:
    t = ctx["t"]
    _section(flow, t["h_places"])
    if not ctx["places"]:
        _small(flow, t["none"])
        return
    columns = [Column(t["col_place"], 0.0), Column(t["col_week"], None, "right"),
               Column(t["col_mean"], None, "right"), Column(t["col_what"], 0.0, share=1.8)]
    flow_table(flow, columns, [[p["place"], p["count"], p["mean"], p["what"]] for p in ctx["places"]], TABLE)


def _hours(flow: Flow, ctx: Mapping) -> None:
    """The weekday x hour tables: counts of the week, means of the weeks before, shaded."""
    t, hours = ctx["t"], ctx["hours"]
    _section(flow, t["h_when"])
    _sub(flow, t["h_when_week"])
    _hour_table(flow, ctx, hours["week"])
    if hours["before"]:
        _sub(flow, t["h_when_before"])
        _hour_table(flow, ctx, hours["before"])


def _hour_table(flow: Flow, ctx: Mapping, rows: Sequence[Mapping]) -> None:
    t, unknown = ctx["t"], ctx["hours"]["show_unknown"]
    columns = [Column(t["col_day"], None)] + [Column(h, 0.0, "center") for h in ctx["hour_labels"]] + \
        ([Column(t["col_unknown"], None, "center")] if unknown else []) + \
        [Column(t["col_total"], None, "right")]
    cells = []
    for row in rows:
        line = [Cell(row["day"])]
        for value, shade in row["cells"]:
            background, colour = SHADES.get(shade, SHADES[0])
            line.append(Cell(value, colour=colour, background=background))
        line += ([Cell(row["unknown"], colour=MUTED)] if unknown else []) + [Cell(row["total"], bold=True)]
        cells.append(line)
    style = TableStyle(size_pt=6.6, header_pt=6.6, header_colour=MUTED, header_fill="#ffffff", margin=0.45,
                       grid_colour="#ffffff", grid_width=0.35, vertical_grid=True, max_lines=1)
    flow_table(flow, columns, cells, style, min_rows=8)


def _trends(flow: Flow, ctx: Mapping) -> None:
    """A row per trend: swatch and label, the bar chart (SVG), this week's count."""
    t = ctx["t"]
    _section(flow, ctx["trend_heading"], keep=CHART_HEIGHT + 2.0)
    label_w, count_w = 44.0, 12.0
    for index, chart in enumerate(ctx["charts"]):
        flow.keep(CHART_HEIGHT + 1.0)
        y, page = flow.y, flow.page
        lines = text.wrap(chart["label"], label_w - 5.0, BASE_PT)[:3]
        label_h = text.lines_height(len(lines), BASE_PT)
        label_y = y + (CHART_HEIGHT - label_h) / 2.0
        svg_charts.add_swatch(flow.layout, chart["colour"], (flow.left, label_y + 0.6, 3.0, 3.0), page)
        add_label(flow.layout, "\n".join(lines), (flow.left + 4.5, label_y, label_w - 4.5, label_h), page,
                  size_pt=BASE_PT)
        chart_w = flow.width - label_w - count_w
        svg_charts.add_trend_chart(flow.layout, chart, (flow.left + label_w, y, chart_w, CHART_HEIGHT), page,
                                   "trend_{}".format(index))
        now = chart["this_week"] if chart["this_week"] is not None else "\u2013"
        add_label(flow.layout, str(now), (flow.left + flow.width - count_w, y, count_w, CHART_HEIGHT), page,
                  size_pt=BASE_PT, bold=True, align=Qt.AlignmentFlag.AlignRight,
                  valign=Qt.AlignmentFlag.AlignVCenter)
        add_rectangle(flow.layout, (flow.left, y + CHART_HEIGHT + 0.4, flow.width, 0.15), page, "#e6e6e6")
        flow.y = y + CHART_HEIGHT + 1.0
    _small(flow, t["trend_note"])

