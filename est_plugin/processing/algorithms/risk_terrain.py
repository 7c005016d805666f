"""est:riskterrain: relative risk of each environmental factor and a composite risk raster (RTM)."""
from __future__ import annotations  # annotations name lazy modules: not evaluated at import

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..base import EstAlgorithm
from ..lazy import lazy_import
from ..styling import on_load

rtm = lazy_import("...core.riskterrain", __package__)
rtm_model = lazy_import("...core.riskterrain_model", __package__)
accuracy = lazy_import("...core.accuracy", __package__)
kde = lazy_import("...core.kde", __package__)
kernels = lazy_import("...core.kernels", __package__)
adapters = lazy_import("..adapters", __package__)
frames = lazy_import("..frames", __package__)
setup = lazy_import("..analysis_setup", __package__)
points = lazy_import("..points", __package__)
rasters = lazy_import("..rasters", __package__)
shapes = lazy_import("..shapes", __package__)
table_sink = lazy_import("..table_sink", __package__)

MODELS = ("auto", "poisson", "negbin")
PAI_SHARE = 0.05
COVERAGE_WARNING = 0.8
TEXT_FIELDS = ("factor", "status", "operation", "note")
INT_FIELDS = ("cells_exposed", "features")


class RiskTerrainAlgorithm(EstAlgorithm):
    """Risk terrain modelling: factor selection by cross-validation, Poisson/NB model, risk raster."""

    NAME = "riskterrain"
    GROUP_ID = "factors"
    ICON = "risk_terrain.svg"
    REQUIRES = ("numpy", "pandas", "scipy", "pyproj", "shapely", "geopandas", "statsmodels")
    INCIDENTS = "INCIDENTS"
    STUDY_AREA = "STUDY_AREA"
    CELL_SIZE = "CELL_SIZE"
    FACTORS = "FACTORS"
    TEST_INCIDENTS = "TEST_INCIDENTS"
    DISTANCES = "DISTANCES"
    MODEL = "MODEL"
    BOOTSTRAPS = "BOOTSTRAPS"
    SEED = "SEED"
    KDE_RADIUS = "KDE_RADIUS"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    TEST_PAI_RISK = "TEST_PAI_RISK"
    TEST_PAI_KDE = "TEST_PAI_KDE"
    MODEL_USED = "MODEL_USED"
    SELECTED_COUNT = "SELECTED_COUNT"

    def displayName(self):  # noqa: D102,N802
        return self.tr("Risk terrain model")

    def shortHelpString(self):  # noqa: D102,N802
        return self.tr(
            "Which features of the environment go with more incidents, and where their combination "
            "puts the risk: Risk Terrain Modeling (Caplan and Kennedy 2011, 2016; Kennedy, Caplan "
            "and Piza 2011), done openly inside QGIS.\n\n"
            "A grid of CELL_SIZE metres covers the STUDY_AREA (default: the convex hull of the "
            "incidents); each cell whose centre lies in it gets its number of INCIDENTS. Each FACTORS "
            "layer (points, lines or polygons, in any CRS: reprojected) is measured at each of the "
            "DISTANCES d as proximity (1 when the cell centre is within d metres of a feature) and, "
            "for points, as density (quartic kernel density at bandwidth d, standardised, so its "
            "relative risk is per standard deviation). A layer with points and polygons is split "
            "into two factors.\n\n"
            "Selection: forward stepwise by cross-validated Poisson deviance, 5 folds of whole "
            "blocks of about 500 m (seeded by SEED). Each step adds the factor, in the operation and "
            "distance that fits best, that lowers the held-out deviance most, by at least 4; so "
            "every factor enters at most once, as in RTMDx. Final model: statsmodels GLM Poisson, "
            "or negative binomial when the likelihood-ratio test of overdispersion (alpha = 0) "
            "gives p < 0.01 (MODEL auto). A selected factor with p >= 0.05 in it is dropped "
            "(status not_significant), the largest p first, refitting each time. Relative risk "
            "value (RRV) = exp(coefficient), with its p-value and 95% interval; factors with RRV "
            "below 1 (protective) are kept too. Stability: on BOOTSTRAPS resamples of the blocks "
            "the selection is rerun (selected_share: share of resamples that chose the factor; "
            "variant_share: with the same operation and distance) and the final model is refitted "
            "(rrv_boot_p05/p95). RRVs describe association on this grid, not cause.\n\n"
            "OUTPUT: composite relative risk per cell = exp(sum of coefficient x feature), divided "
            "by its minimum, so 1 = the lowest risk in the study area. OUTPUT_TABLE: one row per "
            "factor with status selected, not_significant, not_selected or left_out (empty layer, "
            "or no feature near the study area) and the reason.\n\n"
            "With TEST_INCIDENTS (a later period) TEST_PAI_RISK and TEST_PAI_KDE give the PAI of "
            "the riskiest cells and of the densest cells of a plain quartic kernel density of the "
            "incidents (radius KDE_RADIUS, 0 = Silverman's rule as in Kernel density) covering 5% "
            "of the study area, computed with the same functions as Hotspot accuracy on a raster "
            "(cells ranked by value; ties at the cut in raster order): Hotspot accuracy with "
            "DENSITY = OUTPUT and AREA_SHARE 5 gives the same TEST_PAI_RISK.\n\n"
            "Mind partial data: a factor layer that covers only part of the study area makes the "
            "rest look like 'no factor'; the log warns when a layer's extent covers less than 80% "
            "of the study area; then restrict STUDY_AREA to where the layer has data.")

    def initAlgorithm(self, config=None):  # noqa: D102,N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INCIDENTS, self.tr("Incidents"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STUDY_AREA, self.tr("Study area"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size (metres)"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=50.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.FACTORS, self.tr("Factor layers (points, lines, polygons)"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TEST_INCIDENTS, self.tr("Test period incidents (for PAI)"),
            [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True))
        self.addAdvancedParameter(QgsProcessingParameterString(
            self.DISTANCES, self.tr("Distances to test (metres, comma separated)"),
            defaultValue="50,100,200"))
        self.addAdvancedParameter(QgsProcessingParameterEnum(
            self.MODEL, self.tr("Count model"), [self.tr("Automatic (overdispersion test)"),
                                                 self.tr("Poisson"), self.tr("Negative binomial")],
            defaultValue=0))
        self.addAdvancedParameter(QgsProcessingParameterNumber(
            self.BOOTSTRAPS, self.tr("Bootstrap resamples for stability (0 = none)"),
            QgsProcessingParameterNumber.Type.Integer, defaultValue=20, minValue=0, maxValue=1000))
        self.addAdvancedParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Type.Integer, defaultValue=1))
        self.addAdvancedParameter(QgsProcessingParameterNumber(
            self.KDE_RADIUS, self.tr("Radius of the comparison kernel density (metres, 0 = automatic)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Relative risk")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Risk factors"), QgsProcessing.SourceType.TypeVector))
        for name, label in ((self.TEST_PAI_RISK, self.tr("PAI of the risk raster (5%)")),
                            (self.TEST_PAI_KDE, self.tr("PAI of a kernel density (5%)")),
                            (self.SELECTED_COUNT, self.tr("Factors selected"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.MODEL_USED, self.tr("Count model used")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Distances must be positive numbers."""
        if self._distances(parameters, context) is None:
            return False, self.tr("Give the distances as positive numbers of metres separated by "
                                  "commas, e.g. 50,100,200.")
        return super().checkParameterValues(parameters, context)

    def _distances(self, parameters, context):
        raw = self.parameterAsString(parameters, self.DISTANCES, context) or "50,100,200"
        try:
            values = sorted({float(part) for part in raw.replace(";", ",").split(",") if part.strip()})
        except ValueError:
            return None
        return values if values and values[0] > 0 else None

    def process(self, parameters, context, feedback):  # noqa: D102
        import numpy as np

        source = self.parameterAsSource(parameters, self.INCIDENTS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INCIDENTS))
        frame = setup.metric_frame(source, context, feedback)
        x, y = self._points(parameters, self.INCIDENTS, frame.target_crs, context, feedback)
        area = self._study_area(parameters, context, frame.target_crs, x, y, feedback)
        pixel = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        grid = rtm.study_grid(*area.bounds, pixel)
        valid = rtm.area_mask(grid, getattr(area, "geoms", [area]))
        counts = grid.count_points(x, y)
        rtm.check_counts(counts, valid)
        distances = self._distances(parameters, context)
        factors = self._factors(parameters, context, frame.target_crs, area, max(distances), feedback)
        feedback.setProgress(10)
        found = rtm.build_features(factors, grid, valid, distances, feedback.isCanceled,
                                   lambda share: feedback.setProgress(10 + 20 * share))
        for name, reason in found.left_out.items():
            feedback.reportError(self.tr("Factor '{0}' is left out: {1}.").format(name, reason), False)
        if feedback.isCanceled():
            return {}
        fit = self._fit(parameters, context, found, counts, valid, grid, feedback)
        if not fit.columns:
            feedback.reportError(self.tr("No factor is related to the incidents here: the risk raster "
                                         "is 1 everywhere. Check the factor layers, distances and cell "
                                         "size."), False)
        risk = np.zeros(valid.shape)
        risk[valid] = rtm_model.composite_risk(found.matrix, fit)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        rasters.write_geotiff(output, risk, grid, frame.target_crs.toWkt(), valid)
        on_load(context, output, self.tr("Relative risk"), "density")
        table = rtm.result_table([f.name for f in factors], found, fit)
        results = {self.OUTPUT: output, self.OUTPUT_TABLE: self._write_table(parameters, context, table),
                   self.MODEL_USED: fit.model, self.SELECTED_COUNT: len(fit.columns),
                   self.TEST_PAI_RISK: None, self.TEST_PAI_KDE: None}
        if parameters.get(self.TEST_INCIDENTS) not in (None, ""):
            results.update(self._pai(parameters, context, frame, grid, valid, risk, x, y, feedback))
        feedback.setProgress(100)
        return results

    def _points(self, parameters, name, crs, context, feedback):
        import numpy as np

        source = self.parameterAsSource(parameters, name, context)
        reader = points.PointInput(source, points.plain_layer(self, parameters, name, context), "",
                                   adapters.crs_definition(source.sourceCrs()), adapters.crs_definition(crs))
        x, y = points.read_xy(reader, feedback.isCanceled)
        keep = np.isfinite(x) & np.isfinite(y)
        return x[keep], y[keep]

    def _study_area(self, parameters, context, crs, x, y, feedback):
        given = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        if given is not None:
            area = shapes.union(shapes.polygons(given, crs, context)[0])
            if area is None or area.is_empty:
                raise QgsProcessingException(self.tr("The study area layer has no polygons."))
            return area
        from shapely.geometry import MultiPoint

        if len(x) < 3:
            raise QgsProcessingException(self.tr("Too few incidents with a position to outline a study "
                                                 "area; give a STUDY_AREA."))
        feedback.pushInfo(self.tr("No study area: using the convex hull of the incidents. Give the "
                                  "municipality or EST area for results you can compare."))
        return MultiPoint(list(zip(x, y))).convex_hull

    def _factors(self, parameters, context, crs, area, reach, feedback):
        factors, names = [], set()
        for layer in self.parameterAsLayerList(parameters, self.FACTORS, context) or []:
            if not hasattr(layer, "getFeatures") or not hasattr(layer, "wkbType"):
                feedback.reportError(self.tr("'{0}' is not a vector layer; left out.").format(layer.name()))
                continue
            name = _unique(frames.layer_name(layer), names)
            read = frames.read_frame(layer, crs, context, feedback=feedback, name=name)
            self._log_read(read, feedback)
            for factor in self._split(read, feedback):
                factors.append(factor)
                share = rtm.coverage_share(factor, area, reach)
                if 0 < share < COVERAGE_WARNING:
                    feedback.reportError(self.tr(
                        "Factor '{0}': its features reach only {1:.0f}% of the study area. Where the "
                        "layer has no data the model sees 'no factor'; restrict the study area to "
                        "where the layer is complete.").format(factor.name, 100 * share), False)
        return factors

    def _log_read(self, read, feedback):
        feedback.pushInfo(self.tr("Factor layer '{0}': {1} features read, {2} without geometry, {3} "
                                  "invalid geometries repaired.").format(
            read.name, read.read, read.without_geometry, read.repaired))

    def _split(self, read, feedback):
        """One factor per geometry kind: a layer of points and polygons gives two factors."""
        series = read.frame.geometry
        kinds = series.geom_type.str.replace("Multi", "").map(
            {"Point": "point", "LineString": "line", "Polygon": "polygon"}).fillna("other")
        present = [k for k in ("point", "line", "polygon") if (kinds == k).any()]
        if len(present) <= 1:
            fallback = read.geometry_type if read.geometry_type != "none" else "point"
            kind = present[0] if present else fallback
            return [rtm.FactorLayer(read.name, series, kind)]
        labels = {"point": self.tr("points"), "line": self.tr("lines"), "polygon": self.tr("polygons")}
        feedback.pushInfo(self.tr("Factor layer '{0}' mixes geometry types: each type is a factor of "
                                  "its own.").format(read.name))
        return [rtm.FactorLayer("{} ({})".format(read.name, labels[k]), series[kinds == k], k)
                for k in present]

    def _fit(self, parameters, context, found, counts, valid, grid, feedback):
        import numpy as np

        rows, cols = np.nonzero(valid)
        settings = rtm_model.Settings(
            model=MODELS[self.parameterAsEnum(parameters, self.MODEL, context)],
            bootstraps=self.parameterAsInt(parameters, self.BOOTSTRAPS, context),
            seed=self.parameterAsInt(parameters, self.SEED, context))
        feedback.pushInfo(self.tr("{0} cells, {1} incidents, {2} candidate features; selecting "
                                  "factors by cross-validation.").format(
            int(valid.sum()), int(counts[valid].sum()), len(found.candidates)))
        fit = rtm_model.fit_model(
            found.matrix, [c.factor for c in found.candidates],
            ["{}:{:g}".format(c.operation, c.distance) for c in found.candidates],
            counts[valid], rows, cols, grid.pixel, settings, feedback.isCanceled,
            lambda share: feedback.setProgress(30 + 60 * share))
        feedback.pushInfo(self.tr("Model: {0} (overdispersion test p = {1:.3g}, alpha = {2:.3g}); "
                                  "cross-validated deviance {3:.1f} without factors, {4:.1f} with the "
                                  "{5} selected.").format(fit.model, fit.dispersion_p, fit.alpha,
                                                          fit.cv_deviance_null, fit.cv_deviance,
                                                          len(fit.columns)))
        return fit

    def _pai(self, parameters, context, frame, grid, valid, risk, x, y, feedback):
        import numpy as np

        tx, ty = self._points(parameters, self.TEST_INCIDENTS, frame.target_crs, context, feedback)
        test_counts = grid.count_points(tx, ty)
        inside = int(test_counts[valid].sum())
        cell_area = grid.pixel ** 2
        radius = self.parameterAsDouble(parameters, self.KDE_RADIUS, context)
        if radius <= 0:
            radius = float(max(round(kernels.silverman_radius(x, y) / 10.0) * 10.0, grid.pixel))
        density = kde.DensityGrid(grid, radius, "quartic",
                                  method=kde.choose_method("quartic", radius, grid.pixel, len(x)))
        density.add(x, y)
        smooth = np.where(valid, density.values(), 0.0)
        on_risk = accuracy.cell_curve(np.where(valid, risk, 0.0), valid, test_counts, inside, cell_area,
                                      [PAI_SHARE])[0]
        on_kde = accuracy.cell_curve(smooth, valid, test_counts, inside, cell_area, [PAI_SHARE])[0]
        feedback.pushInfo(self.tr("Test period: {0} incidents in the study area. PAI at 5% of the area: "
                                  "risk raster {1:.2f} (hit rate {2:.3f}), kernel density of radius {3:g} m "
                                  "{4:.2f} (hit rate {5:.3f}).").format(
            inside, on_risk.pai, on_risk.hit_rate, radius, on_kde.pai, on_kde.hit_rate))
        return {self.TEST_PAI_RISK: on_risk.pai, self.TEST_PAI_KDE: on_kde.pai}

    def _write_table(self, parameters, context, table):
        spec = [(name, "str" if name in TEXT_FIELDS else
                 "int" if name in INT_FIELDS else "float") for name in table.columns]
        return table_sink.write_rows(self, parameters, self.OUTPUT_TABLE, context, spec,
                                     table.to_dict("records"))


def _unique(name: str, taken: set) -> str:
    """``name``, or ``name 2``, ``name 3``... when already taken (the name is then taken)."""
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = "{} {}".format(name, number)
    taken.add(candidate)
    return candidate
