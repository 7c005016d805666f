"""Per-user settings of the dock (QgsSettings under "est/..."), including the column mapping
remembered for each source file layout (its header signature)."""
import hashlib
import json
from typing import Dict, Iterable, Optional

from qgis.core import QgsSettings

PREFIX = "est/"
REPLACE, ADD = "replace", "add"  # what a second run does with the results of the first


def value(key: str, default=None, kind=None):
    """The stored value of est/<key>, or ``default``; ``kind`` (int, float, bool, str) converts it."""
    settings = QgsSettings()
    stored = settings.value(PREFIX + key, default)
    if stored is None or kind is None:
        return stored
    if kind is bool:
        return stored if isinstance(stored, bool) else str(stored).lower() in ("true", "1", "yes")
    try:
        return kind(stored)
    except (TypeError, ValueError):
        return default


def set_value(key: str, stored) -> None:
    """Store est/<key>."""
    QgsSettings().setValue(PREFIX + key, stored)


def header_signature(columns: Iterable[str]) -> str:
    """A short key for a file layout: the same column names in the same order give the same key."""
    text = "\x1f".join(str(c).strip().casefold() for c in columns)
    # a key, not a security measure (the same SHA-1 as before: the remembered mappings stay found)
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


def column_mapping(columns: Iterable[str]) -> Dict[str, str]:
    """The mapping (parameter name -> column) last used for files with these columns, or {}."""
    stored = value("column_mappings/" + header_signature(columns), "")
    try:
        mapping = json.loads(stored) if stored else {}
    except ValueError:
        return {}
    return {k: v for k, v in mapping.items() if isinstance(v, str)} if isinstance(mapping, dict) else {}


def remember_column_mapping(columns: Iterable[str], mapping: Dict[str, Optional[str]]) -> None:
    """Remember the chosen columns (empty choices left out) for files with these columns."""
    chosen = {k: v for k, v in mapping.items() if v}
    set_value("column_mappings/" + header_signature(list(columns)), json.dumps(chosen, sort_keys=True))


def second_run() -> str:
    """REPLACE or ADD: what a second run of a step does with the layers of the first."""
    stored = value("second_run", REPLACE, str)
    return stored if stored in (REPLACE, ADD) else REPLACE


def set_second_run(choice: str) -> None:
    """Remember REPLACE or ADD."""
    set_value("second_run", choice if choice in (REPLACE, ADD) else REPLACE)
