"""The EST dock (pytest-qt, offscreen): it opens, fills from the project, each step run from it
makes the same layers as the algorithm run directly, Cancel stops a long run, settings stay."""
import time

import pytest
from dock_helpers import assert_same_as_direct, wait_for
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate
from qgis_helpers import DATA, HELSINKI_CSV, ROOT, layer

OSM = ROOT / "resources" / "sample" / "helsinki_osm.gpkg"
VPD = DATA / "vpd_crimes_2020_extract.csv"
VPD_MAPPING = {"X_FIELD": "X", "Y_FIELD": "Y", "YEAR_FIELD": "YEAR", "MONTH_FIELD": "MONTH",
               "DAY_FIELD": "DAY", "HOUR_FIELD": "HOUR", "MINUTE_FIELD": "MINUTE",
               "CATEGORY_FIELD": "TYPE", "SOURCE_CRS": "EPSG:26910"}


@pytest.fixture(autouse=True)
def clean_settings():
    """The user's est/ settings put aside during a test and restored after it."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    saved = {key: settings.value(key) for key in settings.allKeys() if key.startswith("est/")}
    settings.remove("est")
    yield
    settings.remove("est")
    for key, value in saved.items():
        settings.setValue(key, value)


@pytest.fixture
def project():
    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


def osm_layer(name):
    result = QgsVectorLayer("{}|layername={}".format(OSM, name), name, "ogr")
    assert result.isValid()
    return result


@pytest.fixture
def canvas(qtbot):
    from qgis.gui import QgsMapCanvas

    widget = QgsMapCanvas()
    widget.resize(400, 400)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def make_dock(qtbot, canvas, project):
    from est_plugin.gui.dock import EstDock

    made = []

    def make():
        dock = EstDock(canvas)
        qtbot.addWidget(dock)
        dock.show()
        made.append(dock)
        return dock

    yield make
    for dock in made:
        dock.cleanup()


@pytest.fixture
def helsinki(make_dock, project, qtbot):
    """A dock with the sample's OSM layers in the project and its incidents imported through it."""
    for name in ("highways", "street_lamps", "vegetation"):
        project.addMapLayer(osm_layer(name))
    dock = make_dock()
    dock.incidents.set_file(str(HELSINKI_CSV))
    run = wait_for(qtbot, dock, dock.incidents.import_button.click)
    return dock, run


def group_layers(project, name):
    group = project.layerTreeRoot().findGroup(name)
    return [] if group is None else [node.layer().name() for node in group.findLayers()]


def test_dock_opens_with_five_steps_and_fills_from_the_project(make_dock, project):
    lamps, roads, green = osm_layer("street_lamps"), osm_layer("highways"), osm_layer("vegetation")
    project.addMapLayers([lamps, roads, green])
    dock = make_dock()
    assert dock.isVisible()
    assert [dock.toolbox.itemText(i).split(None, 1)[1] for i in range(dock.toolbox.count())] == [
        "Incidents", "Hotspots", "Situational factors", "Safety walk", "Print"]
    assert dock.incidents.layer.currentLayer() is lamps  # the only point layer
    assert dock.walk.network.currentLayer() is roads
    assert dock.factors.hotspots.currentLayer() is green
    assert dock.factors.lights.currentLayer() is None  # optional inputs start empty...
    assert dock.factors.lights.count() == 2  # ...and offer (empty) + the point layer
    # a layer added later appears in the pickers of its kind only
    extra = QgsVectorLayer("Point?crs=EPSG:3067", "later points", "memory")
    project.addMapLayer(extra)
    names = [dock.hotspots.layer.itemText(i) for i in range(dock.hotspots.layer.count())]
    assert sorted(names) == ["later points", "street_lamps"]
    assert dock.walk.network.count() == 1


