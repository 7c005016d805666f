"""The QGIS plugin entry point: classFactory, initGui (menu before Help, toolbar), unload, and
initProcessing without a GUI (as qgis_process calls it). The repository root is imported as the
installed plugin package would be, under the folder name 'est_trygghet'."""
import importlib.util
import sys

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QMainWindow, QMenu, QToolBar
from qgis_helpers import DATA, ROOT, layer

# in the menu's order: the week's work from the incidents to the report
ALGORITHM_IDS = ["est:importincidents", "est:filterincidents", "est:kerneldensity", "est:dbscanhotspots",
                 "est:hotspotaccuracy", "est:tunehotspots", "est:situationalfactors", "est:riskterrain",
                 "est:walkroute", "est:walkmap", "est:weeklyreport"]
PACKAGE = "est_trygghet"


@pytest.fixture(scope="module")
def plugin_package():
    """The repository root imported as the package 'est_trygghet' (its __init__.py)."""
    if PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
        module = importlib.util.module_from_spec(spec)
        sys.modules[PACKAGE] = module
        spec.loader.exec_module(module)
    return sys.modules[PACKAGE]


@pytest.fixture
def registry_without_est(qgis_app):
    """The session's 'est' provider taken away for the test, and a fresh one put back after it."""
    import headless

    from est_plugin.processing.provider import EstProvider

    registry = QgsApplication.processingRegistry()
    registry.removeProvider("est")  # deletes the session's provider object
    headless._state.pop("provider", None)
    assert registry.providerById("est") is None
    yield registry
    leftover = registry.providerById("est")
    if leftover is not None:
        registry.removeProvider("est")
    provider = EstProvider()
    assert registry.addProvider(provider)
    headless._state["provider"] = provider


class FakeIface:
    """The two things initGui uses from QgisInterface, on a real main window."""

    def __init__(self, window: QMainWindow):
        self.window = window

    def mainWindow(self):  # noqa: N802 (QGIS API)
        return self.window

    def addToolBar(self, title):  # noqa: N802
        return self.window.addToolBar(title)


@pytest.fixture
def iface():
    window = QMainWindow()
    menu_bar = window.menuBar()
    menu_bar.addMenu("&Project")
    help_menu = QMenu("&Help", window)
    help_menu.setObjectName("mHelpMenu")
    menu_bar.addMenu(help_menu)
    yield FakeIface(window)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _menu_titles(window):
    return [action.text() for action in window.menuBar().actions() if action.isVisible()]


def _toolbars(window, name="EstToolBar"):
    return [bar for bar in window.findChildren(QToolBar) if bar.objectName() == name]


def test_class_factory_returns_the_plugin(plugin_package, registry_without_est, iface):
    plugin = plugin_package.classFactory(iface)
    assert plugin.iface is iface
    assert hasattr(plugin, "initGui") and hasattr(plugin, "unload")
    assert registry_without_est.providerById("est") is None  # nothing registered before initGui


def test_init_gui_adds_menu_before_help_toolbar_and_provider(plugin_package, registry_without_est, iface):
    plugin = plugin_package.classFactory(iface)
    plugin.initGui()
    try:
        titles = [title.replace("&", "") for title in _menu_titles(iface.window)]
        assert titles == ["Project", "EST", "Help"]
        est_menu = next(a.menu() for a in iface.window.menuBar().actions()
                        if a.text().replace("&", "") == "EST")
        actions = [a for a in est_menu.actions() if not a.isSeparator()]
        assert [a.objectName() for a in actions if a.objectName().startswith("est:")] == ALGORITHM_IDS
        assert all(a.text().strip() and not a.icon().isNull() for a in actions)
        toolbars = _toolbars(iface.window)
        assert len(toolbars) == 1
        assert [a.objectName() for a in toolbars[0].actions() if a.objectName().startswith("est:")] == \
            ALGORITHM_IDS
        provider = registry_without_est.providerById("est")
        assert provider is not None
        assert sorted(a.id() for a in provider.algorithms()) == sorted(ALGORITHM_IDS)
    finally:
        plugin.unload()


def test_unload_removes_menu_toolbar_and_provider(plugin_package, registry_without_est, iface):
    plugin = plugin_package.classFactory(iface)
    plugin.initGui()
    assert registry_without_est.providerById("est") is not None
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert [t.replace("&", "") for t in _menu_titles(iface.window)] == ["Project", "Help"]
    assert _toolbars(iface.window) == []
    assert [a for a in iface.window.findChildren(QAction) if a.objectName() in ALGORITHM_IDS] == []
    assert registry_without_est.providerById("est") is None


def test_init_gui_without_help_menu_appends_the_menu(plugin_package, registry_without_est):
    window = QMainWindow()
    window.menuBar().addMenu("&Project")
    plugin = plugin_package.classFactory(FakeIface(window))
    plugin.initGui()
    try:
        assert [t.replace("&", "") for t in _menu_titles(window)] == ["Project", "EST"]
    finally:
        plugin.unload()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_init_processing_without_gui_registers_a_working_provider(
        plugin_package, registry_without_est, run_alg, tmp_path):
    plugin = plugin_package.classFactory(None)
    plugin.initProcessing()
    try:
        provider = registry_without_est.providerById("est")
        assert provider is not None and provider is plugin.provider
        assert sorted(a.id() for a in provider.algorithms()) == sorted(ALGORITHM_IDS)
        run = run_alg("est:importincidents", {"INPUT": str(DATA / "chicago_assaults_extract.csv"),
                                              "OUTPUT": str(tmp_path / "c.gpkg")})
        assert layer(run.results["OUTPUT"]).featureCount() == 300
    finally:
        plugin.unload()
    assert registry_without_est.providerById("est") is None
