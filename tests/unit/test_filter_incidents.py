"""filtering.filter_incidents and summary on a hand-made set of incidents."""
import datetime

import numpy as np
import pandas as pd
import pytest

from est_plugin.core.errors import InputError
from est_plugin.core.filtering import DARK_ONLY, DAYLIGHT_ONLY, FilterSpec, filter_incidents, summary

STOCKHOLM = (18.07, 59.33)
# (local time, time known, category); 2026-11-09 is Monday of ISO week 46, 2026-11-15 its Sunday.
ROWS = [
    ("2026-11-09 00:00", True, "Brand"),       # 0 Monday, first minute of the week
    ("2026-11-15 23:59", True, "klotter"),     # 1 Sunday, last minute of the week
    ("2026-11-08 23:59", True, "brand"),       # 2 Sunday before the week
    ("2026-11-16 00:00", True, " BRAND "),     # 3 Monday after the week
    ("2026-11-12 22:30", True, None),          # 4 Thursday
    ("2026-11-12 03:59", True, "hot_vald"),    # 5 Thursday
    ("2026-11-12 04:00", True, "x"),           # 6 Thursday
    ("2026-11-12 12:00", False, "Brand"),      # 7 Thursday, time of day unknown
    (None, False, "Brand"),                    # 8 no date
]


def _run(spec, rows=ROWS, place=STOCKHOLM):
    times = pd.Series(pd.to_datetime([r[0] for r in rows]))
    known = pd.Series([r[1] for r in rows])
    categories = pd.Series([r[2] for r in rows], dtype=object)
    lon = np.full(len(rows), place[0])
    lat = np.full(len(rows), place[1])
    return filter_incidents(times, known, categories, lon, lat, spec)


def _kept(result):
    return np.flatnonzero(result.keep).tolist()


def test_empty_spec_keeps_everything_with_a_date():
    result = _run(FilterSpec())
    assert _kept(result) == [0, 1, 2, 3, 4, 5, 6, 7]
    assert result.left_out == {"no_date": 1}


def test_iso_week_period_includes_both_ends():
    result = _run(FilterSpec(iso_week="2026-W46"))
    assert _kept(result) == [0, 1, 4, 5, 6, 7]
    assert result.left_out == {"no_date": 1, "period": 2}


def test_date_range_includes_both_ends():
    spec = FilterSpec(date_from=datetime.date(2026, 11, 9), date_to=datetime.date(2026, 11, 15))
    assert _kept(_run(spec)) == [0, 1, 4, 5, 6, 7]


def test_date_range_and_iso_week_are_intersected():
    spec = FilterSpec(iso_week="2026-W46", date_from=datetime.date(2026, 11, 12))
    assert _kept(_run(spec)) == [1, 4, 5, 6, 7]


def test_weeks_before_extends_the_period_backwards():
    assert _kept(_run(FilterSpec(iso_week="2026-W46", weeks_before=1))) == [0, 1, 2, 4, 5, 6, 7]


def test_period_ending_before_it_starts_is_an_input_error():
    spec = FilterSpec(date_from=datetime.date(2026, 11, 15), date_to=datetime.date(2026, 11, 9))
    with pytest.raises(InputError) as caught:
        _run(spec)
    assert "2026-11-09" in str(caught.value) and "2026-11-15" in str(caught.value)


def test_weekdays_are_iso_numbers():
    assert _kept(_run(FilterSpec(weekdays=(4,)))) == [4, 5, 6, 7]           # Thursday
    assert _kept(_run(FilterSpec(weekdays=(1, 7)))) == [0, 1, 2, 3]         # Monday and Sunday


def test_categories_ignore_case_and_surrounding_spaces():
    result = _run(FilterSpec(categories=("brand",)))
    assert _kept(result) == [0, 2, 3, 7]
    assert result.left_out == {"no_date": 1, "category": 4}


def test_hours_across_midnight_leave_out_and_count_unknown_times():
    result = _run(FilterSpec(hours="22-04"))
    assert _kept(result) == [0, 1, 2, 3, 4, 5]
    assert result.no_time_of_day == 1
    assert result.left_out == {"no_date": 1, "no_time_of_day": 1, "hour": 1}


def test_unknown_times_are_not_counted_without_an_hour_or_darkness_filter():
    result = _run(FilterSpec(categories=("brand",)))
    assert result.no_time_of_day == 0
    assert 7 in _kept(result)


AROUND_SUNSET = [("2026-06-21 21:50", True, "a"), ("2026-06-21 22:30", True, "b"),
                 ("2026-06-21 12:00", False, "c")]


def test_after_dark_around_midsummer_sunset_in_stockholm():
    # Sunset in Stockholm on 2026-06-21 is about 22:08 local time (CEST).
    result = _run(FilterSpec(after_dark=DARK_ONLY), rows=AROUND_SUNSET)
    assert _kept(result) == [1]
    assert result.left_out == {"no_time_of_day": 1, "daylight": 1}
    assert any("Europe/Stockholm" in note for note in result.notes)


