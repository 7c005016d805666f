"""Which source columns hold coordinates, time and category, chosen by the user or recognised."""
from dataclasses import dataclass, fields, replace
from typing import Dict, Iterable, List, Optional, Tuple

# Column names recognised when the user has not chosen (compared case-insensitively, in order).
KNOWN_NAMES: Dict[str, Tuple[str, ...]] = {
    "x": ("x", "x_koordinat", "x-koordinat", "xkoord", "easting", "e", "ost", "öst", "lon",
          "long", "lng", "longitude", "longitud"),
    "y": ("y", "y_koordinat", "y-koordinat", "ykoord", "northing", "n", "nord", "lat",
          "latitude", "latitud"),
    "datetime": ("event_time", "datetime", "date_time", "timestamp", "datum_tid", "datum och tid",
                 "händelsetid", "tidpunkt", "occurred", "date"),
    "date": ("datum", "händelsedatum", "date_occurred", "event_date", "month"),
    "time": ("tid", "klockslag", "klocka", "time", "event_clock"),
    "year": ("year", "år", "ar"),
    "month": ("month", "månad", "manad"),
    "day": ("day", "dag"),
    "hour": ("hour", "timme", "tim"),
    "minute": ("minute", "minut", "min"),
    "category": ("category", "kategori", "händelsetyp", "handelsetyp", "typ", "type", "brottstyp",
                 "offense", "offence", "crime_type", "crime type", "primary_type"),
}


@dataclass(frozen=True)
class ColumnMapping:
    """Source column names for each role; None where the role is not used."""

    x: Optional[str] = None
    y: Optional[str] = None
    datetime: Optional[str] = None
    date: Optional[str] = None
    time: Optional[str] = None
    year: Optional[str] = None
    month: Optional[str] = None
    day: Optional[str] = None
    hour: Optional[str] = None
    minute: Optional[str] = None
    category: Optional[str] = None

    def chosen(self) -> Dict[str, str]:
        """Role -> column for the roles that are set."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}

    def has_time(self) -> bool:
        """True when some way of reading the date is set."""
        return bool(self.datetime or self.date or (self.year and self.month and self.day))


def _find(columns: Iterable[str], candidates: Tuple[str, ...], taken: List[str]) -> Optional[str]:
    by_name = {c.strip().casefold(): c for c in columns if c not in taken}
    return next((by_name[name] for name in candidates if name in by_name), None)


def guess_mapping(columns: List[str], given: ColumnMapping,
                  use_geometry: bool = False) -> Tuple[ColumnMapping, Dict[str, str]]:
    """Fill the roles the user left empty from recognised column names.

    Returns the completed mapping and the roles that were guessed (role -> column). Coordinates
    are only guessed when the layer has no point geometry to use; time columns only when no way
    of reading the date was chosen; both of an X/Y pair or neither.
    """
    mapping = given
    taken = list(given.chosen().values())
    guessed: Dict[str, str] = {}

    def take(*roles: str) -> None:
        for role in roles:
            column = _find(columns, KNOWN_NAMES[role], taken)
            if column:
                guessed[role] = column
                taken.append(column)

    def drop(*roles: str) -> None:
        for role in roles:
            if role in guessed:
                taken.remove(guessed.pop(role))

    if not use_geometry and not (given.x or given.y):
        take("x", "y")
        if not ("x" in guessed and "y" in guessed):
            drop("x", "y")
    if not given.has_time():
        take("year", "month", "day", "hour", "minute")
        if not all(role in guessed for role in ("year", "month", "day")):
            drop("year", "month", "day", "hour", "minute")
            take("datetime", "date", "time")
            if "datetime" in guessed and "date" in guessed:
                drop("date")
            if "datetime" in guessed and "time" in guessed:
                guessed["date"] = guessed.pop("datetime")
    if not given.category:
        take("category")
    return replace(mapping, **guessed), guessed