def test_import_with_column_mapping_equals_direct_run(make_dock, project, qtbot, run_alg, tmp_path):
    dock = make_dock()
    dock.incidents.set_file(str(VPD))
    assert dock.incidents.columns.columns[:3] == ["TYPE", "YEAR", "MONTH"]
    dock.incidents.columns.set_mapping(VPD_MAPPING)
    run = wait_for(qtbot, dock, dock.incidents.import_button.click)
    assert run.parameters["SOURCE_CRS"] == "EPSG:26910" and run.parameters["CATEGORY_FIELD"] == "TYPE"
    direct = assert_same_as_direct(run, run_alg, tmp_path, dict(VPD_MAPPING, INPUT=str(VPD)))
    assert run.results["IMPORTED_COUNT"] == direct["IMPORTED_COUNT"] > 0
    loaded = {lyr.name(): lyr for lyr in run.layers}
    assert loaded["Incidents"].featureCount() == direct["IMPORTED_COUNT"]
    assert dock.incidents.layer.currentLayer() is loaded["Incidents"]
    assert type(loaded["Incidents"].renderer()).__name__ == "QgsCategorizedSymbolRenderer"
    # the export ends on 30 December 2020, long before the default week: the dock works on its last week
    assert dock.incidents.week.text() == "2020-W53" and dock.group_name() == "EST 2020-W53"


def test_filter_equals_direct_run_and_names_the_week_group(helsinki, project, qtbot, run_alg, tmp_path):
    dock, _ = helsinki
    steps = dock.incidents
    steps.by_week.setChecked(True)
    steps.week.setText("2026-W46")
    steps.weeks_before.setValue(3)
    for day in (4, 5):  # Friday, Saturday
        steps.weekdays[day].setChecked(True)
    steps.hours.setText("18-04")
    run = wait_for(qtbot, dock, steps.filter_button.click)
    assert run.parameters["WEEKDAYS"] == [4, 5] and run.parameters["HOURS"] == "18-04"
    direct = assert_same_as_direct(run, run_alg, tmp_path, {
        "INPUT": dock.results["incidents"], "ISO_WEEK": "2026-W46", "WEEKS_BEFORE": 3, "WEEKDAYS": [4, 5],
        "HOURS": "18-04", "AFTER_DARK": False})
    assert 0 < run.results["KEPT_COUNT"] == direct["KEPT_COUNT"]
    assert dock.group_name() == "EST 2026-W46"
    assert "Filtered incidents" in group_layers(project, "EST 2026-W46")
    assert dock.hotspots.layer.currentLayer() is run.layers[0]


def test_period_and_categories_filter_equals_direct_run(helsinki, qtbot, run_alg, tmp_path):
    dock, _ = helsinki
    steps = dock.incidents
    steps.by_period.setChecked(True)
    steps.date_from.setDate(QDate(2026, 10, 1))
    steps.date_to.setDate(QDate(2026, 10, 31))
    values = steps.categories.checkedItems()
    assert values == []
    all_values = [steps.categories.itemText(i) for i in range(steps.categories.count())]
    assert "klotter" in all_values and "skadegorelse" in all_values
    steps.categories.setCheckedItems(["klotter", "skadegorelse"])
    run = wait_for(qtbot, dock, steps.filter_button.click)
    assert run.parameters["CATEGORIES"] == "klotter,skadegorelse"
    assert run.parameters["DATE_FROM"] == "2026-10-01"
    assert_same_as_direct(run, run_alg, tmp_path, {
        "INPUT": dock.results["incidents"], "DATE_FROM": "2026-10-01", "DATE_TO": "2026-10-31",
        "CATEGORIES": "klotter,skadegorelse"})
    kept = {f["category"] for f in run.layers[0].getFeatures()}
    assert kept == {"klotter", "skadegorelse"}
    assert dock.group_name() == "EST 2026-10-01 – 2026-10-31"


