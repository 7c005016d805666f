"""Reading numbers written the Swedish or the international way, and column type inference.

Exports repeat values a lot (hundred-block coordinates, categories, districts), so the text
work here runs once per distinct value (:func:`on_uniques`) and is spread back to the rows.
"""
import datetime
import re
from typing import Callable, Dict

import numpy as np
import pandas as pd

from .pdcompat import is_text_dtype

_SPACES = re.compile(r"[\s\u00a0\u2009\u202f']")
_INTEGER = r"^[+-]?(?:0|[1-9]\d{0,17})$"
_LEADING_ZERO = r"^[+-]?0\d"  # 007, 01234: codes, not numbers


def on_uniques(values: pd.Series, func: Callable[[pd.Series], pd.Series], missing: object) -> pd.Series:
    """Apply ``func`` to the distinct non-missing values only; rows that are missing get ``missing``."""
    if pd.api.types.infer_dtype(values, skipna=True).startswith("mixed"):
        # factorize takes True for 1 and False for 0; keep the type in the key
        missing_cell = values.isna().to_numpy()
        keyed = [None if gone else (type(v).__name__, v) for v, gone in zip(values, missing_cell)]
        codes, keys = pd.factorize(pd.Series(keyed, dtype=object).to_numpy())
        uniques = np.array([key[1] for key in keys], dtype=object)
    else:
        codes, uniques = pd.factorize(values.to_numpy(dtype=object))  # an array: no Index inference
    mapped = np.asarray(func(pd.Series(uniques, dtype=object)), dtype=object)
    result = np.empty(len(values), dtype=object)
    present = codes >= 0
    result[present] = mapped[codes[present]]
    result[~present] = missing
    return pd.Series(result, index=values.index, dtype=object)


def flags(values: pd.Series) -> np.ndarray:
    """A column of flags as booleans; missing cells (None, NaN, NA) are False. (``fillna(False)``
    on an object column warns from pandas 2.2 on, for the downcast it does.)"""
    cells = values.to_numpy(dtype=object, copy=True)
    cells[pd.isna(cells)] = False
    return cells.astype(bool)


def is_empty(values: pd.Series) -> pd.Series:
    """True where a cell holds nothing: None, NaN, or only white space."""
    if not is_text_dtype(values.dtype):
        return values.isna()
    blank = on_uniques(values, lambda u: u.astype(str).str.strip() == "", True)
    return blank.astype(bool)


def parse_numbers(values: pd.Series) -> pd.Series:
    """Floats from cells such as '6580123,45', '1 234,5', '1,234.5', '-12.5'; NaN where unreadable.

    A comma is the decimal separator unless a point comes after it (then it separates thousands).
    Cells that already hold numbers are kept as they are.
    """
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        return values.astype(float)
    return on_uniques(values, _parse_unique_numbers, np.nan).astype(float)


def _parse_unique_numbers(values: pd.Series) -> pd.Series:
    is_number = values.map(lambda v: isinstance(v, (int, float, np.integer, np.floating))
                           and not isinstance(v, (bool, np.bool_)))
    result = pd.to_numeric(values.where(is_number | values.map(type).eq(str)), errors="coerce")
    todo = result.isna() & values.map(type).eq(str)
    if todo.any():
        text = values[todo].str.replace(_SPACES, "", regex=True).str.replace("\u2212", "-")
        both = text.str.contains(",", regex=False) & text.str.contains(".", regex=False)
        comma_last = text.str.rfind(",") > text.str.rfind(".")
        text = text.where(~(both & comma_last), text.str.replace(".", "", regex=False))
        text = text.where(~(both & ~comma_last), text.str.replace(",", "", regex=False))
        result[todo] = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce")
    return result.where(np.isfinite(result.astype(float)))


def infer_type(values: pd.Series) -> str:
    """'int', 'float', 'datetime', 'date' or 'str' for a column of cells (empty cells ignored).

    Text that looks like an integer but starts with a zero (postal codes, case numbers) stays text.
    """
    present = values[~is_empty(values)]
    if present.empty:
        return "str"
    head = present.iloc[:200]
    texts = head[head.map(type).eq(str)].str.strip()
    if len(texts) and (parse_numbers(texts).isna().any() or texts.str.match(_LEADING_ZERO).any()):
        return "str"  # one text that is not a number decides; no need to scan the rest
    present = pd.Series(pd.unique(present), dtype=object)
    kinds = set(present.map(_cell_kind))
    if kinds == {"text"}:
        return _text_type(present.astype(str).str.strip())
    if kinds == {"int"}:
        return "int"
    if kinds <= {"int", "float"}:
        return "float"
    if kinds in ({"datetime"}, {"date"}):
        return kinds.pop()
    return "str"


def _text_type(text: pd.Series) -> str:
    """'int', 'float' or 'str' for distinct texts."""
    if text.str.match(_LEADING_ZERO).any():
        return "str"
    if text.str.match(_INTEGER).all():
        return "int"
    return "float" if parse_numbers(text).notna().all() else "str"


def _cell_kind(value: object) -> str:
    if isinstance(value, (bool, np.bool_)):
        return "other"
    if isinstance(value, (int, np.integer)):
        return "int"
    if isinstance(value, (float, np.floating)):
        return "int" if float(value).is_integer() and abs(value) < 2**53 else "float"
    if isinstance(value, datetime.datetime):
        return "datetime"
    if isinstance(value, datetime.date):
        return "date"
    return "text" if isinstance(value, str) else "other"


def infer_types(frame: pd.DataFrame) -> Dict[str, str]:
    """The inferred type of every column, in column order."""
    return {str(column): infer_type(frame[column]) for column in frame.columns}


def convert_column(values: pd.Series, kind: str) -> pd.Series:
    """Cells converted to ``kind`` (see :func:`infer_type`) as Python objects; empty cells are None."""
    empty = is_empty(values).to_numpy(dtype=bool, copy=True)
    if kind in ("int", "float"):
        numbers = parse_numbers(values).to_numpy()
        empty |= np.isnan(numbers)
        converted = (np.where(empty, 0, numbers).astype("int64") if kind == "int" else numbers)
        result = converted.astype(object)
    elif kind in ("datetime", "date"):
        result = values.to_numpy(dtype=object).copy()
    else:
        result = on_uniques(values, lambda u: u.map(str), None).to_numpy(copy=True)
    result[empty] = None
    return pd.Series(result, index=values.index, dtype=object)
