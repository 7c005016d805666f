"""The later steps of the EST dock: situational factors and the weekly report run from the dock
give what the algorithms give directly; a step whose algorithm is missing says so and is off."""
import pytest
from dock_helpers import assert_same_as_direct, wait_for
from qgis.core import QgsApplication
from qgis_helpers import HELSINKI_CSV
from test_dock import canvas, clean_settings, make_dock, osm_layer, project  # noqa: F401 (fixtures)

FACTORS, WEEKLY = "est:situationalfactors", "est:weeklyreport"


def registered(algorithm_id):
    return QgsApplication.processingRegistry().algorithmById(algorithm_id) is not None


@pytest.fixture
def week_dock(make_dock, project, qtbot):  # noqa: F811
    """Helsinki sample imported, weeks 43-46 filtered and DBSCAN hotspots found, through the dock."""
    layers = {name: osm_layer(name) for name in ("highways", "street_lamps", "vegetation")}
    project.addMapLayers(list(layers.values()))
    dock = make_dock()
    dock.incidents.set_file(str(HELSINKI_CSV))
    wait_for(qtbot, dock, dock.incidents.import_button.click)
    dock.incidents.week.setText("2026-W46")
    dock.incidents.weeks_before.setValue(3)
    wait_for(qtbot, dock, dock.incidents.filter_button.click)
    dock.hotspots.method.setCurrentIndex(1)
    dock.hotspots.eps.setValue(40)
    dock.hotspots.min_size.setValue(5)
    wait_for(qtbot, dock, dock.hotspots.run_button.click)
    return dock, layers


def test_a_step_whose_algorithm_is_missing_is_switched_off_with_a_message(make_dock, monkeypatch):  # noqa: F811
    from est_plugin.gui.steps import common

    monkeypatch.setattr(common, "algorithm_available", lambda algorithm_id: False)
    dock = make_dock()
    dock.factors.refresh()
    assert not dock.factors.run_button.isEnabled()
    assert dock.factors.message.isVisibleTo(dock.factors) and FACTORS in dock.factors.message.text()
    assert all(not box.isEnabled() for box in dock.factors.boxes)
    dock.printing.refresh()
    assert not dock.printing.weekly_button.isEnabled() and WEEKLY in dock.printing.weekly_message.text()
    dock.factors.run_button.setEnabled(True)  # even if clicked: no run, a message
    dock.factors.run()
    assert dock.last_run is None and FACTORS in dock.run_panel.status.text()


def test_factors_from_dock_equal_direct_run(week_dock, qtbot, run_alg, tmp_path):
    assert registered(FACTORS)
    dock, layers = week_dock
    step = dock.factors
    step.refresh()
    assert step.run_button.isEnabled() and not step.message.isVisibleTo(step)
    assert step.hotspots.currentLayer() is dock.results["hotspots"]
    assert step.incidents.currentLayer() is dock.results["filtered"]
    step.lights.setLayer(layers["street_lamps"])
    step.vegetation.setLayer(layers["vegetation"])
    step.paths.setLayer(layers["highways"])
    step.light_radius.setValue(30)
    step.lighting_area.setLayer(layers["vegetation"])  # lighting known only there: NULL elsewhere
    step.other.setItemCheckState(step.other.findText(layers["street_lamps"].name()), 2)
    step.other_distance.setValue(40)
    run = wait_for(qtbot, dock, step.run_button.click)
    assert_same_as_direct(run, run_alg, tmp_path, {
        "HOTSPOTS": dock.results["hotspots"], "INCIDENTS": dock.results["filtered"],
        "LIGHTS": layers["street_lamps"], "LIGHT_RADIUS": 30.0, "VEGETATION": layers["vegetation"],
        "CROWN_RADIUS": 4.0, "PATHS": layers["highways"], "LIGHTING_AREA": layers["vegetation"],
        "OTHER_FACTORS": [layers["street_lamps"]], "OTHER_DISTANCE": 40.0})
    assert dock.results["factors"] in run.layers
    flagged = [layer for layer in run.layers if layer.name() == "Incidents with factors"]
    assert flagged and flagged[0].renderer().type() == "categorizedSymbol"  # EST category colours
    assert dock.printing.lights.currentLayer() is layers["street_lamps"]


def test_weekly_report_from_dock_equals_direct_run(week_dock, qtbot, run_alg, tmp_path):
    assert registered(WEEKLY)
    dock, _ = week_dock
    step = dock.printing
    step.refresh()
    assert step.weekly_button.isEnabled()
    assert step.week.text() == "2026-W46"  # follows the incidents step
    assert step.incidents.currentLayer() is dock.results["incidents"]
    step.folder.setFilePath(str(tmp_path))
    step.title.setText("Lägesbild vecka 46")
    step.language.setCurrentIndex(1)
    wait_for(qtbot, dock, step.weekly_button.click)
    pdf, html = tmp_path / "weekly_report_2026-W46.pdf", tmp_path / "weekly_report_2026-W46.html"
    assert pdf.stat().st_size > 10_000 and html.exists()
    direct = run_alg(WEEKLY, {"INCIDENTS": dock.results["incidents"].source(), "WEEK": "2026-W46",
                              "COMPARE_WEEKS": 4, "HOTSPOTS": dock.results["hotspots"].source(),
                              "TITLE": "Lägesbild vecka 46", "LANGUAGE": 1,
                              "OUTPUT_PDF": str(tmp_path / "d.pdf"),
                              "OUTPUT_HTML": str(tmp_path / "d.html")}).results
    assert html.read_text(encoding="utf-8") == open(direct["OUTPUT_HTML"], encoding="utf-8").read()
