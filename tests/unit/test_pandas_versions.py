"""The core gives the same results on pandas 1.5, 2.x and 3.x (core.pdcompat).

Pandas 3 (QGIS 3.44's Windows installers) parses text and Python datetimes to microseconds (dates
to seconds), makes text columns the ``str`` dtype (missing cells NaN) and hands out read-only arrays
(copy-on-write). Each test here failed on pandas 3 before the core handled that; on older pandas
the same situations are made explicitly (``as_unit``, the ``string`` dtype, copy-on-write mode).
"""
import contextlib
import datetime

import numpy as np
import pandas as pd
import pytest

from est_plugin.core import pdcompat, timeparse
from est_plugin.core.filtering import DARK_ONLY, FilterSpec, after_dark, filter_incidents
from est_plugin.core.incidents import ImportSettings, IncidentSource, import_incidents
from est_plugin.core.solar import solar_elevation
from est_plugin.core.values import convert_column, infer_types, is_empty

STOCKHOLM = (18.07, 59.33)
MIDSUMMER_UTC = ["2026-06-21 10:50", "2026-06-21 19:50", "2026-06-21 20:30", "2026-12-21 11:00"]
HAS_UNITS = hasattr(pd.Timestamp, "as_unit")  # pandas 2+: datetimes in s, ms, us or ns


def _nanoseconds(texts) -> pd.Series:
    return pd.Series(np.array(texts, dtype="datetime64[ns]"))


def _in_units(times: pd.Series):
    """The same times in every resolution this pandas has (only ns before pandas 2)."""
    yield "parsed from text", pd.Series(pd.to_datetime(pd.Series(times.dt.strftime("%Y-%m-%d %H:%M:%S"))))
    yield "python datetimes", pd.Series(pd.to_datetime(list(times.array.to_pydatetime())))
    if HAS_UNITS:
        for unit in ("s", "ms", "us"):
            yield unit, times.dt.as_unit(unit)


def copy_on_write():
    """Pandas 3's copy-on-write on pandas 1.5 and 2 (an option there); pandas 3 always has it."""
    if int(pd.__version__.split(".")[0]) >= 3:
        return contextlib.nullcontext()
    return pd.option_context("mode.copy_on_write", True)


def test_solar_elevation_is_the_same_in_every_datetime_resolution():
    reference_times = _nanoseconds(MIDSUMMER_UTC)
    lon, lat = np.full(4, STOCKHOLM[0]), np.full(4, STOCKHOLM[1])
    reference = solar_elevation(lon, lat, reference_times)
    assert reference[0] == pytest.approx(54.11, abs=0.05)   # midsummer noon, by hand
    assert reference[3] == pytest.approx(90 - 59.33 - 23.44, abs=0.05)   # midwinter noon
    for name, times in _in_units(reference_times):
        assert solar_elevation(lon, lat, times) == pytest.approx(reference, abs=1e-9), name


def test_after_dark_of_microsecond_times_is_the_sun_of_stockholm():
    # 21:50 CEST is before the midsummer sunset (~22:08), 22:30 after it.
    local = pd.to_datetime(pd.Series(["2026-06-21 21:50", "2026-06-21 22:30"]))  # us on pandas 3
    lon, lat = np.full(2, STOCKHOLM[0]), np.full(2, STOCKHOLM[1])
    flags = after_dark(local, np.ones(2, bool), lon, lat, "Europe/Stockholm")
    assert flags.tolist() == [0.0, 1.0]
    for name, times in _in_units(pd.to_datetime(local).astype("datetime64[ns]")):
        result = filter_incidents(times, pd.Series([True, True]), None, lon, lat,
                                  FilterSpec(after_dark=DARK_ONLY))
        assert result.keep.tolist() == [False, True], name


