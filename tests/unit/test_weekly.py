"""The weekly report's core: periods, the change rule, tables, hotspot change, trends, HTML.

Small hand-made cases whose expected values are written out here, worked out by hand."""
import datetime

import pandas as pd
import pytest

from est_plugin.core import weekly, weekly_cells, weekly_html, weekly_trend
from est_plugin.core.errors import InputError

W23 = datetime.date(2020, 6, 1)  # Monday of ISO week 2020-W23


def _events(rows):
    """rows: (day, hour or None, category, place, x, y)."""
    frame = pd.DataFrame([{
        "time": pd.Timestamp(day) + pd.Timedelta(hours=hour or 0), "time_known": hour is not None,
        "category": category, "place": place, "area": None, "x": x, "y": y}
        for day, hour, category, place, x, y in rows])
    return frame


def _day(week_offset, weekday=0):
    """A day ``week_offset`` weeks after the Monday of W23, ``weekday`` days into the week."""
    return W23 + datetime.timedelta(weeks=week_offset, days=weekday)


@pytest.mark.parametrize("today, expected", [
    (datetime.date(2026, 11, 22), (2026, 46)),   # a Sunday: its own week is not over yet
    (datetime.date(2026, 11, 23), (2026, 47)),   # a Monday: the week before has just ended
    (datetime.date(2021, 1, 6), (2020, 53)),     # across the new year (2020 has 53 weeks)
])
def test_last_complete_week(today, expected):
    assert weekly.last_complete_week(today) == expected


def test_period_of_a_week_and_the_covered_compared_weeks():
    period = weekly.make_period("2020-W23", 4, datetime.date(2020, 5, 12), datetime.date(2020, 6, 30))
    assert period.monday == W23 and period.sunday == datetime.date(2020, 6, 7)
    assert period.compared == (datetime.date(2020, 5, 4), datetime.date(2020, 5, 11),
                               datetime.date(2020, 5, 18), datetime.date(2020, 5, 25))
    # the week of 4 May ends on 10 May, before the first event (12 May): left out
    assert period.covered == period.compared[1:]
    assert period.state() == "inside"


@pytest.mark.parametrize("first, last, state", [
    (datetime.date(2020, 6, 8), datetime.date(2020, 12, 31), "before"),
    (datetime.date(2020, 1, 1), datetime.date(2020, 5, 31), "after"),
    (datetime.date(2020, 1, 1), datetime.date(2020, 6, 3), "partial"),
    (None, None, "empty"),
])
def test_period_state(first, last, state):
    assert weekly.make_period("2020-W23", 4, first, last).state() == state


def test_empty_week_means_the_last_complete_week_before_today():
    period = weekly.make_period("", 2, None, None, today=datetime.date(2026, 11, 22))
    assert (period.year, period.week) == (2026, 46)


@pytest.mark.parametrize("bad", [0, 53])
def test_compare_weeks_out_of_range_is_refused(bad):
    with pytest.raises(InputError, match="COMPARE_WEEKS"):
        weekly.make_period("2020-W23", bad, None, None)


@pytest.mark.parametrize("count, before_total, weeks, reading", [
    (3, 8, 4, "too_few"),        # 3 this week, mean 2: both under 5
    (4, 19, 4, "too_few"),       # mean 4.75 is still under 5
    (20, 40, 4, "up"),           # 20 against a mean of 10: binomial(60, 0.2) P(X>=20) ~ 0.009
    (11, 40, 4, "usual"),
    (2, 48, 4, "down"),          # 2 against a mean of 12
    (5, 0, 0, "no_comparison"),
])
def test_judge(count, before_total, weeks, reading):
    assert weekly.judge(count, before_total, weeks) == reading


def test_change_and_percent_only_where_readable():
    big = weekly.Comparison("a", "a", 15, 40, 4, weekly.judge(15, 40, 4))
    assert big.mean == 10.0 and big.change == 5.0 and big.percent == pytest.approx(50.0)
    small = weekly.Comparison("b", "b", 3, 4, 4, weekly.judge(3, 4, 4))
    assert small.change == 2.0 and small.percent is None


