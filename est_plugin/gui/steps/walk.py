"""Step 4, Walk: a walking route through the top hotspots (est:walkroute), its start picked on the
map with a map tool."""
from qgis.core import QgsPointXY
from qgis.gui import QgsMapToolEmitPoint, QgsVertexMarker
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ... import compat
from .common import LINES, POINTS, POLYGONS, Step, check, group, layer_combo, note, run_button, spin

WALK = "est:walkroute"


class WalkStep(Step):
    """How many stops, how long, where the walk starts."""

    ALGORITHMS = (WALK,)

    def __init__(self, dock):
        super().__init__(dock)
        self.start_point = None  # (QgsPointXY, QgsCoordinateReferenceSystem)
        self.marker = None
        self.tool = None
        self.previous_tool = None
        self.stops = layer_combo(POLYGONS | POINTS, name="EstStops")
        self.network = layer_combo(LINES, name="EstNetwork")
        self.max_stops = spin(0, 50, 6, name="EstMaxStops", key="walk/max_stops")
        self.max_stops.setSpecialValueText(self.tr("all"))
        self.max_minutes = spin(10, 480, 90, 5, " min", name="EstMaxMinutes", key="walk/max_minutes")
        self.round_trip = check(self.tr("Back to the start"), True, "walk/round_trip", "EstRoundTrip")
        self.start_label = note(self.tr("the first stop"), "EstStartLabel")
        self.pick_button = QPushButton(self.tr("Pick on map"))
        self.pick_button.setObjectName("EstPickStart")
        self.pick_button.setCheckable(True)
        self.pick_button.toggled.connect(self.pick)
        clear = QPushButton(self.tr("Clear"))
        clear.setObjectName("EstClearStart")
        clear.clicked.connect(lambda: self.set_start(None))
        start = QWidget()
        row = QHBoxLayout(start)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_label, 1)
        row.addWidget(self.pick_button)
        row.addWidget(clear)
        self.summary = note(name="EstWalkSummary")
        self.run_button = run_button(self.tr("Plan the walk"), "EstWalkRun")
        self.run_button.clicked.connect(self.run)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(group(self.tr("Where"), [
            (self.tr("Stops (hotspots)"), self.stops), (self.tr("Streets and paths"), self.network),
            (self.tr("Start"), start)], "EstWhereBox"))
        layout.addWidget(group(self.tr("How long"), [
            (self.tr("At most"), self.max_stops), (self.tr("Time budget"), self.max_minutes),
            self.round_trip], "EstHowLongBox"))
        layout.addWidget(self.run_button)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.max_stops.setSuffix(self.tr(" stops"))

    def pick(self, on: bool) -> None:
        """Switch the start-point map tool on or off."""
        canvas = self.dock.canvas
        if canvas is None:
            return
        if on:
            self.tool = QgsMapToolEmitPoint(canvas)
            self.tool.canvasClicked.connect(self._clicked)
            self.previous_tool = canvas.mapTool()
            canvas.setMapTool(self.tool)
        elif self.tool is not None:
            if canvas.mapTool() is self.tool:
                if self.previous_tool is not None:
                    canvas.setMapTool(self.previous_tool)
                else:
                    canvas.unsetMapTool(self.tool)
            self.tool = None

    def _clicked(self, point, _button) -> None:
        self.set_start(QgsPointXY(point), self.dock.canvas.mapSettings().destinationCrs())
        self.pick_button.setChecked(False)

    def set_start(self, point, crs=None) -> None:
        """Start the walk here (map coordinates in ``crs``); None: at the first stop."""
        canvas = self.dock.canvas
        if self.marker is not None and canvas is not None:
            canvas.scene().removeItem(self.marker)
            self.marker = None
        if point is None:
            self.start_point = None
            self.start_label.setText(self.tr("the first stop"))
            return
        self.start_point = (point, crs)
        self.start_label.setText("{:.0f}, {:.0f}".format(point.x(), point.y()))
        self.start_label.setToolTip(crs.authid())
        if canvas is not None:
            self.marker = QgsVertexMarker(canvas)
            self.marker.setCenter(point)
            self.marker.setColor(QColor("#08519c"))
            self.marker.setIconType(QgsVertexMarker.IconType.ICON_CROSS)
            self.marker.setIconSize(14)
            self.marker.setPenWidth(3)

    def set_stops(self, layer) -> None:
        self.stops.setLayer(layer)

    def parameters(self) -> dict:
        """est:walkroute parameters."""
        parameters = {"STOPS": self.stops.currentLayer(), "NETWORK": self.network.currentLayer(),
                      "MAX_STOPS": int(self.max_stops.value()),
                      "MAX_MINUTES": float(self.max_minutes.value()),
                      "ROUND_TRIP": self.round_trip.isChecked()}
        if self.start_point is not None:
            point, crs = self.start_point
            parameters["START"] = "{!r},{!r} [{}]".format(point.x(), point.y(), crs.authid())
        return parameters

    def run(self) -> None:
        """Run est:walkroute."""
        if self.stops.currentLayer() is None or self.network.currentLayer() is None:
            self.dock.run_panel.status.setText(self.tr("Choose the stops and the street network first."))
            return
        self.dock.run_step(WALK, self.parameters(), self._done)

    def _done(self, run) -> None:
        if not run.ok:
            return
        locale = QLocale()
        self.summary.setText(self.tr("{0} m, {1} minutes, {2} stops.").format(
            locale.toString(float(run.results.get("TOTAL_LENGTH_M") or 0), "f", 0),
            locale.toString(float(run.results.get("TOTAL_MINUTES") or 0), "f", 0),
            run.results.get("STOP_COUNT", 0)))
        for layer in run.layers:
            if layer.type() == compat.VECTOR_LAYER and layer.geometryType() == compat.LINE:
                self.dock.set_result("route", layer)
            elif layer.type() == compat.VECTOR_LAYER and layer.geometryType() == compat.POINT:
                self.dock.set_result("stops", layer)

    def cleanup(self) -> None:
        """Map tool off, marker removed (dock closed or plugin unloaded)."""
        self.pick_button.setChecked(False)
        self.set_start(None)
