"""Text measured in millimetres for the print layouts, and wrapped into lines before it is placed.

The layouts wrap every text themselves: a label gets its lines joined by newlines and a height of
exactly that many lines, so no QGIS version has to wrap (QGIS 3.22 and 3.24-3.26 wrap labels
differently, or not at all) and the next block is placed right under it. Widths and heights are
taken from the font at a large pixel size and scaled, which does not depend on the screen.
"""
import re
from functools import lru_cache
from typing import List, Tuple

from qgis.PyQt.QtGui import QFont, QFontMetricsF

MM_PER_PT = 25.4 / 72.0
_REFERENCE_PX = 1000
WRAP_SHARE = 0.96  # lines are wrapped to this share of the width they get (rendering differs a little)
LITERAL_GUARD = "\u2060"  # word joiner: keeps '[%' in data from being read as a QGIS expression


@lru_cache(maxsize=16)
def _metrics(family: str, bold: bool) -> QFontMetricsF:
    font = QFont(family)
    font.setPixelSize(_REFERENCE_PX)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)  # as the layout fonts (no ligatures)
    return QFontMetricsF(font)


def _family() -> str:
    from .common import font_family

    return font_family()


def _scale(size_pt: float) -> float:
    return size_pt * MM_PER_PT / _REFERENCE_PX


def width_mm(text: str, size_pt: float, bold: bool = False) -> float:
    """The width of one line of ``text``."""
    return _metrics(_family(), bold).horizontalAdvance(text) * _scale(size_pt)


def line_mm(size_pt: float, bold: bool = False) -> float:
    """The distance from one line to the next."""
    return _metrics(_family(), bold).lineSpacing() * _scale(size_pt)


def ascent_mm(size_pt: float, bold: bool = False) -> float:
    """Baseline to the top of the tallest letters."""
    return _metrics(_family(), bold).ascent() * _scale(size_pt)


def lines_height(count: int, size_pt: float, bold: bool = False) -> float:
    """The height ``count`` lines take."""
    return count * line_mm(size_pt, bold)


def literal(text: str) -> str:
    """``text`` shown as it is by a layout label (labels evaluate [% ... %] as expressions)."""
    return str(text).replace("[%", "[" + LITERAL_GUARD + "%")


def wrap(text: str, width: float, size_pt: float, bold: bool = False) -> List[str]:
    """``text`` in lines no wider than ``width`` mm (newlines kept; a word longer than a line is
    broken)."""
    limit = width * WRAP_SHARE
    lines: List[str] = []
    for paragraph in str(text).split("\n"):
        lines.extend(_wrap_paragraph(paragraph, limit, size_pt, bold))
    return lines


_NUMBER = re.compile(r"^[\d\u2212+-][\d.,:%\u00a0\u2212+-]*[,;.)]?$")


def _words(paragraph: str) -> List[str]:
    """The words of a paragraph; a number stays on the line of the word before it ('Brand 4,')."""
    words: List[str] = []
    for word in (w for w in re.split(r"[ \t]+", paragraph.strip()) if w):
        if words and _NUMBER.match(word) and not _NUMBER.match(words[-1]) and words[-1][-1] not in ",;.:":
            words[-1] += " " + word
        else:
            words.append(word)
    return words


def _wrap_paragraph(paragraph: str, limit: float, size_pt: float, bold: bool) -> List[str]:
    words = _words(paragraph)
    if not words:
        return [""]
    lines, current = [], ""
    for word in words:
        candidate = word if not current else current + " " + word
        if width_mm(candidate, size_pt, bold) <= limit:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while width_mm(current, size_pt, bold) > limit and len(current) > 1:
            head, current = _break_word(current, limit, size_pt, bold)
            lines.append(head)
    lines.append(current)
    return lines


def _break_word(word: str, limit: float, size_pt: float, bold: bool) -> Tuple[str, str]:
    """The longest start of ``word`` that fits (at least one letter) and the rest."""
    cut = len(word) - 1
    while cut > 1 and width_mm(word[:cut], size_pt, bold) > limit:
        cut -= 1
    return word[:cut], word[cut:]


def fit_text(text: str, width: float, size_pt: float, bold: bool = False) -> str:
    """``text`` shortened with an ellipsis to fit one line of ``width`` mm."""
    if width_mm(text, size_pt, bold) <= width * WRAP_SHARE:
        return text
    cut = len(text)
    while cut > 1 and width_mm(text[:cut] + "\u2026", size_pt, bold) > width * WRAP_SHARE:
        cut -= 1
    return text[:cut].rstrip() + "\u2026"


def size_to_fit(content: str, width: float, size_pt: float, minimum_pt: float, bold: bool = False) -> float:
    """The largest size from ``size_pt`` down to ``minimum_pt`` (half points) at which every line
    of ``content`` fits ``width`` mm (``minimum_pt`` when none does)."""
    size = size_pt
    while size > minimum_pt and any(width_mm(line, size, bold) > width * WRAP_SHARE
                                    for line in str(content).split("\n")):
        size -= 0.5
    return max(size, minimum_pt)
