"""est:walkmap through Processing: the PDF (map page + a protocol page per stop), its text, paper,
the HTML protocol, no leak of free text, and the layout kept in the project inside QGIS.

The walk is a small hand-made ROUTE/STOPS pair in the schema of est:walkroute (EPSG:3067, central
Helsinki); street lights and vegetation come from the committed OSM sample (ODbL).
"""
import csv
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OSM = ROOT / "resources" / "sample" / "helsinki_osm.gpkg"
SECRET = "SECRET-DESCRIPTION-4711"
STREETS = ["Amoksenkäytävä", "Lönnrotinkatu", "<script>alert('x')</script>", "Kasarmikatu"]
STOP_XY = [(385575.0, 6672015.0), (385700.0, 6671784.0), (386102.0, 6671989.0), (386111.0, 6671690.0)]
PARAMETER_NAMES = ["ROUTE", "STOPS", "HOTSPOTS", "DENSITY", "LIGHTS", "VEGETATION", "TITLE", "ORGANISATION",
                   "WALK_DATE", "PAPER", "LANGUAGE", "OUTPUT_PDF", "OUTPUT_HTML"]


def _checklist(column):
    with open(ROOT / "resources" / "checklist.csv", encoding="utf-8", newline="") as handle:
        return [row[column] for row in csv.DictReader(handle, delimiter=";")]


