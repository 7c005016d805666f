"""Selecting incidents by period, ISO weeks, weekdays, hours, categories and darkness.

Event times are local wall-clock times. Hour ranges are clock intervals that include their start
and exclude their end ("22-04" is 22:00-03:59); they may cross midnight. "After dark" means the
sun was below ``dark_elevation`` degrees (default -0.833, apparent sunset) at the event's place
and moment, computed from the local time converted to UTC with the time zone. Incidents whose
time of day is unknown cannot be judged by hour or darkness: those filters leave them out and
count them.
"""
import datetime
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .crs import in_sweden
from .errors import InputError
from .messages import text
from .pdcompat import to_datetime_ns
from .solar import SUNSET_ELEVATION, is_dark
from .values import flags

ANY, DARK_ONLY, DAYLIGHT_ONLY = 0, 1, 2
SWEDISH_TIME_ZONE = "Europe/Stockholm"
_WEEK = re.compile(r"^\s*(\d{4})\s*-?\s*[wWvV]?\s*(\d{1,2})\s*$")
_HOURS = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*-\s*(\d{1,2})(?:[:.](\d{2}))?$")


@dataclass(frozen=True)
class FilterSpec:
    """What to keep; empty settings keep everything."""

    date_from: Optional[datetime.date] = None
    date_to: Optional[datetime.date] = None
    iso_week: str = ""
    weeks_before: int = 0
    weekdays: Tuple[int, ...] = ()       # ISO numbers, 1 = Monday ... 7 = Sunday
    hours: str = ""
    categories: Tuple[str, ...] = ()
    after_dark: int = ANY
    dark_elevation: float = SUNSET_ELEVATION
    time_zone: str = ""                  # IANA name; empty: Europe/Stockholm in Sweden


@dataclass
class FilterResult:
    """The rows kept, how many each step left out, and notes for the log."""

    keep: np.ndarray
    left_out: Dict[str, int] = field(default_factory=dict)
    no_time_of_day: int = 0
    notes: List[str] = field(default_factory=list)


def parse_iso_week(value: str) -> Tuple[int, int]:
    """(year, week) from '2026-W46', '2026W46', '2026-46' or '2026 v46'."""
    match = _WEEK.match(str(value))
    if not match:
        raise InputError(text("bad_iso_week", value=value))
    year, week = int(match.group(1)), int(match.group(2))
    try:
        datetime.date.fromisocalendar(year, week, 1)
    except ValueError as error:
        raise InputError(text("bad_iso_week", value=value)) from error
    return year, week


def week_period(iso_week: str, weeks_before: int = 0) -> Tuple[datetime.date, datetime.date]:
    """First and last day of the ISO week and the ``weeks_before`` weeks before it."""
    year, week = parse_iso_week(iso_week)
    last_monday = datetime.date.fromisocalendar(year, week, 1)
    start = last_monday - datetime.timedelta(weeks=max(0, int(weeks_before)))
    return start, last_monday + datetime.timedelta(days=6)