def test_daylight_only_around_midsummer_sunset_in_stockholm():
    result = _run(FilterSpec(after_dark=DAYLIGHT_ONLY), rows=AROUND_SUNSET)
    assert _kept(result) == [0]
    assert result.left_out == {"no_time_of_day": 1, "dark": 1}


def test_after_dark_with_civil_twilight_threshold():
    # At 22:30 the sun is only a few degrees below the horizon: not yet darker than -6 degrees.
    result = _run(FilterSpec(after_dark=DARK_ONLY, dark_elevation=-6.0),
                  rows=[("2026-06-21 22:30", True, "b"), ("2026-12-21 22:30", True, "w")])
    assert _kept(result) == [1]


def test_after_dark_in_vancouver_with_a_chosen_time_zone():
    # Sunset in Vancouver on 2026-06-21 is about 21:21 local time (PDT).
    rows = [("2026-06-21 21:00", True, "a"), ("2026-06-21 21:40", True, "b")]
    result = _run(FilterSpec(after_dark=DARK_ONLY, time_zone="America/Vancouver"), rows=rows,
                  place=(-123.12, 49.28))
    assert _kept(result) == [1]
    assert result.notes == []


def test_after_dark_outside_sweden_notes_the_guessed_zone():
    rows = [("2026-06-21 12:00", True, "a")]
    result = _run(FilterSpec(after_dark=DARK_ONLY), rows=rows, place=(-123.12, 49.28))
    assert any("UTC-8" in note for note in result.notes)


def test_ambiguous_and_skipped_hours_at_clock_changes_do_not_crash():
    rows = [("2026-10-25 02:30", True, "a"), ("2026-03-29 02:30", True, "b")]
    result = _run(FilterSpec(after_dark=DARK_ONLY), rows=rows)
    assert _kept(result) == [0, 1]   # both in the middle of the night


def test_unknown_time_zone_name_is_an_input_error():
    with pytest.raises(InputError) as caught:
        _run(FilterSpec(after_dark=DARK_ONLY, time_zone="Nowhere/City"), rows=AROUND_SUNSET)
    assert "Nowhere/City" in str(caught.value)


@pytest.mark.parametrize("spec", [
    FilterSpec(), FilterSpec(iso_week="2026-W46"), FilterSpec(hours="22-04"),
    FilterSpec(iso_week="2026-W46", hours="22-04", categories=("BRAND", "hot_vald")),
    FilterSpec(after_dark=DARK_ONLY, weekdays=(4, 7)),
])
def test_summary_counts_add_up(spec):
    result = _run(spec)
    assert int(result.keep.sum()) + sum(result.left_out.values()) == len(ROWS)
    line = summary(result)
    assert line.startswith("Kept {} of {} incidents".format(int(result.keep.sum()), len(ROWS)))


def test_summary_names_each_step():
    result = _run(FilterSpec(iso_week="2026-W46", hours="22-04", categories=("BRAND", "hot_vald")))
    assert _kept(result) == [0, 5]
    assert summary(result) == ("Kept 2 of 9 incidents; left out: 1 no date, 2 outside the period, "
                               "3 other categories, 1 time of day unknown.")


def test_inputs_with_any_index_are_accepted():
    times = pd.Series(pd.to_datetime(["2026-06-21 21:50", "2026-06-21 22:30"]), index=[5, 7])
    known = pd.Series([True, True], index=[5, 7])
    categories = pd.Series(["a", "b"], index=[5, 7])
    result = filter_incidents(times, known, categories, np.full(2, 18.07), np.full(2, 59.33),
                              FilterSpec(after_dark=DARK_ONLY))
    assert result.keep.tolist() == [False, True]


def test_darkness_leaves_out_and_counts_incidents_without_a_valid_position():
    rows = [("2026-11-12 22:30", True, "brand")] * 3
    times = pd.Series(pd.to_datetime([r[0] for r in rows]))
    lon = np.array([18.07, np.inf, 674000.0])   # the last: metres mistaken for degrees
    lat = np.array([59.33, 59.33, 6580000.0])
    result = filter_incidents(times, pd.Series([True] * 3), pd.Series(["brand"] * 3), lon, lat,
                              FilterSpec(after_dark=DARK_ONLY))
    assert _kept(result) == [0]
    assert result.left_out == {"no_position": 2}


def test_filters_without_darkness_need_no_positions():
    times = pd.Series(pd.to_datetime(["2026-11-12 22:30", "2026-11-20 10:00"]))
    result = filter_incidents(times, pd.Series([True, True]), pd.Series(["a", "b"]), None, None,
                              FilterSpec(iso_week="2026-W46", hours="22-04"))
    assert _kept(result) == [0]
