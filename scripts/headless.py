"""Start QGIS without a window, with Processing and the EST provider: for the demo, benchmarks
and tests. The repository root is put on sys.path so that `est_plugin` imports from here."""
import os
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"
_state = {}


def start():
    """The QgsApplication (created once) with Processing initialised and 'est' registered."""
    if "app" in _state:
        return _state["app"]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in (str(ROOT), QGIS_PLUGINS):
        if path not in sys.path:
            sys.path.insert(0 if path == str(ROOT) else len(sys.path), path)
    # qgis.utils, imported on the way, puts warnings.simplefilter("default") in front of the
    # caller's filters (pytest's "error" ones for deprecations in est_plugin among them): keep them
    with warnings.catch_warnings():
        from qgis.core import QgsApplication

        app = QgsApplication([], False)
        app.initQgis()
        from processing.core.Processing import Processing

        Processing.initialize()
    from est_plugin.processing.provider import EstProvider

    provider = EstProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    _state.update(app=app, provider=provider)
    return app


class PrintFeedback:
    """Processing feedback that prints the algorithms' log lines (made lazily: needs qgis)."""

    @staticmethod
    def create():
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def pushInfo(self, info):  # noqa: N802 (QGIS API)
                print("  " + info)

            def reportError(self, error, fatalError=False):  # noqa: N802,N803
                print("  ! " + error)

        return _Feedback()
