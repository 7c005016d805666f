"""Today's date, in one place, so that tests and scripts can set it (no test depends on the calendar).

Code that needs "today" calls :func:`today`; tests pin it with :func:`set_today` (or monkeypatch).
"""
import datetime
from typing import Callable, Optional

_source: Optional[Callable[[], datetime.date]] = None


def today() -> datetime.date:
    """Today's date: the machine's local date, unless :func:`set_today` chose another source."""
    return _source() if _source is not None else datetime.date.today()


def set_today(source) -> None:
    """Use ``source`` for today: a date, a callable that returns one, or None for the machine's date."""
    global _source
    if source is None or callable(source):
        _source = source
    elif isinstance(source, datetime.date):
        _source = lambda: source  # noqa: E731
    else:
        raise TypeError("set_today takes a date, a callable or None, not {!r}".format(source))
