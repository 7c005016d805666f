"""The safety-walk protocol: why each stop is on the walk and what to check there, as data and as
a printable HTML page (jinja2, autoescaped).

Stops arrive as plain mappings (field name -> value) in any order. Only the fields in
STOP_FIELDS are read, so free-text fields of a source layer (incident descriptions, names of
people) never reach the protocol. The Swedish and English texts are data: resources/walk_texts.csv
(key;sv;en), the checklist resources/checklist.csv, the page resources/templates/walk_protocol.html.j2.
"""
import csv
import datetime
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import jinja2

from .categories import load_categories
from .errors import InputError
from .messages import text
from .resources import resource_path

LANGUAGES = ("sv", "en")
# The only stop fields the protocol reads (the STOPS output of est:walkroute, optionally with
# hotspot and situational-factor fields); everything else in the layer is ignored.
STOP_FIELDS = ("stop_no", "street", "arrival_min", "distance_m", "snap_m", "rank", "incident_count",
               "top_categories", "lit_share", "vegetation_share", "suggested_measures",
               "suggested_measures_en")
SNAP_NOTE_M = 25.0  # a stop further than this from the place it stands for says so
TEMPLATE = "walk_protocol.html.j2"
NBSP = "\u00a0"


@dataclass(frozen=True)
class ChecklistItem:
    """One thing to look for at a stop, with its Swedish and English label."""

    code: str
    label_sv: str
    label_en: str

    def label(self, language: str) -> str:
        """The label in 'sv' or 'en'."""
        return self.label_sv if language == "sv" else self.label_en


@dataclass(frozen=True)
class WalkInfo:
    """What the walk is: printed in the protocol's header and on the map page."""

    title: str = ""
    organisation: str = ""
    walk_date: Optional[datetime.date] = None
    length_m: Optional[float] = None
    minutes: Optional[float] = None
    attribution: str = ""


@dataclass(frozen=True)
class StopEntry:
    """One stop of the protocol, ready to print."""

    number: int
    street: str
    facts: Tuple[str, ...]
    reasons: Tuple[str, ...]
    arrival_min: Optional[float] = None


@dataclass(frozen=True)
class Protocol:
    """The whole protocol in one language."""

    language: str
    title: str
    subtitle: Tuple[str, ...]
    summary: Tuple[str, ...]
    stops: Tuple[StopEntry, ...]
    checklist: Tuple[str, ...]
    texts: Mapping[str, str]
    attribution: str
    skipped: int = 0


def normalise_language(language: object) -> str:
    """'sv' for Swedish ('sv', 'sv_SE', 'svenska'), else 'en'."""
    return "sv" if str(language or "").lower().startswith("sv") else "en"