def _sample():
    rows = [
        # the report week (W23): 3 klotter, 1 brand, 2 at 'Storgatan 1'
        (_day(0, 0), 22, "klotter", "Storgatan 1", 10.0, 10.0),
        (_day(0, 0), 22, "klotter", "Storgatan 1", 20.0, 20.0),
        (_day(0, 5), None, "klotter", "Parkvägen", 30.0, 30.0),
        (_day(0, 6), 3, "brand", "  Torget ", 400.0, 400.0),
        # compared weeks W21, W22
        (_day(-1, 1), 10, "klotter", "Storgatan 1", 10.0, 10.0),
        (_day(-2, 1), 11, "brand", "Torget", 410.0, 410.0),
        (_day(-2, 2), 12, "brand", "Torget", 420.0, 420.0),
        # outside: W20 and W24
        (_day(-3, 0), 9, "klotter", "Storgatan 1", 10.0, 10.0),
        (_day(1, 0), 9, "klotter", "Storgatan 1", 10.0, 10.0),
    ]
    return _events(rows)


def _prepared(compare=2):
    events, mondays = weekly.prepare(_sample())
    first, last = weekly.data_span(events["time"])
    return events, mondays, weekly.make_period("2020-W23", compare, first, last)


def test_counts_per_category_against_the_mean():
    events, mondays, period = _prepared()
    rows = {r.key: r for r in weekly.by_category(events, mondays, period, "en")}
    assert (rows["klotter"].count, rows["klotter"].before_total, rows["klotter"].mean) == (3, 1, 0.5)
    assert (rows["brand"].count, rows["brand"].before_total, rows["brand"].mean) == (1, 2, 1.0)
    assert rows["klotter"].label == "Graffiti" and rows["brand"].label == "Fire"
    assert [r.key for r in weekly.by_category(events, mondays, period, "en")] == ["klotter", "brand"]
    total = weekly.total_row(events, mondays, period, "All")
    assert (total.count, total.before_total, total.weeks) == (4, 3, 2)


def test_areas_sorted_by_largest_change_with_events_outside_last():
    events, mondays, period = _prepared()
    events["area"] = ["A", "A", None, "B", "A", "B", "B", "A", "A"]
    rows = weekly.by_area(events, mondays, period, ["A", "B", "C"], "outside")
    # A: 2 this week, mean 0.5 (+1.5); B: 1, mean 1.0 (0); C: 0, 0; outside: 1 this week
    assert [(r.label, r.count, r.mean) for r in rows] == [("A", 2, 0.5), ("B", 1, 1.0), ("C", 0, 0.0),
                                                          ("outside", 1, 0.0)]


def test_weekday_hour_tables():
    events, mondays, period = _prepared()
    hours = weekly.weekday_hours(events, mondays, period)
    assert hours.week[0, 22] == 2 and hours.week[6, 3] == 1 and hours.week.sum() == 3
    assert hours.week_unknown.tolist() == [0, 0, 0, 0, 0, 1, 0]
    assert hours.before_mean[1, 10] == 0.5 and hours.before_mean[1, 11] == 0.5
    assert hours.before_mean[2, 12] == 0.5 and hours.before_mean.sum() == 1.5


def test_top_places_by_count_then_name_spaces_normalised():
    events, mondays, period = _prepared()
    places = weekly.top_places(events, mondays, period, "sv")
    assert [(p.place, p.count) for p in places] == [("Storgatan 1", 2), ("Parkvägen", 1), ("Torget", 1)]
    assert places[0].mean == 0.5 and places[2].mean == 1.0
    assert places[0].categories == (("Klotter", 2),)


def test_trends_have_gaps_for_weeks_outside_the_data():
    events, mondays, period = _prepared()
    days, rows = weekly.trends(events, mondays, period, "en", weeks=5, top=1)
    assert days[-1] == W23 and len(days) == 5
    # data run from W20 (first event 11 May) to W24: W19 is outside, shown as a gap
    assert rows[0].counts == (None, 1, 2, 1, 4)
    assert rows[1].label == "Graffiti" and rows[1].counts == (None, 1, 0, 1, 3)


@pytest.mark.parametrize("count, mean, hot_weeks, weeks, expected", [
    (3, 0.5, 0, 4, "new"),
    (6, 1.0, 1, 4, "growing"),      # P(X >= 6 | Poisson 1) = 0.0006
    (4, 3.0, 2, 4, "persistent"),   # P(X >= 4 | Poisson 3) = 0.35
    (2, 3.5, 2, 4, "fading"),       # hot in 2 of 4 compared weeks, not now
    (2, 3.0, 1, 4, ""),             # hot in only 1 of 4: not fading
    (1, 0.0, 0, 4, ""),
])
def test_cell_classes(count, mean, hot_weeks, weeks, expected):
    assert weekly_cells.classify(count, mean, hot_weeks, weeks) == expected


