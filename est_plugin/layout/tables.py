"""Tables of the print layouts: a QgsLayoutItemManualTable whose rows flow through frames on as many
pages as they need, the header repeated in every frame.

Every cell's text is wrapped here and every row gets its height (QgsLayoutItemManualTable
setRowHeights), so the rows a frame of a given height shows are known before the frame is placed:
QGIS shows the rows whose heights add up to less than the frame's height, and each frame is made
that high and a little more, whatever the QGIS version computes for the header.
"""
from dataclasses import dataclass
from typing import List, Optional, Sequence, Union

from qgis.core import (
    QgsLayoutItemManualTable,
    QgsLayoutMultiFrame,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutTableStyle,
    QgsTableCell,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from . import text
from .common import BRAND, INK, add_frame, text_format

SLACK = 1.0  # mm a frame is higher than its rows need: the header estimate may be off by less
FIT_PAD = 1.5  # mm more than its widest line for a column fitted to its content
WIDOWS = 3  # a table split between pages leaves at least this many rows for the next page
ALIGN = {"left": Qt.AlignmentFlag.AlignLeft, "right": Qt.AlignmentFlag.AlignRight,
         "center": Qt.AlignmentFlag.AlignHCenter}


@dataclass(frozen=True)
class Column:
    """A column: its title, the width of its text in mm (0: ``share`` of what the other columns
    leave; None: as wide as its widest line) and the alignment ('left', 'right', 'center')."""

    title: str
    width: Optional[float] = 0.0
    align: str = "left"
    share: float = 1.0


@dataclass(frozen=True)
class Cell:
    """A cell with its own look; plain strings are cells in the table's look."""

    text: str
    bold: bool = False
    italic: bool = False
    colour: Optional[str] = None
    background: Optional[str] = None


@dataclass(frozen=True)
class TableStyle:
    """The look of a table: text sizes (pt), colours, cell margin and grid (mm)."""

    size_pt: float = 8.0
    header_pt: Optional[float] = None
    header_colour: str = BRAND
    header_fill: str = "#eef3f8"
    colour: str = INK
    margin: float = 1.0
    grid_colour: str = "#cccccc"
    grid_width: float = 0.2
    vertical_grid: bool = False
    max_lines: int = 12  # a cell longer than this is shortened (a row must fit on a page)

    @property
    def header_size(self) -> float:
        return self.header_pt or self.size_pt


CellLike = Union[str, Cell]
PLAIN = TableStyle()


class TablePlan:
    """A manual table added to the layout with measured rows; :meth:`add_frame` shows the next
    rows in a frame."""

    def __init__(self, layout, columns: Sequence[Column], rows: Sequence[Sequence[CellLike]], width: float,
                 style: TableStyle = PLAIN):
        self.layout, self.style = layout, style
        self.columns = list(columns)
        cells = [[cell if isinstance(cell, Cell) else Cell(str(cell)) for cell in row] for row in rows]
        self.widths = _widths(self.columns, cells, width, style)
        self.width = sum(self.widths) + 2 * style.margin * len(self.widths) + \
            (style.grid_width * (len(self.widths) + 1) if style.vertical_grid else 0.0)
        wrapped = [[self._wrap(cell, index) for index, cell in enumerate(row)] for row in cells]
        self.heights = [max(len(lines) for lines in row) * self._line_step(row_cells)
                        for row, row_cells in zip(wrapped, cells)]
        grid = style.grid_width
        self.totals = [height + 2 * style.margin + grid for height in self.heights]
        self.header = text.ascent_mm(style.header_size, True) + 2 * style.margin + 2 * grid
        self.shown = 0
        self._cells, self._wrapped = cells, wrapped
        self.table = None  # made with the first frame: a plan may be measured and dropped

    @property
    def done(self) -> bool:
        return self.shown >= len(self.heights)

    def fitting(self, height: float) -> int:
        """How many of the next rows a frame of ``height`` mm can show."""
        used, count = self.header + SLACK, 0
        for total in self.totals[self.shown:]:
            if used + total > height:
                break
            used += total
            count += 1
        return count

    def frame_height(self, count: int) -> float:
        return self.header + sum(self.totals[self.shown:self.shown + count]) + SLACK

    def add_frame(self, x: float, y: float, count: int, page: int) -> float:
        """A frame at (x, y) showing the next ``count`` rows; its height."""
        height = self.frame_height(count)
        if self.table is None:
            self.table = self._table(self._cells, self._wrapped)
        add_frame(self.layout, self.table, (x, y, self.width + 0.5, height), page)
        self.shown += count
        return height

    def _line_step(self, row: Sequence[Cell]) -> float:
        return max(text.line_mm(self.style.size_pt, cell.bold) for cell in row) if row else \
            text.line_mm(self.style.size_pt)

    def _wrap(self, cell: Cell, index: int) -> List[str]:
        lines = text.wrap(cell.text, self.widths[index], self.style.size_pt, cell.bold)
        if len(lines) > self.style.max_lines:
            lines = lines[:self.style.max_lines]
            lines[-1] = text.fit_text(lines[-1] + " \u2026", self.widths[index], self.style.size_pt,
                                      cell.bold)
        return lines

    def _table(self, cells, wrapped):
        style = self.style
        table = QgsLayoutItemManualTable.create(self.layout)
        table.setIncludeTableHeader(True)
        headers = []
        for column in self.columns:
            header = QgsLayoutTableColumn(column.title)
            header.setHAlignment(ALIGN[column.align])
            headers.append(header)
        table.setHeaders(headers)
        contents = []
        for row, lines in zip(cells, wrapped):
            tall = max(len(cell_lines) for cell_lines in lines) > 1
            contents.append([self._cell(cell, cell_lines, column, tall)
                             for cell, cell_lines, column in zip(row, lines, self.columns)])
        table.setTableContents(contents)
        table.setColumnWidths(self.widths)
        table.setRowHeights(self.heights)
        table.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
        table.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
        table.setHeaderTextFormat(text_format(style.header_size, bold=True, colour=style.header_colour))
        table.setContentTextFormat(text_format(style.size_pt, colour=style.colour))
        header_style = QgsLayoutTableStyle()
        header_style.enabled = True
        header_style.cellBackgroundColor = QColor(style.header_fill)
        table.setCellStyle(QgsLayoutTable.CellStyleGroup.HeaderRow, header_style)
        table.setShowGrid(True)
        table.setHorizontalGrid(True)
        table.setVerticalGrid(style.vertical_grid)
        table.setGridColor(QColor(style.grid_colour))
        table.setGridStrokeWidth(style.grid_width)
        table.setCellMargin(style.margin)
        table.setWrapBehavior(QgsLayoutTable.WrapBehavior.TruncateText)
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        self.layout.addMultiFrame(table)
        return table

    def _cell(self, cell: Cell, lines: List[str], column: Column, tall: bool) -> QgsTableCell:
        result = QgsTableCell("\n".join(lines))
        result.setTextFormat(text_format(self.style.size_pt, bold=cell.bold, italic=cell.italic,
                                         colour=cell.colour or self.style.colour))
        if cell.colour:
            result.setForegroundColor(QColor(cell.colour))
        if cell.background:
            result.setBackgroundColor(QColor(cell.background))
        result.setHorizontalAlignment(ALIGN[column.align])
        result.setVerticalAlignment(Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter)
        return result


def _widths(columns: Sequence[Column], cells, width: float, style: TableStyle) -> List[float]:
    """Text widths of the columns: fixed, fitted to their content, and shares of the rest."""
    available = width - 2 * style.margin * len(columns) - \
        (style.grid_width * (len(columns) + 1) if style.vertical_grid else 0.0) - 0.5
    widths: List[float] = []
    for index, column in enumerate(columns):
        if column.width is None:
            content = [text.width_mm(row[index].text, style.size_pt, row[index].bold)
                       for row in cells if index < len(row)]
            widths.append(max([text.width_mm(column.title, style.header_size, True)] + content)
                          / text.WRAP_SHARE + FIT_PAD)
        else:
            widths.append(column.width)
    shared = [index for index, column in enumerate(columns) if column.width == 0]
    rest = max(available - sum(widths), 5.0 * len(shared))
    shares = sum(columns[index].share for index in shared)
    for index in shared:
        widths[index] = rest * columns[index].share / shares
    return widths


def flow_table(flow, columns: Sequence[Column], rows: Sequence[Sequence[CellLike]],
               style: TableStyle = PLAIN, min_rows: int = 2) -> Optional[TablePlan]:
    """A table at the flow's cursor, continued in a frame at the top of the next pages until
    every row shows; None without rows."""
    if not rows:
        return None
    plan = TablePlan(flow.layout, columns, rows, flow.width, style)
    flow_rest(flow, plan, min_rows)
    return plan


def flow_rest(flow, plan: TablePlan, min_rows: int = 2) -> None:
    """The rows of ``plan`` not shown yet, from the flow's cursor on."""
    while not plan.done:
        count = plan.fitting(flow.room)
        left = len(plan.heights) - plan.shown
        if count < left:  # split here: leave a few rows for the next page, not one
            count = min(count, max(left - WIDOWS, 0))
        if count < min(min_rows, left) and not flow.at_top:
            flow.break_page()
            continue
        count = max(count, 1)
        flow.y += plan.add_frame(flow.left, flow.y, count, flow.page)
        if not plan.done:
            flow.break_page()
