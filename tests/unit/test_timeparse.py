"""timeparse.parse_datetimes: one column of date-times as text or date/time objects."""
import datetime

import numpy as np
import pandas as pd
import pytest

from est_plugin.core.timeparse import parse_datetimes


def _one(cell):
    """(time, time_known, empty, unreadable, bad_clock) for a single cell."""
    parsed = parse_datetimes(pd.Series([cell], dtype=object))
    return (parsed.time[0], bool(parsed.time_known[0]), bool(parsed.empty[0]),
            bool(parsed.unreadable[0]), bool(parsed.bad_clock[0]))


def _ts(text):
    return pd.Timestamp(text)


@pytest.mark.parametrize("cell, expected", [
    ("2026-11-16 22:15", "2026-11-16 22:15"),
    ("2026-11-16 22:15:07", "2026-11-16 22:15:07"),
    ("2026-11-16T22:15", "2026-11-16 22:15"),
    ("2026-11-16T22:15:00", "2026-11-16 22:15"),
    ("2026-11-16 22:15:00.123", "2026-11-16 22:15"),
    ("2026/11/16 8:05", "2026-11-16 08:05"),
    ("2026-11-16 22.15", "2026-11-16 22:15"),
    ("16.11.2026 kl. 22.15", "2026-11-16 22:15"),
    ("16.11.2026 kl 22.15", "2026-11-16 22:15"),
    ("16/11/2026 22:15", "2026-11-16 22:15"),
    ("16 november 2026 kl. 22.15", "2026-11-16 22:15"),
    ("16 december 2026 kl 8.05", "2026-12-16 08:05"),
    ("2026-11-16 10:15 pm", "2026-11-16 22:15"),
    ("2026-11-16 10:15 p.m.", "2026-11-16 22:15"),
    ("2026-11-16 12:30 pm", "2026-11-16 12:30"),
    ("2026-11-16 12:05 am", "2026-11-16 00:05"),
    ("1/2/2026 3 pm", "2026-02-01 15:00"),
    # time zone suffixes are dropped: the wall-clock time is kept as it is written
    ("2026-11-16 22:15+01:00", "2026-11-16 22:15"),
    ("2026-11-16T22:15:00Z", "2026-11-16 22:15"),
    ("2026-11-16T22:15:00+0100", "2026-11-16 22:15"),
    ("2026-11-16T22:15:00-05:00", "2026-11-16 22:15"),
    ("2026-11-16 22:15 UTC", "2026-11-16 22:15"),
])
def test_date_with_time_of_day(cell, expected):
    time, known, empty, unreadable, bad_clock = _one(cell)
    assert time == _ts(expected)
    assert known and not empty and not unreadable and not bad_clock


@pytest.mark.parametrize("cell, expected", [
    ("2026-11-16", "2026-11-16"),
    (" 2026-11-16 ", "2026-11-16"),
    ("2026-1-5", "2026-01-05"),
    ("20261116", "2026-11-16"),
    ("16/11/2026", "2026-11-16"),
    ("16.11.2026", "2026-11-16"),
    ("1.2.2026", "2026-02-01"),
    ("16/11/26", "2026-11-16"),
    ("16-11-26", "2026-11-16"),
    ("16 november 2026", "2026-11-16"),
    ("16 nov 2026", "2026-11-16"),
    ("16 Nov. 2026", "2026-11-16"),
    ("29/02/2024", "2024-02-29"),
])
def test_date_only_has_midnight_and_unknown_time(cell, expected):
    time, known, empty, unreadable, bad_clock = _one(cell)
    assert time == _ts(expected)
    assert not known and not empty and not unreadable and not bad_clock


SWEDISH_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                  "september", "oktober", "november", "december"]
ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]


@pytest.mark.parametrize("month", range(1, 13))
def test_month_names_in_swedish_and_english_full_and_short(month):
    cells = [f"7 {SWEDISH_MONTHS[month - 1]} 2026", f"7 {ENGLISH_MONTHS[month - 1]} 2026",
             f"7 {SWEDISH_MONTHS[month - 1][:3]} 2026", f"7 {ENGLISH_MONTHS[month - 1][:3]}. 2026"]
    parsed = parse_datetimes(pd.Series(cells, dtype=object))
    assert parsed.time.tolist() == [pd.Timestamp(2026, month, 7)] * 4


