"""Running one Processing algorithm in the background (QgsProcessingAlgRunnerTask on QGIS's task
manager), with a progress bar, a Cancel button and the outputs loaded into the week's group."""
from typing import Callable, Dict, List, Optional

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
    QgsProcessingUtils,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal, pyqtSlot
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from .. import compat
from . import results

LAYER_DESTINATIONS = (QgsProcessingParameterFeatureSink, QgsProcessingParameterRasterDestination,
                      QgsProcessingParameterVectorDestination)


class _Feedback(QgsProcessingFeedback):
    """Keeps the algorithm's error lines for the status line (called from the worker thread)."""

    def __init__(self):
        super().__init__()
        self.errors: List[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)


def layer_outputs(algorithm, parameters: Dict, project: QgsProject) -> Dict:
    """``parameters`` with every layer output not given written to a new file and marked to load
    into ``project`` (as the Processing dialog does), so the algorithms' styling runs on load."""
    completed = dict(parameters)
    for definition in algorithm.destinationParameterDefinitions():
        if not isinstance(definition, LAYER_DESTINATIONS):
            continue
        name = definition.name()
        if name in completed and completed[name] is None:
            continue  # an optional output the step does not want
        sink = completed.get(name) or QgsProcessingUtils.generateTempFilename(
            "{}.{}".format(name.lower(), definition.defaultFileExtension()))
        if isinstance(sink, QgsProcessingOutputLayerDefinition):
            continue
        completed[name] = QgsProcessingOutputLayerDefinition(str(sink), project)
    return completed


def keep_worker_threads() -> None:
    """Keep the worker threads that run QgsTasks alive once they have run a task.

    QGIS ties a CRS made in a worker thread to that thread's PROJ context, which is destroyed when
    the idle thread ends (after 30 s). Afterwards the CRS can lose its definition on every thread:
    in our QGIS test session, est:importincidents and even native:savefeatures wrote layers without
    a CRS and reprojections did nothing, 30 s after the panel's runs. Threads that never expire
    never destroy their context; the cost is a few idle threads (at most one per core). From QGIS
    3.34 on, the task manager runs its tasks in a thread pool of its own, not in Qt's global one
    (which alone was kept alive before, so layers lost their CRS again on 3.40 and 3.44):
    compat.task_thread_pools gives both."""
    for pool in compat.task_thread_pools():
        pool.setExpiryTimeout(-1)


class AlgorithmRun(QObject):
    """One run: start(), cancel(); ``finished`` carries (ok, results, loaded layers)."""

    progress = pyqtSignal(float)
    finished = pyqtSignal(bool, dict, list)

    def __init__(self, algorithm_id: str, parameters: Dict, group_name: str, replace: bool,
                 project: Optional[QgsProject] = None, parent=None):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        if self.algorithm is None:
            raise KeyError(algorithm_id)
        self.parameters = layer_outputs(self.algorithm, parameters, self.project)
        self.group_name, self.replace = group_name, replace
        self.context = QgsProcessingContext()
        self.context.setProject(self.project)
        self.feedback = _Feedback()
        self.task = None
        self.done = False
        self.ok = False
        self.results: Dict = {}
        self.layers: List = []

    def start(self) -> None:
        """Queue the task; QGIS stays responsive while it runs."""
        keep_worker_threads()
        self.task = QgsProcessingAlgRunnerTask(self.algorithm, self.parameters, self.context, self.feedback)
        self.task.executed.connect(self._executed)
        self.task.progressChanged.connect(self._progress)
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        """Ask the algorithm to stop (it checks feedback.isCanceled())."""
        self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    @property
    def cancelled(self) -> bool:
        return self.feedback.isCanceled()

    def error(self) -> str:
        """The algorithm's last error line, or ''."""
        return self.feedback.errors[-1] if self.feedback.errors else ""

    @pyqtSlot(float)
    def _progress(self, value: float) -> None:
        self.progress.emit(value)

    @pyqtSlot(bool, 'QVariantMap')
    def _executed(self, ok: bool, outputs: dict) -> None:
        self.ok = bool(ok) and not self.cancelled
        self.results = dict(outputs or {})
        if self.ok:
            self.layers = results.load_outputs(self.context, self.feedback, self.project,
                                               self.group_name, self.replace)
        self.done = True
        self.task = None
        self.finished.emit(self.ok, self.results, self.layers)


class RunPanel(QWidget):
    """Progress bar, Cancel and a status line for the run under way (one at a time)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.current: Optional[AlgorithmRun] = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("EstCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setObjectName("EstStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)

    @property
    def busy(self) -> bool:
        return self.current is not None and not self.current.done

    def run(self, algorithm_id: str, parameters: Dict, group_name: str, replace: bool,
            on_done: Optional[Callable[[AlgorithmRun], None]] = None) -> Optional[AlgorithmRun]:
        """Start an algorithm; ``on_done(run)`` is called when it has finished and its layers are loaded."""
        if self.busy:
            self.status.setText(self.tr("Another step is still running."))
            return None
        run = AlgorithmRun(algorithm_id, parameters, group_name, replace, parent=self)
        self.current = run
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Running: {0}…").format(run.algorithm.displayName()))
        run.progress.connect(lambda value: self.bar.setValue(int(value)))
        run.finished.connect(lambda ok, outputs, layers: self._finished(run, on_done))
        run.start()
        return run

    def cancel(self) -> None:
        """Stop the run under way."""
        if self.busy:
            self.current.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _finished(self, run: AlgorithmRun, on_done) -> None:
        self.cancel_button.setEnabled(False)
        if run.ok:
            self.bar.setValue(100)
            if run.layers:
                self.status.setText(self.tr("Done: {0} (layers added: {1}).").format(
                    run.algorithm.displayName(), len(run.layers)))
            else:
                self.status.setText(self.tr("Done: {0}.").format(run.algorithm.displayName()))
        elif run.cancelled:
            self.bar.setValue(0)
            self.status.setText(self.tr("Cancelled: {0}.").format(run.algorithm.displayName()))
        else:
            self.status.setText(self.tr("{0} failed: {1}").format(
                run.algorithm.displayName(), run.error() or self.tr("see the log")))
        if on_done is not None:
            on_done(run)