def _memory(definition, name, rows):
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer(definition, name, "memory")
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(attributes)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def _save(layer, path):
    from qgis.core import QgsProject, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    write = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None) or \
        QgsVectorFileWriter.writeAsVectorFormatV2
    error = write(layer, str(path), QgsProject.instance().transformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return str(path)


@pytest.fixture(scope="module")
def walk(tmp_path_factory, qgis_app):
    """ROUTE, STOPS (one left out without stop_no, a secret description) and HOTSPOTS GeoPackages."""
    from qgis.core import QgsGeometry, QgsPointXY

    folder = tmp_path_factory.mktemp("walk")
    points = [QgsPointXY(x, y) for x, y in STOP_XY]
    legs, cumulative = [], 0.0
    for number, (start, end) in enumerate(zip(points, points[1:]), start=1):
        middle = QgsPointXY(start.x(), end.y())  # along the street grid, not straight
        line = QgsGeometry.fromPolylineXY([start, middle, end])
        cumulative += line.length()
        legs.append((line, [number, number, number + 1, line.length(), cumulative, cumulative / 70.0]))
    route = _memory("LineString?crs=EPSG:3067&field=leg_no:integer&field=from_stop:integer"
                    "&field=to_stop:integer&field=length_m:double&field=cum_length_m:double"
                    "&field=cum_minutes:double", "route", legs)
    fields = ("Point?crs=EPSG:3067&field=stop_no:integer&field=arrival_min:double&field=distance_m:double"
              "&field=street:string&field=snap_m:double&field=priority:double&field=rank:integer"
              "&field=incident_count:integer&field=top_categories:string&field=lit_share:double"
              "&field=vegetation_share:double&field=suggested_measures:string&field=description:string")
    rows = []
    for index, point in enumerate(points):
        rows.append((QgsGeometry.fromPointXY(point),
                     [index + 1, index * 9.0, index * 300.0, STREETS[index], 4.0, 10.0 - index, index + 1,
                      40 - 5 * index, "skadegorelse:12, klotter:5" if index % 2 == 0 else None,
                      0.4 if index == 1 else None, 0.35 if index == 1 else None,
                      "Se över belysningen" if index == 1 else None, SECRET]))
    rows.append((QgsGeometry.fromPointXY(QgsPointXY(385900.0, 6672300.0)),
                 [None, None, None, "Left out street", 3.0, 1.0, 9, 3, None, None, None, None, SECRET]))
    stops = _memory(fields, "stops", rows)
    hotspot = QgsGeometry.fromPointXY(points[0]).buffer(60, 8)
    hotspots = _memory("Polygon?crs=EPSG:3067&field=rank:integer", "hotspots", [(hotspot, [1])])
    return {"route": _save(route, folder / "route.gpkg"), "stops": _save(stops, folder / "stops.gpkg"),
            "hotspots": _save(hotspots, folder / "hotspots.gpkg"), "folder": folder}


def _run(walk, name, **extra):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = {"ROUTE": walk["route"], "STOPS": walk["stops"], "HOTSPOTS": walk["hotspots"],
                  "LIGHTS": "{}|layername=street_lamps".format(OSM),
                  "VEGETATION": "{}|layername=vegetation".format(OSM),
                  "TITLE": "Kvällsvandring Kluuvi", "ORGANISATION": "Trygghetsrådet",
                  "WALK_DATE": "2026-11-19",
                  "ATTRIBUTION": "© OpenStreetMap contributors",
                  "OUTPUT_PDF": str(walk["folder"] / "{}.pdf".format(name)),
                  "OUTPUT_HTML": str(walk["folder"] / "{}.html".format(name))}
    parameters.update(extra)
    return processing.run("est:walkmap", parameters, context=context, feedback=QgsProcessingFeedback())


def _text(pdf, first=None, last=None):
    pages = ["-f", str(first), "-l", str(last)] if first else []
    done = subprocess.run(["pdftotext"] + pages + [pdf, "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def _page_sizes(pdf):
    done = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", pdf], capture_output=True, text=True,
                          check=True)
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", done.stdout)
    return [(round(float(w)), round(float(h))) for w, h in sizes]


@pytest.fixture(scope="module")
def swedish(walk):
    return _run(walk, "walk_sv", LANGUAGE=0)


@pytest.fixture(scope="module")
def english(walk):
    return _run(walk, "walk_en", LANGUAGE=1, PAPER=3)


def test_walkmap_is_registered_with_the_stable_parameter_names(qgis_app):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("est:walkmap")
    assert algorithm is not None
    names = {definition.name() for definition in algorithm.parameterDefinitions()}
    assert [name for name in PARAMETER_NAMES if name not in names] == []
    assert algorithm.parameterDefinition("PAPER").options()[0] == "A4 portrait"
    assert algorithm.parameterDefinition("PAPER").defaultValue() == 0
    assert algorithm.parameterDefinition("LANGUAGE").defaultValue() == 0  # Swedish
    assert algorithm.parameterDefinition("CLOSE_UPS").defaultValue() is False
    assert algorithm.group() and algorithm.groupId() == "walks"


def test_pdf_is_a_map_page_then_one_a4_protocol_page_per_stop(swedish):
    sizes = _page_sizes(swedish["OUTPUT_PDF"])
    assert len(sizes) == 1 + len(STOP_XY)  # the stop without stop_no is left out
    assert set(sizes) == {(595, 842)}  # A4 portrait, the default


def test_swedish_text_has_every_stop_and_every_checklist_label(swedish):
    text = _text(swedish["OUTPUT_PDF"], 2, 99)
    for number in range(1, len(STOP_XY) + 1):
        assert "Stopp {} av {}".format(number, len(STOP_XY)) in text
    for label in _checklist("label_sv"):
        assert text.count(label) >= len(STOP_XY), label  # also in 'most common' for some
    for heading in ("VARFÖR HÄR?", "ANTECKNINGAR", "ÅTGÄRDSFÖRSLAG", "Ansvarig:", "Prioritet:"):
        assert heading in text
    assert "Hotspot nr 1 med 40 händelser" in text
    assert "Vanligast: Skadegörelse (12), Klotter (5)" in text
    assert "Belysning: 40 % av platsen är belyst" in text
    assert "Förslag från analysen: Se över belysningen" in text
    assert "Left out street" not in text


def test_page_one_is_the_map_with_title_facts_legend_and_stop_list(swedish):
    text = _text(swedish["OUTPUT_PDF"], 1, 1)
    for expected in ("Kvällsvandring Kluuvi", "Trygghetsrådet", "torsdag 19 november 2026", "4 stopp",
                     "Teckenförklaring", "Gångväg och gångriktning", "Gatubelysning", "Växtlighet",
                     "Stopp i gångordning", "Amoksenkäytävä", "Kasarmikatu",
                     "Kartdata: © OpenStreetMap contributors", "Skala 1:"):
        assert expected in text, expected
    assert "Stopp 1 av" not in text  # the protocol is on the next pages


@pytest.mark.parametrize("language", ["sv", "en"])
def test_each_protocol_page_is_one_stop_with_its_street_checklist_and_form(swedish, english, language):
    """Page n + 1 is stop n's form: number, street, the sections, every checklist item, the form."""
    pdf = (swedish if language == "sv" else english)["OUTPUT_PDF"]
    words = {"sv": ("Stopp {} av {}", ["VARFÖR HÄR?", "CHECKLISTA – KRYSSA DET NI SER", "ANTECKNINGAR",
                                       "ÅTGÄRDSFÖRSLAG", "Ansvarig:", "Prioritet:", "Hög", "Medel", "Låg"]),
             "en": ("Stop {} of {}", ["WHY HERE?", "CHECKLIST – TICK WHAT YOU SEE", "NOTES",
                                      "PROPOSED ACTION", "Owner:", "Priority:", "High", "Medium", "Low"])}
    words = words[language]
    for number, street in enumerate(STREETS, start=1):
        page = _text(pdf, number + 1, number + 1)
        assert page.count(words[0].format(number, len(STREETS))) == 1
        assert street in page, street
        for expected in words[1] + _checklist("label_" + language):
            assert expected in page, (number, expected)
        others = [s for s in STREETS if s != street and s not in street]
        assert not [s for s in others if s in page]  # one stop per page


def test_english_text_has_every_stop_and_checklist_label(english):
    text = _text(english["OUTPUT_PDF"])
    for number in range(1, len(STOP_XY) + 1):
        assert "Stop {} of {}".format(number, len(STOP_XY)) in text
    for label in _checklist("label_en"):
        assert text.count(label) >= len(STOP_XY), label
    assert "Legend" in text and "WHY HERE?" in text and "Thursday 19 November 2026" in text
    assert "Stopp" not in text and "Teckenförklaring" not in text


def test_a3_landscape_map_page_with_a4_portrait_protocol_pages(english):
    sizes = _page_sizes(english["OUTPUT_PDF"])
    assert sizes[0] == (1191, 842)
    assert set(sizes[1:]) == {(595, 842)}


def test_html_protocol_is_escaped_and_complete(swedish):
    html = Path(swedish["OUTPUT_HTML"]).read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(" in html
    for number in range(1, len(STOP_XY) + 1):
        assert "Stopp {}".format(number) in html
    for label in _checklist("label_sv"):
        assert label in html
    assert "Kvällsvandring Kluuvi" in html


def test_the_escaped_street_name_prints_as_text_in_the_pdf(swedish):
    assert "<script>alert('x')</script>" in _text(swedish["OUTPUT_PDF"])


def test_no_free_text_description_reaches_the_documents(swedish, english):
    for result in (swedish, english):
        assert SECRET not in _text(result["OUTPUT_PDF"])
        assert SECRET not in Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")


def test_page_one_png_shows_the_route_stops_and_start(swedish, tmp_path):
    from qgis.PyQt.QtGui import QColor, QImage

    prefix = tmp_path / "walk_map_page1"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1",
                    swedish["OUTPUT_PDF"], str(prefix)], check=True)
    image = QImage(str(prefix) + ".png")
    assert not image.isNull() and image.width() > 400
    targets = {"blue": (0x1f, 0x4e, 0x79, 20), "green": (0x1a, 0x98, 0x50, 25)}
    counts = {"blue": 0, "green": 0}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = QColor(image.pixel(x, y))
            for name, (red, green, blue, tolerance) in targets.items():
                if max(abs(colour.red() - red), abs(colour.green() - green),
                       abs(colour.blue() - blue)) < tolerance:
                    counts[name] += 1
    assert counts["blue"] > 300, counts  # route, stop circles, title
    assert counts["green"] > 10, counts  # the start marker


def test_stops_without_a_stop_no_field_are_refused(walk, tmp_path):
    from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException

    stops = _memory("Point?crs=EPSG:3067&field=street:string", "no_numbers",
                    [(QgsGeometry.fromPointXY(QgsPointXY(*STOP_XY[0])), ["Amoksenkäytävä"])])
    with pytest.raises(QgsProcessingException, match="stop_no"):
        _run(walk, "refused", STOPS=stops, OUTPUT_PDF=str(tmp_path / "x.pdf"), OUTPUT_HTML=None)


def test_a_headless_run_leaves_the_project_alone(walk):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    layouts, layers = len(project.layoutManager().layouts()), len(project.mapLayers())
    _run(walk, "headless")
    assert len(project.layoutManager().layouts()) == layouts
    assert len(project.mapLayers()) == layers


@pytest.fixture
def inside_qgis(monkeypatch):
    """As if run in the QGIS application (qgis.utils.iface set); the project cleaned afterwards."""
    import qgis.utils
    from qgis.core import QgsProject

    monkeypatch.setattr(qgis.utils, "iface", object(), raising=False)
    project = QgsProject.instance()
    yield project
    for layout in project.layoutManager().layouts():
        project.layoutManager().removeLayout(layout)
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


def test_inside_qgis_the_layout_is_kept_in_the_project_with_its_layers(walk, inside_qgis):
    from qgis.core import QgsLayoutItemMap

    _run(walk, "kept", CLOSE_UPS=True)
    layouts = inside_qgis.layoutManager().layouts()
    assert [layout.name() for layout in layouts] == [
        "Kvällsvandring Kluuvi (Trygghetsrådet, torsdag 19 november 2026)"]
    maps = [item for item in layouts[0].items() if isinstance(item, QgsLayoutItemMap)]
    assert len(maps) == 1 + len(STOP_XY)  # the walk map and a close-up per stop
    for layer in maps[0].layers():
        assert inside_qgis.mapLayer(layer.id()) is layer
    group = inside_qgis.layerTreeRoot().findGroup(layouts[0].name())
    assert group is not None and len(group.findLayers()) == len(maps[0].layers())
    stops = [layer for layer in maps[0].layers() if layer.fields().names() == ["stop_no"]]
    assert len(stops) == 1 and stops[0].featureCount() == len(STOP_XY)
    _run(walk, "kept_again")
    assert inside_qgis.layoutManager().layoutByName(layouts[0].name() + " (2)") is not None


def test_without_a_date_the_map_page_has_a_line_for_it_and_the_log_counts_left_out_stops(walk, run_alg):
    run = run_alg("est:walkmap", {"ROUTE": walk["route"], "STOPS": walk["stops"], "LANGUAGE": 1,
                                  "OUTPUT_PDF": str(walk["folder"] / "undated.pdf")})
    text = _text(run.results["OUTPUT_PDF"], 1, 1)
    assert "Date: ____" in text and "Safety walk" in text
    assert run.results["OUTPUT_HTML"] is None
    assert run.logged("1 ") and run.logged("(stop_no)")


def test_a_stop_too_long_for_one_page_continues_and_the_next_stop_starts_a_new_page(walk):
    from qgis.core import QgsGeometry, QgsPointXY

    long_text = "Beskärning av buskage längs gångvägen. " * 250
    stops = _memory("Point?crs=EPSG:3067&field=stop_no:integer&field=suggested_measures:string(20000)",
                    "long", [(QgsGeometry.fromPointXY(QgsPointXY(*STOP_XY[0])), [1, long_text]),
                             (QgsGeometry.fromPointXY(QgsPointXY(*STOP_XY[1])), [2, None])])
    result = _run(walk, "long", STOPS=stops, OUTPUT_HTML=None)
    pages = len(_page_sizes(result["OUTPUT_PDF"]))
    assert pages >= 4  # map, stop 1 on two pages or more, stop 2
    assert "Stopp 1 av 2" in _text(result["OUTPUT_PDF"], 2, 2)
    assert "Stopp 2 av 2" in _text(result["OUTPUT_PDF"], pages, pages)
    assert "Stopp 2" not in _text(result["OUTPUT_PDF"], 2, pages - 1)
    # nothing of the long text is lost between the pages, and the form follows it
    assert _text(result["OUTPUT_PDF"], 2, pages - 1).count("Beskärning") == 250
    assert "ANTECKNINGAR" in _text(result["OUTPUT_PDF"], 3, pages - 1)
