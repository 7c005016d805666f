"""values: numbers written the Swedish or the international way, column type inference."""
import datetime

import numpy as np
import pandas as pd
import pytest

from est_plugin.core.values import convert_column, infer_type, is_empty, parse_numbers


def _numbers(cells):
    return parse_numbers(pd.Series(cells, dtype=object)).tolist()


@pytest.mark.parametrize("cell, expected", [
    ("6580123,45", 6580123.45),        # decimal comma
    ("60,169120", 60.16912),
    ("-12.5", -12.5),
    ("1 234,5", 1234.5),              # space as thousands separator
    ("1\u00a0234,5", 1234.5),         # no-break space (Excel's Swedish export)
    ("1\u202f234\u202f567", 1234567.0),  # narrow no-break space
    ("1 234 567,89", 1234567.89),
    ("1,234.5", 1234.5),              # comma before point: thousands separator
    ("1.234,5", 1234.5),              # point before comma: point is the thousands separator
    ("1.234.567,89", 1234567.89),
    ("\u221212,5", -12.5),            # unicode minus sign
    ("+3", 3.0),
    (" 7 ", 7.0),
    (",5", 0.5),
])
def test_parse_numbers_reads_swedish_and_international_text(cell, expected):
    assert _numbers([cell]) == [pytest.approx(expected, rel=0, abs=1e-9)]


@pytest.mark.parametrize("cell", ["abc", "", "   ", None, "1,2,3", "12 km", "0x10", "inf", "nan", "--1"])
def test_parse_numbers_gives_nan_for_text_that_is_not_a_number(cell):
    assert np.isnan(_numbers([cell])[0])


def test_parse_numbers_keeps_real_numbers_as_they_are():
    assert parse_numbers(pd.Series([1, 2, -3])).tolist() == [1.0, 2.0, -3.0]
    assert parse_numbers(pd.Series([1.25, 491163.0187])).tolist() == [1.25, 491163.0187]
    mixed = parse_numbers(pd.Series([1.5, np.int64(4), "2,5"], dtype=object)).tolist()
    assert mixed == [1.5, 4.0, 2.5]


def test_parse_numbers_result_is_float_and_keeps_the_index():
    result = parse_numbers(pd.Series(["1", "x"], index=[10, 20], dtype=object))
    assert result.dtype == float
    assert list(result.index) == [10, 20]


def test_parse_numbers_does_not_count_a_boolean_column_as_numbers():
    assert np.isnan(parse_numbers(pd.Series([True, False]))).all()


def test_parse_numbers_does_not_count_boolean_cells_as_numbers():
    assert np.isnan(_numbers([True, "x", False])).all()


def test_parse_numbers_keeps_the_number_one_next_to_a_boolean_true():
    result = _numbers([True, 1, 0, False])
    assert np.isnan(result[0]) and result[1] == 1.0
    assert result[2] == 0.0 and np.isnan(result[3])


def test_parse_numbers_does_not_change_its_input():
    cells = pd.Series(["1 234,5", "x"], dtype=object)
    parse_numbers(cells)
    assert cells.tolist() == ["1 234,5", "x"]


def _kind(cells):
    return infer_type(pd.Series(cells, dtype=object))


@pytest.mark.parametrize("cells, expected", [
    (["1", "2", "-3"], "int"),
    (["1", "", "3"], "int"),                   # empty cells are ignored
    (["0"], "int"),
    (["1,5", "2"], "float"),
    (["60,169120", "60,170001"], "float"),
    (["1", "2.0"], "float"),
    (["1.5", "x"], "str"),
    (["EST-2026-00001"], "str"),
    ([1, 2], "int"),
    ([1, 2.5], "float"),
    ([3.0, 4.0], "int"),                       # whole floats (XLSX) are integers
    ([datetime.datetime(2026, 11, 16, 22, 15)], "datetime"),
    ([pd.Timestamp("2026-11-16 22:15")], "datetime"),
    ([datetime.date(2026, 11, 16)], "date"),
    ([datetime.datetime(2026, 11, 16), datetime.date(2026, 11, 17)], "str"),
    ([True, False], "str"),
    ([], "str"),
    (["", "  "], "str"),
])
def test_infer_type(cells, expected):
    assert _kind(cells) == expected


@pytest.mark.parametrize("cells", [["007", "012"], ["01234", "12345"], ["00"]])
def test_infer_type_keeps_text_with_leading_zeros_as_text(cells):
    assert _kind(cells) == "str"


def test_convert_column_to_int_gives_python_ints_and_none_for_empty_cells():
    result = convert_column(pd.Series(["1", "", None, "-3"], dtype=object), "int").tolist()
    assert result == [1, None, None, -3]
    assert all(type(v) is int for v in result if v is not None)


def test_convert_column_to_float_reads_decimal_commas_and_gives_none_for_unreadable():
    result = convert_column(pd.Series(["1,5", "", "x", "2"], dtype=object), "float").tolist()
    assert result == [1.5, None, None, 2.0]


def test_convert_column_to_str_keeps_text_as_it_is_and_empties_as_none():
    cells = pd.Series(["007", "", "  ", None, 5, "Å ä"], dtype=object)
    assert convert_column(cells, "str").tolist() == ["007", None, None, None, "5", "Å ä"]


def test_convert_column_keeps_datetime_objects():
    stamp = datetime.datetime(2026, 11, 16, 22, 15)
    result = convert_column(pd.Series([stamp, None], dtype=object), "datetime").tolist()
    assert result == [stamp, None]


def test_convert_column_keeps_the_index_and_does_not_change_its_input():
    cells = pd.Series(["1", "2"], index=[5, 6], dtype=object)
    result = convert_column(cells, "int")
    assert list(result.index) == [5, 6]
    assert cells.tolist() == ["1", "2"]


def test_is_empty_counts_none_nan_and_white_space_as_empty():
    cells = pd.Series(["", " ", "\u00a0", "\t", None, np.nan, "a", "0"], dtype=object)
    assert is_empty(cells).tolist() == [True, True, True, True, True, True, False, False]
