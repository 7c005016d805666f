"""Step 2, Hotspots: kernel density (est:kerneldensity) or DBSCAN (est:dbscanhotspots), with a
quick preview of clusters, noise share and PAI at 5% while the settings change."""
from qgis.PyQt.QtCore import QLocale, QTimer
from qgis.PyQt.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import compat
from .. import preview
from .common import (
    POINTS,
    Step,
    check,
    choice,
    date_edit,
    group,
    layer_combo,
    note,
    run_button,
    spin,
    with_slider,
)

KDE, DBSCAN = "est:kerneldensity", "est:dbscanhotspots"
KERNELS = ("quartic", "triangular", "uniform", "triweight", "epanechnikov", "gaussian")
DEBOUNCE_MS = 400


class HotspotsStep(Step):
    """Where the incidents concentrate; settings tried in the preview before running."""

    ALGORITHMS = (KDE, DBSCAN)

    def __init__(self, dock):
        super().__init__(dock)
        self._points_cache = {}
        self.last_preview = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.update_preview)
        self.layer = layer_combo(POINTS, name="EstHotspotInput")
        self.method = choice([self.tr("Kernel density (heat map)"), self.tr("DBSCAN clusters")],
                             "hotspots/method", name="EstMethod")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._kde_page())
        self.pages.addWidget(self._dbscan_page())
        self.method.currentIndexChanged.connect(self._show_page)
        self._show_page(self.method.currentIndex())
        self.preview_label = note(name="EstPreview")
        self.run_button = run_button(self.tr("Find hotspots"), "EstHotspotsRun")
        self.run_button.clicked.connect(self.run)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(group(self.tr("Incidents and method"), [
            (self.tr("Incidents"), self.layer), (self.tr("Method"), self.method)], "EstMethodBox"))
        layout.addWidget(self.pages)
        layout.addWidget(self._test_box())
        layout.addWidget(group(self.tr("Preview"), [self.preview_label], "EstPreviewBox"))
        layout.addWidget(self.run_button)
        layout.addStretch(1)
        for signal in (self.layer.layerChanged, self.method.currentIndexChanged, self.radius.valueChanged,
                       self.pixel.valueChanged, self.kernel.currentIndexChanged, self.share.valueChanged,
                       self.eps.valueChanged, self.min_size.valueChanged, self.star.toggled,
                       self.test_box.toggled, self.test_layer.layerChanged, self.test_from.dateChanged,
                       self.test_to.dateChanged):
            signal.connect(self.schedule_preview)

    def _kde_page(self) -> QWidget:
        self.radius = spin(10, 2000, 150, 5, " m", name="EstRadius", key="hotspots/radius")
        self.pixel = spin(1, 200, 10, 1, " m", name="EstPixel", key="hotspots/pixel_size")
        self.kernel = choice([self.tr("Quartic"), self.tr("Triangular"), self.tr("Uniform"),
                              self.tr("Triweight"), self.tr("Epanechnikov"), self.tr("Gaussian")],
                             "hotspots/kernel", name="EstKernel")
        self.share = spin(0.5, 50, 5, 0.5, " %", 1, "EstShare", "hotspots/share")
        return group(self.tr("Kernel density"), [
            (self.tr("Radius"), with_slider(self.radius, 500)),
            (self.tr("Pixel size"), with_slider(self.pixel, 50)),
            (self.tr("Kernel"), self.kernel), (self.tr("Hotspots cover"), self.share)], "EstKdeBox")

    def _dbscan_page(self) -> QWidget:
        self.eps = spin(1, 1000, 50, 5, " m", name="EstEps", key="hotspots/eps")
        self.min_size = spin(2, 500, 5, 1, name="EstMinSize", key="hotspots/min_size")
        self.star = check(self.tr("Border points are noise"), False, "hotspots/dbscan_star", "EstStar")
        self.star.setToolTip(self.tr("DBSCAN*: only core points belong to a cluster; the points at "
                                     "its border count as noise."))
        return group(self.tr("DBSCAN"), [
            (self.tr("Distance (EPS)"), with_slider(self.eps, 300)),
            (self.tr("Minimum size"), with_slider(self.min_size, 50)), self.star], "EstDbscanBox")

    def _test_box(self) -> QGroupBox:
        self.test_layer = layer_combo(POINTS, name="EstTestLayer")
        self.test_from, self.test_to = date_edit(-7), date_edit(-1)
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.test_from)
        row.addWidget(self.test_to)
        self.test_box = group(self.tr("Test period (PAI in the preview)"), [
            (self.tr("Incidents"), self.test_layer), (self.tr("From – to"), dates)], "EstTestBox")
        self.test_box.setCheckable(True)
        self.test_box.setChecked(False)
        return self.test_box

    def _show_page(self, index: int) -> None:
        """Only the shown page takes room (a QStackedWidget is as tall as its tallest page)."""
        for number in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            self.pages.widget(number).setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.pages.setCurrentIndex(index)
        self.pages.adjustSize()

    def set_input(self, layer) -> None:
        """Use this layer (e.g. the filtered incidents) for the hotspots and the test period."""
        self.layer.setLayer(layer)

    def set_test_source(self, layer) -> None:
        """Take the test period's incidents from this layer (e.g. all imported incidents)."""
        self.test_layer.setLayer(layer)

    def is_kde(self) -> bool:
        return self.method.currentIndex() == 0

    def schedule_preview(self, *_args) -> None:
        """Recompute the preview once the settings have stopped changing for a moment."""
        self.timer.start()

    def points(self, layer):
        """The layer's points as arrays, read once per layer (and again after it changed)."""
        key = (layer.id(), layer.featureCount(), layer.extent().toString())
        if key not in self._points_cache:
            self._points_cache = {k: v for k, v in self._points_cache.items() if k[0] != layer.id()}
            self._points_cache[key] = preview.read_points(layer)
        return self._points_cache[key]

    def update_preview(self) -> None:
        """Clusters, share of incidents in none and (with a test period) PAI at 5% of the area."""
        layer = self.layer.currentLayer()
        if layer is None:
            self.preview_label.setText(self.tr("Choose an incident layer."))
            return
        try:
            points = self.points(layer)
            if len(points) < 2:
                self.preview_label.setText(self.tr("Too few incidents for a preview."))
                return
            result = self._preview(points)
            if self.test_box.isChecked() and self.test_layer.currentLayer() is not None:
                training, test = preview.split_test(
                    points, self.points(self.test_layer.currentLayer()), self.test_from.date().toPyDate(),
                    self.test_to.date().toPyDate())
                if len(training) >= 2:
                    judged = self._preview(training, test)
                    result.pai, result.test_hits = judged.pai, judged.test_hits
                    result.test_incidents = judged.test_incidents
                    result.training_incidents = len(training)
        except Exception as error:  # the preview must never break the dock; the run reports properly
            self.preview_label.setText(self.tr("No preview: {0}").format(error))
            return
        self.last_preview = result
        self.preview_label.setText(self.describe(result, len(points)))

    def _preview(self, points, test=None):
        if self.is_kde():
            return preview.kde_preview(points, self.radius.value(), self.pixel.value(),
                                       KERNELS[self.kernel.currentIndex()], self.share.value() / 100.0, test)
        return preview.dbscan_preview(points, self.eps.value(), self.min_size.value(), self.star.isChecked(),
                                      test)

    def describe(self, result, incidents: int) -> str:
        """The preview as a sentence."""
        locale = QLocale()  # QGIS's locale: "37 %" and "16,5" in Swedish
        text = self.tr("{0} hotspots; {1} % of the {2} incidents lie in none.").format(
            result.clusters, locale.toString(100.0 * result.noise_share, "f", 0), incidents)
        if result.pai is not None:
            text += " " + self.tr("Test period: the hotspots of the other {0} incidents, cut to 5 % of the "
                                  "area, hold {1} of its {2} incidents – PAI {3}.").format(
                result.training_incidents, result.test_hits, result.test_incidents,
                locale.toString(float(result.pai), "f", 1))
        return text

    def parameters(self) -> dict:
        """The parameters of the chosen algorithm."""
        layer = self.layer.currentLayer()
        if self.is_kde():
            return {"INPUT": layer, "RADIUS": float(self.radius.value()),
                    "PIXEL_SIZE": float(self.pixel.value()),
                    "KERNEL": self.kernel.currentIndex(), "HOTSPOT_SHARE": float(self.share.value())}
        return {"INPUT": layer, "EPS": float(self.eps.value()), "MIN_SIZE": int(self.min_size.value()),
                "DBSCAN*": self.star.isChecked()}

    def run(self) -> None:
        """Run est:kerneldensity or est:dbscanhotspots with the settings shown."""
        if self.layer.currentLayer() is None:
            self.dock.run_panel.status.setText(self.tr("Choose an incident layer first."))
            return
        self.dock.run_step(KDE if self.is_kde() else DBSCAN, self.parameters(), self._done)

    def _done(self, run) -> None:
        for layer in run.layers:
            if layer.type() == compat.RASTER_LAYER:
                self.dock.set_result("density", layer)
            elif layer.geometryType() == compat.POLYGON:
                self.dock.set_result("hotspots", layer)
            elif layer.geometryType() == compat.POINT:
                self.dock.set_result("clustered", layer)