def test_dbscan_from_dock_equals_direct_run_and_matches_the_preview(helsinki, qtbot, run_alg, tmp_path):
    dock, _ = helsinki
    step = dock.hotspots
    step.method.setCurrentIndex(1)
    step.eps.setValue(40)
    step.min_size.setValue(8)
    step.update_preview()
    preview = step.last_preview
    run = wait_for(qtbot, dock, step.run_button.click)
    direct = assert_same_as_direct(run, run_alg, tmp_path, {
        "INPUT": dock.results["incidents"], "EPS": 40, "MIN_SIZE": 8})
    assert preview.clusters == direct["NUM_CLUSTERS"] > 0
    incidents = step.layer.currentLayer().featureCount()
    assert preview.noise_share == pytest.approx(direct["NOISE_COUNT"] / incidents)
    hotspots = dock.results["hotspots"]
    assert hotspots.name() == "Hotspots (DBSCAN)" and hotspots.labelsEnabled()
    assert dock.walk.stops.currentLayer() is hotspots and dock.factors.hotspots.currentLayer() is hotspots


def test_kde_from_dock_equals_direct_run_and_matches_the_preview(helsinki, qtbot, run_alg, tmp_path):
    dock, _ = helsinki
    step = dock.hotspots
    step.method.setCurrentIndex(0)
    step.radius.setValue(75)
    step.pixel.setValue(5)
    step.kernel.setCurrentIndex(0)
    step.share.setValue(5)
    step.update_preview()
    preview = step.last_preview
    run = wait_for(qtbot, dock, step.run_button.click)
    assert_same_as_direct(run, run_alg, tmp_path, {
        "INPUT": dock.results["incidents"], "RADIUS": 75, "PIXEL_SIZE": 5, "KERNEL": 0, "HOTSPOT_SHARE": 5})
    assert preview.pixel == 5 and preview.clusters == layer(run.results["HOTSPOTS"]).featureCount() > 0
    density = dock.results["density"]
    assert density.name() == "Density"
    assert type(density.renderer()).__name__ == "QgsSingleBandPseudoColorRenderer"


def test_preview_reports_pai_for_a_test_period_and_is_debounced(helsinki, qtbot):
    dock, _ = helsinki
    step = dock.hotspots
    step.method.setCurrentIndex(1)
    step.eps.setValue(40)
    step.min_size.setValue(8)
    step.test_box.setChecked(True)
    step.test_from.setDate(QDate(2026, 11, 9))
    step.test_to.setDate(QDate(2026, 11, 15))
    step.preview_label.setText("")
    for eps in (30, 35, 40):  # quick changes: one computation after they stop
        step.eps.setValue(eps)
    assert step.timer.isActive() and step.preview_label.text() == ""
    qtbot.waitUntil(lambda: "PAI" in step.preview_label.text(), timeout=5000)
    result = step.last_preview
    assert result.pai > 1 and 0 < result.test_hits <= result.test_incidents
    assert result.training_incidents + result.test_incidents <= step.layer.currentLayer().featureCount()
    # the clusters and noise shown are those of the run (all incidents), not of the training part
    step.test_box.setChecked(False)
    step.update_preview()
    assert step.last_preview.clusters == result.clusters
    assert step.last_preview.noise_share == result.noise_share


