"""filtering: ISO weeks, hour ranges and time zones."""
import datetime

import numpy as np
import pandas as pd
import pytest

from est_plugin.core.errors import InputError
from est_plugin.core.filtering import (
    in_hour_ranges,
    local_to_utc,
    parse_hour_ranges,
    parse_iso_week,
    resolve_time_zone,
    week_period,
)


@pytest.mark.parametrize("text", ["2026-W46", "2026W46", "2026-46", "2026 v46", "2026 V46", "2026w46",
                                  " 2026-W46 ", "2026-w46"])
def test_parse_iso_week_forms(text):
    assert parse_iso_week(text) == (2026, 46)


def test_week_53_exists_in_2026_but_not_in_2025():
    # independently: ISO years with 53 weeks have 28 December in week 53
    assert datetime.date(2026, 12, 28).isocalendar()[1] == 53
    assert datetime.date(2025, 12, 28).isocalendar()[1] == 52
    assert parse_iso_week("2026-W53") == (2026, 53)
    with pytest.raises(InputError):
        parse_iso_week("2025-W53")


@pytest.mark.parametrize("text", ["2026-W0", "2026-W54", "W46", "26-W46", "", "2026/46", "2026-W46-1",
                                  "vecka 46", "2026-W4x"])
def test_parse_iso_week_rejects_other_text_quoting_it(text):
    with pytest.raises(InputError) as caught:
        parse_iso_week(text)
    assert "'{}'".format(text) in str(caught.value) and "2026-W46" in str(caught.value)


def test_week_period_of_2026_w46():
    assert week_period("2026-W46") == (datetime.date(2026, 11, 9), datetime.date(2026, 11, 15))


def test_week_period_with_three_weeks_before():
    assert week_period("2026-W46", 3) == (datetime.date(2026, 10, 19), datetime.date(2026, 11, 15))


def test_week_period_of_week_1_starts_in_the_previous_year():
    assert week_period("2026-W01") == (datetime.date(2025, 12, 29), datetime.date(2026, 1, 4))


def test_week_period_ignores_negative_weeks_before():
    assert week_period("2026-W46", -2) == (datetime.date(2026, 11, 9), datetime.date(2026, 11, 15))


@pytest.mark.parametrize("text, expected", [
    ("22-04", [(22 * 60, 4 * 60)]),
    ("22 - 04", [(22 * 60, 4 * 60)]),
    ("08:30-10", [(8 * 60 + 30, 10 * 60)]),
    ("8.30-9.45", [(8 * 60 + 30, 9 * 60 + 45)]),
    ("8-10, 22:30-04:15", [(8 * 60, 10 * 60), (22 * 60 + 30, 4 * 60 + 15)]),
    ("24-6", [(0, 6 * 60)]),
    ("", []),
])
def test_parse_hour_ranges(text, expected):
    assert parse_hour_ranges(text) == expected


@pytest.mark.parametrize("text", ["x", "25-3", "10-10", "0-0", "10:60-11", "-5", "8-", "8-10;12-14"])
def test_parse_hour_ranges_rejects_bad_ranges_quoting_them(text):
    with pytest.raises(InputError) as caught:
        parse_hour_ranges(text)
    assert "22-04" in str(caught.value)


def test_hour_range_across_midnight_includes_its_start_and_excludes_its_end():
    minutes = np.array([21 * 60 + 59, 22 * 60, 23 * 60 + 59, 0, 3 * 60 + 59, 4 * 60, 12 * 60])
    assert in_hour_ranges(minutes, parse_hour_ranges("22-04")).tolist() == [
        False, True, True, True, True, False, False]


def test_several_hour_ranges_are_combined():
    minutes = np.array([7 * 60 + 59, 8 * 60, 9 * 60 + 59, 10 * 60, 22 * 60 + 29, 22 * 60 + 30, 60])
    assert in_hour_ranges(minutes, parse_hour_ranges("8-10, 22:30-02")).tolist() == [
        False, True, True, False, False, True, True]


def test_time_zone_is_stockholm_for_swedish_coordinates_with_a_note():
    zone, note = resolve_time_zone("", np.array([18.07, 13.0, 20.23]), np.array([59.33, 55.6, 67.86]))
    assert zone == "Europe/Stockholm"
    assert "Europe/Stockholm" in note


@pytest.mark.parametrize("lon, lat, zone, shown", [
    (-123.1, 49.28, "Etc/GMT+8", "UTC-8"),     # Vancouver: -123.1 / 15 = -8.2
    (-87.63, 41.88, "Etc/GMT+6", "UTC-6"),     # Chicago: -5.8
    (24.94, 60.17, "Etc/GMT-2", "UTC+2"),      # Helsinki: 1.66
    (-2.5, 53.75, "UTC", "UTC+0"),             # Lancashire
    (151.2, -33.9, "Etc/GMT-10", "UTC+10"),    # Sydney: 10.08
])
def test_time_zone_elsewhere_is_guessed_from_the_longitude(lon, lat, zone, shown):
    got, note = resolve_time_zone("", np.array([lon]), np.array([lat]))
    assert got == zone
    assert shown in note and "TIME_ZONE" in note


def test_time_zone_for_riga_is_not_stockholm():
    zone, _ = resolve_time_zone("", np.array([24.11, 24.12]), np.array([56.95, 56.96]))
    assert zone == "Etc/GMT-2"


def test_a_chosen_time_zone_is_used_without_a_note():
    assert resolve_time_zone("Europe/Helsinki", np.array([18.0]), np.array([59.0])) == ("Europe/Helsinki", "")


def test_an_unknown_time_zone_name_is_an_input_error_quoting_it():
    with pytest.raises(InputError) as caught:
        resolve_time_zone("Mars/Olympus_Mons", np.array([18.0]), np.array([59.0]))
    assert "Mars/Olympus_Mons" in str(caught.value)


def test_local_to_utc_in_stockholm_summer_winter_and_at_the_clock_changes():
    local = pd.Series(pd.to_datetime(["2026-06-21 22:08", "2026-01-15 12:00",
                                      "2026-10-25 02:30",     # repeated hour: standard time (UTC+1)
                                      "2026-03-29 02:30"]))   # skipped hour: moved to 03:00 (UTC+2)
    assert local_to_utc(local, "Europe/Stockholm").tolist() == [
        pd.Timestamp("2026-06-21 20:08"), pd.Timestamp("2026-01-15 11:00"),
        pd.Timestamp("2026-10-25 01:30"), pd.Timestamp("2026-03-29 01:00")]