def test_cell_changes_on_a_small_grid():
    rows = []
    for n in range(3):  # cell (0, 0): 3 events this week, none before -> new
        rows.append((_day(0, n), 12, "klotter", "Storgatan", 50.0 + n, 50.0))
    for week in (-2, -1):  # cell (1, 0): hot in both compared weeks, 1 event now -> fading
        for n in range(3):
            rows.append((_day(week, n), 12, "brand", "Torget", 150.0, 50.0))
    rows.append((_day(0, 4), 12, "brand", "Torget", 150.0, 50.0))
    events, mondays = weekly.prepare(_events(rows))
    first, last = weekly.data_span(events["time"])
    period = weekly.make_period("2020-W23", 2, first, last)
    cells = weekly_cells.cell_changes(events, mondays, period, size=100.0)
    assert [(c.col, c.row, c.change, c.count, c.mean) for c in cells] == [(0, 0, "new", 3, 0.0),
                                                                          (1, 0, "fading", 1, 3.0)]
    assert cells[0].bounds == (0.0, 0.0, 100.0, 100.0) and cells[0].place == "Storgatan"


def test_report_of_a_week_before_the_data_says_so():
    report = weekly_html.build_report(_sample(), weekly_html.ReportInfo(week="2019-W10", language="en"))
    assert report.total.count == 0
    assert any("before the data start" in note for note in report.notes)
    html = weekly_html.render_html(report)
    assert "before the data start" in html and "no weeks to compare with" in html


def test_report_of_a_week_without_events_says_so():
    frame = _sample()
    frame = frame[pd.to_datetime(frame["time"]).dt.isocalendar().week != 23]
    report = weekly_html.build_report(frame, weekly_html.ReportInfo(week="2020-W23", language="sv"))
    assert report.total.count == 0
    assert any("inga händelser under vecka 2020-W23" in note for note in report.notes)


def test_report_of_an_empty_layer():
    report = weekly_html.build_report(_sample().iloc[:0], weekly_html.ReportInfo(week="2020-W23"), [])
    assert report.total.count == 0 and any("inget att rapportera" in n for n in report.notes)
    weekly_html.render_html(report)


def test_areas_apart_from_the_events_are_reported():
    report = weekly_html.build_report(_sample(), weekly_html.ReportInfo(week="2020-W23", language="en"),
                                      ["Far away"])
    assert any("None of the events" in note for note in report.notes)
    assert [(r.label, r.count) for r in report.areas][0] == ("Far away", 0)


def test_html_escapes_data_and_prints_no_other_fields():
    frame = _sample()
    frame.loc[0, "place"] = "<script>alert('x')</script>"
    frame["description"] = "SECRET-4711"
    report = weekly_html.build_report(frame, weekly_html.ReportInfo(week="2020-W23", language="en",
                                                                    title="A & B"))
    html = weekly_html.render_html(report)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "A &amp; B" in html and "SECRET-4711" not in html


@pytest.mark.parametrize("value, language, signed, expected", [
    (2.25, "sv", False, "2,2"), (1234.5, "sv", False, "1\u00a0234,5"), (1234.5, "en", False, "1,234.5"),
    (-3.0, "en", True, "\u22123.0"), (0.0, "en", True, "±0.0"), (None, "en", False, "–"),
])
def test_number_formats(value, language, signed, expected):
    assert weekly.format_decimal(value, language, signed) == expected


RISING = [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
FLAT = [3, 1, 2, 3, 2, 1, 3, 2, 1, 2, 3, 2]
FEW = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2]      # rising, but only 5 events
FALLING = RISING[::-1]


def _series_events(series_by_col, first_week=-11, size=100.0):
    """Events in cell (col, 0) with the given counts per week, the last week being W23."""
    rows = []
    for col, (place, counts) in series_by_col.items():
        for index, count in enumerate(counts):
            for n in range(count):
                rows.append((_day(first_week + index, n % 7), 12, "klotter", place, col * size + 10 + n,
                             50.0))
    events, mondays = weekly.prepare(_events(rows))
    first, last = weekly.data_span(events["time"])
    return events, mondays, weekly.make_period("2020-W23", 4, first, last)


