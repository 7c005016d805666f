"""The weekly report as data (:func:`build_report`) and as HTML (:func:`render_html`, jinja2 with
autoescape: every value from the data is escaped). The same HTML fills the print layout's pages
and, standalone, is a page to print from a browser."""
import datetime
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

import jinja2
import pandas as pd

from . import clock, weekly, weekly_cells, weekly_trend
from .messages import text
from .resources import resource_path

TEMPLATE = "weekly_report.html.j2"
LANGUAGES = ("sv", "en")
LISTED_CELLS = 12  # hotspot change cells listed (and numbered on the map); the others only drawn
LISTED_TRENDS = 10  # intensifying cells listed in the trend per cell


@dataclass(frozen=True)
class ReportInfo:
    """What the user chose."""

    week: str = ""
    compare_weeks: int = 4
    language: str = "sv"
    title: str = ""
    organisation: str = ""
    cell_size: float = weekly_cells.CELL_SIZE
    hot_min: int = weekly_cells.HOT_MIN
    top_places: int = 10
    trend_weeks: int = 12
    trend_categories: int = 4
    today: Optional[datetime.date] = None


@dataclass
class WeeklyReport:
    """Everything the report prints, in one language."""

    language: str
    title: str
    subtitle: Tuple[str, ...]
    period: weekly.Period
    total: weekly.Comparison
    categories: List[weekly.Comparison]
    areas: Optional[List[weekly.Comparison]]
    hours: weekly.WeekdayHours
    places: List[weekly.PlaceRow]
    trend_days: Tuple[datetime.date, ...]
    trends: List[weekly.Trend]
    cells: List[weekly_cells.CellChange]
    notes: List[str]
    info: ReportInfo
    texts: Dict[str, str] = field(default_factory=dict)
    cell_trends: Optional[weekly_trend.CellTrends] = None

    @property
    def week_count(self) -> int:
        return self.total.count


def build_report(frame: pd.DataFrame, info: ReportInfo,
                 area_names: Optional[Sequence[str]] = None) -> WeeklyReport:
    """The report of ``frame`` (see weekly.py for its columns); ``area_names`` None: no AREAS given."""
    language = "sv" if str(info.language).lower().startswith("sv") else "en"
    events, mondays = weekly.prepare(frame)
    first, last = weekly.data_span(events["time"])
    period = weekly.make_period(info.week, info.compare_weeks, first, last, info.today)
    default_day = (info.today or clock.today()) if not str(info.week or "").strip() else None
    total = weekly.total_row(events, mondays, period, text("wr_total", lang=language))
    has_places = bool(events["place"].map(lambda v: v is not None and v == v and str(v).strip() != "").any())
    notes = weekly.data_notes(events, mondays, period, language, default_day, has_places, total.count)
    areas = None
    if area_names is not None:
        areas = weekly.by_area(events, mondays, period, area_names, text("wr_outside_areas", lang=language))
        window = weekly.in_weeks(mondays, [period.monday, *period.covered])
        if not (events["area"].notna() & window).any() and window.any():
            notes.append(text("wr_note_areas_apart", lang=language))
    else:
        notes.append(text("wr_note_no_areas", lang=language))
    cells = weekly_cells.cell_changes(events, mondays, period, info.cell_size, info.hot_min)
    days, trend_rows = weekly.trends(events, mondays, period, language, info.trend_weeks,
                                     info.trend_categories)
    cell_trends = weekly_trend.cell_trends(events, mondays, period, info.cell_size, info.trend_weeks)
    return WeeklyReport(
        language=language, title=info.title.strip() or text("wr_default_title", lang=language),
        subtitle=_subtitle(info, period, language), period=period, total=total,
        categories=weekly.by_category(events, mondays, period, language), areas=areas,
        hours=weekly.weekday_hours(events, mondays, period),
        places=weekly.top_places(events, mondays, period, language, info.top_places),
        trend_days=days, trends=trend_rows, cells=cells, notes=notes, info=info, texts=texts(language),
        cell_trends=cell_trends)


def texts(language: str) -> Dict[str, str]:
    """Every wr_ text in the language, without the 'wr_' prefix (for the template)."""
    from .report_texts import TEXTS

    return {key[3:]: entry[language] for key, entry in TEXTS.items()}


