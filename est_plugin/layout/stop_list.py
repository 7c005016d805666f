"""The list of stops in walking order on the walk map page (number, street, minutes after the start):
in one column of the panel, in two when it is long, and what does not fit there on A4 pages after
the map page, so a long walk loses no stop."""
from typing import Callable, Optional

from ..core.protocol import Protocol, format_minutes
from . import text
from .common import add_label
from .tables import Column, TablePlan, TableStyle

COLUMN_GAP = 3.0


def _style(k: float) -> TableStyle:
    return TableStyle(size_pt=8.0 * k, margin=0.8 * k, max_lines=2)


def _plan(layout, protocol: Protocol, width: float, k: float) -> TablePlan:
    texts = protocol.texts
    columns = [Column(texts["column_number"], None, "right"), Column(texts["column_street"], 0.0),
               Column(texts["column_minutes"], None, "right")]
    rows = [[str(stop.number), stop.street,
             format_minutes(stop.arrival_min) if stop.arrival_min is not None else ""]
            for stop in protocol.stops]
    return TablePlan(layout, columns, rows, width, _style(k))


def heading_height(k: float) -> float:
    return text.line_mm(9.5 * k, True) + 1.5 * k


def stop_table(layout, protocol: Protocol, rect, page: int, k: float) -> Optional[TablePlan]:
    """'Stops in walking order' in ``rect`` (x, y, width, height); the plan of the rows left over
    (None when all of them show)."""
    x, y, width, height = rect
    add_label(layout, protocol.texts["stop_list"], (x, y, width, text.line_mm(9.5 * k, True)), page,
              size_pt=9.5 * k, bold=True, fit=True)
    top, room = y + heading_height(k), height - heading_height(k)
    plan = _plan(layout, protocol, width, k)
    if plan.fitting(room) >= len(protocol.stops):
        plan.add_frame(x, top, len(protocol.stops), page)
        return None
    half = (width - COLUMN_GAP) / 2.0
    plan = _plan(layout, protocol, half, k) if half >= 45.0 * k else plan
    for column_x in ((x, x + half + COLUMN_GAP) if plan.width <= half + 0.6 else (x,)):
        count = plan.fitting(room)
        if count and not plan.done:
            plan.add_frame(column_x, top, count, page)
    return None if plan.done else plan


def continued(layout, protocol: Protocol, plan: TablePlan, new_page: Callable[[], int], body) -> None:
    """The stops left over on new pages (``body``: left, top, width, bottom of a page), in as many
    columns as the table's width allows."""
    left, top, width, bottom = body
    columns = max(int((width + COLUMN_GAP) // (plan.width + COLUMN_GAP)), 1)
    while not plan.done:
        page = new_page()
        add_label(layout, protocol.texts["stop_list"], (left, top, width, text.line_mm(9.5, True)), page,
                  size_pt=9.5, bold=True)
        for column in range(columns):
            count = max(plan.fitting(bottom - top - heading_height(1.0)), 1)
            if plan.done:
                break
            plan.add_frame(left + column * (plan.width + COLUMN_GAP), top + heading_height(1.0), count, page)