def parse_hour_ranges(value: str) -> List[Tuple[int, int]]:
    """Minute-of-day intervals [start, end) from '22-04', '8-10, 22:30-04:15'."""
    ranges = []
    for part in [p.strip() for p in str(value).split(",") if p.strip()]:
        match = _HOURS.match(part)
        if not match:
            raise InputError(text("bad_hours", value=part))
        h1, m1, h2, m2 = (int(g) if g else 0 for g in match.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if h1 > 24 or h2 > 24 or m1 > 59 or m2 > 59 or start % 1440 == end % 1440:
            raise InputError(text("bad_hours", value=part))
        ranges.append((start % 1440, end % 1440))
    return ranges


def in_hour_ranges(minutes: np.ndarray, ranges: Sequence[Tuple[int, int]]) -> np.ndarray:
    """True where a minute of the day falls in one of the ranges (which may cross midnight)."""
    inside = np.zeros(len(minutes), dtype=bool)
    for start, end in ranges:
        if start < end:
            inside |= (minutes >= start) & (minutes < end)
        else:
            inside |= (minutes >= start) | (minutes < end)
    return inside


def resolve_time_zone(name: str, lon: np.ndarray, lat: np.ndarray) -> Tuple[str, str]:
    """A time zone for the events and a note: the user's, Europe/Stockholm in Sweden, else UTC
    offset by the mean longitude (no daylight saving time)."""
    if name:
        try:
            pd.Timestamp("2020-01-01").tz_localize(name)
        except Exception as error:  # pytz and zoneinfo raise different errors for unknown names
            raise InputError(text("bad_timezone", value=name)) from error
        return name, ""
    mid_lon, mid_lat = float(np.nanmedian(lon)), float(np.nanmedian(lat))
    if in_sweden(mid_lon, mid_lat):
        return SWEDISH_TIME_ZONE, text("note_timezone_sweden")
    hours = int(round(mid_lon / 15.0))
    zone = "Etc/GMT{:+d}".format(-hours) if hours else "UTC"  # Etc/ signs are inverted
    return zone, text("note_timezone_guess", zone="UTC{:+d}".format(hours))


def local_to_utc(times: pd.Series, zone: str) -> pd.Series:
    """Local wall-clock times as naive UTC; the repeated autumn hour counts as standard time."""
    local = pd.DatetimeIndex(times).tz_localize(zone, ambiguous=np.zeros(len(times), dtype=bool),
                                                nonexistent="shift_forward")
    return pd.Series(local.tz_convert("UTC").tz_localize(None), index=times.index)


def after_dark(times: pd.Series, known: np.ndarray, lon: np.ndarray, lat: np.ndarray,
               zone: str) -> np.ndarray:
    """1.0 where an incident happened after sunset (sun below -0.833 degrees), 0.0 in daylight and
    NaN where its time of day or position is unknown."""
    result = np.full(len(times), np.nan)
    usable = np.asarray(known, bool) & times.notna().to_numpy() & np.isfinite(lon) & np.isfinite(lat)
    if usable.any():
        utc = local_to_utc(times[usable].reset_index(drop=True), zone)
        result[usable] = is_dark(np.asarray(lon)[usable], np.asarray(lat)[usable], utc).astype(float)
    return result


def filter_incidents(times: pd.Series, time_known: pd.Series, categories: Optional[pd.Series],
                     lon: Optional[np.ndarray], lat: Optional[np.ndarray],
                     spec: FilterSpec) -> FilterResult:
    """Apply ``spec``; each step counts the incidents it left out of those still kept.
    ``lon``/``lat`` (degrees) are needed only for the darkness filter."""
    times = to_datetime_ns(times.reset_index(drop=True))
    known = flags(time_known)
    result = FilterResult(np.ones(len(times), dtype=bool))
    _apply(result, "no_date", times.notna().to_numpy())
    _filter_period(result, times, spec)
    if spec.weekdays:
        _apply(result, "weekday", times.dt.isocalendar().day.isin(spec.weekdays).to_numpy())
    if spec.categories:
        wanted = {c.strip().casefold() for c in spec.categories}
        cats = categories.reset_index(drop=True).astype(str).str.strip().str.casefold()
        _apply(result, "category", cats.isin(wanted).to_numpy())
    if spec.hours or spec.after_dark != ANY:
        result.no_time_of_day = int((result.keep & ~known).sum())
        _apply(result, "no_time_of_day", known)
    if spec.hours:
        minutes = (times.dt.hour * 60 + times.dt.minute).fillna(-1).to_numpy()
        _apply(result, "hour", in_hour_ranges(minutes, parse_hour_ranges(spec.hours)))
    if spec.after_dark != ANY:
        _filter_darkness(result, times, lon, lat, spec)
    return result


def _apply(result: FilterResult, step: str, passes: np.ndarray) -> None:
    passes = np.asarray(passes, dtype=bool)
    dropped = result.keep & ~passes
    if dropped.any():
        result.left_out[step] = result.left_out.get(step, 0) + int(dropped.sum())
    result.keep = result.keep & passes


def _filter_period(result: FilterResult, times: pd.Series, spec: FilterSpec) -> None:
    start, end = spec.date_from, spec.date_to
    if spec.iso_week:
        week_start, week_end = week_period(spec.iso_week, spec.weeks_before)
        start = max(start, week_start) if start else week_start
        end = min(end, week_end) if end else week_end
    if start and end and end < start:
        raise InputError(text("bad_date_range", start=start, end=end))
    day = times.dt.normalize()
    if start:
        _apply(result, "period", (day >= pd.Timestamp(start)).to_numpy())
    if end:
        _apply(result, "period", (day <= pd.Timestamp(end)).to_numpy())


def _filter_darkness(result: FilterResult, times: pd.Series, lon: np.ndarray, lat: np.ndarray,
                     spec: FilterSpec) -> None:
    placed = np.isfinite(lon) & np.isfinite(lat) & (np.abs(lon) <= 180) & (np.abs(lat) <= 90)
    _apply(result, "no_position", placed)
    rows = np.flatnonzero(result.keep)
    if rows.size == 0:
        return
    zone, note = resolve_time_zone(spec.time_zone, lon[rows], lat[rows])
    if note:
        result.notes.append(note)
    utc = local_to_utc(times.iloc[rows], zone)
    dark = np.zeros(len(times), dtype=bool)
    dark[rows] = is_dark(lon[rows], lat[rows], utc, spec.dark_elevation)
    _apply(result, "daylight" if spec.after_dark == DARK_ONLY else "dark",
           dark if spec.after_dark == DARK_ONLY else ~dark)


def summary(result: FilterResult) -> str:
    """The log line: kept of total, and how many each step left out."""
    steps = ", ".join("{} {}".format(n, text("step_" + step)) for step, n in result.left_out.items())
    return text("filter_summary", kept=int(result.keep.sum()), total=len(result.keep),
                steps=steps or "-")
