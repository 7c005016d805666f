"""est:weeklyreport through Processing: the PDF renders with its pages and text, the edge cases give a
report that says what is wrong, and on the whole Vancouver 2020 export every count of week 23
equals a count computed here with pandas (and geopandas for the areas) from the raw CSV."""
import html.parser
import re
import subprocess

import pandas as pd
import pytest
from qgis_helpers import DATA, ROOT

EXTRACT = DATA / "vpd_crimes_2020_extract.csv"
AREAS = DATA / "vancouver_neighbourhoods.gpkg"
# VPD TYPE -> EST category, written out by hand (what est:importincidents should make of them)
TYPE_TO_LABEL = {
    "Break and Enter Commercial": "Burglary and theft",
    "Break and Enter Residential/Other": "Burglary and theft",
    "Other Theft": "Burglary and theft", "Theft from Vehicle": "Burglary and theft",
    "Theft of Bicycle": "Burglary and theft", "Theft of Vehicle": "Burglary and theft",
    "Mischief": "Vandalism", "Vehicle Collision or Pedestrian Struck (with Injury)": "Other",
    "Vehicle Collision or Pedestrian Struck (with Fatality)": "Other",
}


def _pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


class _Tables(html.parser.HTMLParser):
    """Every <table> of a page as a list of rows of cell texts, with the table's class."""

    def __init__(self):
        super().__init__()
        self.tables, self._row, self._cell = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append((dict(attrs).get("class", ""), []))
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._row is not None:
            self._row.append(" ".join(self._cell.split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[-1][1].append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


def _tables(path):
    parser = _Tables()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.tables


def _number(cell):
    return float(cell.replace("\u2212", "-").replace(",", "").replace("\u00a0", "")) if cell else 0.0


@pytest.fixture(scope="module")
def extract(qgis_app, tmp_path_factory):
    """The Vancouver extract imported (EPSG:32610)."""
    import processing

    out = tmp_path_factory.mktemp("weekly")
    result = processing.run("est:importincidents", {
        "INPUT": str(EXTRACT), "SOURCE_CRS": "EPSG:26910", "OUTPUT": str(out / "incidents.gpkg")})
    return result["OUTPUT"], out


def _report(run_alg, incidents, folder, **extra):
    parameters = {"INCIDENTS": incidents, "WEEK": "2020-W23", "LANGUAGE": 1,
                  "OUTPUT_PDF": str(folder / "report.pdf"), "OUTPUT_HTML": str(folder / "report.html")}
    parameters.update(extra)
    return run_alg("est:weeklyreport", parameters)


def test_parameter_names_are_stable(qgis_app):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("est:weeklyreport")
    names = [p.name() for p in algorithm.parameterDefinitions()]
    for name in ["INCIDENTS", "WEEK", "COMPARE_WEEKS", "AREAS", "AREA_NAME_FIELD", "HOTSPOTS", "TITLE",
                 "ORGANISATION", "LANGUAGE", "OUTPUT_PDF", "OUTPUT_HTML"]:
        assert name in names


def test_pdf_renders_with_its_pages_and_text(run_alg, extract, tmp_path):
    incidents, _ = extract
    run = _report(run_alg, incidents, tmp_path, AREAS=str(AREAS), AREA_NAME_FIELD="name",
                  HOTSPOTS=str(AREAS) + "|layername=vancouver_neighbourhoods",
                  TITLE="Weekly <b>picture</b> & test", ORGANISATION="City of Vancouver")
    pdf = tmp_path / "report.pdf"
    pages = _pdf_pages(pdf)
    assert pages == run.results["PAGE_COUNT"] >= 2
    text = _pdf_text(pdf)
    for expected in ("Weekly <b>picture</b> & test", "City of Vancouver", "Week 23, 2020", "1 June 2020",
                     "What: events per category", "Where: events per area", "When: weekday and hour",
                     "Hotspot change", "Trend: the last 12 weeks", "Kitsilano", "Page 1 of {}".format(pages)):
        assert expected in text, expected
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
                   check=True)
    assert list(tmp_path.glob("p*.png"))
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<b>picture</b>" not in page and "&lt;b&gt;picture&lt;/b&gt;" in page
    assert "data:image/png;base64," in page


@pytest.mark.parametrize("language", [0, 1])
def test_pdf_holds_the_html_report_s_headings_notes_and_counts(run_alg, extract, tmp_path, language):
    """The printed report has what the HTML report has (both come from weekly_html.context): every
    heading, every note, each table row's label with its counts on one line, each day's total."""
    import html as markup

    incidents, _ = extract
    _report(run_alg, incidents, tmp_path, AREAS=str(AREAS), AREA_NAME_FIELD="name", LANGUAGE=language)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    lines = _pdf_text(tmp_path / "report.pdf")
    flat = " ".join(lines.split())
    body = page.split('<div class="sec">', 1)[1]  # the sections (the map's heading is the web page's)
    headings = [markup.unescape(h) for h in re.findall(r"<h[23]>(.*?)</h[23]>", body)]
    notes = [markup.unescape(n) for n in re.findall(r"<li>(.*?)</li>", page.split('<div class="notes', 1)[1]
                                                     .split("</div>", 1)[0])]
    assert len(headings) >= 9 and notes
    for expected in headings + notes:
        assert " ".join(expected.split()) in flat, expected
    rows = 0
    for cls, table in _tables(tmp_path / "report.html"):
        for row in table[1:]:
            if "cmp" in cls and len(row[0]) < 24:  # label, this week, mean: side by side on a line
                cells = [re.escape(row[0])] + [re.escape(c) for c in row[1:3] if c]
                assert re.search(r"\s+".join(cells), lines), row
                rows += 1
            elif "hours" in cls:  # the day and its total on one line
                assert re.search(r"^\s*{}\s.*\s{}\s*$".format(re.escape(row[0]), re.escape(row[-1])),
                                 lines, re.M), row
                rows += 1
    assert rows > 40


def test_free_text_descriptions_stay_out_of_the_printed_report(run_alg, extract, tmp_path):
    import processing

    incidents, _ = extract
    secret = "SECRET-DESCRIPTION-0815"
    described = processing.run("native:fieldcalculator", {
        "INPUT": incidents, "FIELD_NAME": "description", "FIELD_TYPE": 2, "FIELD_LENGTH": 80,
        "FORMULA": "'{} ' || \"category\"".format(secret),
        "OUTPUT": str(tmp_path / "described.gpkg")})["OUTPUT"]
    _report(run_alg, described, tmp_path)
    assert secret not in _pdf_text(tmp_path / "report.pdf")
    assert secret not in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_week_with_no_events(run_alg, extract, tmp_path):
    import processing

    incidents, _ = extract
    without = processing.run("native:extractbyexpression", {
        "INPUT": incidents, "EXPRESSION": "week(\"event_time\") <> 23",
        "OUTPUT": str(tmp_path / "without_w23.gpkg")})["OUTPUT"]
    run = _report(run_alg, without, tmp_path)
    assert run.results["WEEK_COUNT"] == 0
    assert "There are no events in week 2020-W23." in " ".join(_pdf_text(tmp_path / "report.pdf").split())


def test_layer_without_events(run_alg, extract, tmp_path):
    import processing

    incidents, _ = extract
    empty = processing.run("native:extractbyexpression", {
        "INPUT": incidents, "EXPRESSION": "false", "OUTPUT": str(tmp_path / "empty.gpkg")})["OUTPUT"]
    run = _report(run_alg, empty, tmp_path, AREAS=str(AREAS), AREA_NAME_FIELD="name")
    assert run.results["WEEK_COUNT"] == 0 and _pdf_pages(tmp_path / "report.pdf") == run.results["PAGE_COUNT"]
    text = " ".join(_pdf_text(tmp_path / "report.pdf").split())
    assert "The incident layer holds no events with a date: there is nothing to report." in text


def test_week_before_the_data(run_alg, extract, tmp_path):
    incidents, _ = extract
    run = _report(run_alg, incidents, tmp_path, WEEK="2019-W10")
    assert run.results["WEEK_COUNT"] == 0
    text = " ".join(_pdf_text(tmp_path / "report.pdf").split())
    assert "Week 2019-W10 is before the data start (1 January 2020)" in text


def test_no_week_means_the_last_complete_week_and_says_the_data_end_earlier(run_alg, extract, tmp_path,
                                                                           pinned_today):
    incidents, _ = extract
    run = _report(run_alg, incidents, tmp_path, WEEK="")
    assert pinned_today.isocalendar()[:2] == (2026, 47)
    assert run.results["REPORT_WEEK"] == "2026-W46"
    assert run.results["WEEK_COUNT"] == 0
    text = " ".join(_pdf_text(tmp_path / "report.pdf").split())
    assert "No week was chosen: this is the last complete week before today" in text
    assert re.search(r"The data end on \d+ December 2020, before week \d{4}-W\d\d", text)


def test_areas_that_do_not_overlap_the_events(run_alg, extract, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    incidents, _ = extract
    far = QgsVectorLayer("Polygon?crs=EPSG:3067&field=name:string", "far", "memory")
    feature = QgsFeature(far.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((385000 6671000,386000 6671000,386000 6672000,"
                                            "385000 6672000,385000 6671000))"))
    feature.setAttributes(["Kluuvi"])
    far.dataProvider().addFeatures([feature])
    run = _report(run_alg, incidents, tmp_path, AREAS=far, AREA_NAME_FIELD="name")
    assert run.results["WEEK_COUNT"] > 0
    text = " ".join(_pdf_text(tmp_path / "report.pdf").split())
    assert "None of the events of these weeks lies inside the areas" in text
    assert "Kluuvi" in text


def test_unreadable_week_is_refused_before_running(qgis_app):
    from qgis.core import QgsApplication, QgsProcessingContext

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("est:weeklyreport")
    ok, message = algorithm.checkParameterValues({"INCIDENTS": str(AREAS), "WEEK": "week 23",
                                                  "OUTPUT_PDF": "x.pdf"}, QgsProcessingContext())
    assert not ok and "ISO week" in message


@pytest.fixture(scope="module")
def vancouver(qgis_app, tmp_path_factory):
    """The whole 2020 export imported and reported for week 23 (1-7 June 2020) with the
    neighbourhoods, in English; the raw CSV read with pandas. Rows at X=Y=0 are rejected by the
    import (location withheld), so they are dropped here too, as is the one row without coordinates."""
    import processing

    source = ROOT.parent / "shared" / "data" / "vancouver" / "vpd_crimes_2020.csv"
    if not source.exists():
        pytest.skip("../shared/data/vancouver/vpd_crimes_2020.csv is not present on this machine")
    folder = tmp_path_factory.mktemp("vancouver_w23")
    imported = processing.run("est:importincidents", {"INPUT": str(source), "SOURCE_CRS": "EPSG:26910",
                                                      "OUTPUT": str(folder / "inc.gpkg")})
    results = processing.run("est:weeklyreport", {
        "INCIDENTS": imported["OUTPUT"], "WEEK": "2020-W23", "LANGUAGE": 1, "AREAS": str(AREAS),
        "AREA_NAME_FIELD": "name", "OUTPUT_PDF": str(folder / "report.pdf"),
        "OUTPUT_HTML": str(folder / "report.html")})
    raw = pd.read_csv(source)
    raw = raw[raw["X"].notna() & ~((raw["X"] == 0) & (raw["Y"] == 0))].copy()
    raw["time"] = pd.to_datetime(raw[["YEAR", "MONTH", "DAY", "HOUR", "MINUTE"]].rename(columns=str.lower))
    raw["monday"] = raw["time"].dt.normalize() - pd.to_timedelta(raw["time"].dt.weekday, unit="D")
    raw["label"] = raw["TYPE"].map(TYPE_TO_LABEL)
    raw["place"] = raw["HUNDRED_BLOCK"].str.split().str.join(" ")
    week = raw[raw["monday"] == "2020-06-01"]
    before = raw[raw["monday"].isin(pd.to_datetime(["2020-05-04", "2020-05-11", "2020-05-18", "2020-05-25"]))]
    page = (folder / "report.html").read_text(encoding="utf-8")
    tables = _tables(folder / "report.html")
    return {"results": results, "raw": raw, "week": week, "before": before, "page": page, "tables": tables,
            "cmp": [rows for cls, rows in tables if "cmp" in cls], "pdf": folder / "report.pdf"}


@pytest.mark.realdata
def test_vancouver_w23_totals_and_categories(vancouver):
    week, before, results = vancouver["week"], vancouver["before"], vancouver["results"]
    assert len(week) == results["WEEK_COUNT"] == 492
    assert results["COMPARE_MEAN"] == pytest.approx(len(before) / 4)
    categories = {row[0]: row for row in vancouver["cmp"][0][1:]}
    expected = week["label"].value_counts()
    assert {k: int(_number(v[1])) for k, v in categories.items() if k != "All events"} == expected.to_dict()
    for label, row in categories.items():
        mean = len(before) / 4 if label == "All events" else (before["label"] == label).sum() / 4
        assert _number(row[2]) == pytest.approx(mean, abs=0.0501), label
    assert _number(categories["All events"][1]) == 492
    assert "492 events this week" in _pdf_text(vancouver["pdf"])


@pytest.mark.realdata
def test_vancouver_w23_areas_match_a_geopandas_join(vancouver):
    import geopandas as gpd

    raw, week, before = vancouver["raw"], vancouver["week"], vancouver["before"]
    areas = gpd.read_file(AREAS).to_crs(26910)
    points = gpd.GeoDataFrame(raw, geometry=gpd.points_from_xy(raw["X"], raw["Y"]), crs=26910)
    joined = gpd.sjoin(points, areas[["name", "geometry"]], how="left", predicate="intersects")
    joined = joined[~joined.index.duplicated(keep="first")]
    area_rows = {row[0]: row for row in vancouver["cmp"][-1][1:]}
    week_areas = joined.loc[week.index, "name"].fillna("Outside the areas").value_counts()
    before_areas = joined.loc[before.index, "name"].fillna("Outside the areas").value_counts()
    assert len(area_rows) >= 22
    for name in set(area_rows) | set(week_areas.index):
        assert _number(area_rows[name][1]) == week_areas.get(name, 0), name
        assert _number(area_rows[name][2]) == pytest.approx(before_areas.get(name, 0) / 4, abs=0.0501), name


@pytest.mark.realdata
def test_vancouver_w23_places(vancouver):
    week, before = vancouver["week"], vancouver["before"]
    places = [rows for rows in vancouver["cmp"]
              if rows[0][0] == "Place" and "Categories this week" in rows[0]][0][1:]
    counts, counts_before = week["place"].value_counts(), before["place"].value_counts()
    assert len(places) == 10 and _number(places[0][1]) == counts.max()
    for place, count, mean, _ in places:
        assert _number(count) == counts[place], place
        assert _number(mean) == pytest.approx(counts_before.get(place, 0) / 4, abs=0.0501), place


@pytest.mark.realdata
def test_vancouver_w23_weekday_hour_tables(vancouver):
    hours = [rows for cls, rows in vancouver["tables"] if "hours" in cls]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for table, frame, weeks in ((hours[0], vancouver["week"], 1), (hours[1], vancouver["before"], 4)):
        counts = pd.crosstab(frame["time"].dt.weekday, frame["time"].dt.hour).reindex(
            index=range(7), columns=range(24), fill_value=0)
        for day, row in zip(range(7), table[1:]):
            assert row[0] == days[day]
            assert [_number(c) for c in row[1:25]] == pytest.approx(list(counts.loc[day] / weeks), abs=0.0501)
            assert _number(row[25]) == pytest.approx(counts.loc[day].sum() / weeks, abs=0.0501)


@pytest.mark.realdata
def test_vancouver_w23_trends(vancouver):
    raw = vancouver["raw"]
    trend = raw[raw["monday"].between("2020-03-16", "2020-06-01")]
    charts = [chart.split("</svg>", 1)[0] for chart in vancouver["page"].split("<svg")[1:]]
    expected_charts = [trend.groupby("monday").size()] + [
        trend[trend["label"] == label].groupby("monday").size()
        for label in ("Burglary and theft", "Vandalism", "Other")]
    assert len(charts) == len(expected_charts)
    for chart, expected_counts in zip(charts, expected_charts):
        values = [int(v) for v in re.findall(r'fill="#333333">(\d+)</text>', chart)]
        assert values == expected_counts.reindex(sorted(trend["monday"].unique()), fill_value=0).tolist()


@pytest.mark.realdata
def test_vancouver_w23_hotspot_change(vancouver):
    table = [rows for rows in vancouver["cmp"] if rows[0][0] == "No."][0]
    _assert_hotspot_change(vancouver["raw"], vancouver["week"], vancouver["before"], vancouver["page"], table)


def _assert_hotspot_change(raw, week, before, page, table):
    """The documented rule worked out with pandas on 250 m cells of the UTM 10N coordinates."""
    from pyproj import Transformer
    from scipy.stats import poisson

    to_utm = Transformer.from_crs(26910, 32610, always_xy=True)
    x, y = to_utm.transform(raw["X"].to_numpy(), raw["Y"].to_numpy())
    cells = pd.Series(["{}:{}".format(c, r) for c, r in zip((x // 250).astype(int), (y // 250).astype(int))],
                      index=raw.index)
    now = cells[week.index].value_counts()
    per_week = pd.crosstab(cells[before.index], raw.loc[before.index, "monday"])
    found = []
    for cell in set(now.index) | set(per_week.index):
        count = int(now.get(cell, 0))
        weekly = per_week.loc[cell] if cell in per_week.index else pd.Series([0, 0, 0, 0])
        hot, mean = int((weekly >= 3).sum()), weekly.sum() / 4
        if count >= 3:
            change = "new" if hot == 0 else "growing" if mean == 0 or poisson.sf(count - 1, mean) < 0.05 \
                else "persistent"
        elif hot >= 2:
            change = "fading"
        else:
            continue
        found.append((change, count, mean))
    order = ["new", "growing", "persistent", "fading"]
    summary = "{} new, {} growing, {} persistent, {} fading".format(
        *[sum(1 for f in found if f[0] == name) for name in order])
    assert summary in page
    listed = [(row[1], int(row[3]), _number(row[4])) for row in table[1:]]
    expected = sorted(found, key=lambda f: (order.index(f[0]), -f[1], -f[2]))[:len(listed)]
    assert [(c, n) for c, n, _ in listed] == [(c, n) for c, n, _ in expected]
    assert [m for _, _, m in listed] == pytest.approx([m for _, _, m in expected], abs=0.0501)


@pytest.mark.realdata
def test_vancouver_w23_trend_per_cell(vancouver):
    """Intensifying and diminishing 250 m cells over weeks 12-23 worked out with pandas and
    scipy.stats.kendalltau (the data start on 1 January 2020, so all 12 weeks count)."""
    import numpy as np
    from pyproj import Transformer
    from scipy.stats import kendalltau

    raw = vancouver["raw"]
    to_utm = Transformer.from_crs(26910, 32610, always_xy=True)
    x, y = to_utm.transform(raw["X"].to_numpy(), raw["Y"].to_numpy())
    cells = pd.Series(["{}:{}".format(c, r) for c, r in zip((x // 250).astype(int), (y // 250).astype(int))],
                      index=raw.index)
    mondays = pd.date_range("2020-03-16", "2020-06-01", freq="7D")
    inside = raw["monday"].isin(mondays)
    per_week = pd.crosstab(cells[inside], raw.loc[inside, "monday"]).reindex(columns=mondays, fill_value=0)
    found = {"up": [], "down": []}
    for _, counts in per_week[per_week.sum(axis=1) >= 6].iterrows():
        result = kendalltau(np.arange(12), counts.to_numpy(), method="asymptotic")
        if result.pvalue < 0.05:
            found["up" if result.statistic > 0 else "down"].append((int(counts.sum()), int(counts.iloc[-1])))
    summary = "Intensifying cells: {}, diminishing cells: {}, over weeks 12–23 (12 weeks).".format(
        len(found["up"]), len(found["down"]))
    assert summary in vancouver["page"]
    table = [rows for rows in vancouver["cmp"] if rows[0][-2:] == ["τ", "p"]]
    listed = [(int(row[1]), int(row[2])) for row in (table[0][1:] if table else [])]
    assert len(listed) == min(10, len(found["up"]))
    assert all(pair in found["up"] for pair in listed)
