"""The weekly situational picture (lägesbild): the week's events against the weeks before it.

Events arrive as a DataFrame with the columns ``time`` (local date-time, datetime64; midnight when
the time of day is unknown), ``time_known`` (bool), ``category``, ``place`` and ``area`` (text or
None) and ``x``/``y`` (metres). Free-text fields are never handed to the report.

Weeks are ISO weeks, Monday to Sunday. The report week is compared with the ``compare_weeks``
weeks directly before it; compared weeks that lie wholly outside the data (before the first or
after the last event) are left out of the mean, and the report says so.

The reading of a change (:func:`judge`): below SMALL events both in the week and in the mean it
is "too few to read a change into"; otherwise an exact conditional test of two Poisson counts
(the week's count given the total of the week and the compared weeks is binomial with p = 1 /
(weeks + 1) under no change) calls it a clear increase or decrease at p < 0.05, else usual.
"""
import datetime
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from . import clock
from .categories import load_categories
from .errors import InputError
from .filtering import parse_iso_week
from .messages import text
from .pdcompat import to_datetime_ns
from .values import flags

SMALL = 5          # fewer events than this in the week and in the mean: no reading of a change
ALPHA = 0.05       # significance level of the change tests
COLUMNS = ("time", "time_known", "category", "place", "area", "x", "y")
READINGS = ("too_few", "usual", "up", "down", "no_comparison")


@dataclass(frozen=True)
class Period:
    """The report week and the compared weeks (Mondays), and which of them the data cover."""

    year: int
    week: int
    monday: datetime.date
    compared: Tuple[datetime.date, ...]          # oldest first
    covered: Tuple[datetime.date, ...] = ()      # the compared weeks inside the data
    first: Optional[datetime.date] = None        # first and last event day of the data
    last: Optional[datetime.date] = None

    @property
    def sunday(self) -> datetime.date:
        return self.monday + datetime.timedelta(days=6)

    @property
    def label(self) -> str:
        return "{}-W{:02d}".format(self.year, self.week)

    def state(self) -> str:
        """'empty' (no data at all), 'before', 'after', 'partial' or 'inside' the data."""
        if self.first is None:
            return "empty"
        if self.sunday < self.first:
            return "before"
        if self.monday > self.last:
            return "after"
        return "partial" if self.last < self.sunday else "inside"


@dataclass(frozen=True)
class Comparison:
    """One row of a comparison table: the week's count against the mean of the compared weeks."""

    key: str
    label: str
    count: int
    before_total: int
    weeks: int
    reading: str

    @property
    def mean(self) -> Optional[float]:
        return self.before_total / self.weeks if self.weeks else None

    @property
    def change(self) -> Optional[float]:
        return self.count - self.mean if self.weeks else None

    @property
    def percent(self) -> Optional[float]:
        """Relative change, only where the numbers are large enough to read (else None)."""
        if self.reading in ("too_few", "no_comparison") or not self.mean:
            return None
        return 100.0 * self.change / self.mean


def last_complete_week(today: datetime.date) -> Tuple[int, int]:
    """The ISO (year, week) of the last week that ended before ``today``."""
    year, week, _ = (today - datetime.timedelta(days=today.isoweekday())).isocalendar()
    return int(year), int(week)


def make_period(iso_week: str, compare_weeks: int, first: Optional[datetime.date],
                last: Optional[datetime.date], today: Optional[datetime.date] = None) -> Period:
    """The period of ``iso_week`` (empty: the last complete week before ``today``)."""
    if not 1 <= int(compare_weeks) <= 52:
        raise InputError(text("wr_bad_compare", value=compare_weeks))
    if str(iso_week or "").strip():
        year, week = parse_iso_week(iso_week)
    else:
        year, week = last_complete_week(today or clock.today())
    monday = datetime.date.fromisocalendar(year, week, 1)
    compared = tuple(monday - datetime.timedelta(weeks=n) for n in range(int(compare_weeks), 0, -1))
    covered = tuple(m for m in compared if first is not None and
                    m + datetime.timedelta(days=6) >= first and m <= last)
    return Period(year, week, monday, compared, covered, first, last)


