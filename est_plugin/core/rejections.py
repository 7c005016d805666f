"""Keeping the first reason each row was rejected for, so that imported + rejected = read."""
from collections import Counter
from typing import Dict, Optional

import numpy as np
import pandas as pd

from .messages import text


class Rejections:
    """Per row: the code and readable text of the first reason it was rejected, or nothing.

    ``add`` takes a boolean mask and a message code; values given as a Series are read per row
    (for messages that quote the offending cell). A row keeps its first reason.
    """

    def __init__(self, size: int):
        self.codes = np.full(size, "", dtype=object)
        self.reasons = np.full(size, "", dtype=object)

    def add(self, mask: np.ndarray, code: str, **values: object) -> int:
        """Reject the rows in ``mask`` not rejected yet; return how many were newly rejected."""
        new = np.asarray(mask, dtype=bool) & (self.codes == "")
        rows = np.flatnonzero(new)
        if rows.size == 0:
            return 0
        per_row = {k: v for k, v in values.items() if isinstance(v, pd.Series)}
        fixed = {k: v for k, v in values.items() if k not in per_row}
        if per_row:
            for row in rows:
                cells = {k: _show(v.iloc[row]) for k, v in per_row.items()}
                self.reasons[row] = text(code, **fixed, **cells)
        else:
            self.reasons[rows] = text(code, **fixed)
        self.codes[rows] = code
        return int(rows.size)

    def unrejected(self) -> np.ndarray:
        """True for rows not rejected (yet)."""
        return self.codes == ""

    def count(self) -> int:
        """How many rows are rejected."""
        return int((self.codes != "").sum())

    def by_code(self) -> Dict[str, int]:
        """How many rows each reason code rejected, most first."""
        return dict(Counter(self.codes[self.codes != ""]).most_common())

    def first_row_with(self, code: str) -> Optional[int]:
        """Position of the first row rejected for ``code``."""
        rows = np.flatnonzero(self.codes == code)
        return int(rows[0]) if rows.size else None


def _show(value: object, limit: int = 40) -> str:
    shown = "" if value is None else str(value)
    return shown if len(shown) <= limit else shown[:limit - 1] + "…"
