"""The default EST event categories (resources/categories.csv) and mapping source labels to them.

A source value maps to a code when it equals a code or a label, else when it contains one of a
category's keywords as a whole word (or, for keywords of four letters or more, as the end of a
Swedish compound such as 'cykelstöld'). When several categories match, the lowest match_order
wins (fire before vandalism: 'skadegörelse genom brand' is a fire). Values that match nothing
become 'ovrigt' and are reported.
"""
import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd

from .errors import InputError
from .messages import text
from .resources import resource_path
from .tables import read_table
from .values import is_empty

OTHER = "ovrigt"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Category:
    """One EST category: stable code, Swedish and English labels, colour, match keywords."""

    code: str
    label_sv: str
    label_en: str
    match_order: int
    colour: str
    keywords: Tuple[str, ...]

    def label(self, language: str) -> str:
        """The label in 'sv' or 'en'."""
        return self.label_sv if language == "sv" else self.label_en


@lru_cache(maxsize=4)
def load_categories(path: Optional[str] = None) -> Tuple[Category, ...]:
    """The categories in display order from a ';'-separated file (default: resources)."""
    file = Path(path) if path else resource_path("categories.csv")
    with open(file, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    return tuple(Category(row["code"], row["label_sv"], row["label_en"], int(row["match_order"]),
                          row["colour"], tuple(k.strip().casefold() for k in row["keywords"].split("|")))
                 for row in rows)


def _normalise(value: object) -> str:
    return " ".join(str(value).casefold().split())


def match_category(value: object, categories: Tuple[Category, ...]) -> Optional[str]:
    """The code for one source value, or None when nothing matches."""
    wanted = _normalise(value)
    for category in categories:
        if wanted in (category.code, category.label_sv.casefold(), category.label_en.casefold()):
            return category.code
    words = _WORD.findall(wanted)
    for category in sorted(categories, key=lambda c: c.match_order):
        if any(_contains(wanted, words, keyword) for keyword in category.keywords):
            return category.code
    return None


def _contains(value: str, words: List[str], keyword: str) -> bool:
    if re.search(r"(?<!\w)" + re.escape(keyword) + r"(?!\w)", value):
        return True
    return len(keyword) >= 4 and " " not in keyword and any(w.endswith(keyword) for w in words)


def map_categories(values: pd.Series, overrides: Optional[Dict[str, str]] = None,
                   categories: Optional[Tuple[Category, ...]] = None) -> Tuple[pd.Series, Dict[str, int]]:
    """EST codes for source values, and how many rows of each unmatched value went to 'ovrigt'.

    ``overrides`` (source value -> code, from a mapping file) take precedence; empty cells stay None.
    """
    categories = categories or load_categories()
    overrides = {_normalise(k): v for k, v in (overrides or {}).items()}
    empty = is_empty(values)
    present = values[~empty].astype(str)
    lookup = {}
    for unique in present.unique():
        key = _normalise(unique)
        lookup[unique] = overrides.get(key) or match_category(unique, categories)
    codes = present.map(lookup)
    unmatched = present[codes.isna()].value_counts()
    result = np.full(len(values), None, dtype=object)
    result[values.index.get_indexer(present.index)] = codes.fillna(OTHER).to_numpy()
    return pd.Series(result, index=values.index, dtype=object), {str(k): int(v) for k, v in
                                                                 unmatched.items()}


def read_mapping_file(path: str, categories: Optional[Tuple[Category, ...]] = None) -> Dict[str, str]:
    """Source value -> EST code from a two-column table (CSV/XLSX; first column source, second code)."""
    categories = categories or load_categories()
    table = read_table(path)
    if table.frame.shape[1] < 2:
        raise InputError(text("bad_category_mapping", path=path, codes="-"))
    source, target = table.frame.columns[:2]
    known = {c.code for c in categories}
    mapping = {}
    for value, code in zip(table.frame[source], table.frame[target]):
        if str(value).strip():
            mapping[str(value).strip()] = match_category(code, categories) or str(code).strip()
    unknown = sorted({code for code in mapping.values() if code not in known})
    if unknown:
        raise InputError(text("bad_category_mapping", path=path, codes=", ".join(unknown)))
    return mapping
