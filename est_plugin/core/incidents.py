"""Import: a table or layer of events -> clean incident points and rejected rows with reasons.

Every row read ends up either as an incident or as a rejected row with its reason:
imported + rejected = read, always.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd

from . import timeparse
from .categories import map_categories
from .columns import ColumnMapping, guess_mapping
from .coordinates import crs_name, guess_source_crs, locate, read_xy_columns
from .errors import InputError, NoUsableRowsError
from .messages import text
from .rejections import Rejections
from .tables import Table
from .values import convert_column, infer_types

INCIDENT_FIELDS = {"event_time": "datetime", "time_known": "bool", "category": "str",
                   "source_row": "int"}
REJECTED_FIELDS = {"source_row": "int", "reason_code": "str", "reason": "str"}


@dataclass
class IncidentSource:
    """Rows to import: their cells, row numbers, and point coordinates if the source has them."""

    frame: pd.DataFrame
    source_rows: pd.Series
    name: str
    field_types: Optional[Dict[str, str]] = None
    geometry_xy: Optional[Tuple[np.ndarray, np.ndarray]] = None
    geometry_crs: Optional[str] = None
    broken_rows: List[Tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.source_rows = pd.Series(np.asarray(self.source_rows), dtype="int64")

    @classmethod
    def from_table(cls, table: Table) -> "IncidentSource":
        """A source from a table file read by :func:`tables.read_table`."""
        return cls(table.frame, table.source_rows, table.name, broken_rows=table.broken_rows)


@dataclass
class ImportSettings:
    """How to read the source; empty column roles are recognised from common names."""

    mapping: ColumnMapping = field(default_factory=ColumnMapping)
    source_crs: Optional[str] = None
    target_crs: Optional[str] = None
    map_categories: bool = False
    category_overrides: Optional[Dict[str, str]] = None
    max_distance_km: float = 100.0
    extent_lonlat: Optional[Tuple[float, float, float, float]] = None


@dataclass
class ImportResult:
    """Incidents (with x, y in ``crs``), rejected rows, their field types, counts and notes."""

    incidents: pd.DataFrame
    x: np.ndarray
    y: np.ndarray
    crs: str
    rejected: pd.DataFrame
    incident_types: Dict[str, str]
    rejected_types: Dict[str, str]
    read: int
    rejected_by_reason: Dict[str, int]
    notes: List[str]

    @property
    def imported(self) -> int:
        """Number of incidents."""
        return len(self.incidents)


def import_incidents(source: IncidentSource, settings: ImportSettings) -> ImportResult:
    """Clean incident points from ``source``; raises InputError when nothing can be used."""
    frame = source.frame.reset_index(drop=True)
    notes: List[str] = []
    mapping = _complete_mapping(source, settings.mapping, notes)
    rejections = Rejections(len(frame))
    _reject_broken_rows(source, rejections)
    located = _locate(source, frame, mapping, settings, rejections, notes)
    times = _read_times(frame, mapping, rejections, notes)
    categories = _read_categories(frame, mapping, settings, notes)
    accepted = rejections.unrejected()
    if not accepted.any():
        raise _all_rejected(source, rejections)
    originals, original_types = _original_columns(frame, source.field_types, notes)
    rows = source.source_rows
    ours = pd.DataFrame({"event_time": times.time, "time_known": times.time_known,
                         "category": categories, "source_row": rows})
    incidents = pd.concat([ours, originals], axis=1)[accepted].reset_index(drop=True)
    rejected = pd.concat([pd.DataFrame({"source_row": rows, "reason_code": rejections.codes,
                                        "reason": rejections.reasons}), originals], axis=1)
    _note_unknown_times(times, accepted, notes)
    return ImportResult(incidents, located.x[accepted], located.y[accepted], located.target_crs,
                        rejected[~accepted].reset_index(drop=True),
                        {**INCIDENT_FIELDS, **original_types}, {**REJECTED_FIELDS, **original_types},
                        len(frame), rejections.by_code(), notes)


def _complete_mapping(source: IncidentSource, given: ColumnMapping, notes: List[str]) -> ColumnMapping:
    columns = [str(c) for c in source.frame.columns]
    use_geometry = source.geometry_xy is not None and not (given.x or given.y)
    mapping, guessed = guess_mapping(columns, given, use_geometry)
    if guessed:
        pairs = ", ".join("{}={}".format(role.upper(), column) for role, column in guessed.items())
        notes.append(text("note_guessed", pairs=pairs))
    for role, column in mapping.chosen().items():
        if column not in columns:
            raise InputError(text("missing_column", field=column, role=role.upper() + "_FIELD",
                                  name=source.name, columns=", ".join(columns)))
    if not mapping.has_time():
        raise InputError(text("no_time_columns", name=source.name, columns=", ".join(columns)))
    return mapping


def _reject_broken_rows(source: IncidentSource, rejections: Rejections) -> None:
    width = source.frame.shape[1]
    positions = {row: i for i, row in enumerate(source.source_rows)}
    for row, count in source.broken_rows:
        mask = np.zeros(len(source.frame), dtype=bool)
        mask[positions[row]] = True
        rejections.add(mask, "too_many_fields", count=count, width=width)


def _locate(source, frame, mapping, settings, rejections, notes):
    if mapping.x and mapping.y:
        x, y = read_xy_columns(frame[mapping.x], frame[mapping.y], (mapping.x, mapping.y),
                               rejections)
        usable = rejections.unrejected()
        source_crs, assumed = guess_source_crs(x[usable], y[usable], settings.source_crs,
                                               source.name)
        if assumed:
            notes.append(text("note_lonlat", x=mapping.x, y=mapping.y))
    elif source.geometry_xy is not None:
        x, y = (np.asarray(a, dtype=float) for a in source.geometry_xy)
        rejections.add(~(np.isfinite(x) & np.isfinite(y)), "no_geometry")
        source_crs = source.geometry_crs or settings.source_crs
    else:
        raise InputError(text("no_coordinate_columns", name=source.name,
                              columns=", ".join(map(str, frame.columns))))
    located = locate(x, y, source_crs, settings.target_crs, rejections,
                     settings.max_distance_km, settings.extent_lonlat)
    why = "note_crs_user" if settings.target_crs else "note_crs_auto"
    notes.append(text(why, crs=crs_name(located.target_crs), source=crs_name(source_crs)))
    return located


def _read_times(frame: pd.DataFrame, mapping: ColumnMapping, rejections: Rejections,
                notes: List[str]) -> timeparse.ParsedTimes:
    if mapping.datetime:
        times = timeparse.parse_datetimes(frame[mapping.datetime])
        label, shown = mapping.datetime, frame[mapping.datetime]
    elif mapping.date:
        dates = timeparse.parse_datetimes(frame[mapping.date])
        label, shown = mapping.date, frame[mapping.date]
        if mapping.time:
            minutes, bad_clock = timeparse.parse_clock_times(frame[mapping.time])
            times = timeparse.combine_date_and_clock(dates, minutes, bad_clock)
        else:
            times = dates
    else:
        parts = [frame[c] if c else None for c in (mapping.year, mapping.month, mapping.day,
                                                   mapping.hour, mapping.minute)]
        times = timeparse.parse_component_columns(*parts)
        label = "/".join(c for c in (mapping.year, mapping.month, mapping.day))
        shown = _joined(parts[:3], "-")
    rejections.add(times.empty.to_numpy(), "no_date", field=label)
    rejections.add(times.unreadable.to_numpy(), "bad_date", field=label, value=shown)
    if times.month_first:
        notes.append(text("note_month_first", field=label))
    _note_bad_clock(times, frame, mapping, rejections, notes)
    return times


def _joined(columns: List[pd.Series], separator: str) -> pd.Series:
    """The cells of the columns as text joined per row; an empty cell is '' (not 'None' or 'nan',
    which pandas 1.5/2 and 3 would write differently)."""
    texts = [column.astype(object).where(column.notna(), "").map(str) for column in columns]
    joined = texts[0]
    for more in texts[1:]:
        joined = joined + separator + more
    return joined


def _note_bad_clock(times, frame, mapping, rejections, notes) -> None:
    bad = times.bad_clock.to_numpy() & rejections.unrejected()
    if bad.any():
        column = mapping.time or mapping.hour or mapping.datetime
        example = frame[column].iloc[int(np.flatnonzero(bad)[0])] if column else ""
        notes.append(text("note_bad_clock", n=int(bad.sum()), value=example))


def _note_unknown_times(times: timeparse.ParsedTimes, accepted: np.ndarray, notes: List[str]) -> None:
    unknown = int((~times.time_known.to_numpy() & accepted).sum())
    if unknown:
        notes.append(text("note_time_unknown", n=unknown))


def _read_categories(frame: pd.DataFrame, mapping: ColumnMapping, settings: ImportSettings,
                     notes: List[str]) -> pd.Series:
    if not mapping.category:
        return pd.Series(None, index=frame.index, dtype=object)
    cells = frame[mapping.category]
    if not settings.map_categories:
        return convert_column(cells, "str")
    codes, unmatched = map_categories(cells, settings.category_overrides)
    if unmatched:
        shown = ", ".join("'{}' ({})".format(k, v) for k, v in list(unmatched.items())[:8])
        notes.append(text("note_unmatched", n=sum(unmatched.values()), values=shown))
    return codes.where(codes.notna(), None)


def _original_columns(frame: pd.DataFrame, known_types: Optional[Dict[str, str]],
                      notes: List[str]) -> Tuple[pd.DataFrame, Dict[str, str]]:
    """The source's columns, typed, renamed 'src_<name>' where they clash with ours."""
    types = known_types or infer_types(frame)
    reserved = {name.casefold() for name in list(INCIDENT_FIELDS) + list(REJECTED_FIELDS)}
    taken = set(reserved) | {str(c).casefold() for c in frame.columns}
    columns, out_types, renamed = {}, {}, []
    for column in frame.columns:
        name = str(column)
        if name.casefold() in reserved:
            new = "src_" + name
            while new.casefold() in taken:
                new = "src_" + new
            taken.add(new.casefold())
            renamed.append("{} -> {}".format(name, new))
            name = new
        kind = types.get(str(column), "str")
        columns[name] = frame[column] if known_types else convert_column(frame[column], kind)
        out_types[name] = kind
    if renamed:
        notes.append(text("note_renamed", pairs=", ".join(renamed)))
    return pd.DataFrame(columns, index=frame.index), out_types


def _all_rejected(source: IncidentSource, rejections: Rejections) -> NoUsableRowsError:
    code = next(iter(rejections.by_code()))
    position = rejections.first_row_with(code)
    row = int(source.source_rows.iloc[position])
    return NoUsableRowsError(text("all_rejected", n=len(source.frame), name=source.name,
                                  reason=rejections.reasons[position], row=row))


def summary(result: ImportResult) -> str:
    """The log line: rows read, imported, rejected by reason."""
    reasons = ", ".join("{} {}".format(n, text("label_" + code)) for code, n in
                        result.rejected_by_reason.items())
    return text("import_summary", read=result.read, imported=result.imported,
                rejected=result.read - result.imported, reasons=reasons or "-")