def test_epoch_seconds_count_seconds_in_any_resolution_and_nat_is_nan():
    times = _nanoseconds(["1970-01-01 00:00:01", "2026-06-21 12:00:00", "NaT", "1969-12-31 23:59:59.5"])
    seconds = pdcompat.epoch_seconds(times)
    assert seconds[:2].tolist() == [1.0, 1782043200.0]
    assert np.isnan(seconds[2])
    assert seconds[3] == -1.0   # floored, as integer division of nanoseconds floored
    for name, other in _in_units(times.iloc[:2]):
        assert pdcompat.epoch_seconds(other).tolist() == seconds[:2].tolist(), name
    aware = pd.DatetimeIndex(["2026-06-21 14:00"]).tz_localize("Europe/Stockholm")
    assert pdcompat.epoch_seconds(aware).tolist() == [1782043200.0]


def test_to_datetime_ns_gives_nanoseconds_and_coerces_what_nanoseconds_cannot_hold():
    parsed = pdcompat.to_datetime_ns(pd.Series(["2026-11-16 22:15", "9999-01-01 00:00", None]),
                                     format="%Y-%m-%d %H:%M", errors="coerce")
    assert str(parsed.dtype) == "datetime64[ns]"
    assert parsed.iloc[0] == pd.Timestamp("2026-11-16 22:15")
    assert parsed.iloc[1:].isna().all()
    index = pdcompat.to_datetime_ns([datetime.datetime(2026, 1, 2), datetime.datetime(9999, 1, 1)],
                                    errors="coerce")
    assert isinstance(index, pd.DatetimeIndex) and str(index.dtype) == "datetime64[ns]"
    assert index[0] == pd.Timestamp("2026-01-02") and pd.isna(index[1])
    assert pdcompat.to_datetime_ns("2026-01-02") == pd.Timestamp("2026-01-02")


def test_is_text_dtype_knows_object_str_and_string_columns():
    assert pdcompat.is_text_dtype(pd.Series(["a", None], dtype=object).dtype)
    assert pdcompat.is_text_dtype(pd.Series(["a", None]).dtype)   # object, or str on pandas 3
    assert pdcompat.is_text_dtype(pd.Series(["a", None], dtype="string").dtype)
    assert not pdcompat.is_text_dtype(pd.Series([1.5]).dtype)
    assert not pdcompat.is_text_dtype(pd.Series(pd.to_datetime(["2026-01-01"])).dtype)


@pytest.mark.parametrize("cells", [
    pd.Series(["9999-01-01", "2026-01-02"], dtype=object),
    pd.Series(["16/11/3026 10:00", "02/01/2026"], dtype=object),
    pd.Series([datetime.datetime(9999, 1, 1), datetime.datetime(2026, 1, 2)], dtype=object),
], ids=["iso", "day-first", "datetime objects"])
def test_dates_after_2262_are_unreadable_not_a_crash(cells):
    parsed = timeparse.parse_datetimes(cells)
    assert str(parsed.time.dtype) == "datetime64[ns]"
    assert parsed.unreadable.tolist() == [True, False]
    assert parsed.time.iloc[1] == pd.Timestamp("2026-01-02")


def test_year_columns_after_2262_are_unreadable_not_a_crash():
    parsed = timeparse.parse_component_columns(pd.Series(["3000", "2026"]), pd.Series(["1", "1"]),
                                               pd.Series(["1", "2"]), None, None)
    assert parsed.unreadable.tolist() == [True, False]
    assert parsed.time.iloc[1] == pd.Timestamp("2026-01-02")


def test_an_import_with_a_typo_year_rejects_that_row(write_file):
    from est_plugin.core.tables import read_table

    path = write_file("events.csv", "lon;lat;datum\n18.07;59.33;2026-11-16\n18.071;59.331;3026-11-17\n")
    result = import_incidents(IncidentSource.from_table(read_table(str(path))), ImportSettings())
    assert result.imported == 1
    assert result.rejected.reason_code.tolist() == ["bad_date"]


