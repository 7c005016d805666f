"""Hotspot change of the weekly report, per grid cell.

The events' area is cut into square cells of ``size`` metres (edges at whole multiples of the
size). A cell is *hot* in a week when it holds at least ``hot_min`` events that week. With c the
cell's count this week, m its mean over the compared weeks inside the data and k the number of
compared weeks in which it was hot:

* new: hot this week, hot in none of the compared weeks (k = 0);
* growing: hot this week and in a compared week, and c is clearly above m: P(X >= c) < 0.05 for X
  Poisson with mean m (m = 0 counts as clearly above);
* persistent: hot this week and in at least one compared week, not growing;
* fading: not hot this week, hot in at least half of the compared weeks (k >= ceil(weeks / 2)).

Other cells are not shown.
"""
import math
from dataclasses import dataclass
from typing import List, Sequence, Tuple

import numpy as np
import pandas as pd

from .weekly import ALPHA, Period, in_weeks

CLASSES = ("new", "growing", "persistent", "fading")
HOT_MIN = 3
CELL_SIZE = 250.0


@dataclass(frozen=True)
class CellChange:
    """One classified cell: its lower-left corner and size (m), counts and class."""

    col: int
    row: int
    size: float
    count: int
    mean: float
    hot_weeks: int
    change: str
    place: str = ""

    @property
    def bounds(self) -> Tuple[float, float, float, float]:
        """(x_min, y_min, x_max, y_max)."""
        return (self.col * self.size, self.row * self.size, (self.col + 1) * self.size,
                (self.row + 1) * self.size)


def classify(count: int, mean: float, hot_weeks: int, weeks: int, hot_min: int = HOT_MIN) -> str:
    """The change class of one cell (see the module's doc), '' when it is none of them."""
    from scipy.stats import poisson

    if count >= hot_min:
        if hot_weeks == 0:
            return "new"
        clearly_above = mean <= 0 or float(poisson.sf(count - 1, mean)) < ALPHA
        return "growing" if clearly_above else "persistent"
    if weeks > 0 and hot_weeks >= max(1, math.ceil(weeks / 2.0)):
        return "fading"
    return ""


def cell_changes(events: pd.DataFrame, mondays: pd.Series, period: Period, size: float = CELL_SIZE,
                 hot_min: int = HOT_MIN) -> List[CellChange]:
    """The classified cells, ordered by class (new, growing, persistent, fading) then by count."""
    now = in_weeks(mondays, [period.monday]).to_numpy()
    before = in_weeks(mondays, period.covered).to_numpy()
    x, y = events["x"].to_numpy(float), events["y"].to_numpy(float)
    usable = (now | before) & np.isfinite(x) & np.isfinite(y)
    if not usable.any():
        return []
    frame = pd.DataFrame({"col": np.floor(x[usable] / size).astype(np.int64),
                          "row": np.floor(y[usable] / size).astype(np.int64),
                          "week": mondays.to_numpy()[usable], "now": now[usable],
                          "place": events["place"].to_numpy()[usable]})
    counts = frame.groupby(["col", "row", "week"]).size()
    weeks = len(period.covered)
    result = []
    for (col, row), per_week in counts.groupby(level=[0, 1]):
        by_week = {pd.Timestamp(w).date(): int(n) for (_, _, w), n in per_week.items()}
        count = by_week.get(period.monday, 0)
        before_counts = [by_week.get(m, 0) for m in period.covered]
        hot_weeks = sum(1 for n in before_counts if n >= hot_min)
        mean = float(sum(before_counts)) / weeks if weeks else 0.0
        change = classify(count, mean, hot_weeks, weeks, hot_min)
        if change:
            result.append(CellChange(int(col), int(row), float(size), count, mean, hot_weeks, change,
                                     _main_place(frame, col, row, count > 0)))
    return sorted(result, key=lambda c: (CLASSES.index(c.change), -c.count, -c.mean, c.col, c.row))


def _main_place(frame: pd.DataFrame, col: int, row: int, this_week: bool) -> str:
    """The most common place name of the cell (this week's events when it has some)."""
    mask = (frame["col"] == col) & (frame["row"] == row)
    if this_week:
        mask &= frame["now"]
    places = frame.loc[mask, "place"].dropna().astype(str).str.strip()
    places = places[places != ""]
    if places.empty:
        return ""
    counts = places.value_counts()
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]


def class_counts(cells: Sequence[CellChange]) -> dict:
    """How many cells of each class."""
    return {name: sum(1 for c in cells if c.change == name) for name in CLASSES}
