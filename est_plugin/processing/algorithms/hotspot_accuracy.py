"""est:hotspotaccuracy: hit rate, PAI and RRI of hotspots against a test period's incidents."""
from __future__ import annotations  # annotations name lazy modules: not evaluated at import

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ...core.errors import InputError
from ..base import EstAlgorithm
from ..lazy import lazy_import

accuracy = lazy_import("...core.accuracy", __package__)
kde = lazy_import("...core.kde", __package__)
adapters = lazy_import("..adapters", __package__)
setup = lazy_import("..analysis_setup", __package__)
points = lazy_import("..points", __package__)
rasters = lazy_import("..rasters", __package__)
shapes = lazy_import("..shapes", __package__)
table_sink = lazy_import("..table_sink", __package__)

TABLE_FIELDS = ("target_share", "area_share", "hotspot_area_m2", "incidents_in", "incidents",
                "hit_rate", "pai", "pai_training", "rri")


class HotspotAccuracyAlgorithm(EstAlgorithm):
    """PAI, hit rate and RRI of hotspot polygons or of the densest cells of a density raster."""

    NAME = "hotspotaccuracy"
    GROUP_ID = "hotspots"
    ICON = "hotspot_accuracy.svg"
    REQUIRES = ("numpy", "pandas", "scipy", "pyproj", "shapely")
    HOTSPOTS = "HOTSPOTS"
    RANK_FIELD = "RANK_FIELD"
    DENSITY = "DENSITY"
    AREA_SHARE = "AREA_SHARE"
    TEST_INCIDENTS = "TEST_INCIDENTS"
    TRAINING_INCIDENTS = "TRAINING_INCIDENTS"
    STUDY_AREA = "STUDY_AREA"
    OUTPUT = "OUTPUT"
    HIT_RATE = "HIT_RATE"
    PAI = "PAI"
    RRI = "RRI"

    def displayName(self):  # noqa: D102,N802
        return self.tr("Hotspot accuracy (PAI)")

    def shortHelpString(self):  # noqa: D102,N802
        return self.tr(
            "How well hotspots predict where the incidents of a later period happen.\n\n"
            "Hotspots are either polygons (HOTSPOTS, e.g. from DBSCAN hotspots or Kernel density) "
            "or the densest cells of a density raster (DENSITY) covering AREA_SHARE percent of the "
            "study area.\n\n"
            "Hit rate = n / N: the share of the N test incidents in the study area that fall in the "
            "hotspots (n). PAI, the Predictive Accuracy Index (Chainey, Tompson and Uhlig 2008) = "
            "(n / N) / (a / A), where a is the hotspots' area and A the study area's: how many "
            "times more incidents per square metre the hotspots catch than the study area on "
            "average; 1 is no better than chance. RRI, the Recapture Rate Index (Levine 2008) = "
            "PAI of the test period / PAI of the TRAINING_INCIDENTS period for the same hotspots; "
            "near 1 means the hotspots keep their share.\n\n"
            "OUTPUT is the PAI curve: the same figures when the hotspots are cut to the top 1, 2, "
            "5, 10 and 20% of the study area (cells by density; polygons whole, in the order of "
            "RANK_FIELD, while they fit). STUDY_AREA defaults to the convex hull of the test "
            "incidents and hotspots; give the municipality or EST area for comparable PAIs.")

    def initAlgorithm(self, config=None):  # noqa: D102,N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HOTSPOTS, self.tr("Hotspot polygons"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.RANK_FIELD, self.tr("Rank field (1 = first)"), "rank", self.HOTSPOTS,
            QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DENSITY, self.tr("Or a density raster"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.AREA_SHARE, self.tr("Share of the study area for the raster's hotspots (%)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=5.0, minValue=0.01, maxValue=100.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TEST_INCIDENTS, self.tr("Test period incidents"),
            [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TRAINING_INCIDENTS, self.tr("Training period incidents (for RRI)"),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STUDY_AREA, self.tr("Study area"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("PAI curve"), QgsProcessing.SourceType.TypeVector))
        for name, label in ((self.HIT_RATE, self.tr("Hit rate")), (self.PAI, self.tr("PAI")),
                            (self.RRI, self.tr("RRI"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Exactly one of HOTSPOTS and DENSITY."""
        has_polygons = parameters.get(self.HOTSPOTS) not in (None, "")
        has_raster = parameters.get(self.DENSITY) not in (None, "")
        if has_polygons == has_raster:
            return False, self.tr("Give either hotspot polygons (HOTSPOTS) or a density raster (DENSITY).")
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):  # noqa: D102
        test = self.parameterAsSource(parameters, self.TEST_INCIDENTS, context)
        if test is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TEST_INCIDENTS))
        raster = self.parameterAsRasterLayer(parameters, self.DENSITY, context)
        crs = raster.crs() if raster is not None else setup.metric_frame(test, context, feedback).target_crs
        if crs.isGeographic():
            raise InputError(self.tr("The density raster is in degrees; make it in a projected CRS."))
        tx, ty = self._points(parameters, self.TEST_INCIDENTS, crs, context, feedback)
        training = self._points(parameters, self.TRAINING_INCIDENTS, crs, context, feedback)
        if raster is not None:
            curve, train_curve, main = self._raster(parameters, context, raster, crs, tx, ty, training)
        else:
            curve, train_curve, main = self._polygons(parameters, context, crs, tx, ty, training, feedback)
        table = accuracy.curve_table(curve, accuracy.CURVE_SHARES, train_curve)
        rri = accuracy.rri(main[0], main[1]) if main[1] is not None else None
        feedback.pushInfo(self.tr("{0} of {1} test incidents in hotspots covering {2:.2f}% of the study "
                                  "area: hit rate {3:.3f}, PAI {4:.2f}").format(
            main[0].hits, main[0].incidents, 100 * main[0].area_share, main[0].hit_rate, main[0].pai))
        dest = self._write_table(parameters, context, table)
        return {self.OUTPUT: dest, self.HIT_RATE: main[0].hit_rate, self.PAI: main[0].pai, self.RRI: rri}

    def _points(self, parameters, name, crs, context, feedback):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        reader = points.PointInput(source, points.plain_layer(self, parameters, name, context), "",
                                   adapters.crs_definition(source.sourceCrs()), adapters.crs_definition(crs))
        return points.read_xy(reader, feedback.isCanceled)

    def _study_area(self, parameters, context, crs, extra_shapes, tx, ty, feedback):
        area = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        if area is not None:
            return shapes.union(shapes.polygons(area, crs, context)[0])
        from shapely.geometry import MultiPoint

        feedback.pushInfo(self.tr("No study area: using the convex hull of the test incidents and "
                                  "hotspots. PAI depends on the study area; give one for comparable "
                                  "figures."))
        hull = MultiPoint(list(zip(tx, ty))).convex_hull
        return shapes.union([hull] + list(extra_shapes)).convex_hull

    def _raster(self, parameters, context, raster, crs, tx, ty, training):
        import numpy as np

        values, transform, _wkt = rasters.read_geotiff(raster.source())
        grid = kde.Grid(transform[0], transform[3], transform[1], values.shape[1], values.shape[0])
        valid = np.isfinite(values)
        if parameters.get(self.STUDY_AREA) not in (None, ""):
            area = self._study_area(parameters, context, crs, [], tx, ty, None)
            valid &= accuracy.cell_centre_mask(grid, area)
        values = np.where(valid, values, 0.0)
        share = self.parameterAsDouble(parameters, self.AREA_SHARE, context) / 100.0
        shares = list(accuracy.CURVE_SHARES)

        def curve_for(x, y, wanted):
            counts = accuracy.grid_counts(x, y, grid)
            inside = int(counts[valid].sum())
            return accuracy.cell_curve(values, valid, counts, inside, grid.pixel ** 2, wanted)

        curve = curve_for(tx, ty, shares)
        main = curve_for(tx, ty, [share])[0]
        if training is None:
            return curve, None, (main, None)
        return curve, curve_for(*training, shares), (main, curve_for(*training, [share])[0])

    def _polygons(self, parameters, context, crs, tx, ty, training, feedback):
        import numpy as np

        source = self.parameterAsSource(parameters, self.HOTSPOTS, context)
        rank_field = self.parameterAsString(parameters, self.RANK_FIELD, context)
        if rank_field not in source.fields().names():
            rank_field = ""
        found, ranks = shapes.polygons(source, crs, context, rank_field)
        area = self._study_area(parameters, context, crs, found, tx, ty, feedback)
        order = np.argsort([r if isinstance(r, (int, float)) else np.inf for r in ranks], kind="stable")
        ranked = [found[i].intersection(area) for i in order]

        def curve_for(x, y, wanted):
            return accuracy.polygon_curve_of_points(x, y, ranked, area, wanted)

        def whole(x, y):
            in_area = accuracy.points_in_polygons(x, y, [area]) >= 0
            covered = shapes.union(ranked)
            hits = int((accuracy.points_in_polygons(x[in_area], y[in_area], [covered]) >= 0).sum())
            covered_area = covered.area if covered else 0.0
            return accuracy.Accuracy(int(in_area.sum()), hits, covered_area, area.area)

        curve = curve_for(tx, ty, accuracy.CURVE_SHARES)
        if training is None:
            return curve, None, (whole(tx, ty), None)
        return curve, curve_for(*training, accuracy.CURVE_SHARES), (whole(tx, ty), whole(*training))

    def _write_table(self, parameters, context, table):
        spec = [(name, "int" if name in ("incidents_in", "incidents") else "float")
                for name in TABLE_FIELDS if name in table.columns]
        return table_sink.write_rows(self, parameters, self.OUTPUT, context, spec,
                                     table.to_dict("records"))
