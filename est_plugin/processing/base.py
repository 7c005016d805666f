"""The thin base class of the EST algorithms: translation, icon, groups, error wrapping."""
import traceback

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterDefinition
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import EstError
from ..core.resources import resource_path
from ..core.threadstate import hold_thread_state


class EstAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, implement initAlgorithm, displayName, shortHelpString and process()."""

    NAME = ""
    GROUP_ID = "incidents"
    ICON = "est.svg"  # a file in resources/icons
    REQUIRES = ("numpy", "pandas", "scipy", "pyproj", "shapely")  # Python packages it needs

    def tr(self, string):
        """Translate in the context of the concrete algorithm class (as pylupdate extracts it)."""
        return QCoreApplication.translate(type(self).__name__, string)

    def createInstance(self):  # noqa: D102,N802
        return type(self)()

    def name(self):  # noqa: D102
        return self.NAME

    def groupId(self):  # noqa: D102,N802
        return self.GROUP_ID

    def group(self):  # noqa: D102
        groups = {"incidents": QCoreApplication.translate("EstAlgorithm", "Incidents"),
                  "hotspots": QCoreApplication.translate("EstAlgorithm", "Hotspots"),
                  "factors": QCoreApplication.translate("EstAlgorithm", "Situational prevention"),
                  "walks": QCoreApplication.translate("EstAlgorithm", "Safety walks"),
                  "reports": QCoreApplication.translate("EstAlgorithm", "Reports")}
        return groups[self.GROUP_ID]

    def addAdvancedParameter(self, parameter):  # noqa: N802 (QGIS style)
        """Add a parameter shown under 'Advanced parameters' in the dialog."""
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        return self.addParameter(parameter)

    def icon(self):  # noqa: D102
        return QIcon(str(resource_path("icons", self.ICON)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Run the algorithm; a core error becomes a QgsProcessingException with its message."""
        hold_thread_state()  # pyproj's per-thread context must outlive this call (core.threadstate)
        try:
            return self.process(parameters, context, feedback)
        except EstError as error:
            raise QgsProcessingException(str(error)) from error
        except QgsProcessingException:
            raise
        except Exception as error:  # a bug: a sentence for the user, the details in the log
            feedback.pushDebugInfo(traceback.format_exc())
            raise QgsProcessingException(QCoreApplication.translate(
                "EstAlgorithm", "Unexpected error in {0}: {1}. The details in the log help the "
                "developers; please report them.").format(self.displayName(), error)) from error

    def process(self, parameters, context, feedback):
        """The algorithm's work; subclasses implement it."""
        raise NotImplementedError
