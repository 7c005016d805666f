"""Reading incident exports: CSV/TXT/TSV (any common delimiter, UTF-8 or Windows-1252) and XLSX."""
import csv
import gzip
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Tuple

import pandas as pd

from .errors import InputError
from .messages import text

TEXT_SUFFIXES = (".csv", ".txt", ".tsv")  # not .tab: that is usually a MapInfo layer
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
TABLE_SUFFIXES = TEXT_SUFFIXES + EXCEL_SUFFIXES
DELIMITERS = (";", ",", "\t", "|")
HEADER_ROW = 1  # source_row numbers count the header as row 1, as a spreadsheet shows them


@dataclass
class Table:
    """A table read from a file: every cell as it was (text for CSV, typed for XLSX).

    ``frame`` has one row per data row, ``source_rows`` the spreadsheet row number of each;
    ``broken_rows`` lists (row number, field count) of rows with more fields than the header.
    """

    frame: pd.DataFrame
    source_rows: pd.Series
    name: str
    encoding: str = ""
    delimiter: str = ""
    broken_rows: List[Tuple[int, int]] = field(default_factory=list)


def _table_suffix(file: Path) -> str:
    """'.csv' for both data.csv and data.csv.gz (text files may be gzip-compressed)."""
    suffixes = [s.lower() for s in file.suffixes]
    if len(suffixes) >= 2 and suffixes[-1] == ".gz":
        return suffixes[-2]
    return file.suffix.lower()


def is_table_file(path: str) -> bool:
    """True when ``path`` names a file this module reads (by its suffix)."""
    return _table_suffix(Path(str(path))) in TABLE_SUFFIXES


def read_table(path: str) -> Table:
    """Read a CSV/TXT/TSV or XLSX file; raise InputError saying what is wrong with it."""
    file = Path(path)
    if not file.is_file():
        raise InputError(text("file_missing", path=path))
    suffix = _table_suffix(file)
    if suffix in EXCEL_SUFFIXES:
        table = _read_excel(file)
    elif suffix in TEXT_SUFFIXES:
        table = _read_text(file)
    else:
        raise InputError(text("file_type", path=path))
    if table.frame.empty:
        raise InputError(text("no_rows", name=file.name))
    return table


def decode(raw: bytes) -> Tuple[str, str]:
    """The text of a file and the encoding that read it: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "Windows-1252"


def sniff_delimiter(sample: str, suffix: str = "") -> str:
    """The delimiter that splits the first lines into the most, equally many, columns."""
    if suffix == ".tsv":
        return "\t"
    lines = [line for line in sample.splitlines()[:30] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        rows = list(csv.reader(lines, delimiter=delimiter))
        if not rows:
            continue
        width = len(rows[0])
        agreeing = sum(1 for row in rows if len(row) == width)
        score = (agreeing if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_text(file: Path) -> Table:
    raw = file.read_bytes()
    if file.suffix.lower() == ".gz":
        try:
            raw = gzip.decompress(raw)
        except OSError as error:
            raise InputError(text("file_unreadable", path=str(file), detail=str(error))) from error
    content, encoding = decode(raw)
    if not content.strip():
        raise InputError(text("file_empty", path=str(file)))
    delimiter = sniff_delimiter(content[:65536], _table_suffix(file))
    try:
        records = list(csv.reader(io.StringIO(content, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise InputError(text("file_unreadable", path=str(file), detail=str(error))) from error
    header_at = next((i for i, record in enumerate(records) if any(c.strip() for c in record)), None)
    if header_at is None:  # only delimiters, as a spreadsheet saves an empty sheet
        raise InputError(text("file_empty", path=str(file)))
    header = unique_names(records[header_at])
    width = len(header)
    rows, numbers, broken = [], [], []
    for offset, record in enumerate(records[header_at + 1:], start=header_at + 1 + HEADER_ROW):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > width and any(cell.strip() for cell in record[width:]):
            broken.append((offset, len(record)))
            record = record[:width]
        rows.append(record[:width] + [""] * (width - len(record)))
        numbers.append(offset)
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    return Table(frame, pd.Series(numbers, dtype="int64"), file.name, encoding, delimiter, broken)


def _read_excel(file: Path) -> Table:
    try:
        frame = pd.read_excel(file, sheet_name=0, header=None, dtype=object, engine="openpyxl")
    except Exception as error:  # openpyxl raises many kinds; all mean "not a readable workbook"
        raise InputError(text("file_unreadable", path=str(file), detail=str(error))) from error
    frame = frame.dropna(how="all")
    if frame.empty:
        raise InputError(text("file_empty", path=str(file)))
    header_index = frame.index[0]
    header = unique_names(["" if pd.isna(v) else str(v) for v in frame.loc[header_index]])
    body = frame.loc[frame.index > header_index]
    body = body.astype(object).where(body.notna(), None)
    body.columns = header
    numbers = pd.Series(body.index + 1, dtype="int64")  # pandas row 0 is spreadsheet row 1
    return Table(body.reset_index(drop=True), numbers, file.name, "XLSX", "")


def unique_names(names: List[str]) -> List[str]:
    """Header names made usable: stripped, empty ones named column_N, repeated ones suffixed _2, _3."""
    result: List[str] = []
    seen = set()
    for position, name in enumerate(names, start=1):
        base = str(name).strip() or "column_{}".format(position)
        candidate, counter = base, 2
        while candidate.lower() in seen:
            candidate = "{}_{}".format(base, counter)
            counter += 1
        seen.add(candidate.lower())
        result.append(candidate)
    return result
