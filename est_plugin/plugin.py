"""The QGIS plugin: Processing provider, the EST menu and toolbar, translations."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .core.resources import PLUGIN_ROOT, resource_path
from .locale import apply_ui_language

# (algorithm id, menu text) shown in the EST menu and toolbar.
MENU_ALGORITHMS = (
    ("est:importincidents", QT_TRANSLATE_NOOP("EstPlugin", "Import incidents…")),
    ("est:filterincidents", QT_TRANSLATE_NOOP("EstPlugin", "Filter incidents…")),
    ("est:kerneldensity", QT_TRANSLATE_NOOP("EstPlugin", "Kernel density…")),
    ("est:dbscanhotspots", QT_TRANSLATE_NOOP("EstPlugin", "DBSCAN hotspots…")),
    ("est:hotspotaccuracy", QT_TRANSLATE_NOOP("EstPlugin", "Hotspot accuracy (PAI)…")),
    ("est:tunehotspots", QT_TRANSLATE_NOOP("EstPlugin", "Tune hotspots…")),
    ("est:situationalfactors", QT_TRANSLATE_NOOP("EstPlugin", "Situational factors…")),
    ("est:riskterrain", QT_TRANSLATE_NOOP("EstPlugin", "Risk terrain…")),
    ("est:walkroute", QT_TRANSLATE_NOOP("EstPlugin", "Plan a safety walk…")),
    ("est:walkmap", QT_TRANSLATE_NOOP("EstPlugin", "Print a walk map…")),
    ("est:weeklyreport", QT_TRANSLATE_NOOP("EstPlugin", "Weekly report…")),
)
DOCK_ACTION = "EstDockToggle"


class EstPlugin:
    """Registers the 'est' provider (also headless, for qgis_process) and, with a GUI, the menu."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.actions = []
        self.dock = None
        self.dock_action = None
        self.translator = None
        self._install_translation()

    def _install_translation(self) -> None:
        language = apply_ui_language()
        qm = PLUGIN_ROOT / "i18n" / "est_{}.qm".format(language)
        if qm.exists():
            self.translator = QTranslator()
            if self.translator.load(str(qm)):
                QCoreApplication.installTranslator(self.translator)

    def initProcessing(self):  # noqa: N802 (QGIS's name)
        """Register the Processing provider; qgis_process calls only this."""
        if self.provider is None:
            from .processing.provider import EstProvider

            self.provider = EstProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        """Provider, the EST menu (before Help) and the EST toolbar."""
        self.initProcessing()
        window = self.iface.mainWindow()
        self.menu = QMenu(self.tr("&EST"), window)
        self.menu.setObjectName("EstMenu")
        self.toolbar = self.iface.addToolBar(self.tr("EST"))
        self.toolbar.setObjectName("EstToolBar")
        self._add_dock_action(window)
        registry = QgsApplication.processingRegistry()
        for algorithm_id, label in MENU_ALGORITHMS:
            algorithm = registry.algorithmById(algorithm_id)
            icon = algorithm.icon() if algorithm else QIcon(str(resource_path("icons", "est.svg")))
            action = QAction(icon, self.tr(label), window)
            action.setObjectName(algorithm_id)
            action.triggered.connect(lambda _checked=False, a=algorithm_id: self.open_dialog(a))
            self.menu.addAction(action)
            self.toolbar.addAction(action)
            self.actions.append(action)
        menu_bar = window.menuBar()
        help_menu = next((a for a in menu_bar.actions() if a.menu() and
                          a.menu().objectName() == "mHelpMenu"), None)
        if help_menu is not None:
            menu_bar.insertMenu(help_menu, self.menu)
        else:
            menu_bar.addMenu(self.menu)

    def _add_dock_action(self, window) -> None:
        """The checkable action that shows and hides the EST panel (made when first shown)."""
        icon = QIcon(str(resource_path("icons", "est.svg")))
        self.dock_action = QAction(icon, self.tr("EST panel"), window)
        self.dock_action.setObjectName(DOCK_ACTION)
        self.dock_action.setCheckable(True)
        self.dock_action.toggled.connect(self.show_dock)
        self.menu.addAction(self.dock_action)
        self.menu.addSeparator()
        self.toolbar.addAction(self.dock_action)

    def show_dock(self, visible: bool = True) -> None:
        """Show or hide the EST panel in the right dock area; it is built the first time."""
        if self.dock is None:
            if not visible:
                return
            from .gui.dock import EstDock

            canvas = self.iface.mapCanvas() if hasattr(self.iface, "mapCanvas") else None
            window = self.iface.mainWindow()
            self.dock = EstDock(canvas, self.iface, window)
            if hasattr(self.iface, "addDockWidget"):
                self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            else:
                window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._dock_visibility)
        self.dock.setUserVisible(visible)

    def _dock_visibility(self, visible: bool) -> None:
        if self.dock_action is not None and self.dock_action.isChecked() != self.dock.isUserVisible():
            self.dock_action.setChecked(self.dock.isUserVisible())

    def _remove_dock(self) -> None:
        if self.dock is not None:
            self.dock.cleanup()
            if hasattr(self.iface, "removeDockWidget"):
                self.iface.removeDockWidget(self.dock)
            else:
                self.iface.mainWindow().removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.dock_action is not None:
            self.dock_action.deleteLater()
            self.dock_action = None

    @staticmethod
    def open_dialog(algorithm_id: str) -> None:
        """Open the Processing dialog of an algorithm."""
        import processing

        processing.execAlgorithmDialog(algorithm_id)

    def unload(self):
        """Remove everything the plugin added."""
        self._remove_dock()
        # The worker threads the panel kept alive (gui.runner.keep_worker_threads) stay alive: the
        # CRSs of the layers made in them belong to those threads' PROJ contexts, and a thread that
        # expired would take their definitions with it (the layers would lose their CRS 30 s later).
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    @staticmethod
    def tr(text: str) -> str:
        """Translate in the 'EstPlugin' context."""
        return QCoreApplication.translate("EstPlugin", text)
