"""The printed documents (walk map + protocol, weekly report) are made only of items QGIS draws
itself: no QgsLayoutItemHtml, whose QtWebKit is missing from Debian's QGIS 3.40/3.44 and from
QGIS 4 (the frames printed empty there). Every item lies on its page, no text needs more room than
its label has, labels do not overlap, and long content flows over as many pages as it needs with
nothing lost: a walk of 30 stops, a table of 120 rows.

The walk is made up (30 stops on a grid in central Helsinki, EPSG:3067); the report runs on the
Vancouver extract of tests/data (see its README).
"""
import re
import subprocess

import pytest
from qgis_helpers import DATA, ROOT

STOPS = 30
STREET = "Provgatan {}"
BODY_BOTTOM = 297.0 - 12.0 - 8.0  # A4 portrait: margin and footer (layout.walk_map, weekly_report)


def _text(pdf, first=None, last=None, layout=False):
    pages = ["-f", str(first), "-l", str(last)] if first else []
    done = subprocess.run(["pdftotext"] + (["-layout"] if layout else []) + pages + [str(pdf), "-"],
                          capture_output=True, text=True, check=True)
    return done.stdout if layout else " ".join(done.stdout.split())


def _pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def _checklist():
    import csv

    with open(ROOT / "resources" / "checklist.csv", encoding="utf-8", newline="") as handle:
        return [row["label_sv"] for row in csv.DictReader(handle, delimiter=";")]