@pytest.mark.parametrize("cell, expected", [("16-11-2026", "2026-11-16"), ("05-03-2026", "2026-03-05")])
def test_day_first_date_with_dashes_and_four_digit_year(cell, expected):
    time, known, empty, unreadable, bad_clock = _one(cell)
    assert time == _ts(expected) and not unreadable


def test_day_first_date_with_dashes_and_a_time():
    assert _one("16-11-2026 22:15")[:2] == (_ts("2026-11-16 22:15"), True)


@pytest.mark.parametrize("cell", ["31/11/2026", "2026-02-30", "29/02/2026", "2026-13-01",
                                  "garbage", "16 foo 2026", "32.01.2026"])
def test_impossible_or_unknown_dates_are_unreadable(cell):
    time, known, empty, unreadable, bad_clock = _one(cell)
    assert pd.isna(time) and unreadable and not empty and not known


@pytest.mark.parametrize("cell", ["", "   ", None, np.nan])
def test_empty_cells_are_empty_not_unreadable(cell):
    time, known, empty, unreadable, bad_clock = _one(cell)
    assert pd.isna(time) and empty and not unreadable and not known


@pytest.mark.parametrize("cell", ["2026-11-16 24:00", "2026-11-16 22:75", "16/11/2026 25.00"])
def test_impossible_clock_keeps_the_date_with_time_unknown_and_bad_clock(cell):
    time, known, empty, unreadable, bad_clock = _one(cell)
    assert time == _ts("2026-11-16")
    assert bad_clock and not known and not unreadable


def _column(cells):
    parsed = parse_datetimes(pd.Series(cells, dtype=object))
    return parsed.time.tolist(), parsed.month_first


def test_us_month_first_when_a_second_number_exceeds_12_and_no_first_one_does():
    times, month_first = _column(["11/16/2026", "12/25/2026", "01/02/2026"])
    assert month_first
    assert times == [_ts("2026-11-16"), _ts("2026-12-25"), _ts("2026-01-02")]


def test_day_first_when_every_number_fits_both_ways():
    times, month_first = _column(["01/02/2026", "03/04/2026"])
    assert not month_first
    assert times == [_ts("2026-02-01"), _ts("2026-04-03")]


def test_day_first_when_some_first_number_exceeds_12():
    times, month_first = _column(["11/16/2026", "16/11/2026"])
    assert not month_first
    assert pd.isna(times[0]) and times[1] == _ts("2026-11-16")


def test_datetime_objects_keep_their_time_of_day():
    cells = [datetime.datetime(2026, 11, 16, 22, 15), pd.Timestamp("2026-11-17 08:05"),
             np.datetime64("2026-11-18T23:59")]
    parsed = parse_datetimes(pd.Series(cells, dtype=object))
    assert parsed.time.tolist() == [_ts("2026-11-16 22:15"), _ts("2026-11-17 08:05"),
                                    _ts("2026-11-18 23:59")]
    assert parsed.time_known.tolist() == [True, True, True]


def test_column_of_midnight_only_datetimes_has_unknown_time():
    cells = [datetime.datetime(2026, 11, 16), datetime.datetime(2026, 11, 17), None]
    parsed = parse_datetimes(pd.Series(cells, dtype=object))
    assert parsed.time.tolist()[:2] == [_ts("2026-11-16"), _ts("2026-11-17")]
    assert parsed.time_known.tolist() == [False, False, False]
    assert parsed.empty.tolist() == [False, False, True]


def test_date_objects_have_unknown_time():
    parsed = parse_datetimes(pd.Series([datetime.date(2026, 11, 16)], dtype=object))
    assert parsed.time.tolist() == [_ts("2026-11-16")]
    assert parsed.time_known.tolist() == [False]


def test_datetime64_column_with_missing_values():
    parsed = parse_datetimes(pd.Series(pd.to_datetime(["2026-01-01 05:00", None])))
    assert parsed.time[0] == _ts("2026-01-01 05:00") and pd.isna(parsed.time[1])
    assert parsed.empty.tolist() == [False, True]
    assert parsed.unreadable.tolist() == [False, False]


def test_result_has_a_fresh_index_and_leaves_the_input_alone():
    cells = pd.Series(["2026-11-16", "x"], index=[7, 9], dtype=object)
    parsed = parse_datetimes(cells)
    assert list(parsed.time.index) == [0, 1]
    assert parsed.unreadable.tolist() == [False, True]
    assert cells.tolist() == ["2026-11-16", "x"] and list(cells.index) == [7, 9]
