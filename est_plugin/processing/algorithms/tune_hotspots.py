"""est:tunehotspots: candidate hotspot settings ranked by PAI on a later period."""
from __future__ import annotations  # annotations name lazy modules: not evaluated at import

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core.errors import InputError
from ..base import EstAlgorithm
from ..lazy import lazy_import

tuning = lazy_import("...core.tuning", __package__)
timeparse = lazy_import("...core.timeparse", __package__)
adapters = lazy_import("..adapters", __package__)
setup = lazy_import("..analysis_setup", __package__)
points = lazy_import("..points", __package__)
shapes = lazy_import("..shapes", __package__)
table_sink = lazy_import("..table_sink", __package__)

FIELDS = (("rank", "int"), ("method", "str"), ("radius", "float"),
          ("pixel_size", "float"), ("eps", "float"), ("min_size", "int"),
          ("pai", "float"), ("hit_rate", "float"), ("area_share", "float"),
          ("incidents_in", "int"), ("comparable", "int"))


class TuneHotspotsAlgorithm(EstAlgorithm):
    """Try hotspot settings on earlier incidents, judge them on later ones."""

    NAME = "tunehotspots"
    GROUP_ID = "hotspots"
    ICON = "tune_hotspots.svg"
    REQUIRES = ("numpy", "pandas", "scipy", "pyproj", "shapely")
    INPUT = "INPUT"
    SPLIT_DATE = "SPLIT_DATE"
    AREA_SHARE = "AREA_SHARE"
    STUDY_AREA = "STUDY_AREA"
    DATETIME_FIELD = "DATETIME_FIELD"
    RADII = "RADII"
    PIXEL_SIZES = "PIXEL_SIZES"
    CELL_SIZES = "CELL_SIZES"
    EPS_VALUES = "EPS_VALUES"
    MIN_SIZES = "MIN_SIZES"
    OUTPUT = "OUTPUT"
    BEST_PAI = "BEST_PAI"
    RECOMMENDED = "RECOMMENDED"

    def displayName(self):  # noqa: D102,N802
        return self.tr("Tune hotspots (PAI)")

    def shortHelpString(self):  # noqa: D102,N802
        return self.tr(
            "Finds the hotspot settings that best predict the next period. The incidents before "
            "SPLIT_DATE train each candidate; those from SPLIT_DATE on test it. Every candidate "
            "makes hotspots covering AREA_SHARE percent of the study area from the training "
            "incidents, and is judged by the PAI of the test incidents in them ((n/N)/(a/A), see "
            "Hotspot accuracy).\n\n"
            "Candidates: kernel density (quartic) for every RADII x PIXEL_SIZES, plain counts in "
            "square cells of CELL_SIZES, and DBSCAN for every EPS_VALUES x MIN_SIZES (cluster "
            "polygons, densest first, taken whole while they fit). Lists are metres separated by "
            "commas.\n\n"
            "OUTPUT has one row per candidate ranked by PAI; rank 1 is the recommendation. PAI grows "
            "as the area shrinks, so candidates whose hotspots cover less than 80% of AREA_SHARE "
            "(few, small DBSCAN clusters) are marked comparable = 0 and ranked after the others. On "
            "police data the best radius is often far smaller than the habitual 200-300 m. "
            "STUDY_AREA defaults to the convex hull of all incidents.")

    def initAlgorithm(self, config=None):  # noqa: D102,N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Incidents"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterDateTime(
            self.SPLIT_DATE, self.tr("Test period starts on"), QgsProcessingParameterDateTime.Type.Date))
        self.addParameter(QgsProcessingParameterNumber(
            self.AREA_SHARE, self.tr("Hotspot share of the study area (%)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=5.0, minValue=0.01, maxValue=100.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STUDY_AREA, self.tr("Study area"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addAdvancedParameter(QgsProcessingParameterField(
            self.DATETIME_FIELD, self.tr("Event time field"), "event_time", self.INPUT, optional=True))
        defaults = ((self.RADII, self.tr("KDE radii (m)"), "50, 100, 150, 200, 300"),
                    (self.PIXEL_SIZES, self.tr("KDE pixel sizes (m)"), "10, 25"),
                    (self.CELL_SIZES, self.tr("Grid cell sizes (m)"), "50, 100, 150, 250"),
                    (self.EPS_VALUES, self.tr("DBSCAN EPS values (m)"), "25, 50, 100"),
                    (self.MIN_SIZES, self.tr("DBSCAN MIN_SIZE values"), "5, 10, 25"))
        for name, label, default in defaults:
            self.addAdvancedParameter(QgsProcessingParameterString(name, label, default, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Candidates ranked by PAI"), QgsProcessing.SourceType.TypeVector))
        self.addOutput(QgsProcessingOutputNumber(self.BEST_PAI, self.tr("Best PAI")))
        self.addOutput(QgsProcessingOutputString(self.RECOMMENDED, self.tr("Recommended settings")))

    def process(self, parameters, context, feedback):  # noqa: D102
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        periods = self._periods(parameters, context, source, feedback)
        share = self.parameterAsDouble(parameters, self.AREA_SHARE, context) / 100.0
        table = tuning.tune(periods, share, self._candidates(parameters, context), feedback.isCanceled,
                            feedback.setProgress)
        if feedback.isCanceled() or table.empty:
            return {}
        best = table.iloc[0]
        recommended = _describe(best)
        feedback.pushInfo(self.tr("Recommended: {0}, PAI {1:.2f}, hit rate {2:.3f}").format(
            recommended, best["pai"], best["hit_rate"]))
        return {self.OUTPUT: self._write(parameters, context, table), self.BEST_PAI: float(best["pai"]),
                self.RECOMMENDED: recommended}

    def _periods(self, parameters, context, source, feedback):
        import numpy as np

        frame = setup.metric_frame(source, context, feedback)
        field = self.parameterAsString(parameters, self.DATETIME_FIELD, context) or "event_time"
        if field not in source.fields().names():
            raise InputError(self.tr("The layer {0} has no field '{1}' with the event times.").format(
                source.sourceName(), field))
        reader = points.PointInput(source, points.plain_layer(self, parameters, self.INPUT, context), "",
                                   frame.source_definition, frame.target_definition)
        _fids, x, y, table = points.read_points_table(reader, [field], feedback)
        times = timeparse.parse_datetimes(table[field]).time
        split = adapters.as_date(self.parameterAsDateTime(parameters, self.SPLIT_DATE, context))
        stamps = times.to_numpy(dtype="datetime64[ns]")
        train = stamps < np.datetime64(split)
        test = stamps >= np.datetime64(split)
        feedback.pushInfo(self.tr("{0} training incidents before {1}, {2} test incidents from it on.").format(
            int(train.sum()), split.isoformat(), int(test.sum())))
        if not train.any() or not test.any():
            raise InputError(self.tr("SPLIT_DATE {0} leaves no incidents on one side: choose a date "
                                     "between the first and the last incident.").format(split.isoformat()))
        area = self._area(parameters, context, frame, x, y)
        return tuning.Periods(x[train], y[train], x[test], y[test], area)

    def _area(self, parameters, context, frame, x, y):
        source = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        if source is not None:
            return shapes.union(shapes.polygons(source, frame.target_crs, context)[0])
        from shapely.geometry import MultiPoint

        return MultiPoint(list(zip(x, y))).convex_hull

    def _candidates(self, parameters, context):
        def numbers(name):
            value = self.parameterAsString(parameters, name, context)
            try:
                return [float(v) for v in value.replace(";", ",").split(",") if v.strip()]
            except ValueError as error:
                raise InputError(self.tr("{0}: '{1}' is not a list of numbers separated by commas.").format(
                    name, value)) from error

        found = [tuning.Candidate("kde", radius=r, pixel_size=p)
                 for p in numbers(self.PIXEL_SIZES) for r in numbers(self.RADII) if r > 0 and p > 0]
        found += [tuning.Candidate("grid", pixel_size=c) for c in numbers(self.CELL_SIZES) if c > 0]
        found += [tuning.Candidate("dbscan", eps=e, min_size=int(m))
                  for e in numbers(self.EPS_VALUES) for m in numbers(self.MIN_SIZES) if e > 0 and m >= 1]
        if not found:
            raise InputError(self.tr("No candidate settings: give at least one radius, cell size or EPS."))
        return found

    def _write(self, parameters, context, table):
        return table_sink.write_rows(self, parameters, self.OUTPUT, context, FIELDS,
                                     table.to_dict("records"))


def _describe(row) -> str:
    if row["method"] == "kde":
        return "KDE RADIUS {:g} m, PIXEL_SIZE {:g} m".format(row["radius"], row["pixel_size"])
    if row["method"] == "grid":
        return "grid {:g} m".format(row["pixel_size"])
    return "DBSCAN EPS {:g} m, MIN_SIZE {:d}".format(row["eps"], int(row["min_size"]))