def _long_walk(folder):
    """ROUTE and STOPS GeoPackages of a walk with STOPS stops (5 x 6 grid, 120 m apart)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    points = [QgsPointXY(385200.0 + 120.0 * (i % 6 if (i // 6) % 2 == 0 else 5 - i % 6),
                         6671600.0 + 120.0 * (i // 6)) for i in range(STOPS)]
    route = QgsVectorLayer("LineString?crs=EPSG:3067&field=leg_no:integer&field=cum_minutes:double",
                           "route", "memory")
    stops = QgsVectorLayer("Point?crs=EPSG:3067&field=stop_no:integer&field=street:string"
                           "&field=arrival_min:double&field=rank:integer&field=incident_count:integer",
                           "stops", "memory")
    legs, marks = [], []
    for number, (start, end) in enumerate(zip(points, points[1:]), start=1):
        leg = QgsFeature(route.fields())
        leg.setGeometry(QgsGeometry.fromPolylineXY([start, end]))
        leg.setAttributes([number, number * 1.7])
        legs.append(leg)
    for number, point in enumerate(points, start=1):
        stop = QgsFeature(stops.fields())
        stop.setGeometry(QgsGeometry.fromPointXY(point))
        stop.setAttributes([number, STREET.format(number), (number - 1) * 1.7, number, 40 - number])
        marks.append(stop)
    assert route.dataProvider().addFeatures(legs) and stops.dataProvider().addFeatures(marks)
    return route, stops


@pytest.fixture(scope="module")
def kept(qgis_app, tmp_path_factory):
    """The long walk's and the weekly report's layouts, run as inside QGIS (kept in the project)."""
    import processing
    import qgis.utils
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder = tmp_path_factory.mktemp("printed")
    route, stops = _long_walk(folder)
    project = QgsProject.instance()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(qgis.utils, "iface", object(), raising=False)
        context = QgsProcessingContext()
        context.setProject(project)
        walk = processing.run("est:walkmap", {
            "ROUTE": route, "STOPS": stops, "TITLE": "Lång vandring", "WALK_DATE": "2026-11-19",
            "OUTPUT_PDF": str(folder / "long_walk.pdf")}, context=context, feedback=QgsProcessingFeedback())
        walk_layout = project.layoutManager().layouts()[-1]
        incidents = processing.run("est:importincidents", {
            "INPUT": str(DATA / "vpd_crimes_2020_extract.csv"), "SOURCE_CRS": "EPSG:26910",
            "OUTPUT": str(folder / "incidents.gpkg")})["OUTPUT"]
        context = QgsProcessingContext()
        context.setProject(project)
        report = processing.run("est:weeklyreport", {
            "INCIDENTS": incidents, "WEEK": "2020-W23", "LANGUAGE": 0,
            "AREAS": str(DATA / "vancouver_neighbourhoods.gpkg"), "AREA_NAME_FIELD": "name",
            "OUTPUT_PDF": str(folder / "report.pdf")}, context=context, feedback=QgsProcessingFeedback())
        report_layout = project.layoutManager().layouts()[-1]
        yield {"walk": walk["OUTPUT_PDF"], "report": report["OUTPUT_PDF"], "folder": folder,
               "layouts": {"walk": walk_layout, "report": report_layout}}
    for layout in project.layoutManager().layouts():
        project.layoutManager().removeLayout(layout)
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


def test_no_html_frame_anywhere_in_the_plugin():
    sources = [path for path in (ROOT / "est_plugin").rglob("*.py")
               if "QgsLayoutItemHtml" in path.read_text(encoding="utf-8")]
    assert sources == []


@pytest.mark.parametrize("name", ["walk", "report"])
def test_the_layouts_hold_only_items_qgis_draws_itself(kept, name):
    import qgis.core
    from qgis.core import QgsLayoutItemLabel, QgsLayoutItemManualTable

    layout = kept["layouts"][name]
    html = getattr(qgis.core, "QgsLayoutItemHtml", None)  # QGIS 4 may not have it at all
    if html is not None:
        assert not [item for item in layout.items() if isinstance(item, html)]
        assert not [frame for frame in layout.multiFrames() if isinstance(frame, html)]
    tables = layout.multiFrames()
    assert tables and all(isinstance(table, QgsLayoutItemManualTable) for table in tables)
    labels = [item for item in layout.items() if isinstance(item, QgsLayoutItemLabel)]
    assert len(labels) > 30
    assert {label.mode() for label in labels} == {QgsLayoutItemLabel.Mode.ModeFont}  # plain text


def test_the_kept_report_carries_its_charts_inside_itself(kept):
    """The trend charts are embedded SVG, not files in a temporary folder that a later session of
    QGIS would no longer have; each still draws (its SVG parses and has bars)."""
    import base64

    from qgis.core import QgsLayoutItemPicture

    charts = [item for item in kept["layouts"]["report"].items() if isinstance(item, QgsLayoutItemPicture)
              and item.id().startswith("trend_")]
    assert charts
    for chart in charts:
        assert chart.picturePath().startswith("base64:")
        document = base64.b64decode(chart.picturePath()[len("base64:"):]).decode("utf-8")
        assert document.startswith("<svg") and document.count("<rect") >= 2


def _boxes(layout):
    """(page, x, y, width, height, item) of every item but the pages, in mm on its page."""
    from qgis.core import QgsLayoutItemPage

    collection = layout.pageCollection()
    for item in layout.items():
        if isinstance(item, QgsLayoutItemPage) or not hasattr(item, "page"):
            continue
        position = collection.positionOnPage(item.scenePos())
        rect = item.rect()
        yield item.page(), position.x(), position.y(), rect.width(), rect.height(), item


@pytest.mark.parametrize("name", ["walk", "report"])
def test_every_item_lies_on_its_page_and_the_body_above_the_footer(kept, name):
    layout = kept["layouts"][name]
    sizes = [layout.pageCollection().page(i).rect() for i in range(layout.pageCollection().pageCount())]
    outside, into_footer = [], []
    for page, x, y, width, height, item in _boxes(layout):
        size = sizes[page]
        if x < -0.01 or y < -0.01 or x + width > size.width() + 0.01 or y + height > size.height() + 0.01:
            outside.append((page, type(item).__name__, round(x, 1), round(y, 1)))
        if page > 0 and y < BODY_BOTTOM and y + height > BODY_BOTTOM + 0.6:
            into_footer.append((page, type(item).__name__, round(y, 1), round(height, 1)))
    assert outside == [] and into_footer == []


def _label_size(label):
    if hasattr(label, "textFormat"):  # QGIS 3.24+
        return label.textFormat().size(), label.textFormat().font().bold()
    return label.font().pointSizeF(), label.font().bold()


@pytest.mark.parametrize("name", ["walk", "report"])
def test_every_label_has_room_for_its_lines(kept, name):
    """No label needs to wrap (QGIS versions wrap differently) and none is lower than its lines."""
    from qgis.core import QgsLayoutItemLabel

    from est_plugin.layout import text

    short = []
    for page, _x, _y, width, height, item in _boxes(kept["layouts"][name]):
        if not isinstance(item, QgsLayoutItemLabel) or "[%" in item.text():
            continue
        size, bold = _label_size(item)
        lines = item.text().split("\n")
        widest = max(text.width_mm(line, size, bold) for line in lines)
        if widest > width + 0.05 or text.lines_height(len(lines), size, bold) > height + 0.05:
            short.append((page, lines[0][:30], round(widest, 1), round(width, 1)))
    assert short == []


@pytest.mark.parametrize("name", ["walk", "report"])
def test_no_two_labels_overlap_after_the_first_page(kept, name):
    from qgis.core import QgsLayoutItemLabel

    boxes = [box for box in _boxes(kept["layouts"][name])
             if box[0] > 0 and isinstance(box[5], QgsLayoutItemLabel) and box[2] < BODY_BOTTOM]
    overlaps = []
    for index, (page, x, y, width, height, item) in enumerate(boxes):
        for other in boxes[index + 1:]:
            if other[0] != page:
                continue
            across = min(x + width, other[1] + other[3]) - max(x, other[1])
            down = min(y + height, other[2] + other[4]) - max(y, other[2])
            if across > 0.3 and down > 0.3:
                overlaps.append((page, item.text()[:25], other[5].text()[:25]))
    assert overlaps == []


def test_a_long_walk_has_every_stop_on_a_page_of_its_own(kept):
    pdf = kept["walk"]
    pages = _pages(pdf)
    first = next(page for page in range(1, pages + 1)
                 if "Stopp 1 av {}".format(STOPS) in _text(pdf, page, page))
    assert pages == first - 1 + STOPS  # map page, the stop list continued, then a page per stop
    for number in range(1, STOPS + 1):
        page = _text(pdf, first + number - 1, first + number - 1)
        assert page.count("Stopp {} av {}".format(number, STOPS)) == 1, number
        assert STREET.format(number) + " " in page + " ", number
        assert all(label in page for label in _checklist()), number
    everything = _text(pdf)
    assert sum(everything.count("Stopp {} av {}".format(n, STOPS)) for n in range(1, STOPS + 1)) == STOPS


def test_the_stop_list_of_a_long_walk_continues_after_the_map_page(kept):
    pdf = kept["walk"]
    before = _text(pdf, 1, 2)
    assert "Stopp 1 av" not in before and _text(pdf, 2, 2).startswith("Stopp i gångordning")
    listed = re.findall(r"Provgatan (\d+)", before)
    assert sorted(int(n) for n in listed) == list(range(1, STOPS + 1))  # each once, none lost


def test_the_protocol_page_is_drawn_not_empty(kept, tmp_path):
    """What failed on QGIS without QtWebKit: the form is on the page (badge, boxes, lines)."""
    from qgis.PyQt.QtGui import QColor, QImage

    first = _pages(kept["walk"]) - STOPS + 1
    prefix = tmp_path / "protocol"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(first), "-l", str(first),
                    kept["walk"], str(prefix)], check=True)
    image = QImage(str(prefix) + ".png")
    blue = dark_rows = grey_rows = 0
    for y in range(image.height()):
        dark = grey = 0
        for x in range(image.width()):
            colour = QColor(image.pixel(x, y))
            red, green, blue_ = colour.red(), colour.green(), colour.blue()
            blue += abs(red - 0x1f) < 25 and abs(green - 0x4e) < 25 and abs(blue_ - 0x79) < 25
            dark += red < 110 and green < 110 and blue_ < 110
            grey += 120 < red < 215 and abs(red - green) < 8 and abs(red - blue_) < 8
        dark_rows += dark > 8
        grey_rows += grey > image.width() * 0.6
    assert blue > 150  # badge, stop title, rule, headings
    assert dark_rows > 60  # the text lines and the boxes
    assert grey_rows >= 12  # 8 lines for notes, 4 for the proposed action


def test_a_table_of_many_rows_flows_over_pages_with_its_header_on_each(qgis_app, tmp_path):
    from qgis.core import QgsProject

    from est_plugin.layout import common
    from est_plugin.layout.flow import Flow
    from est_plugin.layout.tables import Column, flow_table

    layout = common.new_layout(QgsProject.instance(), "rows")
    flow = Flow(layout, lambda: common.add_page(layout, "A4", False), 12.0, 186.0, 12.0, BODY_BOTTOM)
    flow.paragraph("Inledning " * 60, 9.0)
    rows = [["Rad {}".format(n), "{} {}".format("lång text " * (n % 4), n), str(n * 7)]
            for n in range(1, 121)]
    columns = [Column("Rubrik A", None), Column("Rubrik B"), Column("Antal", None, "right")]
    plan = flow_table(flow, columns, rows)
    flow.paragraph("Efter tabellen", 9.0)
    pdf = tmp_path / "rows.pdf"
    assert common.export_pdf(layout, str(pdf)) == []
    pages = _pages(pdf)
    assert pages >= 3 and plan.done and len(plan.table.frames()) == pages
    for page in range(1, pages + 1):
        assert "Rubrik A" in _text(pdf, page, page), page
    found = re.findall(r"\bRad (\d+)\b", _text(pdf))
    assert sorted(int(n) for n in found) == list(range(1, 121))
    assert "Rad 120 120 840 Efter tabellen" in _text(pdf, pages, pages)  # the text goes on under the table


def test_a_label_prints_brackets_from_the_data_as_they_are(qgis_app, tmp_path):
    from qgis.core import QgsProject

    from est_plugin.layout import common

    layout = common.new_layout(QgsProject.instance(), "literal")
    page = common.add_page(layout, "A4", False)
    common.add_label(layout, "Gata [% 1 + 1 %]", (10, 10, 100, 8), page)
    pdf = tmp_path / "literal.pdf"
    assert common.export_pdf(layout, str(pdf)) == []
    printed = _text(pdf).replace("\u2060", "")
    assert "[% 1 + 1 %]" in printed and "Gata 2" not in printed


def test_no_ligatures_in_the_printed_text(kept):
    """'fl', 'fi', 'ffi' stay letters (pdftotext and search find 'flest', 'Graffiti')."""
    text = _text(kept["report"]) + _text(kept["walk"])
    assert not re.search("[\ufb00-\ufb06]", text)
    assert "flest" in text

