"""The EST panel in the plugin: a toggle action in the EST menu and toolbar, the dock built only
when first shown, in the right dock area, gone after unload; menu entries of the newer algorithms."""
from qgis.gui import QgsDockWidget, QgsMapCanvas
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtWidgets import QMainWindow, QMenu
from test_plugin import plugin_package, registry_without_est  # noqa: F401 (fixtures)


class Iface:
    """What the plugin uses of QgisInterface, on a real main window and map canvas."""

    def __init__(self):
        self.window = QMainWindow()
        self.window.menuBar().addMenu("&Project")
        help_menu = QMenu("&Help", self.window)
        help_menu.setObjectName("mHelpMenu")
        self.window.menuBar().addMenu(help_menu)
        self.canvas = QgsMapCanvas(self.window)
        self.window.setCentralWidget(self.canvas)
        self.docks = []

    def mainWindow(self):  # noqa: N802 (QGIS API)
        return self.window

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def addToolBar(self, title):  # noqa: N802
        return self.window.addToolBar(title)

    def addDockWidget(self, area, dock):  # noqa: N802
        self.docks.append(dock)
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.docks.remove(dock)
        self.window.removeDockWidget(dock)


def _flush():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_toggle_builds_the_dock_on_the_right_and_unload_removes_it(plugin_package, registry_without_est):  # noqa: F811,E501
    iface = Iface()
    plugin = plugin_package.classFactory(iface)
    plugin.initGui()
    try:
        assert plugin.dock is None  # nothing built at start-up
        menu = plugin.menu
        toggle = next(a for a in menu.actions() if a.objectName() == "EstDockToggle")
        assert toggle.isCheckable() and toggle in plugin.toolbar.actions()
        names = [a.objectName() for a in menu.actions()]
        for algorithm_id in ("est:situationalfactors", "est:riskterrain", "est:weeklyreport"):
            assert algorithm_id in names
        iface.window.show()
        toggle.trigger()
        dock = plugin.dock
        assert isinstance(dock, QgsDockWidget) and iface.docks == [dock]
        assert iface.window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
        assert dock.isUserVisible() and dock.canvas is iface.canvas
        toggle.trigger()
        assert not dock.isUserVisible() and plugin.dock is dock  # hidden, kept
        toggle.trigger()
        assert dock.isUserVisible()
        dock.close()
        assert not toggle.isChecked()  # closing the dock unchecks the action
    finally:
        from est_plugin.gui.runner import keep_worker_threads

        keep_worker_threads()  # as after a panel run
        plugin.unload()
        _flush()
    assert iface.docks == [] and iface.window.findChildren(QgsDockWidget) == []
    # the threads that made the layers' CRSs stay alive after unloading (they would take the CRSs)
    from est_plugin import compat

    assert {pool.expiryTimeout() for pool in compat.task_thread_pools()} == {-1}
    assert [a for a in iface.window.findChildren(type(toggle)) if a.objectName() == "EstDockToggle"] == []
    iface.window.deleteLater()
    _flush()


GUI_PROBE = r"""
import json, sys
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QMainWindow
app = QgsApplication([], True); app.initQgis()
before = set(sys.modules)
sys.path.insert(0, sys.argv[1])
import est_trygghet as plugin_entry
window = QMainWindow()
class Iface:
    def mainWindow(self):
        return window
    def addToolBar(self, title):
        return window.addToolBar(title)
plugin = plugin_entry.classFactory(Iface())
plugin.initGui()
names = ("numpy", "pandas", "scipy", "pyproj", "shapely", "est_trygghet.gui.dock")
heavy = sorted(m for m in names if m in set(sys.modules) - before)
print(json.dumps({"actions": len(plugin.menu.actions()), "imported": heavy}))
"""


def test_init_gui_with_the_panel_action_imports_no_science_packages_nor_the_dock(tmp_path):
    import json
    import os
    import subprocess
    import sys

    from qgis_helpers import ROOT

    (tmp_path / "est_trygghet").symlink_to(ROOT, target_is_directory=True)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", GUI_PROBE, str(tmp_path)], capture_output=True, text=True,
                          timeout=300, env=environment)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["actions"] >= 12
    assert result["imported"] == []
