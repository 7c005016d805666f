"""The EST dock: the week's work in order (Incidents -> Hotspots -> Factors -> Walk -> Print), each
step a Processing algorithm run in the background, the results in the week's layer group."""
from typing import Callable, Dict, Optional

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLabel, QScrollArea, QToolBox, QVBoxLayout, QWidget

from . import settings
from .runner import RunPanel
from .steps import common
from .steps.factors import FactorsStep
from .steps.hotspots import HotspotsStep
from .steps.incidents import IncidentsStep
from .steps.printing import PrintStep
from .steps.walk import WalkStep


class EstDock(QgsDockWidget):
    """The analyst's workspace; ``canvas`` for the start-point map tool, ``iface`` optional."""

    def __init__(self, canvas=None, iface=None, parent=None):
        super().__init__(parent)
        self.canvas, self.iface = canvas, iface
        self.setObjectName("EstDock")
        self.setWindowTitle(self.tr("EST – the week's situational picture"))
        self.results: Dict[str, object] = {}
        self.last_run = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._header())
        self.toolbox = QToolBox()
        self.toolbox.setObjectName("EstSteps")
        self.incidents = IncidentsStep(self)
        self.hotspots = HotspotsStep(self)
        self.factors = FactorsStep(self)
        self.walk = WalkStep(self)
        self.printing = PrintStep(self)
        for number, (step, title) in enumerate((
                (self.incidents, self.tr("Incidents")), (self.hotspots, self.tr("Hotspots")),
                (self.factors, self.tr("Situational factors")), (self.walk, self.tr("Safety walk")),
                (self.printing, self.tr("Print"))), start=1):
            self.toolbox.addItem(self._scrolled(step), "{}  {}".format(number, title))
        self.toolbox.setCurrentIndex(settings.value("dock/step", 0, int))
        self.toolbox.currentChanged.connect(self._step_changed)
        layout.addWidget(self.toolbox, 1)
        self.run_panel = RunPanel()
        layout.addWidget(self.run_panel)
        self.setWidget(body)
        self.setMinimumWidth(340)
        common.let_combos_shrink(body)
        self.update_group_label()

    def _header(self) -> QFormLayout:
        self.group_label = QLabel()
        self.group_label.setObjectName("EstGroupLabel")
        self.second_run = QComboBox()
        self.second_run.setObjectName("EstSecondRun")
        self.second_run.addItem(self.tr("replaces the earlier results"), settings.REPLACE)
        self.second_run.addItem(self.tr("is added beside them"), settings.ADD)
        self.second_run.setCurrentIndex(max(self.second_run.findData(settings.second_run()), 0))
        self.second_run.currentIndexChanged.connect(
            lambda _i: settings.set_second_run(self.second_run.currentData()))
        form = QFormLayout()
        form.setContentsMargins(2, 2, 2, 2)
        form.addRow(self.tr("Results in"), self.group_label)
        form.addRow(self.tr("A new run"), self.second_run)
        return form

    @staticmethod
    def _scrolled(step: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(step)
        return area

    def _step_changed(self, index: int) -> None:
        settings.set_value("dock/step", index)
        self.factors.refresh()
        self.printing.refresh()
        if self.toolbox.widget(index).widget() is self.hotspots:
            self.hotspots.schedule_preview()

    # --- the API of the steps ---------------------------------------------------------------
    def group_name(self) -> str:
        """The layer-tree group of this week's results, e.g. 'EST 2026-W46'."""
        return self.incidents.group_name()

    def update_group_label(self) -> None:
        """Show the group the results go to; the weekly report follows the chosen week."""
        self.group_label.setText("<b>{}</b>".format(self.group_name()))
        if hasattr(self, "printing") and self.incidents.by_week.isChecked():
            self.printing.week.setText(self.incidents.week.text().strip())

    def replace(self) -> bool:
        """True when a new run replaces the layers of the same name in the week's group."""
        return self.second_run.currentData() == settings.REPLACE

    def run_step(self, algorithm_id: str, parameters: dict, on_done: Optional[Callable] = None):
        """Run an algorithm in the background; on_done(run) after its layers are loaded."""
        if not common.algorithm_available(algorithm_id):
            self.run_panel.status.setText(common.unavailable(algorithm_id))
            return None
        self.last_run = self.run_panel.run(algorithm_id, parameters, self.group_name(), self.replace(),
                                           on_done)
        return self.last_run

    def set_result(self, kind: str, layer) -> None:
        """Remember a step's result and offer it to the steps that follow."""
        self.results[kind] = layer
        if kind == "incidents":
            self.hotspots.set_test_source(layer)
            self.printing.incidents.setLayer(layer)
            if "filtered" not in self.results:
                self.hotspots.set_input(layer)
                self.factors.set_incidents(layer)
        elif kind == "filtered":
            self.hotspots.set_input(layer)
            self.factors.set_incidents(layer)
        elif kind == "hotspots":
            self.factors.set_hotspots(layer)
            self.walk.set_stops(layer)
            self.printing.hotspots.setLayer(layer)
            self.printing.report_hotspots.setLayer(layer)
        elif kind == "density":
            self.printing.density.setLayer(layer)
        elif kind == "route":
            self.printing.route.setLayer(layer)
        elif kind == "stops":
            self.printing.stops.setLayer(layer)
        elif kind == "factors":
            self.printing.lights.setLayer(self.factors.lights.currentLayer())
            self.printing.vegetation.setLayer(self.factors.vegetation.currentLayer())

    def cancel(self) -> None:
        """Stop the run under way."""
        self.run_panel.cancel()

    def cleanup(self) -> None:
        """Before the dock goes away: stop the run, take the map tool and marker off the map."""
        self.run_panel.cancel()
        self.walk.cleanup()

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        self.walk.pick_button.setChecked(False)
        super().closeEvent(event)
