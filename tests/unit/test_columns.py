"""columns.guess_mapping: recognising coordinate, time and category columns by name."""
import pytest

from est_plugin.core.columns import ColumnMapping, guess_mapping

VANCOUVER = ["TYPE", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "HUNDRED_BLOCK", "NEIGHBOURHOOD", "X", "Y"]
CHICAGO = ["date", "loc_cat", "longitude", "latitude", "district"]
LANCASHIRE = ["month", "longitude", "latitude", "location", "lsoa_code"]
HELSINKI = ["Ärendenr", "Datum", "Klockslag", "Kategori", "Plats", "Latitud", "Longitud", "Beskrivning"]


def _header(path, encoding="utf-8", delimiter=","):
    with open(path, encoding=encoding) as handle:
        return handle.readline().rstrip("\r\n").split(delimiter)


def test_real_headers_are_the_ones_written_out_here(data_dir, sample_dir):
    assert _header(data_dir / "vpd_crimes_2020_extract.csv") == VANCOUVER
    assert _header(data_dir / "chicago_assaults_extract.csv") == CHICAGO
    assert _header(data_dir / "lancashire_asb_extract.tsv", delimiter="\t") == LANCASHIRE
    assert _header(sample_dir / "incidents_helsinki_simulated.csv", "cp1252", ";") == HELSINKI


@pytest.mark.parametrize("columns, expected", [
    (VANCOUVER, dict(x="X", y="Y", year="YEAR", month="MONTH", day="DAY", hour="HOUR",
                     minute="MINUTE", category="TYPE")),
    (CHICAGO, dict(x="longitude", y="latitude", datetime="date")),
    (LANCASHIRE, dict(x="longitude", y="latitude", date="month")),
    (HELSINKI, dict(x="Longitud", y="Latitud", date="Datum", time="Klockslag", category="Kategori")),
], ids=["vancouver", "chicago", "lancashire", "helsinki"])
def test_guess_mapping_on_real_header_layouts(columns, expected):
    mapping, guessed = guess_mapping(columns, ColumnMapping())
    assert mapping == ColumnMapping(**expected)
    assert guessed == expected


def test_user_choices_are_never_overridden():
    given = ColumnMapping(category="NEIGHBOURHOOD", year="YEAR", month="MONTH", day="DAY")
    mapping, guessed = guess_mapping(VANCOUVER, given)
    assert mapping.category == "NEIGHBOURHOOD"
    assert (mapping.year, mapping.month, mapping.day) == ("YEAR", "MONTH", "DAY")
    # a way of reading the date was chosen, so no time column is guessed, not even HOUR
    assert mapping.hour is None and mapping.minute is None
    assert guessed == {"x": "X", "y": "Y"}


def test_a_user_choice_that_is_a_recognised_name_is_not_used_twice():
    mapping, guessed = guess_mapping(["lat", "lon", "timestamp", "typ"], ColumnMapping(datetime="lat"))
    assert mapping.datetime == "lat"
    assert "lat" not in guessed.values()
    assert mapping.x is None and mapping.y is None  # lat is taken: no X/Y pair left to guess
    assert mapping.category == "typ"


def test_given_datetime_is_kept_and_date_columns_are_not_guessed():
    mapping, guessed = guess_mapping(HELSINKI, ColumnMapping(datetime="Beskrivning"))
    assert mapping.datetime == "Beskrivning"
    assert mapping.date is None and mapping.time is None
    assert "date" not in guessed and "time" not in guessed


def test_x_without_y_is_not_guessed():
    mapping, guessed = guess_mapping(["X", "date", "type"], ColumnMapping())
    assert mapping.x is None and mapping.y is None
    assert "x" not in guessed and "y" not in guessed
    assert mapping.datetime == "date" and mapping.category == "type"


def test_a_given_x_alone_does_not_make_y_guessed():
    mapping, guessed = guess_mapping(VANCOUVER, ColumnMapping(x="X"))
    assert mapping.x == "X" and mapping.y is None
    assert "y" not in guessed


def test_use_geometry_suppresses_coordinate_guessing():
    mapping, guessed = guess_mapping(VANCOUVER, ColumnMapping(), use_geometry=True)
    assert mapping.x is None and mapping.y is None
    assert "x" not in guessed and "y" not in guessed
    assert mapping.year == "YEAR" and mapping.category == "TYPE"


def test_names_are_matched_case_and_space_insensitively():
    mapping, _ = guess_mapping([" Latitude ", "LONGITUDE", "Händelsetid"], ColumnMapping())
    assert (mapping.x, mapping.y, mapping.datetime) == ("LONGITUDE", " Latitude ", "Händelsetid")


def test_incomplete_year_month_day_falls_back_to_a_date_column():
    mapping, guessed = guess_mapping(["year", "month", "date", "lat", "lon"], ColumnMapping())
    assert mapping.year is None and mapping.month is None
    assert mapping.datetime == "date"


def test_separate_date_and_time_columns_become_date_and_time():
    mapping, _ = guess_mapping(["Y", "X", "date", "time"], ColumnMapping())
    assert (mapping.date, mapping.time, mapping.datetime) == ("date", "time", None)


def test_has_time_needs_a_date_or_all_of_year_month_day():
    assert not ColumnMapping().has_time()
    assert not ColumnMapping(year="y", month="m").has_time()
    assert ColumnMapping(year="y", month="m", day="d").has_time()
    assert ColumnMapping(date="d").has_time() and ColumnMapping(datetime="d").has_time()
    assert not ColumnMapping(time="t").has_time()


def test_chosen_lists_only_the_roles_that_are_set():
    assert ColumnMapping(x="E", category="typ").chosen() == {"x": "E", "category": "typ"}
