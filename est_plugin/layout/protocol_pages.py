"""The protocol of a safety walk in the print layout: for each stop an A4 portrait form the walkers
write on (the same sections as the HTML protocol): the stop's number, street and facts, why it is
on the walk, the checklist with boxes to tick, lines for notes and the proposed action, owner and
priority. A stop whose texts are longer than a page continues on the next page; the next stop
always starts a page of its own.
"""
import math
from typing import List, Sequence

from qgis.PyQt.QtCore import Qt

from ..core.protocol import Protocol, StopEntry
from . import text
from .common import BRAND, MUTED, add_ellipse, add_label, add_rectangle
from .flow import Flow

BASE_PT = 10.0
HEADING_PT = 9.0
LINE_SPACING = 7.5  # mm between the lines to write on
BOX = 3.4  # mm, the side of a check box


def stop_pages(flow: Flow, protocol: Protocol, stop: StopEntry, note_lines: int = 8,
               action_lines: int = 4) -> None:
    """One stop's form from the flow's cursor on."""
    texts = protocol.texts
    _stop_head(flow, protocol, stop)
    _heading(flow, texts["why_here"])
    flow.bullets(stop.reasons, BASE_PT)
    _heading(flow, texts["checklist"])
    _checklist(flow, protocol.checklist)
    _heading(flow, texts["notes"], keep=LINE_SPACING * 2)
    flow.writing_lines(note_lines, LINE_SPACING)
    _heading(flow, texts["proposed_action"], keep=LINE_SPACING * 2)
    flow.writing_lines(action_lines, LINE_SPACING)
    flow.gap(5.0)
    _owner_and_priority(flow, texts)


def _stop_head(flow: Flow, protocol: Protocol, stop: StopEntry) -> None:
    """Badge with the number, 'Stop 3 of 7', the street and the facts; a blue rule under them."""
    texts, layout = protocol.texts, flow.layout
    badge = 12.0
    facts = text.wrap("  ·  ".join(stop.facts), flow.width - badge - 4.0, 9.5) if stop.facts else []
    title_h = text.line_mm(16.0, True)
    height = max(badge, title_h + text.line_mm(12.5, True) + text.lines_height(len(facts), 9.5))
    flow.keep(height + 30.0)  # the head stays with the start of the next section
    x, y = flow.left, flow.y
    add_ellipse(layout, (x, y, badge, badge), flow.page, BRAND)
    add_label(layout, str(stop.number), (x, y, badge, badge), flow.page, size_pt=14.0, bold=True,
              colour="#ffffff", align=Qt.AlignmentFlag.AlignHCenter, valign=Qt.AlignmentFlag.AlignVCenter)
    left = x + badge + 4.0
    title = "{} {}".format(texts["stop"], stop.number)
    title_w = text.width_mm(title, 16.0, True)
    add_label(layout, title, (left, y, title_w + 2.0, title_h), flow.page, size_pt=16.0, bold=True,
              colour=BRAND)
    of_total = texts["stop_of"].format(total=len(protocol.stops))
    of_top = y + text.ascent_mm(16.0, True) - text.ascent_mm(10.0)  # on the title's baseline
    add_label(layout, of_total, (left + title_w + 2.0, of_top, 40.0, text.line_mm(10.0)), flow.page,
              size_pt=10.0, colour=MUTED)
    width = flow.width - badge - 4.0
    street = text.wrap(stop.street, width, 12.5, True)
    street_h = text.lines_height(len(street), 12.5, True)
    add_label(layout, "\n".join(street), (left, y + title_h, width, street_h), flow.page, size_pt=12.5,
              bold=True)
    facts_top = y + title_h + street_h
    if facts:
        add_label(layout, "\n".join(facts), (left, facts_top, width, text.lines_height(len(facts), 9.5)),
                  flow.page, size_pt=9.5, colour=MUTED)
    flow.y = max(y + badge, facts_top + text.lines_height(len(facts), 9.5)) + 2.0
    flow.rule(BRAND, 0.7)
    flow.gap(1.0)


def _heading(flow: Flow, title: str, keep: float = 12.0) -> None:
    """A section heading in small blue capitals, kept with the start of its section."""
    step = text.line_mm(HEADING_PT, True)
    flow.gap(4.0)
    flow.keep(step + 1.5 + keep)
    flow.lines([title.upper()], HEADING_PT, bold=True, colour=BRAND)
    flow.y += 1.5


def checklist_rows(items: Sequence[str], columns: int = 2) -> List[List[str]]:
    """Items in ``columns`` columns read top to bottom, as rows ('' pads the last column)."""
    height = int(math.ceil(len(items) / float(columns))) if items else 0
    parts = [list(items[i * height:(i + 1) * height]) for i in range(columns)]
    return [[part[row] if row < len(part) else "" for part in parts] for row in range(height)]


def _checklist(flow: Flow, items: Sequence[str]) -> None:
    """Two columns of boxes to tick with their labels; a row never splits between pages."""
    column_w = (flow.width - 4.0) / 2.0
    label_w = column_w - BOX - 2.5
    step = text.line_mm(BASE_PT)
    for row in checklist_rows(items, 2):
        wrapped = [text.wrap(item, label_w, BASE_PT) if item else [] for item in row]
        height = max(len(lines) for lines in wrapped) * step + 1.3
        flow.keep(height)
        for index, lines in enumerate(wrapped):
            if not lines:
                continue
            x = flow.left + index * (column_w + 4.0)
            add_rectangle(flow.layout, (x, flow.y + (step - BOX) / 2.0 + 0.1, BOX, BOX), flow.page, "#ffffff",
                          stroke="#333333", stroke_width=0.3)
            add_label(flow.layout, "\n".join(lines), (x + BOX + 2.5, flow.y, label_w, step * len(lines)),
                      flow.page, size_pt=BASE_PT)
        flow.y += height


def _owner_and_priority(flow: Flow, texts) -> None:
    """'Owner: ________   Priority: [ ] High [ ] Medium [ ] Low' on one line."""
    step = text.line_mm(BASE_PT)
    flow.keep(step + 2.0)
    layout, page, y = flow.layout, flow.page, flow.y
    owner = texts["owner"] + ":"
    owner_w = text.width_mm(owner, BASE_PT) + 2.0
    add_label(layout, owner, (flow.left, y, owner_w + 1.0, step), page, size_pt=BASE_PT)
    line_end = flow.left + flow.width * 0.5
    add_rectangle(layout, (flow.left + owner_w, y + step - 0.6, line_end - flow.left - owner_w, 0.2), page,
                  "#999999")
    x = line_end + 5.0
    priority = texts["priority"] + ":"
    width = text.width_mm(priority, BASE_PT) + 3.0
    add_label(layout, priority, (x, y, width + 1.0, step), page, size_pt=BASE_PT)
    x += width + 1.0
    for key in ("priority_high", "priority_medium", "priority_low"):
        add_rectangle(layout, (x, y + (step - BOX) / 2.0 + 0.1, BOX, BOX), page, "#ffffff", stroke="#333333",
                      stroke_width=0.3)
        label_w = text.width_mm(texts[key], BASE_PT) + 1.5
        add_label(layout, texts[key], (x + BOX + 1.8, y, label_w + 1.0, step), page, size_pt=BASE_PT)
        x += BOX + 1.8 + label_w + 4.0
    flow.y += step + 2.0
