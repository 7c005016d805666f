"""Text and blocks placed top-down over as many pages as they need.

A :class:`Flow` holds a cursor (page, y) inside the body of a page (between the margins and the
footer). Every block asks for its height first: when it does not fit, a new page is added and the
block starts at its top. Paragraphs and boxes of bullet points that are longer than what is left of
a page are split between lines, so nothing is cut off however long a text is.
"""
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence

from qgis.PyQt.QtCore import Qt

from . import text
from .common import INK, add_label, add_rectangle

EPSILON = 0.01


@dataclass(frozen=True)
class Box:
    """How a box of bullet points looks: background, bar on the left, padding (mm)."""

    fill: str = "#eef3f8"
    bar: str = "#1f4e79"
    bar_width: float = 1.0
    pad_x: float = 3.0
    pad_y: float = 1.6
    bullet: str = "\u2022"
    bullet_indent: float = 3.6


BULLET_BOX = Box()


class Flow:
    """A cursor over pages. ``new_page()`` adds a page (with its footer) and returns its index;
    the body of every page runs from ``top`` to ``bottom`` (mm) between ``left`` and
    ``left + width``."""

    def __init__(self, layout, new_page: Callable[[], int], left: float, width: float, top: float,
                 bottom: float, page: Optional[int] = None, y: Optional[float] = None):
        self.layout = layout
        self._new_page = new_page
        self.left, self.width, self.top, self.bottom = left, width, top, bottom
        self.page = new_page() if page is None else page
        self.pages: List[int] = [self.page]
        self.y = top if y is None else y

    @property
    def room(self) -> float:
        """Height left on the current page."""
        return self.bottom - self.y

    @property
    def at_top(self) -> bool:
        return self.y <= self.top + EPSILON

    def break_page(self) -> None:
        """Continue at the top of a new page."""
        self.page = self._new_page()
        self.pages.append(self.page)
        self.y = self.top

    def keep(self, height: float) -> None:
        """Start a new page unless ``height`` fits on this one (or this page is still empty)."""
        if height > self.room + EPSILON and not self.at_top:
            self.break_page()

    def gap(self, height: float) -> None:
        """Vertical space (none at the top of a page)."""
        if not self.at_top:
            self.y = min(self.y + height, self.bottom)

    def paragraph(self, content: str, size_pt: float, bold: bool = False, colour: str = INK,
                  indent: float = 0.0, width: Optional[float] = None, keep_lines: int = 2,
                  align=Qt.AlignmentFlag.AlignLeft) -> None:
        """``content`` wrapped to the width; split between pages when it is longer than the room."""
        usable = (self.width - indent) if width is None else width
        self.lines(text.wrap(content, usable, size_pt, bold), size_pt, bold, colour, indent, usable,
                   keep_lines, align)

    def lines(self, lines: Sequence[str], size_pt: float, bold: bool = False, colour: str = INK,
              indent: float = 0.0, width: Optional[float] = None, keep_lines: int = 2,
              align=Qt.AlignmentFlag.AlignLeft) -> None:
        """Lines that are already wrapped, as labels of as many lines as fit on each page."""
        step = text.line_mm(size_pt, bold)
        usable = (self.width - indent) if width is None else width
        remaining = list(lines)
        self.keep(step * min(keep_lines, len(remaining)))
        while remaining:
            count = max(int((self.room + EPSILON) // step), 0 if not self.at_top else 1)
            if count == 0:
                self.break_page()
                continue
            chunk, remaining = remaining[:count], remaining[count:]
            add_label(self.layout, "\n".join(chunk), (self.left + indent, self.y, usable, step * len(chunk)),
                      self.page, size_pt=size_pt, bold=bold, colour=colour, align=align)
            self.y += step * len(chunk)
            if remaining:
                self.break_page()

    def bullets(self, items: Sequence[str], size_pt: float, box: Box = BULLET_BOX, colour: str = INK) -> None:
        """A box of bullet points (background and a bar on its left); a long box continues on the
        next page as a box of its own."""
        step = text.line_mm(size_pt)
        inner = self.width - 2 * box.pad_x - box.bullet_indent
        rows = []  # (first line of an item?, line)
        for item in items:
            rows.extend((index == 0, line) for index, line in enumerate(text.wrap(item, inner, size_pt)))
        self.keep(2 * box.pad_y + step * min(2, len(rows)))
        while rows:
            count = max(int((self.room - 2 * box.pad_y + EPSILON) // step), 0 if not self.at_top else 1)
            if count == 0:
                self.break_page()
                continue
            chunk, rows = rows[:count], rows[count:]
            self._box_part(chunk, size_pt, box, colour, step)
            if rows:
                self.break_page()

    def _box_part(self, rows, size_pt: float, box: Box, colour: str, step: float) -> None:
        height = 2 * box.pad_y + step * len(rows)
        add_rectangle(self.layout, (self.left, self.y, self.width, height), self.page, box.fill)
        add_rectangle(self.layout, (self.left, self.y, box.bar_width, height), self.page, box.bar)
        x = self.left + box.pad_x
        y = self.y + box.pad_y
        start = 0
        for index in range(1, len(rows) + 1):  # one label per item (or the part of it on this page)
            if index < len(rows) and not rows[index][0]:
                continue
            part = [line for _, line in rows[start:index]]
            top = y + step * start
            if rows[start][0]:
                add_label(self.layout, box.bullet, (x, top, box.bullet_indent, step), self.page,
                          size_pt=size_pt, colour=box.bar)
            add_label(self.layout, "\n".join(part),
                      (x + box.bullet_indent, top, self.width - 2 * box.pad_x - box.bullet_indent,
                       step * len(part)), self.page, size_pt=size_pt, colour=colour)
            start = index
        self.y += height

    def rule(self, colour: str, thickness: float = 0.3, width: Optional[float] = None,
             indent: float = 0.0) -> None:
        """A horizontal line at the cursor (the cursor moves by its thickness)."""
        length = self.width - indent if width is None else width
        add_rectangle(self.layout, (self.left + indent, self.y, length, thickness), self.page, colour)
        self.y += thickness

    def writing_lines(self, count: int, spacing: float, colour: str = "#999999") -> None:
        """``count`` lines to write on, ``spacing`` apart (continued on the next page if needed)."""
        for _ in range(count):
            self.keep(spacing)
            self.y += spacing
            add_rectangle(self.layout, (self.left, self.y - 0.2, self.width, 0.2), self.page, colour)