@lru_cache(maxsize=4)
def load_checklist(path: Optional[str] = None) -> Tuple[ChecklistItem, ...]:
    """The checklist items in order from a ';'-separated file (default: resources/checklist.csv)."""
    file = Path(path) if path else resource_path("checklist.csv")
    with open(file, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    if not rows or not {"code", "label_sv", "label_en"} <= set(rows[0]):
        raise InputError(text("walk_bad_checklist", path=str(file)))
    return tuple(ChecklistItem(row["code"].strip(), row["label_sv"].strip(), row["label_en"].strip())
                 for row in rows if (row.get("code") or "").strip())


@lru_cache(maxsize=4)
def load_texts(path: Optional[str] = None) -> Dict[str, Dict[str, str]]:
    """language -> key -> text, from a ';'-separated key;sv;en file (default: walk_texts.csv)."""
    file = Path(path) if path else resource_path("walk_texts.csv")
    with open(file, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    return {language: {row["key"]: row[language] for row in rows} for language in LANGUAGES}


def texts(language: str) -> Dict[str, str]:
    """The walk texts in 'sv' or 'en' (a copy: callers may add to it)."""
    return dict(load_texts()[normalise_language(language)])


def format_number(value: float, decimals: int, language: str) -> str:
    """A number with the language's decimal mark and thousands separator (sv: 1 250,5)."""
    formatted = "{:,.{}f}".format(value, decimals)
    if normalise_language(language) == "sv":
        formatted = formatted.replace(",", NBSP).replace(".", ",")
    return formatted


def format_distance(metres: float, language: str) -> str:
    """'850 m' below a kilometre (to 10 m), else '2,4 km' / '2.4 km'."""
    if metres < 1000:
        return "{}{}m".format(format_number(round(metres / 10.0) * 10, 0, language), NBSP)
    return "{}{}km".format(format_number(metres / 1000.0, 1, language), NBSP)


def format_minutes(minutes: float) -> str:
    """Whole minutes, halves rounded up."""
    return str(int(math.floor(minutes + 0.5)))


def format_share(share: float, language: str) -> str:
    """A share 0..1 (or a percentage above 1) as '45 %' (sv) or '45%' (en)."""
    percent = share * 100.0 if share <= 1.0 else share
    space = NBSP if normalise_language(language) == "sv" else ""
    return "{}{}%".format(format_minutes(percent), space)


def format_date(day: datetime.date, language: str) -> str:
    """'torsdag 12 november 2026' / 'Thursday 12 November 2026'."""
    words = texts(language)
    weekday = words["weekdays"].split("|")[day.weekday()]
    month = words["months"].split("|")[day.month - 1]
    return "{} {} {} {}".format(weekday, day.day, month, day.year)


def category_labels(value: object, language: str) -> str:
    """'skadegorelse:12, klotter:5' as 'Skadegörelse (12), Klotter (5)' in the language."""
    raw = _text(value)
    if not raw:
        return ""
    by_key = {}
    for category in load_categories():
        for key in (category.code, category.label_sv, category.label_en):
            by_key[key.casefold()] = category.label(normalise_language(language))
    parts = []
    for token in re.split(r"[,;]", raw):
        match = re.match(r"^\s*(.*?)\s*(?:[:=(]\s*(\d+)\s*\)?)?\s*$", token)
        name = match.group(1) if match else token.strip()
        if not name:
            continue
        label = by_key.get(name.casefold(), name)
        parts.append("{} ({})".format(label, match.group(2)) if match and match.group(2) else label)
    return ", ".join(parts)


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    stripped = str(value).strip()
    return "" if stripped.upper() == "NULL" else stripped


def _number(value: object) -> Optional[float]:
    if isinstance(value, bool):
        return None
    try:
        number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) or math.isinf(number) else number


def _integer(value: object) -> Optional[int]:
    number = _number(value)
    return int(round(number)) if number is not None else None


def stop_reasons(stop: Mapping[str, object], language: str) -> Tuple[str, ...]:
    """Why the stop is on the walk: hotspot rank and incidents, categories, lighting, vegetation."""
    words = texts(language)
    reasons: List[str] = []
    rank, count = _integer(stop.get("rank")), _integer(stop.get("incident_count"))
    if rank is not None and count is not None:
        reasons.append(words["reason_hotspot"].format(rank=rank, count=count))
    elif rank is not None:
        reasons.append(words["reason_rank"].format(rank=rank))
    elif count is not None:
        reasons.append(words["reason_incidents"].format(count=count))
    categories = category_labels(stop.get("top_categories"), language)
    if categories:
        reasons.append(words["reason_categories"].format(categories=categories))
    for field, key in (("lit_share", "reason_lit"), ("vegetation_share", "reason_vegetation")):
        share = _number(stop.get(field))
        if share is not None and share >= 0:
            reasons.append(words[key].format(share=format_share(share, language)))
    # est:situationalfactors writes the measures in Swedish and in English (suggested_measures_en)
    measures = _text(stop.get("suggested_measures_en")) if language == "en" else ""
    measures = measures or _text(stop.get("suggested_measures"))
    if measures:
        reasons.append(words["reason_measures"].format(measures=measures))
    return tuple(reasons) or (words["reason_none"],)


def stop_facts(stop: Mapping[str, object], language: str) -> Tuple[str, ...]:
    """When and where on the walk: minutes and distance from the start, distance to the place."""
    words = texts(language)
    facts = []
    minutes, distance = _number(stop.get("arrival_min")), _number(stop.get("distance_m"))
    if (minutes or 0.0) < 0.5 and (distance or 0.0) < 5.0 and (minutes, distance) != (None, None):
        facts.append(words["walk_starts_here"])
        minutes = distance = None
    if minutes is not None:
        facts.append(words["arrival"].format(minutes=format_minutes(minutes)))
    if distance is not None:
        facts.append(words["from_start"].format(distance=format_distance(distance, language)))
    snap = _number(stop.get("snap_m"))
    if snap is not None and snap >= SNAP_NOTE_M:
        facts.append(words["reason_snap"].format(distance=format_distance(snap, language)))
    return tuple(facts)


def build_protocol(stops: Iterable[Mapping[str, object]], language: str, info: WalkInfo,
                   layer_name: str = "STOPS") -> Protocol:
    """The protocol for stops in walking order (by stop_no); stops without a number are left out."""
    language = normalise_language(language)
    words = texts(language)
    numbered, skipped = [], 0
    for stop in stops:
        number = _integer(stop.get("stop_no"))
        if number is None:
            skipped += 1
            continue
        numbered.append((number, {key: stop.get(key) for key in STOP_FIELDS}))
    if not numbered:
        raise InputError(text("walk_no_stops", lang=language, name=layer_name))
    numbered.sort(key=lambda pair: pair[0])
    entries = tuple(StopEntry(number, _text(stop.get("street")) or words["street_unknown"],
                              stop_facts(stop, language), stop_reasons(stop, language),
                              _number(stop.get("arrival_min")))
                    for number, stop in numbered)
    minutes = info.minutes
    if minutes is None:
        arrivals = [_number(stop.get("arrival_min")) for _, stop in numbered]
        minutes = max((a for a in arrivals if a is not None), default=None)
    return Protocol(language=language, title=info.title or words["default_title"],
                    subtitle=_subtitle(info, language), summary=_summary(info.length_m, minutes,
                                                                         len(entries), language),
                    stops=entries, checklist=tuple(item.label(language) for item in load_checklist()),
                    texts=words, attribution=info.attribution, skipped=skipped)


def _subtitle(info: WalkInfo, language: str) -> Tuple[str, ...]:
    parts = [info.organisation.strip()] if info.organisation and info.organisation.strip() else []
    if info.walk_date is not None:
        parts.append(format_date(info.walk_date, language))
    return tuple(parts)


def _summary(length_m: Optional[float], minutes: Optional[float], count: int,
             language: str) -> Tuple[str, ...]:
    """'Sträcka 2,4 km', 'Tid ca 45 min', '8 stopp' (the parts that are known)."""
    words = texts(language)
    parts = []
    if length_m is not None and length_m > 0:
        parts.append("{} {}".format(words["route_length"], format_distance(length_m, language)))
    if minutes is not None and minutes > 0:
        parts.append("{} {}".format(words["duration"],
                                    words["about_minutes"].format(minutes=format_minutes(minutes))))
    parts.append(words["stop_count_one" if count == 1 else "stop_count"].format(count=count))
    return tuple(parts)


@lru_cache(maxsize=2)
def _environment(folder: str) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)


def _columns(items: Sequence[str], count: int) -> List[List[str]]:
    """Items in ``count`` columns read top to bottom, as table rows (short rows padded with '')."""
    height = int(math.ceil(len(items) / float(count))) if items else 0
    columns = [list(items[i * height:(i + 1) * height]) for i in range(count)]
    return [[column[row] if row < len(column) else "" for column in columns] for row in range(height)]


def render_html(protocol: Protocol, standalone: bool = True, stop_numbers: Optional[Sequence[int]] = None,
                base_pt: float = 10.5, note_lines: int = 8, action_lines: int = 4) -> str:
    """The protocol as HTML: the printable page with a header and an overview (standalone), or
    only the given stops' sections for a print layout (standalone=False)."""
    stops = [s for s in protocol.stops if stop_numbers is None or s.number in set(stop_numbers)]
    template = _environment(str(resource_path("templates"))).get_template(TEMPLATE)
    return template.render(protocol=protocol, t=protocol.texts, stops=stops, total=len(protocol.stops),
                           standalone=standalone, checklist_rows=_columns(protocol.checklist, 2),
                           base_pt=base_pt, note_lines=note_lines, action_lines=action_lines,
                           lang=protocol.language)
