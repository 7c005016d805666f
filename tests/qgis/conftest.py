"""QGIS tests: one offscreen QgsApplication with Processing and the 'est' provider per session."""
from dataclasses import dataclass, field
from typing import List

import pytest


@pytest.fixture(scope="session", autouse=True)
def qgis_app():
    """The headless QGIS application (see scripts/headless.py)."""
    from headless import start

    app = start()
    yield app
    # the panel keeps QGIS's worker threads alive (est_plugin.gui.runner.keep_worker_threads): end
    # them while QGIS is still there, or the interpreter's shutdown crashes in their PROJ contexts
    from qgis.core import QgsApplication

    from est_plugin import compat

    QgsApplication.taskManager().cancelAll()
    for pool in compat.task_thread_pools():
        pool.waitForDone(30000)


@dataclass
class Run:
    """Results of one algorithm run and the lines it logged."""

    results: dict
    log: List[str] = field(default_factory=list)

    def logged(self, fragment: str) -> bool:
        """True when some log line contains ``fragment``."""
        return any(fragment in line for line in self.log)


@pytest.fixture
def run_alg(qgis_app):
    """run_alg(algorithm_id, parameters) -> Run; a failing algorithm raises QgsProcessingException."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def run(algorithm_id: str, parameters: dict) -> Run:
        log: List[str] = []

        class Feedback(QgsProcessingFeedback):
            def pushInfo(self, info):  # noqa: N802
                log.append(info)

            def pushWarning(self, warning):  # noqa: N802
                log.append(warning)

            def reportError(self, error, fatalError=False):  # noqa: N802,N803
                log.append(error)

        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        results = processing.run(algorithm_id, parameters, feedback=Feedback(), context=context)
        return Run(results, log)

    return run