def test_walk_from_dock_with_start_picked_on_the_map_equals_direct_run(helsinki, qtbot, canvas, run_alg,
                                                                       tmp_path):
    from qgis.PyQt.QtCore import QPoint, Qt
    from qgis.PyQt.QtTest import QTest

    dock, _ = helsinki
    dock.hotspots.method.setCurrentIndex(1)
    dock.hotspots.eps.setValue(40)
    dock.hotspots.min_size.setValue(8)
    wait_for(qtbot, dock, dock.hotspots.run_button.click)
    stops = dock.walk.stops.currentLayer()
    canvas.setDestinationCrs(stops.crs())
    canvas.setExtent(stops.extent())
    canvas.show()
    canvas.refresh()
    dock.walk.pick_button.setChecked(True)
    assert canvas.mapTool() is dock.walk.tool
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(200, 200))
    expected = canvas.getCoordinateTransform().toMapCoordinates(200, 200)
    assert dock.walk.start_point is not None and not dock.walk.pick_button.isChecked()
    point, _crs = dock.walk.start_point
    assert point.x() == pytest.approx(expected.x()) and point.y() == pytest.approx(expected.y())
    dock.walk.max_stops.setValue(5)
    dock.walk.max_minutes.setValue(120)
    run = wait_for(qtbot, dock, dock.walk.run_button.click)
    assert run.parameters["START"].endswith("[{}]".format(stops.crs().authid()))
    direct = assert_same_as_direct(run, run_alg, tmp_path, {
        "STOPS": stops, "NETWORK": "{}|layername=highways".format(OSM), "MAX_STOPS": 5, "MAX_MINUTES": 120,
        "START": "{},{} [{}]".format(expected.x(), expected.y(), stops.crs().authid())})
    assert run.results["STOP_COUNT"] == direct["STOP_COUNT"] == 5
    assert dock.printing.route.currentLayer() is dock.results["route"]


def test_walk_map_printed_from_dock_equals_direct_run(helsinki, qtbot, run_alg, tmp_path):
    dock, _ = helsinki
    assert dock.incidents.week.text() == "2026-W46"  # the sample reaches past the default week: kept
    dock.hotspots.method.setCurrentIndex(1)
    wait_for(qtbot, dock, dock.hotspots.run_button.click)
    dock.walk.max_stops.setValue(4)
    wait_for(qtbot, dock, dock.walk.run_button.click)
    dock.printing.folder.setFilePath(str(tmp_path))
    dock.printing.title.setText("Trygghetsvandring test")
    dock.printing.paper.setCurrentIndex(1)
    run = wait_for(qtbot, dock, dock.printing.walk_button.click)
    pdf, html = tmp_path / "walk_map_2026-W46.pdf", tmp_path / "walk_protocol_2026-W46.html"
    assert run.results["OUTPUT_PDF"] == str(pdf) and pdf.stat().st_size > 10_000
    direct = run_alg("est:walkmap", {
        "ROUTE": dock.results["route"].source(), "STOPS": dock.results["stops"].source(),
        "HOTSPOTS": dock.results["hotspots"].source(), "TITLE": "Trygghetsvandring test", "PAPER": 1,
        "LANGUAGE": 0, "OUTPUT_PDF": str(tmp_path / "d.pdf"),
        "OUTPUT_HTML": str(tmp_path / "d.html")}).results
    assert html.read_text(encoding="utf-8") == open(direct["OUTPUT_HTML"], encoding="utf-8").read()
    assert "walk_map_2026-W46.pdf" in dock.printing.result.text()


def _big_layer(project, count=60_000):
    import numpy as np
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    rng = np.random.default_rng(7)
    big = QgsVectorLayer("Point?crs=EPSG:3006", "many incidents", "memory")
    features = []
    for x, y in zip(rng.uniform(670000, 675000, count), rng.uniform(6578000, 6583000, count)):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    big.dataProvider().addFeatures(features)
    project.addMapLayer(big)
    return big


def test_cancel_stops_a_long_kde_run_and_adds_nothing(make_dock, project, qtbot):
    big = _big_layer(project)
    dock = make_dock()
    dock.hotspots.set_input(big)
    dock.hotspots.method.setCurrentIndex(0)
    dock.hotspots.radius.setValue(1000)
    dock.hotspots.pixel.setValue(2)
    layers_before = set(project.mapLayers())
    dock.hotspots.run_button.click()
    run = dock.last_run
    assert run is not None and dock.run_panel.cancel_button.isEnabled()
    qtbot.wait(1500)
    assert not run.done  # long enough to cancel in the middle
    started = time.monotonic()
    dock.run_panel.cancel_button.click()
    qtbot.waitUntil(lambda: run.done, timeout=5000)
    assert time.monotonic() - started < 5
    assert run.cancelled and not run.ok and run.layers == []
    assert set(project.mapLayers()) == layers_before
    assert "Cancelled" in dock.run_panel.status.text() and not dock.run_panel.cancel_button.isEnabled()


