"""est:dbscanhotspots: DBSCAN identical to scikit-learn's, fast, with one hotspot polygon per cluster."""
from __future__ import annotations  # annotations name lazy modules: not evaluated at import

from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ... import compat
from ...core.errors import InputError
from ...core.messages import text
from ..base import EstAlgorithm
from ..lazy import lazy_import
from ..styling import on_load

dbscan = lazy_import("...core.dbscan", __package__)
stats = lazy_import("...core.cluster_stats", __package__)
filtering = lazy_import("...core.filtering", __package__)
timeparse = lazy_import("...core.timeparse", __package__)
core_crs = lazy_import("...core.crs", __package__)
setup = lazy_import("..analysis_setup", __package__)
points = lazy_import("..points", __package__)
copy = lazy_import("..labelled_copy", __package__)
table_sink = lazy_import("..table_sink", __package__)

HOTSPOT_FIELDS = (("rank", "int"), ("incident_count", "int"), ("area_m2", "float"),
                  ("density_per_ha", "float"), ("top_categories", "str"),
                  ("busiest_weekday", "str"), ("busiest_hour", "int"),
                  ("first_date", "date"), ("last_date", "date"),
                  ("after_dark_share", "float"))


class DbscanHotspotsAlgorithm(EstAlgorithm):
    """Density-based clusters of incidents and a hotspot polygon with statistics per cluster."""

    NAME = "dbscanhotspots"
    GROUP_ID = "hotspots"
    ICON = "dbscan_hotspots.svg"
    REQUIRES = ("numpy", "pandas", "scipy", "pyproj", "shapely")
    INPUT = "INPUT"
    EPS = "EPS"
    MIN_SIZE = "MIN_SIZE"
    DBSCAN_STAR = "DBSCAN*"
    FIELD_NAME = "FIELD_NAME"
    SIZE_FIELD_NAME = "SIZE_FIELD_NAME"
    BUFFER = "BUFFER"
    TIME_ZONE = "TIME_ZONE"
    OUTPUT = "OUTPUT"
    HOTSPOTS = "HOTSPOTS"
    NUM_CLUSTERS = "NUM_CLUSTERS"
    NOISE_COUNT = "NOISE_COUNT"

    def displayName(self):  # noqa: D102,N802
        return self.tr("DBSCAN hotspots")

    def shortHelpString(self):  # noqa: D102,N802
        return self.tr(
            "Finds clusters of incidents with DBSCAN, with the same result as scikit-learn's DBSCAN "
            "and QGIS's DBSCAN clustering for the same settings, much faster on large layers.\n\n"
            "An incident is a core point when at least MIN_SIZE incidents, itself included, lie "
            "within EPS metres of it. Core points within EPS of each other form one cluster; an "
            "incident within EPS of a core point joins its cluster (a border point: next to two "
            "clusters it may join either); the rest is noise. With DBSCAN* border points are noise "
            "too. Incidents at the same coordinates (common in police data) all count.\n\n"
            "OUTPUT: every incident with FIELD_NAME (cluster id, 1 = the largest cluster) and "
            "SIZE_FIELD_NAME (incidents in its cluster); both are empty for noise.\n\n"
            "HOTSPOTS: one polygon per cluster, the convex hull of its incidents grown by BUFFER "
            "metres, with rank (1 = most incidents), incident count, area, incidents per hectare, "
            "the three commonest categories, the busiest weekday and hour, the first and last date "
            "and the share of incidents (with a known time of day) after dark, when the sun was "
            "below -0.833 degrees in TIME_ZONE (default Europe/Stockholm in Sweden).")

    def initAlgorithm(self, config=None):  # noqa: D102,N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Incidents"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterNumber(
            self.EPS, self.tr("Maximum distance between clustered points (EPS, metres)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=50.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_SIZE, self.tr("Minimum cluster size (MIN_SIZE, the point itself included)"),
            QgsProcessingParameterNumber.Type.Integer, defaultValue=5, minValue=1))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DBSCAN_STAR, self.tr("Treat border points as noise (DBSCAN*)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            self.FIELD_NAME, self.tr("Cluster field name"), defaultValue="CLUSTER_ID"))
        self.addAdvancedParameter(QgsProcessingParameterString(
            self.SIZE_FIELD_NAME, self.tr("Cluster size field name"), defaultValue="CLUSTER_SIZE"))
        self.addAdvancedParameter(QgsProcessingParameterNumber(
            self.BUFFER, self.tr("Hotspot polygons: buffer around the incidents (metres)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=10.0, minValue=0.0))
        self.addAdvancedParameter(QgsProcessingParameterString(
            self.TIME_ZONE, self.tr("Time zone of the event times (e.g. Europe/Stockholm)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Clustered incidents"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.HOTSPOTS, self.tr("Hotspots (clusters)"), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.NUM_CLUSTERS, self.tr("Number of clusters")))
        self.addOutput(QgsProcessingOutputNumber(self.NOISE_COUNT, self.tr("Incidents in no cluster")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """EPS 0 would make every incident its own place: refused before running."""
        if self.parameterAsDouble(parameters, self.EPS, context) <= 0:
            return False, self.tr("EPS must be larger than 0 metres.")
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):  # noqa: D102
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = self._field_names(parameters, context, source)
        frame = setup.metric_frame(source, context, feedback)
        reader = points.PointInput(source, points.plain_layer(self, parameters, self.INPUT, context),
                                   "", frame.source_definition, frame.target_definition)
        wants_hotspots = parameters.get(self.HOTSPOTS) is not None
        wanted = [n for n in ("event_time", "time_known", "category")
                  if wants_hotspots and n in source.fields().names()]
        fids, x, y, table = points.read_points_table(reader, wanted, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(30)
        result = dbscan.dbscan(x, y, self.parameterAsDouble(parameters, self.EPS, context),
                               self.parameterAsInt(parameters, self.MIN_SIZE, context),
                               self.parameterAsBoolean(parameters, self.DBSCAN_STAR, context),
                               feedback.isCanceled)
        if feedback.isCanceled():
            return {}
        self._log(result, feedback)
        feedback.setProgress(60)
        sizes = result.sizes[result.labels] * (result.labels > 0)
        dest = self._write_output(parameters, context, source, reader, fids,
                                  {names[0]: result.labels, names[1]: sizes}, feedback)
        results = {self.OUTPUT: dest, self.NUM_CLUSTERS: len(result.sizes) - 1,
                   self.NOISE_COUNT: int(result.sizes[0])}
        if wants_hotspots:
            results[self.HOTSPOTS] = self._hotspots(parameters, context, feedback, frame, x, y, table,
                                                     result)
        on_load(context, dest, self.tr("Clustered incidents"))
        return results

    def _field_names(self, parameters, context, source):
        names = (self.parameterAsString(parameters, self.FIELD_NAME, context).strip() or "CLUSTER_ID",
                 self.parameterAsString(parameters, self.SIZE_FIELD_NAME, context).strip() or "CLUSTER_SIZE")
        existing = {n.lower() for n in source.fields().names()}
        for name in names:
            if name.lower() in existing:
                raise InputError(self.tr("The layer {0} already has a field '{1}'; choose another "
                                         "FIELD_NAME or SIZE_FIELD_NAME.").format(source.sourceName(), name))
        return names

    @staticmethod
    def _log(result, feedback):
        total = max(len(result.labels), 1)
        feedback.pushInfo(text("dbscan_summary", clusters=len(result.sizes) - 1,
                               clustered=int((result.labels > 0).sum()), core=int(result.core.sum()),
                               noise=int(result.sizes[0]),
                               share="{:.1f}".format(100.0 * result.sizes[0] / total)))

    def _write_output(self, parameters, context, source, reader, fids, values, feedback):
        table = reader.gpkg_table()
        dest = self._gpkg_destination(parameters, context) if table else None
        if dest:
            copy.gpkg_copy(table[0], table[1], dest, fids, values)
            return dest
        return copy.sink_copy(self, parameters, self.OUTPUT, context, source, fids, values, feedback)

    def _gpkg_destination(self, parameters, context):
        """A GeoPackage path for OUTPUT when it is one, or a temporary one (loaded on completion)
        for TEMPORARY_OUTPUT; None for anything else (memory:, other formats, databases)."""
        value = parameters.get(self.OUTPUT)
        definition = value if isinstance(value, QgsProcessingOutputLayerDefinition) else None
        sink = definition.sink.staticValue() if definition is not None else value
        if sink == QgsProcessing.TEMPORARY_OUTPUT:
            path = QgsProcessingUtils.generateTempFilename("clustered_incidents.gpkg")
            project = definition.destinationProject if definition is not None else None
            if project is not None:
                context.addLayerToLoadOnCompletion(path, QgsProcessingContext.LayerDetails(
                    self.tr("Clustered incidents"), project, self.OUTPUT))
            return path
        if isinstance(sink, str) and sink.lower().endswith(".gpkg") and "|" not in sink:
            return self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        return None

    def _hotspots(self, parameters, context, feedback, frame, x, y, table, result):
        import numpy as np

        buffer = self.parameterAsDouble(parameters, self.BUFFER, context)
        shapes = stats.cluster_polygons(x, y, result.labels, buffer)
        areas = np.array([shape.area for shape in shapes], float)
        times = known = lon = lat = None
        zone = ""
        if "event_time" in table.columns:
            times, known = timeparse.known_times(table["event_time"], table.get("time_known"))
            lon, lat = core_crs.to_lonlat(x, y, frame.target_definition)
            zone, note = filtering.resolve_time_zone(
                self.parameterAsString(parameters, self.TIME_ZONE, context).strip(), lon, lat)
            if note:
                feedback.pushInfo(note)
        rows = stats.cluster_table(result.labels, areas, times, known,
                                   table["category"] if "category" in table.columns else None,
                                   lon, lat, zone)
        return self._write_hotspots(parameters, context, frame, rows, shapes)

    def _write_hotspots(self, parameters, context, frame, rows, shapes):
        geometries = []
        for shape in shapes:
            geometry = QgsGeometry()
            geometry.fromWkb(shape.wkb)
            geometry.convertToMultiType()
            geometries.append(geometry)
        dest = table_sink.write_rows(self, parameters, self.HOTSPOTS, context, HOTSPOT_FIELDS,
                                     rows.to_dict("records"), compat.WkbType.MultiPolygon,
                                     frame.target_crs, geometries)
        on_load(context, dest, self.tr("Hotspots (DBSCAN)"), "hotspots")
        return dest
