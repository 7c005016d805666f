"""Step 5, Print: the walk map and protocol (est:walkmap) and the weekly situational picture
(est:weeklyreport, switched off with a message while it is not registered)."""
import os
import re

from qgis.core import QgsApplication
from qgis.gui import QgsFieldComboBox, QgsFileWidget
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtWidgets import QVBoxLayout

from .. import settings
from . import common
from .common import (
    LINES,
    POINTS,
    POLYGONS,
    RASTERS,
    VECTORS,
    Step,
    choice,
    group,
    layer_combo,
    line,
    note,
    run_button,
    spin,
    unavailable,
)

WALK_MAP, WEEKLY = "est:walkmap", "est:weeklyreport"


class PrintStep(Step):
    """Paper for the walk and for the weekly meeting."""

    ALGORITHMS = (WALK_MAP, WEEKLY)

    def __init__(self, dock):
        super().__init__(dock)
        self.folder = QgsFileWidget()
        self.folder.setObjectName("EstOutputFolder")
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(settings.value("print/folder", os.path.expanduser("~"), str))
        self.folder.fileChanged.connect(lambda path: settings.set_value("print/folder", path))
        self.title = line("", self.tr("e.g. Safety walk Centrum"), "print/title", "EstTitle")
        self.organisation = line("", self.tr("e.g. the municipality's safety coordinator"),
                                 "print/organisation", "EstOrganisation")
        self.language = choice(["Svenska", "English"], "print/language", name="EstLanguage")
        common = group(self.tr("Documents"), [
            (self.tr("Save in"), self.folder), (self.tr("Title"), self.title),
            (self.tr("Organisation"), self.organisation), (self.tr("Language"), self.language)],
            "EstDocumentsBox")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(common)
        layout.addWidget(self._walk_box())
        layout.addWidget(self._weekly_box())
        self.result = note(name="EstPrintResult")
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.refresh()

    def _walk_box(self):
        self.route = layer_combo(LINES, name="EstRoute")
        self.stops = layer_combo(POINTS, name="EstWalkStops")
        self.hotspots = layer_combo(POLYGONS, True, "EstPrintHotspots")
        self.density = layer_combo(RASTERS, True, "EstPrintDensity")
        self.lights = layer_combo(POINTS, True, "EstPrintLights")
        self.vegetation = layer_combo(VECTORS, True, "EstPrintVegetation")
        self.paper = choice([self.tr("A4 portrait"), self.tr("A4 landscape"), self.tr("A3 portrait"),
                             self.tr("A3 landscape")], "print/paper", name="EstPaper")
        self.walk_message = note(name="EstWalkMapMessage")
        self.walk_button = run_button(self.tr("Print the walk map"), "EstWalkMapRun")
        self.walk_button.clicked.connect(self.run_walk_map)
        self.walk_box = group(self.tr("Walk map and protocol"), [
            self.walk_message, (self.tr("Route"), self.route), (self.tr("Stops"), self.stops),
            (self.tr("Hotspots"), self.hotspots), (self.tr("Density"), self.density),
            (self.tr("Street lights"), self.lights), (self.tr("Vegetation"), self.vegetation),
            (self.tr("Paper"), self.paper), self.walk_button], "EstWalkMapBox")
        return self.walk_box

    def _weekly_box(self):
        self.incidents = layer_combo(POINTS, name="EstReportIncidents")
        self.week = line("", "2026-W46", name="EstReportWeek")
        self.compare = spin(1, 52, 4, name="EstCompareWeeks", key="print/compare_weeks")
        self.areas = layer_combo(POLYGONS, True, "EstAreas")
        self.area_name = QgsFieldComboBox()
        self.area_name.setObjectName("EstAreaName")
        self.area_name.setAllowEmptyFieldName(True)
        self.areas.layerChanged.connect(self.area_name.setLayer)
        self.report_hotspots = layer_combo(POLYGONS, True, "EstReportHotspots")
        self.weekly_message = note(name="EstWeeklyMessage")
        self.weekly_button = run_button(self.tr("Print the weekly report"), "EstWeeklyRun")
        self.weekly_button.clicked.connect(self.run_weekly)
        self.weekly_box = group(self.tr("Weekly situational picture"), [
            self.weekly_message, (self.tr("Incidents"), self.incidents), (self.tr("Week"), self.week),
            (self.tr("Compare with weeks before"), self.compare), (self.tr("Areas"), self.areas),
            (self.tr("Area name"), self.area_name), (self.tr("Hotspots"), self.report_hotspots),
            self.weekly_button], "EstWeeklyBox")
        return self.weekly_box

    def refresh(self) -> None:
        """Each part enabled when its algorithm is registered, else a message says why not."""
        for algorithm_id, message, widgets in (
                (WALK_MAP, self.walk_message, [self.walk_button, self.route, self.stops]),
                (WEEKLY, self.weekly_message, [self.weekly_button, self.incidents, self.week])):
            available = common.algorithm_available(algorithm_id)
            message.setText("" if available else unavailable(algorithm_id))
            message.setVisible(not available)
            for widget in widgets:
                widget.setEnabled(available)

    def output_path(self, stem: str, suffix: str) -> str:
        """<folder>/<stem>_<week>.<suffix>, the week from the dock's group name."""
        week = re.sub(r"[^0-9A-Za-z_-]+", "_", self.dock.group_name().replace("EST", "").strip()).strip("_")
        name = "{}_{}.{}".format(stem, week, suffix) if week else "{}.{}".format(stem, suffix)
        return os.path.join(self.folder.filePath() or os.path.expanduser("~"), name)

    def walk_map_parameters(self) -> dict:
        """est:walkmap parameters."""
        parameters = {"ROUTE": self.route.currentLayer(), "STOPS": self.stops.currentLayer(),
                      "HOTSPOTS": self.hotspots.currentLayer(), "DENSITY": self.density.currentLayer(),
                      "LIGHTS": self.lights.currentLayer(), "VEGETATION": self.vegetation.currentLayer(),
                      "TITLE": self.title.text().strip(), "ORGANISATION": self.organisation.text().strip(),
                      "PAPER": self.paper.currentIndex(), "LANGUAGE": self.language.currentIndex(),
                      "OUTPUT_PDF": self.output_path("walk_map", "pdf"),
                      "OUTPUT_HTML": self.output_path("walk_protocol", "html")}
        return {k: v for k, v in parameters.items() if v not in (None, "")}

    def weekly_parameters(self) -> dict:
        """est:weeklyreport parameters that the registered version of it declares."""
        values = {"INCIDENTS": self.incidents.currentLayer(), "WEEK": self.week.text().strip(),
                  "COMPARE_WEEKS": int(self.compare.value()), "AREAS": self.areas.currentLayer(),
                  "AREA_NAME_FIELD": self.area_name.currentField(),
                  "HOTSPOTS": self.report_hotspots.currentLayer(),
                  "TITLE": self.title.text().strip(), "ORGANISATION": self.organisation.text().strip(),
                  "LANGUAGE": self.language.currentIndex(),
                  "OUTPUT_PDF": self.output_path("weekly_report", "pdf"),
                  "OUTPUT_HTML": self.output_path("weekly_report", "html")}
        algorithm = QgsApplication.processingRegistry().algorithmById(WEEKLY)
        declared = {d.name() for d in algorithm.parameterDefinitions()} if algorithm else set(values)
        return {k: v for k, v in values.items() if k in declared and v not in (None, "")}

    def run_walk_map(self) -> None:
        """Run est:walkmap."""
        if self.route.currentLayer() is None or self.stops.currentLayer() is None:
            self.dock.run_panel.status.setText(self.tr("Plan the walk first (route and stops)."))
            return
        self.dock.run_step(WALK_MAP, self.walk_map_parameters(), self._printed)

    def run_weekly(self) -> None:
        """Run est:weeklyreport."""
        if not common.algorithm_available(WEEKLY):
            self.dock.run_panel.status.setText(unavailable(WEEKLY))
            return
        if self.incidents.currentLayer() is None:
            self.dock.run_panel.status.setText(self.tr("Choose the incidents first."))
            return
        self.dock.run_step(WEEKLY, self.weekly_parameters(), self._printed)

    def _printed(self, run) -> None:
        if not run.ok:
            return
        links = []
        for key in ("OUTPUT_PDF", "OUTPUT_HTML"):
            path = run.results.get(key)
            if path and os.path.exists(str(path)):
                links.append('<a href="{}">{}</a>'.format(QUrl.fromLocalFile(str(path)).toString(),
                                                          os.path.basename(str(path))))
        self.result.setText(self.tr("Saved: {0}").format(", ".join(links)) if links else "")