def week_mondays(times: pd.Series) -> pd.Series:
    """The Monday (datetime64 at midnight) of each event's ISO week; NaT stays NaT."""
    days = to_datetime_ns(times).dt.normalize()
    return days - pd.to_timedelta(days.dt.day_of_week, unit="D")


def data_span(times: pd.Series) -> Tuple[Optional[datetime.date], Optional[datetime.date]]:
    """First and last event day (None, None without events)."""
    valid = to_datetime_ns(times).dropna()
    if valid.empty:
        return None, None
    return valid.min().date(), valid.max().date()


def judge(count: int, before_total: int, weeks: int) -> str:
    """The reading of a change (see the module's doc): one of READINGS."""
    if weeks <= 0:
        return "no_comparison"
    mean = before_total / weeks
    if count < SMALL and mean < SMALL:
        return "too_few"
    from scipy.stats import binomtest

    p_value = binomtest(int(count), int(count + before_total), 1.0 / (weeks + 1)).pvalue
    if p_value >= ALPHA:
        return "usual"
    return "up" if count > mean else "down"


def in_weeks(mondays: pd.Series, weeks: Sequence[datetime.date]) -> pd.Series:
    """True where an event's week is one of ``weeks``."""
    wanted = to_datetime_ns(pd.Series(list(weeks), dtype=object)) if weeks else pd.Series([], dtype="M8[ns]")
    return mondays.isin(wanted)


def compare_by(events: pd.DataFrame, mondays: pd.Series, period: Period, column: str,
               labels: Optional[Dict[str, str]] = None, keys: Sequence[str] = ()) -> List[Comparison]:
    """A Comparison per value of ``column`` (every value seen in the period, plus ``keys``)."""
    now = in_weeks(mondays, [period.monday])
    before = in_weeks(mondays, period.covered)
    values = events[column]
    week_counts = values[now].value_counts()
    before_counts = values[before].value_counts()
    seen = {str(v) for v in set(week_counts.index) | set(before_counts.index)}
    found = list(keys) + sorted(seen - set(keys))
    rows = []
    for key in found:
        count, total = int(week_counts.get(key, 0)), int(before_counts.get(key, 0))
        rows.append(Comparison(key, (labels or {}).get(key, key), count, total, len(period.covered),
                               judge(count, total, len(period.covered))))
    return rows


def total_row(events: pd.DataFrame, mondays: pd.Series, period: Period, label: str) -> Comparison:
    """All events of the week against the compared weeks."""
    count = int(in_weeks(mondays, [period.monday]).sum())
    total = int(in_weeks(mondays, period.covered).sum())
    weeks = len(period.covered)
    return Comparison("", label, count, total, weeks, judge(count, total, weeks))


def category_labels(language: str) -> Dict[str, str]:
    """EST category code -> label in the language (a source's own categories keep their value)."""
    return {c.code: c.label(language) for c in load_categories()}


def by_category(events: pd.DataFrame, mondays: pd.Series, period: Period, language: str) -> List[Comparison]:
    """Per category, most events this week first (then most before, then by label)."""
    rows = compare_by(events.assign(category=events["category"].fillna("–").astype(str)), mondays, period,
                      "category", category_labels(language))
    return sorted(rows, key=lambda r: (-r.count, -r.before_total, r.label))


