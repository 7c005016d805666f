"""The Processing provider 'est'."""
import importlib

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.resources import resource_path
from ..locale import apply_ui_language

# (module, class) of every algorithm; a module whose Python packages are missing is skipped
# with a message instead of stopping the whole provider.
ALGORITHMS = (
    ("import_incidents", "ImportIncidentsAlgorithm"),
    ("filter_incidents", "FilterIncidentsAlgorithm"),
)


class EstProvider(QgsProcessingProvider):
    """Provider id 'est': every capability of the plugin as a Processing algorithm."""

    def id(self):  # noqa: D102 (QGIS API)
        return "est"

    def name(self):  # noqa: D102
        return "EST"

    def longName(self):  # noqa: D102,N802
        return QCoreApplication.translate("EstProvider", "EST – effective coordination for safety")

    def icon(self):  # noqa: D102
        return QIcon(str(resource_path("icons", "est.svg")))

    def loadAlgorithms(self):  # noqa: D102,N802
        apply_ui_language()
        for module_name, class_name in ALGORITHMS:
            try:
                module = importlib.import_module(".algorithms." + module_name, __package__)
            except ImportError as error:
                QgsMessageLog.logMessage(
                    QCoreApplication.translate(
                        "EstProvider", "EST: {0} is unavailable, a Python package is missing: {1}"
                    ).format(module_name, error), "EST", Qgis.Warning)
                continue
            self.addAlgorithm(getattr(module, class_name)())
