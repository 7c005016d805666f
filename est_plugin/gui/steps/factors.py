"""Step 3, Factors: lighting, vegetation and other layers at the hotspots (est:situationalfactors).
The step is switched off with a message when the algorithm is not registered."""
from qgis.core import QgsApplication
from qgis.gui import QgsCheckableComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QVBoxLayout

from ... import compat
from .common import (
    LINES,
    POINTS,
    POLYGONS,
    Step,
    group,
    layer_combo,
    line,
    note,
    run_button,
    spin,
    unavailable,
)

FACTORS = "est:situationalfactors"


class FactorsStep(Step):
    """What the places look like: lit or dark, open or overgrown."""

    ALGORITHMS = (FACTORS,)

    def __init__(self, dock):
        super().__init__(dock)
        self.hotspots = layer_combo(POLYGONS, name="EstFactorHotspots")
        self.incidents = layer_combo(POINTS, True, "EstFactorIncidents")
        self.lights = layer_combo(POINTS, True, "EstLights")
        self.light_radius = spin(1, 200, 25, 1, " m", name="EstLightRadius", key="factors/light_radius")
        self.lit_lines = layer_combo(LINES, True, "EstLitLines")
        self.lit_expression = line("", self.tr("e.g. \"lit\" = 'yes'"), "factors/lit_expression",
                                   "EstLitExpression")
        self.lighting_area = layer_combo(POLYGONS, True, "EstLightingArea")
        self.vegetation = layer_combo(POLYGONS, True, "EstVegetation")
        self.trees = layer_combo(POINTS, True, "EstTrees")
        self.crown_radius = spin(0.5, 30, 4, 0.5, " m", 1, "EstCrownRadius", "factors/crown_radius")
        self.paths = layer_combo(LINES, True, "EstPaths")
        self.other = QgsCheckableComboBox()
        self.other.setObjectName("EstOtherFactors")
        self.other.setDefaultText(self.tr("none"))
        self.other_distance = spin(5, 2000, 50, 5, " m", name="EstOtherDistance",
                                   key="factors/other_distance")
        self.message = note(name="EstFactorsMessage")
        self.run_button = run_button(self.tr("Measure the factors"), "EstFactorsRun")
        self.run_button.clicked.connect(self.run)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message)
        self.boxes = [group(self.tr("Places"), [
            (self.tr("Hotspots"), self.hotspots), (self.tr("Incidents"), self.incidents)], "EstPlacesBox"),
                      group(self.tr("Lighting"), [
            (self.tr("Street lights"), self.lights), (self.tr("Light reach"), self.light_radius),
            (self.tr("Lit streets"), self.lit_lines), (self.tr("Lit where"), self.lit_expression),
            (self.tr("Data complete in"), self.lighting_area)],
            "EstLightingBox"),
                      group(self.tr("Vegetation"), [
            (self.tr("Vegetation areas"), self.vegetation), (self.tr("Trees"), self.trees),
            (self.tr("Crown radius"), self.crown_radius)], "EstVegetationBox"),
                      group(self.tr("Other"), [
            (self.tr("Paths"), self.paths), (self.tr("Other factor layers"), self.other),
            (self.tr("Influence distance"), self.other_distance)], "EstOtherBox")]
        for box in self.boxes:
            layout.addWidget(box)
        layout.addWidget(self.run_button)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Enable the step when est:situationalfactors is registered; fill the other-layers list."""
        missing = self.missing()
        self.message.setText(unavailable(FACTORS) if missing else "")
        self.message.setVisible(bool(missing))
        for widget in self.boxes + [self.run_button]:
            widget.setEnabled(not missing)
        self.setProperty("available", not missing)
        checked = set(self.other.checkedItems())
        self.other.clear()
        from qgis.core import QgsProject

        for layer in QgsProject.instance().mapLayers().values():
            if layer.type() == compat.VECTOR_LAYER:
                self.other.addItemWithCheckState(layer.name(), Qt.CheckState.Unchecked, layer.id())
        self.other.setCheckedItems([t for t in checked if self.other.findText(t) >= 0])

    def set_hotspots(self, layer) -> None:
        self.hotspots.setLayer(layer)

    def set_incidents(self, layer) -> None:
        self.incidents.setLayer(layer)

    def parameters(self) -> dict:
        """est:situationalfactors parameters that the registered version of it declares."""
        values = {"HOTSPOTS": self.hotspots.currentLayer(), "INCIDENTS": self.incidents.currentLayer(),
                  "LIGHTS": self.lights.currentLayer(), "LIGHT_RADIUS": float(self.light_radius.value()),
                  "LIT_LINES": self.lit_lines.currentLayer(),
                  "LIT_EXPRESSION": self.lit_expression.text().strip(),
                  "LIGHTING_AREA": self.lighting_area.currentLayer(),
                  "OTHER_DISTANCE": float(self.other_distance.value()),
                  "VEGETATION": self.vegetation.currentLayer(), "TREES": self.trees.currentLayer(),
                  "CROWN_RADIUS": float(self.crown_radius.value()), "PATHS": self.paths.currentLayer(),
                  "OTHER_FACTORS": [self.other.itemData(i) for i in range(self.other.count())
                                    if self.other.itemCheckState(i) == 2]}
        algorithm = QgsApplication.processingRegistry().algorithmById(FACTORS)
        declared = {d.name() for d in algorithm.parameterDefinitions()} if algorithm else set(values)
        return {k: v for k, v in values.items() if k in declared and v not in (None, "", [])}

    def run(self) -> None:
        """Run est:situationalfactors."""
        if self.missing():
            self.dock.run_panel.status.setText(unavailable(FACTORS))
            return
        if self.hotspots.currentLayer() is None:
            self.dock.run_panel.status.setText(self.tr("Find or choose hotspots first."))
            return
        self.dock.run_step(FACTORS, self.parameters(), self._done)

    def _done(self, run) -> None:
        for layer in run.layers:
            if layer.type() == compat.VECTOR_LAYER and layer.geometryType() == compat.POLYGON:
                self.dock.set_result("factors", layer)