def _subtitle(info: ReportInfo, period: weekly.Period, language: str) -> Tuple[str, ...]:
    week = text("wr_week", lang=language, week=period.week, year=period.year)
    dates = text("wr_week_dates", lang=language, first=weekly.format_day(period.monday, language),
                 last=weekly.format_day(period.sunday, language))
    parts = [info.organisation.strip()] if info.organisation.strip() else []
    return tuple(parts + ["{} ({})".format(week, dates)])


def compared_text(report: WeeklyReport) -> str:
    """'compared with the mean of weeks 19–22 (4 weeks)'."""
    weeks = [d.isocalendar()[1] for d in report.period.compared]
    if len(weeks) == 1:
        return text("wr_compared_one", lang=report.language, first=weeks[0])
    return text("wr_compared", lang=report.language, first=weeks[0], last=weeks[-1], n=len(weeks))


def summary_lines(report: WeeklyReport) -> Tuple[str, ...]:
    """Two short lines for the header: the week's total and the compared mean."""
    language = report.language
    lines = [text("wr_summary_total", lang=language, count=weekly.format_int(report.total.count, language))]
    if report.total.weeks:
        lines.append(text("wr_summary_mean", lang=language,
                          mean=weekly.format_decimal(report.total.mean, language)))
    return tuple(lines)


def _row(row: weekly.Comparison, language: str, t: Dict[str, str]) -> dict:
    return {"label": row.label, "count": weekly.format_int(row.count, language),
            "mean": weekly.format_decimal(row.mean, language),
            "change": weekly.format_decimal(row.change, language, signed=True),
            "percent": "" if row.percent is None else "{:+.0f}%".format(row.percent).replace("-", "\u2212"),
            "reading": t["note_" + row.reading],
            "tone": row.reading}


def _hours(report: WeeklyReport) -> dict:
    """The two weekday x hour tables as rows of formatted cells with a shade 0..4."""
    hours, language = report.hours, report.language
    days = report.texts["weekdays"].split("|")
    top = max(float(hours.week.max(initial=0)), float(hours.before_mean.max(initial=0)), 1.0)

    def rows(grid, unknown, decimals):
        def shown(value, blank=True):
            if blank and value <= 0:
                return ""
            return weekly.format_decimal(value, language) if decimals else str(int(round(value)))

        out = []
        for day in range(7):
            cells = [(shown(v), 0 if v <= 0 else min(4, 1 + int(3.999 * v / top))) for v in grid[day]]
            out.append({"day": days[day], "cells": cells, "unknown": shown(unknown[day]),
                        "total": shown(float(grid[day].sum() + unknown[day]), blank=False)})
        return out

    return {"week": rows(hours.week, hours.week_unknown, False),
            "before": rows(hours.before_mean, hours.before_unknown, True) if report.period.covered else None,
            "show_unknown": bool(hours.week_unknown.sum() or hours.before_unknown.sum())}


def _trend_charts(report: WeeklyReport, width: float = 177.0, height: float = 24.0) -> List[dict]:
    """Small bar charts of the trends (SVG user units, 1.5 per mm); gaps for weeks outside the data."""
    charts = []
    n = max(len(report.trend_days), 1)
    step = width / n
    for trend in report.trends:
        values = [v for v in trend.counts if v is not None]
        top = max(values, default=0) or 1
        bars = []
        for index, value in enumerate(trend.counts):
            if value is None:
                continue
            h = (height - 12.0) * value / top
            bars.append({"x": round(index * step + 1.0, 1), "y": round(height - 7.0 - h, 1),
                         "w": round(step - 2.0, 1), "h": round(max(h, 0.6), 1), "value": value,
                         "last": index == n - 1})
        labels = [{"x": round(i * step + step / 2, 1), "text": str(d.isocalendar()[1])}
                  for i, d in enumerate(report.trend_days)]
        charts.append({"label": trend.label, "colour": trend.colour, "bars": bars, "labels": labels,
                       "width": width, "height": height, "base": height - 7.0, "top": max(values, default=0),
                       "this_week": trend.counts[-1] if trend.counts else None})
    return charts


def _cells(report: WeeklyReport) -> List[dict]:
    """The first LISTED_CELLS cells (new and growing first), numbered as on the map."""
    language = report.language
    return [{"no": number, "change": report.texts["class_" + cell.change], "tone": cell.change,
             "place": cell.place, "count": str(cell.count),
             "mean": weekly.format_decimal(cell.mean if report.period.covered else None, language)}
            for number, cell in enumerate(report.cells[:LISTED_CELLS], start=1)]