def test_second_run_replaces_or_adds_as_chosen(helsinki, project, qtbot):
    dock, _ = helsinki
    dock.incidents.week.setText("2026-W46")
    dock.second_run.setCurrentIndex(dock.second_run.findData("replace"))
    for _ in range(2):
        wait_for(qtbot, dock, dock.incidents.filter_button.click)
    assert group_layers(project, "EST 2026-W46").count("Filtered incidents") == 1
    dock.second_run.setCurrentIndex(dock.second_run.findData("add"))
    wait_for(qtbot, dock, dock.incidents.filter_button.click)
    assert group_layers(project, "EST 2026-W46").count("Filtered incidents") == 2


def test_settings_are_remembered_by_a_new_dock(make_dock):
    first = make_dock()
    first.hotspots.method.setCurrentIndex(1)
    first.hotspots.eps.setValue(65)
    first.hotspots.min_size.setValue(12)
    first.hotspots.radius.setValue(220)
    first.incidents.weeks_before.setValue(2)
    first.incidents.weekdays[6].setChecked(True)
    first.incidents.hours.setText("22-04")
    first.walk.max_minutes.setValue(75)
    first.second_run.setCurrentIndex(first.second_run.findData("add"))
    second = make_dock()
    assert second.hotspots.method.currentIndex() == 1 and second.hotspots.pages.currentIndex() == 1
    hotspots = second.hotspots
    assert (hotspots.eps.value(), hotspots.min_size.value(), hotspots.radius.value()) == (65, 12, 220)
    assert second.incidents.weeks_before.value() == 2 and second.incidents.hours.text() == "22-04"
    assert [box.isChecked() for box in second.incidents.weekdays] == [False] * 6 + [True]
    assert second.walk.max_minutes.value() == 75 and second.second_run.currentData() == "add"


def test_column_mapping_is_remembered_per_file_layout(make_dock, tmp_path):
    first = make_dock()
    first.incidents.set_file(str(VPD))
    first.incidents.columns.set_mapping(VPD_MAPPING)
    first.incidents.columns.remember()
    copy = tmp_path / "other_week.csv"  # another export with the same columns
    copy.write_bytes(VPD.read_bytes()[:2000].rsplit(b"\n", 1)[0] + b"\n")
    second = make_dock()
    second.incidents.set_file(str(copy))
    assert second.incidents.columns.mapping() == VPD_MAPPING
    second.incidents.set_file(str(HELSINKI_CSV))  # another layout: recognised by name
    assert second.incidents.columns.mapping() == {}


def test_dock_defaults_follow_the_clock_not_the_calendar(make_dock):
    import datetime

    from est_plugin.core import clock

    clock.set_today(datetime.date(2027, 3, 10))  # a Wednesday of 2027-W10; pinned_today restores
    dock = make_dock()
    assert dock.incidents.week.text() == "2027-W09"
    assert dock.group_name() == "EST 2027-W09"
    assert dock.incidents.date_to.date().toString("yyyy-MM-dd") == "2027-03-09"
    assert dock.hotspots.test_from.date().toString("yyyy-MM-dd") == "2027-03-03"
    assert dock.printing.output_path("walk_map", "pdf").endswith("walk_map_2027-W09.pdf")


def test_every_step_fits_the_narrowest_dock_without_cutting_widgets_off(make_dock, qtbot):
    from qgis.PyQt.QtWidgets import QApplication

    dock = make_dock()
    dock.resize(dock.minimumWidth(), 900)
    for index in range(dock.toolbox.count()):
        dock.toolbox.setCurrentIndex(index)
        QApplication.processEvents()
        area = dock.toolbox.widget(index)
        needed = area.widget().minimumSizeHint().width()
        assert needed <= area.viewport().width(), (dock.toolbox.itemText(index), needed,
                                                   area.viewport().width())
