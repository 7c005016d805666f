"""timeparse: clock-time columns, date + clock, year..minute columns, and a random cross-check."""
import datetime

import numpy as np
import pandas as pd
import pytest

from est_plugin.core.timeparse import (
    combine_date_and_clock,
    parse_clock_times,
    parse_component_columns,
    parse_datetimes,
)


@pytest.mark.parametrize("cell, minutes", [
    ("22:15", 22 * 60 + 15), ("22.15", 22 * 60 + 15), ("kl 22.15", 22 * 60 + 15),
    ("kl. 22.15", 22 * 60 + 15), ("Kl 09.30", 9 * 60 + 30), (" 22:15 ", 22 * 60 + 15),
    ("2215", 22 * 60 + 15), ("0805", 8 * 60 + 5), ("22", 22 * 60), ("8", 8 * 60),
    ("0:00", 0), ("22:15:30", 22 * 60 + 15), ("10:15 pm", 22 * 60 + 15), ("12:05 am", 5),
    ("1899-12-30 22:15:00", 22 * 60 + 15),  # a time stored as a date-time by a database
    (datetime.time(22, 15), 22 * 60 + 15), (datetime.datetime(1899, 12, 30, 7, 45), 7 * 60 + 45),
    (pd.Timestamp("2020-01-01 07:30"), 7 * 60 + 30),
])
def test_clock_times_are_read_as_minutes_after_midnight(cell, minutes):
    result, unreadable = parse_clock_times(pd.Series([cell], dtype=object))
    assert result.tolist() == [minutes]
    assert unreadable.tolist() == [False]


@pytest.mark.parametrize("cell", ["25:00", "22:60", "24:00", "2400", "abc", "7.5", "123"])
def test_impossible_clock_times_are_unreadable(cell):
    result, unreadable = parse_clock_times(pd.Series([cell], dtype=object))
    assert np.isnan(result[0]) and unreadable.tolist() == [True]


@pytest.mark.parametrize("cell", ["", "  ", None])
def test_empty_clock_cells_are_unknown_but_not_unreadable(cell):
    result, unreadable = parse_clock_times(pd.Series([cell], dtype=object))
    assert np.isnan(result[0]) and unreadable.tolist() == [False]


def test_combine_date_and_clock_adds_known_clocks_and_keeps_unknown_at_midnight():
    dates = parse_datetimes(pd.Series(["2026-11-16", "2026-11-17 13:00", "", "x", "2026-11-18",
                                       "2026-11-19"], dtype=object))
    minutes, bad = parse_clock_times(pd.Series(["22:15", "08:00", "10:00", "10:00", "", "25:00"],
                                               dtype=object))
    combined = combine_date_and_clock(dates, minutes, bad)
    assert combined.time[0] == pd.Timestamp("2026-11-16 22:15")
    assert combined.time[1] == pd.Timestamp("2026-11-17 08:00")  # the date's own time is replaced
    assert pd.isna(combined.time[2]) and pd.isna(combined.time[3])
    assert combined.time[4] == pd.Timestamp("2026-11-18") and combined.time[5] == pd.Timestamp("2026-11-19")
    assert combined.time_known.tolist() == [True, True, False, False, False, False]
    assert combined.empty.tolist() == [False, False, True, False, False, False]
    assert combined.unreadable.tolist() == [False, False, False, True, False, False]
    assert combined.bad_clock.tolist() == [False, False, False, False, False, True]


def _components(year, month, day, hour=None, minute=None):
    series = [None if c is None else pd.Series(c, dtype=object) for c in (year, month, day, hour, minute)]
    return parse_component_columns(*series)


def test_component_columns_give_date_and_time():
    parsed = _components(["2026", 2020], ["11", 1], ["16", 14], ["22", 8], ["15", 4])
    assert parsed.time.tolist() == [pd.Timestamp("2026-11-16 22:15"), pd.Timestamp("2020-01-14 08:04")]
    assert parsed.time_known.tolist() == [True, True]


@pytest.mark.parametrize("year, month, day", [("2026", "13", "1"), ("2026", "2", "30"),
                                              ("2026", "x", "1"), ("", "11", "3"), ("2026", "", "3")])
def test_component_columns_with_an_impossible_or_partial_date_are_unreadable(year, month, day):
    parsed = _components([year], [month], [day])
    assert pd.isna(parsed.time[0])
    assert parsed.unreadable.tolist() == [True] and parsed.empty.tolist() == [False]


