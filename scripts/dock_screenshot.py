"""Pictures of the EST dock with real results, for the README and docs/.

Runs the week's work on the bundled sample through the dock itself (import, filter weeks 43-46,
DBSCAN hotspots with the preview against week 46, situational factors, a safety walk with its start
picked on the map, the walk map printed) and grabs the main window (map canvas + dock) at each step:

    xvfb-run -a python3 scripts/dock_screenshot.py            # or QT_QPA_PLATFORM=offscreen
    python3 scripts/dock_screenshot.py --language sv --out docs

Writes docs/dock_incidents.png, dock_hotspots.png, dock_factors.png, dock_walk.png, dock_print.png.
"""
import argparse
import datetime
import os
import sys
import time
from pathlib import Path

from headless import ROOT, start

SAMPLE = ROOT / "resources" / "sample"
OSM = SAMPLE / "helsinki_osm.gpkg"
STEPS = ("incidents", "hotspots", "factors", "walk", "print")


def wait(app, run, seconds=300):
    """Process events until the dock's run has finished; stop the script if it failed."""
    deadline = time.monotonic() + seconds
    while not run.done and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    if not run.ok:
        sys.exit("{} failed: {}".format(run.algorithm.id(), run.error()))


def settle(app, canvas, seconds=1.5):
    """Let the map render and the widgets lay out."""
    canvas.refresh()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    canvas.waitWhileRendering()
    app.processEvents()


def osm_layers(project):
    """The sample's streets, lamps and vegetation, quietly styled as a base map."""
    from qgis.core import (
        QgsFillSymbol,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )

    symbols = {"vegetation": QgsFillSymbol.createSimple({"color": "199,233,192,160", "outline_style": "no"}),
               "highways": QgsLineSymbol.createSimple({"color": "#9e9e9e", "width": "0.35"}),
               "street_lamps": QgsMarkerSymbol.createSimple({"name": "circle", "size": "1.0",
                                                             "color": "#e6b800",
                                                             "outline_style": "no"})}
    layers = {}
    for name in ("vegetation", "highways", "street_lamps"):
        layer = QgsVectorLayer("{}|layername={}".format(OSM, name), name, "ogr")
        layer.setRenderer(QgsSingleSymbolRenderer(symbols[name]))
        layers[name] = layer
    for name in ("street_lamps", "highways", "vegetation"):
        project.addMapLayer(layers[name])
    return layers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--language", default="en", help="en, or sv for the Swedish translation")
    parser.add_argument("--dock-width", type=int, default=0,
                        help="dock width in pixels; 0: the width Qt gives a new dock (QGIS's default)")
    parser.add_argument("--window", default="1600x1000", help="main window size, WIDTHxHEIGHT")
    parser.add_argument("--steps", default=",".join(STEPS), help="the steps to grab, comma-separated")
    parser.add_argument("--today", default="2026-11-18",
                        help="the day the dock takes as today (its default week and dates)")
    parser.add_argument("--name", default="dock_{step}.png", help="file name pattern of the pictures")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    app = start()
    from qgis.core import QgsProject, QgsSettings
    from qgis.gui import QgsLayerTreeMapCanvasBridge, QgsMapCanvas
    from qgis.PyQt.QtCore import QDate, QPoint, Qt, QTranslator
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QMainWindow

    if args.language == "sv":
        translator = QTranslator()
        if translator.load(str(ROOT / "i18n" / "est_sv.qm")):
            app.installTranslator(translator)
    QgsSettings().remove("est")  # the pictures show the defaults, not this machine's choices
    from est_plugin.core import clock
    from est_plugin.gui.dock import EstDock

    clock.set_today(datetime.date.fromisoformat(args.today))

    project = QgsProject.instance()
    layers = osm_layers(project)
    window = QMainWindow()
    canvas = QgsMapCanvas()
    canvas.setCanvasColor(Qt.GlobalColor.white)
    window.setCentralWidget(canvas)
    bridge = QgsLayerTreeMapCanvasBridge(project.layerTreeRoot(), canvas)  # noqa: F841 (keeps layers in sync)
    dock = EstDock(canvas)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(*(int(size) for size in args.window.split("x")))
    window.show()
    if args.dock_width:
        window.resizeDocks([dock], [args.dock_width], Qt.Orientation.Horizontal)
    args.out.mkdir(parents=True, exist_ok=True)

    def shoot(step):
        if step not in args.steps.split(","):
            return
        dock.toolbox.setCurrentIndex(STEPS.index(step))
        settle(app, canvas)
        path = args.out / args.name.format(step=step)
        window.grab().save(str(path))
        print("wrote", path, "dock width", dock.width())

    steps = dock.incidents
    steps.set_file(str(SAMPLE / "incidents_helsinki_simulated.csv"))
    wait(app, dock.run_step("est:importincidents",
                            {"INPUT": str(SAMPLE / "incidents_helsinki_simulated.csv")},
                            steps._imported))
    steps.week.setText("2026-W46")
    steps.weeks_before.setValue(3)
    wait(app, dock.run_step("est:filterincidents", steps.filter_parameters(), steps._filtered))
    canvas.setDestinationCrs(dock.results["filtered"].crs())
    extent = dock.results["filtered"].extent()
    extent.scale(1.05)
    canvas.setExtent(extent)
    steps.columns_box.setCollapsed(True)
    project.layerTreeRoot().findLayer(dock.results["incidents"].id()).setItemVisibilityChecked(False)
    shoot("incidents")

    hotspots = dock.hotspots
    hotspots.method.setCurrentIndex(1)
    hotspots.eps.setValue(40)
    hotspots.min_size.setValue(8)
    hotspots.set_test_source(dock.results["incidents"])
    hotspots.test_box.setChecked(True)
    hotspots.test_from.setDate(QDate(2026, 11, 9))
    hotspots.test_to.setDate(QDate(2026, 11, 15))
    wait(app, dock.run_step("est:dbscanhotspots", hotspots.parameters(), hotspots._done))
    hotspots.update_preview()
    shoot("hotspots")

    factors = dock.factors
    factors.lights.setLayer(layers["street_lamps"])
    factors.vegetation.setLayer(layers["vegetation"])
    factors.paths.setLayer(layers["highways"])
    if not factors.missing():
        wait(app, dock.run_step("est:situationalfactors", factors.parameters(), factors._done))
    shoot("factors")

    walk = dock.walk
    walk.network.setLayer(layers["highways"])
    walk.max_stops.setValue(6)
    walk.pick_button.setChecked(True)
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(canvas.width() // 2, canvas.height() // 2))
    wait(app, dock.run_step("est:walkroute", walk.parameters(), walk._done))
    shoot("walk")

    printing = dock.printing
    folder = ROOT / "out" / "dock"
    folder.mkdir(parents=True, exist_ok=True)
    printing.folder.setFilePath(str(folder))
    printing.title.setText("Trygghetsvandring Kluuvi")
    printing.organisation.setText("Exempelkommunen")
    wait(app, dock.run_step("est:walkmap", printing.walk_map_parameters(), printing._printed))
    shoot("print")
    dock.cleanup()


if __name__ == "__main__":
    main()