@pytest.mark.skipif(not HAS_UNITS, reason="pandas 1.5 holds datetimes only in nanoseconds")
def test_a_datetime64_column_in_any_unit_reads_like_nanoseconds():
    times = _nanoseconds(["2026-11-16 22:15", "NaT", "2026-11-17"])
    reference = timeparse.parse_datetimes(times)
    for unit in ("s", "ms", "us"):
        parsed = timeparse.parse_datetimes(times.dt.as_unit(unit))
        assert str(parsed.time.dtype) == "datetime64[ns]"
        assert parsed.time.equals(reference.time), unit
        assert parsed.time_known.tolist() == reference.time_known.tolist() == [True, False, True]
    far = timeparse.parse_datetimes(pd.Series(np.array(["9999-01-01", "2026-01-01"], "datetime64[us]")))
    assert far.unreadable.tolist() == [True, False] and far.empty.tolist() == [False, False]


def _events(dtype) -> pd.DataFrame:
    columns = {"lon": ["18.07", "18.071", "18,072", " "], "lat": ["59.33", "59.331", "59,332", "59.333"],
               "datum": ["2026-11-16 22:15", "16/11/2026", "  ", "2026-11-18"],
               "kategori": ["Klotter", "  ", None, "Brand"], "kod": ["007", "12", None, ""]}
    return pd.DataFrame({name: pd.Series(cells, dtype=dtype) for name, cells in columns.items()})


def _import(frame, **settings):
    source = IncidentSource(frame, pd.Series(range(2, 2 + len(frame))), "events")
    return import_incidents(source, ImportSettings(**settings))


@pytest.mark.parametrize("dtype", [None, "string"], ids=["default (str on pandas 3)", "string"])
@pytest.mark.parametrize("map_categories", [False, True])
def test_text_columns_of_any_string_dtype_import_like_object_columns(dtype, map_categories):
    with copy_on_write():
        expected = _import(_events(object), map_categories=map_categories)
        result = _import(_events(dtype), map_categories=map_categories)
    assert expected.rejected.reason_code.tolist() == ["no_date", "no_coordinates"]  # blanks are empty
    category = "klotter" if map_categories else "Klotter"
    assert expected.incidents.category.tolist() == [category, None]
    assert expected.incidents.kod.tolist() == ["007", "12"]
    for got, want in ((result.incidents, expected.incidents), (result.rejected, expected.rejected)):
        assert list(got.columns) == list(want.columns)
        for column in got.columns:
            assert got[column].tolist() == want[column].tolist(), column
    assert result.incident_types == expected.incident_types
    assert result.notes == expected.notes
    assert np.array_equal(result.x, expected.x) and np.array_equal(result.y, expected.y)


@pytest.mark.parametrize("dtype", [None, "string"], ids=["default (str on pandas 3)", "string"])
def test_blank_text_is_empty_in_string_columns(dtype):
    cells = pd.Series(["a", "  ", "\u00a0", None, ""], dtype=dtype)
    assert is_empty(cells).tolist() == [False, True, True, True, True]
    assert convert_column(cells, "str").tolist() == ["a", None, None, None, None]


def test_converting_columns_of_a_copy_on_write_frame_leaves_the_frame_as_it_was():
    with copy_on_write():
        frame = pd.DataFrame({"n": pd.Series(["1", "", "3"], dtype=object),
                              "x": pd.Series(["1,5", "2.5", None], dtype=object),
                              "t": pd.Series(["a", " ", None], dtype=object)})
        before = frame.copy()
        types = infer_types(frame)
        converted = {name: convert_column(frame[name], types[name]).tolist() for name in frame}
    assert types == {"n": "int", "x": "float", "t": "str"}
    assert converted == {"n": [1, None, 3], "x": [1.5, 2.5, None], "t": ["a", None, None]}
    assert frame.equals(before)



def test_a_reason_quotes_empty_date_parts_as_nothing_on_every_pandas():
    # pandas 1.5/2 wrote a missing cell as 'None', pandas 3 made the whole quote 'nan'
    frame = pd.DataFrame({"lon": [18.07, 18.071], "lat": [59.33, 59.331], "year": [2026, None],
                          "month": [3, 3], "day": [4, 4]}, dtype=object)
    result = _import(frame)
    assert result.rejected.reason_code.tolist() == ["bad_date"]
    assert "'-3-4'" in result.rejected.reason.iloc[0]
