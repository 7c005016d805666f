"""The Processing provider 'est'."""
import importlib

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.resources import resource_path
from ..locale import apply_ui_language
from .lazy import missing_packages

# (module, class) of every algorithm; one whose Python packages are missing is left out with a
# message instead of stopping the whole provider.
ALGORITHMS = (
    ("import_incidents", "ImportIncidentsAlgorithm"),
    ("filter_incidents", "FilterIncidentsAlgorithm"),
    ("walk_route", "WalkRouteAlgorithm"),
    ("walk_map", "WalkMapAlgorithm"),
    ("kernel_density", "KernelDensityAlgorithm"),
    ("dbscan_hotspots", "DbscanHotspotsAlgorithm"),
    ("hotspot_accuracy", "HotspotAccuracyAlgorithm"),
    ("tune_hotspots", "TuneHotspotsAlgorithm"),
    ("situational_factors", "SituationalFactorsAlgorithm"),
    ("risk_terrain", "RiskTerrainAlgorithm"),
    ("weekly_report", "WeeklyReportAlgorithm"),
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
            module = importlib.import_module(".algorithms." + module_name, __package__)
            algorithm = getattr(module, class_name)()
            missing = missing_packages(algorithm.REQUIRES)
            if missing:
                QgsMessageLog.logMessage(
                    QCoreApplication.translate(
                        "EstProvider", "EST: '{0}' is unavailable: the Python package(s) {1} are "
                        "missing. Install them (OSGeo4W Setup, or pip in the OSGeo4W Shell).").format(
                        algorithm.displayName(), ", ".join(missing)), "EST", Qgis.MessageLevel.Warning)
                continue
            self.addAlgorithm(algorithm)