def test_mann_kendall_of_a_rising_series():
    test = weekly_trend.mann_kendall(RISING)
    # 66 pairs, 6 tied pairs, all others rising: S = 60; Var = (12*11*29 - 6*2*1*9) / 18 = 206.67
    assert test.s == 60 and test.var == pytest.approx(206.6667, abs=1e-4)
    assert test.tau == pytest.approx(60 / (66 * 60) ** 0.5) and test.p < 0.001


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_mann_kendall_equals_scipy_kendalltau(seed):
    import numpy as np
    from scipy.stats import kendalltau

    values = np.random.default_rng(seed).poisson(3, 12)
    test = weekly_trend.mann_kendall(values)
    expected = kendalltau(np.arange(12), values, method="asymptotic")
    assert test.tau == pytest.approx(expected.statistic) and test.p == pytest.approx(expected.pvalue)


def test_trend_per_cell_classes():
    events, mondays, period = _series_events({0: ("Upgatan", RISING), 1: ("Torget", FLAT),
                                              2: ("Lillgatan", FEW), 3: ("Nedgatan", FALLING)})
    assert weekly_trend.mann_kendall(FEW).p < 0.05 and weekly_trend.mann_kendall(FLAT).p > 0.5
    trends = weekly_trend.cell_trends(events, mondays, period, size=100.0)
    assert trends.enough and len(trends.used) == 12 and trends.days[-1] == W23
    assert [(c.col, c.direction, c.total, c.count, c.place) for c in trends.cells] == [
        (0, "intensifying", 30, 5, "Upgatan"), (3, "diminishing", 30, 0, "Nedgatan")]
    assert trends.cells[0].p == pytest.approx(weekly_trend.mann_kendall(RISING).p)


def test_weeks_before_the_data_are_not_zeros():
    # the flat cell starts 3 weeks into the 12: its 9 weeks are 2,1,3,... and a rising cell
    # whose first weeks would be zeros before the data is not read as rising from them
    events, mondays, period = _series_events({0: ("Torget", FLAT[3:]), 1: ("Upgatan", [2] * 9)}, -8)
    trends = weekly_trend.cell_trends(events, mondays, period, size=100.0)
    assert len(trends.used) == 9 and trends.enough and trends.cells == ()


def test_too_few_weeks_of_data_for_a_trend_per_cell():
    events, mondays, period = _series_events({0: ("Upgatan", [1, 2, 3, 4, 5, 6])}, -5)
    trends = weekly_trend.cell_trends(events, mondays, period, size=100.0)
    assert len(trends.used) == 6 and not trends.enough and trends.cells == ()
    report = weekly_html.build_report(_events([(_day(-5 + i, 0), 12, "klotter", "Upgatan", 10.0, 10.0)
                                               for i in range(6)]),
                                      weekly_html.ReportInfo(week="2020-W23", language="en"))
    assert "Only 6 of the last 12 weeks lie within the data: a trend per cell needs at least 8 weeks." \
        in weekly_html.render_html(report)


def test_report_lists_the_intensifying_cells():
    rows = [(_day(-11 + i, n), 12, "klotter", "<b>Upgatan</b>", 10.0 + n, 10.0)
            for i, count in enumerate(RISING) for n in range(count)]
    report = weekly_html.build_report(_events(rows), weekly_html.ReportInfo(week="2020-W23", language="sv"))
    html = weekly_html.render_html(report)
    # the data start with the first event, in W14: the two empty weeks before are not zeros
    assert "Tilltagande rutor: 1, minskande rutor: 0, under vecka 14–23 (10 veckor)." in html
    assert "<td>&lt;b&gt;Upgatan&lt;/b&gt;</td><td class=\"n\">30</td><td class=\"n\">5</td>" in html
    # 1,1,2,2,...,5,5: S = 40, Var(S) = 120, tau-b = 40 / sqrt(45 * 40) = 0.94, p = 0.00026
    assert "<td class=\"n\">0,94</td><td class=\"n\">&lt; 0,001</td>" in html
    assert "Mann–Kendalls test" in html


def test_clock_sets_the_day_an_empty_week_is_taken_from():
    from est_plugin.core import clock

    clock.set_today(datetime.date(2027, 3, 10))
    assert clock.today() == datetime.date(2027, 3, 10)
    assert weekly.make_period("", 1, None, None).monday == datetime.date(2027, 3, 1)
    clock.set_today(lambda: datetime.date(2027, 1, 4))
    assert weekly.make_period("", 1, None, None).monday == datetime.date(2026, 12, 28)
    with pytest.raises(TypeError):
        clock.set_today("2027-01-04")
