"""Event times from one date-time column, separate date and time columns, or year..minute columns.

Formats read: ISO (2026-11-16 22:15, 2026-11-16T22:15:00), compact (20261116), Swedish and
European day-first dates (16/11/2026, 16.11.2026, 16-11-26), month names in Swedish or English
(16 nov 2026, 16 november 2026 kl. 22.15), clock times 22:15, 22.15, kl 22.15, 2215, 10:15 pm,
and the date/time objects that spreadsheets and layers hold. Regular expressions are used instead
of pandas' format inference, whose leniency differs between pandas versions and which cannot tell
whether a value carried a time of day. A time of day that is missing stays unknown (never invented).
"""
import datetime
import re
from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd

from .pdcompat import as_ns, to_datetime_ns
from .values import flags, is_empty, parse_numbers

_CLOCK = (r"(?P<H>\d{1,2})(?:[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2})(?:[.,]\d+)?)?)?"
          r"\s*(?P<ampm>[ap]\.?m\.?)?")
_TIME = r"(?:\s+" + _CLOCK + r")?"
DATE_PATTERNS = (
    ("ymd", re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})" + _TIME + "$")),
    ("compact", re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})" + _TIME + "$")),
    ("dmy", re.compile(r"^(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4}|\d{2})" + _TIME + "$")),
    ("text", re.compile(r"^(?P<d>\d{1,2})\.?\s*(?P<mon>[a-zåäö]{3,})\.?,?\s*(?P<y>\d{4})"
                        + _TIME + "$")),
)
TIME_PATTERNS = (
    re.compile("^" + _CLOCK + "$"),
    re.compile(r"^(?P<H>\d{2})(?P<M>\d{2})$"),
)
_PLAIN_ISO = ((r"^\d{4}-\d{2}-\d{2}$", "%Y-%m-%d", False),
              (r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}$", "%Y-%m-%d %H:%M", True),
              (r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}$", "%Y-%m-%d %H:%M:%S", True))
MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "may": 5, "jun": 6, "jul": 7,
          "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12}
_COMPONENTS = ["y", "m", "d", "H", "M", "S", "ampm", "mon"]


@dataclass
class ParsedTimes:
    """Per row: the time (NaT where no date), whether the time of day is known, and the state."""

    time: pd.Series        # datetime64[ns]; midnight where only the date is known
    time_known: pd.Series  # bool
    empty: pd.Series       # bool: no value at all
    unreadable: pd.Series  # bool: a value that is not a date
    bad_clock: pd.Series   # bool: a date with a clock time that could not be read (kept as unknown)
    month_first: bool = False


def normalise(values: pd.Series) -> pd.Series:
    """Lower-case text with 'kl.', 'T', time zone suffixes and extra spaces removed."""
    text = values.astype(str).str.strip().str.lower()
    text = text.str.replace("\u00a0", " ", regex=False)
    text = text.str.replace(r"(\d)t(\d)", r"\1 \2", regex=True)
    text = text.str.replace(r"\bkl\.?\s*", " ", regex=True)
    text = text.str.replace(r"(\d:\d{2}(?::\d{2})?(?:[.,]\d+)?)\s*(z|utc|[+-]\d{2}:?\d{2})$",
                            r"\1", regex=True)  # an offset after a clock time; not '-2026
    text = text.str.replace(r",\s+", " ", regex=True)
    return text.str.replace(r"\s+", " ", regex=True).str.strip()


def parse_datetimes(values: pd.Series) -> ParsedTimes:
    """Read a column of date-times (text or date/time objects).

    In a column of date-time objects, times of day are known unless every one is midnight
    (then the column holds dates only).
    """
    values = values.reset_index(drop=True)
    if pd.api.types.is_datetime64_any_dtype(values):
        return _from_datetime64(values)
    empty = is_empty(values)
    is_object_time = values.map(lambda v: isinstance(v, (datetime.date, np.datetime64)))
    times = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    known = pd.Series(False, index=values.index)
    bad_clock = pd.Series(False, index=values.index)
    objects = values[is_object_time & ~empty]
    if not objects.empty:
        stamps = to_datetime_ns(objects.map(_as_datetime).tolist(), errors="coerce")
        stamps = pd.Series(stamps, index=objects.index)
        times[objects.index] = stamps
        known[objects.index] = bool((stamps.dropna().dt.normalize() != stamps.dropna()).any())
    texts = values[~is_object_time & ~empty]
    month_first = False
    if not texts.empty:
        codes, uniques = pd.factorize(texts.astype(str))
        parsed, month_first = _parse_texts(pd.Series(uniques, dtype=object))
        times[texts.index] = parsed["time"].to_numpy()[codes]
        known[texts.index] = parsed["known"].to_numpy()[codes]
        bad_clock[texts.index] = parsed["bad_clock"].to_numpy()[codes]
    unreadable = ~empty & times.isna()
    return ParsedTimes(times, known & times.notna(), empty, unreadable,
                       bad_clock & times.notna(), month_first)


def _from_datetime64(values: pd.Series) -> ParsedTimes:
    """The direct path for a column pandas already holds as datetime64 (in any resolution; dates
    that a nanosecond column cannot hold are unreadable)."""
    local = values.dt.tz_localize(None) if values.dt.tz is not None else values
    times = as_ns(local)
    present = times.notna()
    has_clock = bool((times[present].dt.normalize() != times[present]).any())
    none = pd.Series(False, index=values.index)
    return ParsedTimes(times, present & has_clock, local.isna(), local.notna() & ~present,
                       none.copy())


def _as_datetime(value: object) -> object:
    if isinstance(value, datetime.datetime) or isinstance(value, np.datetime64):
        return value
    return datetime.datetime(value.year, value.month, value.day)


def _parse_texts(raw: pd.Series) -> "tuple[pd.DataFrame, bool]":
    """Parse distinct strings: columns 'time', 'known' and 'bad_clock'."""
    fast = _parse_plain_iso(raw.str.strip())
    rest = raw[fast["time"].isna()]
    if rest.empty:
        return fast, False
    slow, month_first = _parse_normalised(normalise(rest))
    for column in slow.columns:
        fast[column] = slow[column].combine_first(fast[column])
    return fast, month_first


def _parse_plain_iso(texts: pd.Series) -> pd.DataFrame:
    """The common exact ISO forms, read by pandas' C parser: the fast path for large exports."""
    time = pd.Series(pd.NaT, index=texts.index, dtype="datetime64[ns]")
    known = pd.Series(False, index=texts.index)
    for pattern, form, has_clock in _PLAIN_ISO:
        hit = texts.str.match(pattern)
        if hit.any():
            values = texts[hit].str.replace("T", " ", regex=False)
            time[hit] = to_datetime_ns(values, format=form, errors="coerce")
            known[hit] = has_clock
    return pd.DataFrame({"time": time, "known": known & time.notna(), "bad_clock": False})


def _parse_normalised(texts: pd.Series) -> "tuple[pd.DataFrame, bool]":
    parts = pd.DataFrame(index=texts.index, columns=_COMPONENTS, dtype=object)
    matched = pd.Series(False, index=texts.index)
    month_first = False
    for kind, pattern in DATE_PATTERNS:
        todo = texts[~matched]
        if todo.empty:
            break
        found = todo.str.extract(pattern).dropna(subset=["y"])
        if found.empty:
            continue
        if kind == "dmy":
            month_first = _looks_month_first(found)
            if month_first:
                found = found.rename(columns={"d": "m", "m": "d"})
        parts.loc[found.index, found.columns] = found
        matched[found.index] = True
    return _assemble(parts), month_first


def _looks_month_first(found: pd.DataFrame) -> bool:
    """US order (11/16/2026) only when some second numbers exceed 12 and no first number does."""
    first = pd.to_numeric(found["d"])
    second = pd.to_numeric(found["m"])
    return bool((second > 12).any() and not (first > 12).any())


def _assemble(parts: pd.DataFrame) -> pd.DataFrame:
    """Build datetimes from text components; invalid dates become NaT."""
    month = pd.to_numeric(parts["m"], errors="coerce")
    names = parts["mon"].dropna().str[:3].map(MONTHS)
    month = month.where(month.notna(), names.reindex(parts.index))
    year = pd.to_numeric(parts["y"], errors="coerce")
    # two-digit years as strptime's %y reads them: 69-99 -> 1969-1999, 00-68 -> 2000-2068
    year = year.where(year >= 100, year + np.where(year >= 69, 1900, 2000))
    hour, minute, known = _clock(parts)
    frame = pd.DataFrame({"year": year, "month": month, "day": pd.to_numeric(parts["d"]),
                          "hour": hour.fillna(0), "minute": minute.fillna(0),
                          "second": pd.to_numeric(parts["S"]).fillna(0)})
    time = from_components(frame)
    bad_clock = parts["H"].notna() & ~known
    return pd.DataFrame({"time": time, "known": known & time.notna(), "bad_clock": bad_clock})


def _clock(parts: pd.DataFrame) -> "tuple[pd.Series, pd.Series, pd.Series]":
    """Hour and minute (NaN where absent or impossible) and whether a valid time was given."""
    hour = pd.to_numeric(parts["H"], errors="coerce")
    minute = pd.to_numeric(parts["M"], errors="coerce").where(hour.notna())
    minute = minute.where(minute.notna() | hour.isna(), 0)
    # the first letter of am/pm; a column of no matches is float NaN (fillna("") warns on pandas 3.1)
    ampm = parts["ampm"].map(lambda v: v[:1] if isinstance(v, str) else "")
    hour = hour.where(~((ampm == "p") & (hour < 12)), hour + 12)
    hour = hour.where(~((ampm == "a") & (hour == 12)), 0)
    valid = hour.between(0, 23) & minute.between(0, 59)
    return hour.where(valid), minute.where(valid), valid


def from_components(frame: pd.DataFrame) -> pd.Series:
    """Datetimes from numeric year, month, day, hour, minute, second columns; NaT where invalid."""
    complete = frame[["year", "month", "day"]].notna().all(axis=1)
    result = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
    if complete.any():
        usable = frame[complete].astype("int64")
        result[complete] = to_datetime_ns(usable, errors="coerce")
    return result


def parse_clock_times(values: pd.Series) -> "tuple[pd.Series, pd.Series]":
    """Minutes after midnight for a column of clock times (NaN where unknown) and the unreadable mask.

    Cells may be text (22:15, 22.15, kl 22.15, 2215, 22), time or datetime objects.
    """
    values = values.reset_index(drop=True)
    empty = is_empty(values)
    minutes = pd.Series(np.nan, index=values.index)
    objects = values[~empty].map(lambda v: isinstance(v, (datetime.time, datetime.datetime)))
    for index in objects[objects].index:
        value = values[index]
        minutes[index] = value.hour * 60 + value.minute
    texts = values[~empty & ~values.index.isin(objects[objects].index)]
    if not texts.empty:
        minutes[texts.index] = _parse_clock_texts(normalise(texts))
    return minutes, ~empty & minutes.isna()


def _parse_clock_texts(texts: pd.Series) -> pd.Series:
    result = pd.Series(np.nan, index=texts.index)
    for pattern in TIME_PATTERNS:
        todo = texts[result.isna()]
        found = todo.str.extract(pattern).dropna(subset=["H"])
        if found.empty:
            continue
        parts = found.reindex(columns=_COMPONENTS)
        hour, minute, valid = _clock(parts)
        result[found.index] = (hour * 60 + minute).where(valid)
    as_datetime = parse_datetimes(texts[result.isna()])  # '1899-12-30 22:15:00' from databases
    late = as_datetime.time[as_datetime.time_known.to_numpy()]
    result[texts[result.isna()].index[late.index]] = late.dt.hour * 60 + late.dt.minute
    return result


def combine_date_and_clock(dates: ParsedTimes, minutes: pd.Series,
                           bad_clock: pd.Series) -> ParsedTimes:
    """Dates with the clock minutes of the time column; where that is empty or unreadable, the
    date column's own time of day when it has one."""
    day = dates.time.dt.normalize()
    from_clock = minutes.notna() & day.notna()
    time = (day + pd.to_timedelta(minutes.where(from_clock, 0), unit="min")).where(
        from_clock, dates.time.where(dates.time_known, day))
    known = from_clock | dates.time_known
    return ParsedTimes(time, known, dates.empty, dates.unreadable,
                       bad_clock & day.notna() & ~known, dates.month_first)


def parse_component_columns(year: pd.Series, month: pd.Series, day: pd.Series,
                            hour: Optional[pd.Series], minute: Optional[pd.Series]) -> ParsedTimes:
    """Event times from separate year, month, day (and optional hour, minute) columns."""
    frame = pd.DataFrame({"year": parse_numbers(year.reset_index(drop=True)),
                          "month": parse_numbers(month.reset_index(drop=True)),
                          "day": parse_numbers(day.reset_index(drop=True))})
    empty = frame.isna().all(axis=1) & is_empty(year.reset_index(drop=True))
    index = frame.index
    hours = parse_numbers(hour.reset_index(drop=True)) if hour is not None else pd.Series(np.nan, index)
    minutes = (parse_numbers(minute.reset_index(drop=True)) if minute is not None
               else pd.Series(np.nan, index))
    minutes = minutes.where(minutes.notna() | hours.isna(), 0)
    known = hours.between(0, 23) & minutes.between(0, 59)
    bad_clock = hours.notna() & ~known
    frame["hour"] = hours.where(known, 0)
    frame["minute"] = minutes.where(known, 0)
    frame["second"] = 0
    time = from_components(frame)
    return ParsedTimes(time, known & time.notna(), empty, ~empty & time.isna(),
                       bad_clock & time.notna())


def known_times(event_time: pd.Series, time_known: Optional[pd.Series] = None):
    """(times, known): the parsed event times and, per row, whether the time of day is known:
    readable from the values and, with a time_known column (est:importincidents), true there."""
    parsed = parse_datetimes(event_time.reset_index(drop=True))
    known = parsed.time_known.to_numpy() & parsed.time.notna().to_numpy()
    if time_known is not None:
        known = known & flags(time_known)
    return parsed.time, known