def test_component_columns_all_empty_are_empty():
    parsed = _components([""], [""], [""], [""], [""])
    assert parsed.empty.tolist() == [True] and parsed.unreadable.tolist() == [False]


def test_missing_hour_leaves_the_time_unknown_even_with_a_minute():
    parsed = _components(["2026"], ["11"], ["16"], [""], ["30"])
    assert parsed.time.tolist() == [pd.Timestamp("2026-11-16")]
    assert parsed.time_known.tolist() == [False] and parsed.bad_clock.tolist() == [False]


def test_hour_without_minute_means_minute_zero():
    parsed = _components(["2026", "2026"], ["11", "11"], ["16", "16"], ["7", "23"], ["", None])
    assert parsed.time.tolist() == [pd.Timestamp("2026-11-16 07:00"), pd.Timestamp("2026-11-16 23:00")]
    assert parsed.time_known.tolist() == [True, True]


def test_no_hour_or_minute_columns_means_time_unknown():
    parsed = _components(["2026"], ["11"], ["16"])
    assert parsed.time.tolist() == [pd.Timestamp("2026-11-16")] and parsed.time_known.tolist() == [False]


@pytest.mark.parametrize("hour, minute", [("24", "0"), ("7", "60"), ("-1", "0")])
def test_impossible_hour_or_minute_keeps_the_date_and_flags_bad_clock(hour, minute):
    parsed = _components(["2026"], ["11"], ["16"], [hour], [minute])
    assert parsed.time.tolist() == [pd.Timestamp("2026-11-16")]
    assert parsed.time_known.tolist() == [False] and parsed.bad_clock.tolist() == [True]


SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _random_datetimes(count: int, seed: int):
    rng = np.random.default_rng(seed)
    start = datetime.datetime(2000, 1, 1)
    seconds = rng.integers(0, 40 * 365 * 86400, count)  # 2000 .. 2039
    return [start + datetime.timedelta(seconds=int(s)) for s in seconds]


def _twelve_hour(value: datetime.datetime) -> str:
    hour = value.hour % 12 or 12
    return "{}:{:02d} {}".format(hour, value.minute, "am" if value.hour < 12 else "pm")


FORMATS = {  # name -> (formatter, whether seconds survive)
    "iso": (lambda d: d.strftime("%Y-%m-%d %H:%M:%S"), True),
    "iso_t": (lambda d: d.strftime("%Y-%m-%dT%H:%M"), False),
    "iso_z": (lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ"), True),
    "slash_dmy": (lambda d: d.strftime("%d/%m/%Y %H:%M"), False),
    "swedish_dots": (lambda d: d.strftime("%d.%m.%Y kl. %H.%M"), False),
    "two_digit_year": (lambda d: d.strftime("%d-%m-%y %H:%M"), False),
    "swedish_month": (lambda d: "{} {} {} kl. {}".format(d.day, SV_MONTHS[d.month - 1], d.year,
                                                         d.strftime("%H.%M")), False),
    "english_month": (lambda d: "{} {} {} {}".format(d.day, EN_MONTHS[d.month - 1][:3], d.year,
                                                     d.strftime("%H:%M")), False),
    "slashes_12h": (lambda d: d.strftime("%Y/%m/%d ") + _twelve_hour(d), False),
    "us_month_first": (lambda d: d.strftime("%m/%d/%Y %H:%M"), False),
}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_random_datetimes_survive_formatting_and_parsing(name):
    originals = _random_datetimes(300, seed=sorted(FORMATS).index(name) + 1)
    formatter, with_seconds = FORMATS[name]
    parsed = parse_datetimes(pd.Series([formatter(d) for d in originals], dtype=object))
    expected = [d if with_seconds else d.replace(second=0) for d in originals]
    assert parsed.time.tolist() == [pd.Timestamp(d) for d in expected]
    assert parsed.time_known.all() and not parsed.unreadable.any()
    assert parsed.month_first == (name == "us_month_first")


def test_random_dates_without_time_are_midnight_with_time_unknown():
    originals = _random_datetimes(300, seed=99)
    parsed = parse_datetimes(pd.Series([d.strftime("%d/%m/%Y") for d in originals], dtype=object))
    assert parsed.time.tolist() == [pd.Timestamp(d.date()) for d in originals]
    assert not parsed.time_known.any()