def by_area(events: pd.DataFrame, mondays: pd.Series, period: Period, area_names: Sequence[str],
            outside_label: str) -> List[Comparison]:
    """Per area, the largest change (up or down) first; events in no area as the last row."""
    named = events.assign(area=events["area"].where(events["area"].notna(), None))
    rows = compare_by(named[named["area"].notna()], mondays[named["area"].notna()], period, "area",
                      keys=[str(a) for a in area_names])
    rows.sort(key=lambda r: (-abs(r.change or 0.0), -r.count, r.label))
    outside = named["area"].isna()
    count = int((outside & in_weeks(mondays, [period.monday])).sum())
    total = int((outside & in_weeks(mondays, period.covered)).sum())
    weeks = len(period.covered)
    if count or total:
        rows.append(Comparison("", outside_label, count, total, weeks, judge(count, total, weeks)))
    return rows


@dataclass(frozen=True)
class WeekdayHours:
    """7 x 24 counts of the week and mean per compared week, plus events without a time of day."""

    week: np.ndarray
    week_unknown: np.ndarray
    before_mean: np.ndarray
    before_unknown: np.ndarray


def weekday_hours(events: pd.DataFrame, mondays: pd.Series, period: Period) -> WeekdayHours:
    """Counts per weekday (rows, Monday first) and hour (columns), for the week and the mean week before."""
    def table(mask):
        chosen = events[mask]
        times = to_datetime_ns(chosen["time"])
        known = chosen["time_known"].astype(bool).to_numpy()
        grid = np.zeros((7, 24), dtype=float)
        np.add.at(grid, (times.dt.day_of_week.to_numpy()[known], times.dt.hour.to_numpy()[known]), 1)
        unknown = np.bincount(times.dt.day_of_week.to_numpy()[~known], minlength=7).astype(float)
        return grid, unknown

    week, week_unknown = table(in_weeks(mondays, [period.monday]).to_numpy())
    before, before_unknown = table(in_weeks(mondays, period.covered).to_numpy())
    weeks = max(len(period.covered), 1)
    return WeekdayHours(week.astype(int), week_unknown.astype(int), before / weeks, before_unknown / weeks)


@dataclass(frozen=True)
class PlaceRow:
    """A place with its count this week, mean before and the week's categories."""

    place: str
    count: int
    mean: Optional[float]
    categories: Tuple[Tuple[str, int], ...]


def top_places(events: pd.DataFrame, mondays: pd.Series, period: Period, language: str,
               limit: int = 10) -> List[PlaceRow]:
    """The places with most events this week (ties by name); empty place names are left out."""
    places = events["place"].map(lambda v: " ".join(str(v).split()) if v is not None and v == v else "")
    now = in_weeks(mondays, [period.monday]) & (places != "")
    before = in_weeks(mondays, period.covered) & (places != "")
    counts = places[now].value_counts()
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
    before_counts = places[before].value_counts()
    labels = category_labels(language)
    rows = []
    for place, count in ranked:
        cats = events.loc[now & (places == place), "category"].fillna("–").astype(str).value_counts()
        pairs = tuple(sorted(((labels.get(k, k), int(v)) for k, v in cats.items()),
                             key=lambda p: (-p[1], p[0])))
        weeks = len(period.covered)
        mean = before_counts.get(place, 0) / weeks if weeks else None
        rows.append(PlaceRow(place, int(count), mean, pairs))
    return rows


@dataclass(frozen=True)
class Trend:
    """Events per week of one category (None for weeks outside the data), oldest week first."""

    label: str
    colour: str
    counts: Tuple[Optional[int], ...]


def trends(events: pd.DataFrame, mondays: pd.Series, period: Period, language: str, weeks: int = 12,
           top: int = 4) -> Tuple[Tuple[datetime.date, ...], List[Trend]]:
    """The ``weeks`` Mondays ending with the report week and a Trend for all events and for the
    ``top`` categories with most events in those weeks."""
    days = tuple(period.monday - datetime.timedelta(weeks=n) for n in range(weeks - 1, -1, -1))
    inside = [period.first is not None and d + datetime.timedelta(days=6) >= period.first and d <= period.last
              for d in days]
    chosen = in_weeks(mondays, days)
    cats = events.loc[chosen, "category"].fillna("–").astype(str)
    order = sorted(cats.value_counts().items(), key=lambda item: (-item[1], item[0]))[:top]
    colours = {c.code: c.colour for c in load_categories()}
    labels = category_labels(language)
    index = to_datetime_ns(pd.Series(list(days), dtype=object))

    def series(mask, label, colour):
        counts = mondays[mask].value_counts()
        values = tuple(int(counts.get(d, 0)) if ok else None for d, ok in zip(index, inside))
        return Trend(label, colour, values)

    result = [series(chosen, text("wr_total", lang=language), "#1f4e79")]
    for code, _ in order:
        result.append(series(chosen & (events["category"].fillna("–").astype(str) == code),
                             labels.get(code, code), colours.get(code, "#636363")))
    return days, result