def format_p(value: float, language: str) -> str:
    """'< 0.001' or three decimals ('0.012' / '0,012')."""
    shown = "< 0.001" if value < 0.001 else "{:.3f}".format(value)
    return shown.replace(".", ",") if language == "sv" else shown


def _cell_trends(report: WeeklyReport) -> dict:
    """The trend per cell: a sentence, the listed intensifying cells and what is left out."""
    trends, language = report.cell_trends, report.language
    result = {"summary": "", "rows": [], "more": "", "col_total": ""}
    if trends is None:
        return result
    if not trends.enough:
        result["summary"] = text("wr_trend_cells_few", lang=language, used=len(trends.used),
                                 n=len(trends.days), min=trends.min_weeks)
        return result
    weeks = [d.isocalendar()[1] for d in trends.used]
    up, down = trends.of("intensifying"), trends.of("diminishing")
    decimal = "," if language == "sv" else "."
    result.update(
        summary=text("wr_trend_cells_summary", lang=language, up=len(up), down=len(down), first=weeks[0],
                     last=weeks[-1], used=len(trends.used), min=weekly_trend.MIN_EVENTS),
        rows=[{"place": c.place, "total": str(c.total), "count": str(c.count),
               "tau": "{:.2f}".format(c.tau).replace("-", "\u2212").replace(".", decimal),
               "p": format_p(c.p, language)} for c in up[:LISTED_TRENDS]],
        more=text("wr_trend_cells_more", lang=language, n=len(up) - LISTED_TRENDS)
        if len(up) > LISTED_TRENDS else "",
        col_total=text("wr_col_weeks_total", lang=language, n=len(trends.used)))
    return result


def context(report: WeeklyReport) -> dict:
    """The template's values (formatted text only; jinja2 escapes them)."""
    t, language = report.texts, report.language
    counts = weekly_cells.class_counts(report.cells)
    return {
        "t": t, "lang": language, "title": report.title, "subtitle": report.subtitle,
        "compared": compared_text(report), "summary": summary_lines(report), "notes": report.notes,
        "total": _row(report.total, language, t),
        "categories": [_row(r, language, t) for r in report.categories],
        "areas": None if report.areas is None else [_row(r, language, t) for r in report.areas],
        "hours": _hours(report), "hour_labels": ["{:02d}".format(h) for h in range(24)],
        "places": [{"place": p.place, "count": str(p.count), "mean": weekly.format_decimal(p.mean, language),
                    "what": ", ".join("{} {}".format(label, n) for label, n in p.categories)}
                   for p in report.places],
        "cells": _cells(report), "cells_summary": text("wr_cells_summary", lang=language, **counts),
        "cells_more": text("wr_cells_more", lang=language, n=len(report.cells) - LISTED_CELLS)
        if len(report.cells) > LISTED_CELLS else "",
        "no_cells": text("wr_note_no_cells", lang=language, min=report.info.hot_min),
        "cell_trends": _cell_trends(report),
        "charts": _trend_charts(report), "trend_heading": text("wr_h_trend", lang=language,
                                                                n=len(report.trend_days)),
        "rules": [text("wr_rule_compare", lang=language, small=weekly.SMALL),
                  text("wr_rule_cells", lang=language, size="{:g}".format(report.info.cell_size),
                       min=report.info.hot_min),
                  text("wr_rule_trend", lang=language, size="{:g}".format(report.info.cell_size),
                       n=report.info.trend_weeks, min=weekly_trend.MIN_EVENTS,
                       weeks=weekly_trend.MIN_WEEKS),
                  text("wr_rule_text", lang=language)],
        "has_comparison": bool(report.period.covered),
    }


@lru_cache(maxsize=2)
def _environment(folder: str) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)


def render_html(report: WeeklyReport, standalone: bool = True, map_image: str = "",
                base_pt: float = 9.0) -> str:
    """The report as HTML: the printable page (standalone, with a header and the map as a
    data-URI image when given) or only the body for the print layout's HTML frames."""
    template = _environment(str(resource_path("templates"))).get_template(TEMPLATE)
    return template.render(standalone=standalone, map_image=map_image, base_pt=base_pt, **context(report))
