"""Emerging-hotspot style trend per grid cell over the weeks of the weekly report's trend chart.

The cells are those of the hotspot change (weekly_cells: squares of ``size`` metres, edges at whole
multiples of the size). The series of a cell is its count of events in each of the ``weeks`` ISO
weeks ending with the report week; weeks that lie wholly outside the data (before the first or after
the last event) are left out, not counted as zeros. With fewer than MIN_WEEKS weeks inside the
data no cell is classified.

The test is the Mann–Kendall trend test of the counts against the week: the exact statistic
S = sum over pairs i < j of sign(x_j - x_i), its variance with the tie correction
Var(S) = (n(n-1)(2n+5) - sum t(t-1)(2t+5)) / 18 (t: sizes of the groups of equal counts), and the
two-sided p-value of the normal approximation z = S / sqrt(Var(S)) without continuity correction.
This is the same p-value as scipy.stats.kendalltau(weeks, counts, method="asymptotic"); tau is
Kendall's tau-b. A cell is

* intensifying: S > 0, p < ALPHA and at least MIN_EVENTS events in the weeks;
* diminishing: S < 0, p < ALPHA and at least MIN_EVENTS events in the weeks.

Other cells (and cells with too few events, such as empty ones) are not shown.
"""
import datetime
import math
from dataclasses import dataclass
from typing import List, Sequence, Tuple

import numpy as np
import pandas as pd

from .pdcompat import to_datetime_ns
from .weekly import ALPHA, Period, in_weeks
from .weekly_cells import CELL_SIZE, _main_place

TREND_WEEKS = 12   # the weeks of the trend chart
MIN_WEEKS = 8      # weeks inside the data needed before any cell is classified
MIN_EVENTS = 6     # events of a cell in those weeks needed before it is classified
DIRECTIONS = ("intensifying", "diminishing")


@dataclass(frozen=True)
class MannKendall:
    """S, its tie-corrected variance, Kendall's tau-b and the two-sided p-value (normal approximation)."""

    s: int
    var: float
    tau: float
    p: float


def mann_kendall(values: Sequence[float]) -> MannKendall:
    """The Mann–Kendall test of ``values`` in their order (see the module's doc)."""
    x = np.asarray(values, dtype=float)
    n = len(x)
    if n < 2:
        return MannKendall(0, 0.0, 0.0, 1.0)
    diff = np.sign(x[None, :] - x[:, None])
    s = int(np.triu(diff, k=1).sum())
    _, ties = np.unique(x, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - float(np.sum(ties * (ties - 1) * (2 * ties + 5)))) / 18.0
    pairs = n * (n - 1) / 2.0
    tied_pairs = float(np.sum(ties * (ties - 1) / 2.0))
    if var <= 0:
        return MannKendall(s, 0.0, 0.0, 1.0)
    tau = s / math.sqrt(pairs * (pairs - tied_pairs))
    p = math.erfc(abs(s) / math.sqrt(var) / math.sqrt(2.0))
    return MannKendall(s, var, tau, min(1.0, p))


def direction(test: MannKendall, total: int, min_events: int = MIN_EVENTS, alpha: float = ALPHA) -> str:
    """'intensifying', 'diminishing' or '' (see the module's doc)."""
    if total < min_events or test.p >= alpha or test.s == 0:
        return ""
    return "intensifying" if test.s > 0 else "diminishing"


@dataclass(frozen=True)
class CellTrend:
    """One classified cell: its lower-left corner and size (m), counts and the test."""

    col: int
    row: int
    size: float
    total: int
    count: int          # this week
    tau: float
    p: float
    direction: str
    place: str = ""


@dataclass(frozen=True)
class CellTrends:
    """The weeks of the series, those inside the data, and the classified cells."""

    days: Tuple[datetime.date, ...]     # all weeks (Mondays), oldest first
    used: Tuple[datetime.date, ...]     # the weeks inside the data
    cells: Tuple[CellTrend, ...] = ()
    min_weeks: int = MIN_WEEKS

    @property
    def enough(self) -> bool:
        return len(self.used) >= self.min_weeks

    def of(self, name: str) -> List[CellTrend]:
        return [c for c in self.cells if c.direction == name]


def week_days(period: Period, weeks: int = TREND_WEEKS) -> Tuple[Tuple[datetime.date, ...],
                                                                   Tuple[datetime.date, ...]]:
    """The ``weeks`` Mondays ending with the report week, and those inside the data."""
    days = tuple(period.monday - datetime.timedelta(weeks=n) for n in range(weeks - 1, -1, -1))
    used = tuple(d for d in days if period.first is not None and
                 d + datetime.timedelta(days=6) >= period.first and d <= period.last)
    return days, used


def cell_trends(events: pd.DataFrame, mondays: pd.Series, period: Period, size: float = CELL_SIZE,
                weeks: int = TREND_WEEKS, min_weeks: int = MIN_WEEKS,
                min_events: int = MIN_EVENTS) -> CellTrends:
    """The trend per cell; intensifying cells first, then diminishing, each by p then total."""
    days, used = week_days(period, weeks)
    if len(used) < min_weeks:
        return CellTrends(days, used, (), min_weeks)
    chosen = in_weeks(mondays, used).to_numpy()
    x, y = events["x"].to_numpy(float), events["y"].to_numpy(float)
    usable = chosen & np.isfinite(x) & np.isfinite(y)
    if not usable.any():
        return CellTrends(days, used, (), min_weeks)
    now = in_weeks(mondays, [period.monday]).to_numpy()[usable]
    frame = pd.DataFrame({"col": np.floor(x[usable] / size).astype(np.int64),
                          "row": np.floor(y[usable] / size).astype(np.int64),
                          "week": mondays.to_numpy()[usable], "now": now,
                          "place": events["place"].to_numpy()[usable]})
    table = pd.crosstab([frame["col"], frame["row"]], frame["week"]).reindex(
        columns=to_datetime_ns(pd.Series(list(used), dtype=object)), fill_value=0)
    table = table[table.sum(axis=1) >= min_events]
    this_week = pd.Timestamp(period.monday)
    result = []
    for (col, row), counts in table.iterrows():
        values = counts.to_numpy(int)
        test = mann_kendall(values)
        name = direction(test, int(values.sum()), min_events)
        if name:
            count = int(counts.get(this_week, 0))
            result.append(CellTrend(int(col), int(row), float(size), int(values.sum()), count, test.tau,
                                    test.p, name, _main_place(frame, col, row, count > 0)))
    result.sort(key=lambda c: (DIRECTIONS.index(c.direction), c.p, -c.total, c.col, c.row))
    return CellTrends(days, used, tuple(result), min_weeks)