def data_notes(events: pd.DataFrame, mondays: pd.Series, period: Period, language: str,
               default_today: Optional[datetime.date], has_places: bool, week_count: int) -> List[str]:
    """What the reader must know: data span, missing or partial weeks, unknown times, defaults
    (``default_today``: the day the week was chosen from when none was given)."""
    def say(code, **values):
        lines.append(text(code, lang=language, **values))

    lines: List[str] = []
    first, last = (format_day(d, language) if d else "–" for d in (period.first, period.last))
    if default_today is not None:
        say("wr_note_default_week", today=format_day(default_today, language))
    state = period.state()
    if state == "empty":
        say("wr_note_no_data")
        return lines
    say("wr_note_events_read", count=format_int(len(events), language), first=first, last=last)
    if state == "before":
        say("wr_note_before_data", week=period.label, first=first)
    elif state == "after":
        say("wr_note_after_data", week=period.label, last=last)
    elif state == "partial":
        say("wr_note_week_partial", week=period.label, last=last)
    if week_count == 0 and state in ("inside", "partial"):
        say("wr_note_no_events_week", week=period.label)
    missing = len(period.compared) - len(period.covered)
    if not period.covered:
        say("wr_note_no_compare")
    elif missing:
        say("wr_note_compare_missing", missing=missing, n=len(period.compared), first=first, last=last,
            used=len(period.covered))
    unknown = int((in_weeks(mondays, [period.monday]) & ~events["time_known"].astype(bool)).sum())
    if unknown:
        say("wr_note_unknown_time", count=unknown)
    if not has_places:
        say("wr_note_no_places")
    return lines


def format_int(value: float, language: str) -> str:
    """1 250 (sv, thin space) / 1,250 (en)."""
    formatted = "{:,.0f}".format(value)
    return formatted.replace(",", "\u00a0") if language == "sv" else formatted


def format_decimal(value: Optional[float], language: str, signed: bool = False) -> str:
    """One decimal with the language's mark ('2,5' / '2.5'); '–' for None; '+' before increases."""
    if value is None:
        return "–"
    formatted = "{:+,.1f}".format(value) if signed else "{:,.1f}".format(value)
    if formatted in ("+0.0", "-0.0"):
        formatted = "±0.0"
    formatted = formatted.replace("-", "\u2212")
    if language == "sv":
        formatted = formatted.replace(",", "\u00a0").replace(".", ",")
    return formatted


def format_day(day: datetime.date, language: str) -> str:
    """'1 juni 2020' / '1 June 2020'."""
    months = text("wr_months", lang=language).split("|")
    return "{} {} {}".format(day.day, months[day.month - 1], day.year)


def prepare(frame: pd.DataFrame) -> Tuple[pd.DataFrame, pd.Series]:
    """The events with a valid time (a copy with COLUMNS) and their ISO-week Mondays."""
    missing = [c for c in COLUMNS if c not in frame.columns]
    events = frame.reindex(columns=list(COLUMNS)).copy() if missing else frame[list(COLUMNS)].copy()
    events["time"] = to_datetime_ns(events["time"], errors="coerce")
    events = events[events["time"].notna()].reset_index(drop=True)
    events["time_known"] = flags(events["time_known"])
    return events, week_mondays(events["time"])
