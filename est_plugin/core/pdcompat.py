"""What differs between the pandas versions the plugin meets, in one place.

QGIS on Debian bookworm brings pandas 1.5, most installs pandas 2.x, and QGIS 3.44's Windows
installers pandas 3 (with numpy 2.4). Pandas 3 changes three things the core depends on:

* datetime resolution: ``to_datetime`` of text or Python datetimes gives microseconds (of dates,
  seconds), no longer always nanoseconds. Integer views of datetimes (``asi8``, ``.value``,
  ``view('int64')``) then count other units, and dates beyond 1677-2262 parse instead of becoming
  NaT, then overflow where they meet a nanosecond column. The core reads times with
  :func:`to_datetime_ns` (nanoseconds, out-of-range dates NaT, as pandas 1.5/2 give them) and
  counts seconds with :func:`epoch_seconds`, never through an integer view.
* text columns: strings get the ``str`` dtype (missing cells NaN, not None) instead of object.
  Where "a column of text cells" is meant, :func:`is_text_dtype`, not ``dtype == object``.
* copy-on-write: ``Series.to_numpy()`` and ``.values`` give read-only views. Code that writes into
  an array it got from pandas asks for its own copy (``to_numpy(copy=True)``), on any version.

No qgis import (core rule), and no pandas version numbers: each helper works on what it is given.
"""
import numpy as np
import pandas as pd

_PER_NS = {"s": 10**9, "ms": 10**6, "us": 10**3, "ns": 1}
_NS_RANGE = (pd.Timestamp.min.value, pd.Timestamp.max.value)  # ns since 1970 in every version


def is_text_dtype(dtype) -> bool:
    """True for a column that can hold text cells: object (any pandas) or a string dtype
    (pandas 3's default ``str``, or ``string``)."""
    return pd.api.types.is_object_dtype(dtype) or isinstance(dtype, pd.StringDtype)


def to_datetime_ns(values, **kwargs):
    """``pd.to_datetime(values, **kwargs)`` in nanoseconds, as pandas 1.5 and 2 give it (the same
    kind of result: Series, DatetimeIndex or Timestamp). With ``errors='coerce'``, dates that a
    nanosecond column cannot hold (before 1677-09-21, after 2262-04-11) become NaT, as before."""
    result = pd.to_datetime(values, **kwargs)
    coerce = kwargs.get("errors") == "coerce"
    if isinstance(result, pd.Series):
        return as_ns(result, coerce)
    if isinstance(result, pd.DatetimeIndex):
        return pd.DatetimeIndex(as_ns(pd.Series(result), coerce), name=result.name)
    return result  # a Timestamp or NaT


def as_ns(times: pd.Series, coerce: bool = True) -> pd.Series:
    """A datetime64 Series (naive or time-zone aware) in nanoseconds; values out of the
    nanosecond range become NaT (``coerce``) or raise OutOfBoundsDatetime."""
    unit = getattr(times.dt, "unit", "ns")  # pandas 1.5 has only nanoseconds (and no .unit)
    if unit == "ns":
        return times
    if coerce:
        times = times.where(_in_ns_range(times, unit))
    return times.dt.as_unit("ns")


def _in_ns_range(times: pd.Series, unit: str) -> np.ndarray:
    """True where a time in ``unit`` fits a nanosecond column (NaT: False)."""
    instants = times.dt.tz_convert(None) if times.dt.tz is not None else times
    counts = instants.to_numpy().astype("int64")  # counts of ``unit``; NaT is the int64 minimum
    low = -(-_NS_RANGE[0] // _PER_NS[unit])
    high = _NS_RANGE[1] // _PER_NS[unit]
    return (counts >= low) & (counts <= high)


def epoch_seconds(values) -> np.ndarray:
    """Whole seconds since 1970-01-01 00:00 UTC (floored, as floats) of date-times in any
    resolution; naive values count as UTC, NaT gives NaN."""
    times = pd.DatetimeIndex(pd.to_datetime(values))
    if times.tz is not None:
        times = times.tz_convert(None)
    instants = times.to_numpy()  # datetime64 in the index's own unit
    seconds = instants.astype("datetime64[s]").astype("int64").astype(float)
    seconds[np.isnat(instants)] = np.nan
    return seconds
