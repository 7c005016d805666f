"""est:walkroute: an ordered walking route through chosen stops along a street and path network."""
from __future__ import annotations  # annotations name lazy modules: not evaluated at import

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsUnitTypes,
)

from ... import compat
from ...core.errors import InputError
from ...core.messages import text
from ...core.resources import resource_path
from ..base import EstAlgorithm
from ..lazy import lazy_import
from ..styling import on_load

# Loaded when the algorithm first runs: numpy, scipy, networkx and pyproj stay out of QGIS's start-up;
# pandas is not needed (the shared adapters module would import it).
walkgraph = lazy_import("...core.walkgraph", __package__)
walkroute = lazy_import("...core.walkroute", __package__)
crs = lazy_import("...core.crs", __package__)
walk_adapters = lazy_import("..walk_adapters", __package__)

PRIORITY_DEFAULT_FIELD = "rank"


class WalkRouteAlgorithm(EstAlgorithm):
    """Plan a safety walk: stops by priority within a time budget, in the shortest order."""

    NAME = "walkroute"
    GROUP_ID = "walks"
    ICON = "walk_route.svg"
    REQUIRES = ("numpy", "scipy", "pyproj", "shapely", "networkx")
    STOPS = "STOPS"
    PRIORITY_FIELD = "PRIORITY_FIELD"
    MAX_STOPS = "MAX_STOPS"
    NETWORK = "NETWORK"
    WALKABLE_EXPRESSION = "WALKABLE_EXPRESSION"
    NAME_FIELD = "NAME_FIELD"
    TOLERANCE = "TOLERANCE"
    MAX_SNAP = "MAX_SNAP"
    START = "START"
    ROUND_TRIP = "ROUND_TRIP"
    MAX_MINUTES = "MAX_MINUTES"
    WALK_SPEED = "WALK_SPEED"
    STOP_MINUTES = "STOP_MINUTES"
    OUTPUT = "OUTPUT"
    OUTPUT_STOPS = "OUTPUT_STOPS"
    TOTAL_LENGTH_M = "TOTAL_LENGTH_M"
    TOTAL_MINUTES = "TOTAL_MINUTES"
    STOP_COUNT = "STOP_COUNT"
    DROPPED_COUNT = "DROPPED_COUNT"

    def displayName(self):  # noqa: D102,N802
        return self.tr("Plan a safety walk")

    def shortHelpString(self):  # noqa: D102,N802
        return self.tr(
            "Plans a safety walk: an ordered walking route through chosen stops (e.g. hotspots) "
            "along a street and path network, within a time budget.\n\n"
            "STOPS: points or polygons; a polygon is visited at a point inside it (point on surface). "
            "PRIORITY_FIELD: lower values come first when not every stop fits (empty: the field "
            "'rank' when the layer has one, else the layer's order). MAX_STOPS: at most this many "
            "stops (0: no limit).\n\n"
            "NETWORK: any line layer (municipal footways, the national road database, OpenStreetMap). "
            "WALKABLE_EXPRESSION keeps only the lines where it is true, e.g. \"highway\" NOT IN "
            "('motorway', 'trunk'). Lines are joined wherever they share a vertex, also in their "
            "middle; a line end within TOLERANCE metres of another line is joined to it; lines that "
            "cross without a shared vertex (bridges, tunnels) stay apart. The log gives the size of "
            "the network and its connected parts. NAME_FIELD: the street names (empty: a field such "
            "as name, namn, gatunamn or street when there is one).\n\n"
            "Each stop is snapped to the nearest point of the nearest walkable line on the part of "
            "the network that holds the start; snap_m gives the distance. Stops farther than "
            "MAX_SNAP metres, near only a part that is not connected to the start, or at the same "
            "place as a stop of higher priority are left out and listed.\n\n"
            "START: where the walk begins (empty: the stop of highest priority). ROUND_TRIP: the "
            "walk ends back at the start.\n\n"
            "MAX_MINUTES is the time budget: walking at WALK_SPEED km/h plus STOP_MINUTES at each "
            "stop. When not every stop fits, the stops are taken by priority and each one is kept "
            "if the shortest walk through it and the stops kept before still fits; the others are "
            "listed as left out. The order is the shortest possible for up to 12 stops (Held-Karp) "
            "and a good heuristic order beyond (nearest neighbour improved with 2-opt and Or-opt).\n\n"
            "OUTPUT: one line per leg along the network with leg_no, from_stop and to_stop (0 is a "
            "START point that is not a stop), length_m, cum_length_m and cum_minutes (at arrival). "
            "OUTPUT_STOPS: the stops in walking order with stop_no, arrival_min, distance_m (along "
            "the walk), street, snap_m, priority and the stop layer's own fields; the stops left out "
            "follow without stop_no, with the reason in left_out. Distances are metres: a network "
            "in degrees is projected to SWEREF 99 TM in Sweden or the UTM zone elsewhere, and the "
            "outputs are in that CRS.")

    def initAlgorithm(self, config=None):  # noqa: D102,N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STOPS, self.tr("Stops (points or polygons)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.PRIORITY_FIELD, self.tr("Priority field (lower first; empty: 'rank' or layer order)"),
            parentLayerParameterName=self.STOPS, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_STOPS, self.tr("Maximum number of stops (0: no limit)"),
            QgsProcessingParameterNumber.Type.Integer, defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, self.tr("Street and path network"), [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterExpression(
            self.WALKABLE_EXPRESSION, self.tr("Walkable lines (expression; empty: all)"),
            parentLayerParameterName=self.NETWORK, optional=True))
        self.addParameter(QgsProcessingParameterPoint(
            self.START, self.tr("Start point (empty: the first stop)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ROUND_TRIP, self.tr("Back to the start"), defaultValue=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_MINUTES, self.tr("Time budget (minutes)"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=90.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.WALK_SPEED, self.tr("Walking speed (km/h)"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=4.0, minValue=0.5, maxValue=20.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.STOP_MINUTES, self.tr("Minutes at each stop"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=5.0, minValue=0.0))
        self.addAdvancedParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Street name field (empty: guessed)"),
            parentLayerParameterName=self.NETWORK, optional=True))
        self.addAdvancedParameter(QgsProcessingParameterNumber(
            self.TOLERANCE, self.tr("Close gaps between lines up to (m)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=1.0, minValue=0.0, maxValue=50.0))
        self.addAdvancedParameter(QgsProcessingParameterNumber(
            self.MAX_SNAP, self.tr("Leave out stops farther from the network than (m)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=200.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Walk route"), QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_STOPS, self.tr("Walk stops"), QgsProcessing.SourceType.TypeVectorPoint))
        for name, label in ((self.TOTAL_LENGTH_M, self.tr("Total length (m)")),
                            (self.TOTAL_MINUTES, self.tr("Total duration (minutes)")),
                            (self.STOP_COUNT, self.tr("Stops visited")),
                            (self.DROPPED_COUNT, self.tr("Stops left out"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """An unreadable WALKABLE_EXPRESSION is refused before anything is read."""
        try:
            self._expression(parameters, context)
        except InputError as error:
            return False, str(error)
        return super().checkParameterValues(parameters, context)

    def _expression(self, parameters, context) -> str:
        """WALKABLE_EXPRESSION as written (parameterAsExpression would turn an unreadable one into
        an empty one, that is: every line); InputError when it cannot be parsed."""
        expression = self.parameterAsString(parameters, self.WALKABLE_EXPRESSION, context).strip()
        parsed = QgsExpression(expression)
        if expression and parsed.hasParserError():
            detail = " ".join(parsed.parserErrorString().split())
            raise InputError(text("route_bad_expression", detail=detail))
        return expression

    def process(self, parameters, context, feedback):  # noqa: D102
        stops_source = self._source(parameters, self.STOPS, context)
        network = self._source(parameters, self.NETWORK, context)
        work_crs = self._working_crs(network, stops_source, context, feedback)
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        graph = self._network(parameters, context, network, work_crs, tolerance, feedback)
        stops = walk_adapters.read_stops(stops_source, work_crs, context, feedback)
        if not stops.has_points():
            raise InputError(text("route_no_stops", name=stops_source.sourceName()))
        priority, shown = self._priorities(parameters, context, stops, feedback)
        settings = self._settings(parameters, context)
        feedback.setProgress(40)
        plan = walkroute.plan_walk(
            graph, stops.xy, priority, settings, self._start(parameters, context, work_crs),
            labels=[str(fid) for fid in stops.fids],
            progress=lambda share: feedback.setProgress(40 + 50 * share), cancelled=feedback.isCanceled)
        for note in plan.notes:
            feedback.pushInfo(note)
        feedback.pushInfo(walkroute.summary(plan, settings))
        outputs = self._write(parameters, context, plan, stops, shown, work_crs)
        feedback.setProgress(100)
        outputs.update({self.TOTAL_LENGTH_M: round(plan.total_length_m, 2),
                        self.TOTAL_MINUTES: round(plan.total_minutes, 2),
                        self.STOP_COUNT: len(plan.stops), self.DROPPED_COUNT: len(plan.dropped)})
        return outputs

    def _source(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        if not source.sourceCrs().isValid():
            raise InputError(text("route_no_crs", name=source.sourceName()))
        return source

    def _working_crs(self, network, stops_source, context, feedback) -> QgsCoordinateReferenceSystem:
        """The network's CRS when it measures in metres, else the metric CRS for where it lies."""
        source_crs = network.sourceCrs()
        metres = QgsUnitTypes.DistanceUnit.DistanceMeters
        if not source_crs.isGeographic() and source_crs.mapUnits() == metres:
            return source_crs
        extent = network.sourceExtent()
        extent = extent if not extent.isEmpty() else stops_source.sourceExtent()
        lon, lat = walk_adapters.middle_lonlat(extent, source_crs, context)
        chosen = crs.choose_metric_crs([lon], [lat])
        feedback.pushInfo(text("route_note_crs", source=source_crs.authid() or source_crs.description(),
                               crs=chosen))
        return QgsCoordinateReferenceSystem(chosen)

    def _network(self, parameters, context, network, work_crs, tolerance, feedback):
        """The walkable lines read (filtered in QGIS by WALKABLE_EXPRESSION) and joined into a graph."""
        expression = self._expression(parameters, context)
        fields = network.fields()
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or \
            walkgraph.guess_name_field(fields.names())
        request = QgsFeatureRequest(QgsExpression(expression)) if expression else QgsFeatureRequest()
        request.setExpressionContext(self.createExpressionContext(parameters, context, network))
        wanted = [name_field] if name_field else []
        if expression:
            wanted += list(QgsExpression(expression).referencedColumns())
        if QgsFeatureRequest.ALL_ATTRIBUTES not in wanted:
            request.setSubsetOfAttributes([n for n in set(wanted) if n in fields.names()], fields)
        request.setDestinationCrs(work_crs, context.transformContext())
        lines = walk_adapters.read_lines(network, request, fields.indexFromName(name_field or ""), feedback)
        if feedback.isCanceled():
            raise QgsProcessingException(text("route_cancelled"))
        feedback.pushInfo(self.tr("{0} of {1} lines are walkable; street names from {2}.").format(
            lines.features, network.featureCount(), "'{}'".format(name_field) if name_field else "–"))
        graph = walkgraph.build_walk_graph(lines.lines, lines.names, tolerance, network.sourceName())
        feedback.pushInfo(walkgraph.network_summary(graph, tolerance))
        return graph

    def _priorities(self, parameters, context, stops, feedback):
        """Priority values for the core (None: input order) and the values to show per stop."""
        names = stops.fields.names()
        field = self.parameterAsString(parameters, self.PRIORITY_FIELD, context) or next(
            (n for n in names if n.lower() == PRIORITY_DEFAULT_FIELD), "")
        if not field:
            feedback.pushInfo(self.tr("Priority: the order of the stop layer."))
            return None, [float(i + 1) for i in range(len(stops.fids))]
        index = names.index(field)
        values = [_number(row[index]) for row in stops.attributes]
        feedback.pushInfo(self.tr("Priority from the field '{0}' (lower values first).").format(field))
        return [float("nan") if v is None else v for v in values], values

    def _settings(self, parameters, context) -> walkroute.WalkSettings:
        number = lambda name: self.parameterAsDouble(parameters, name, context)  # noqa: E731
        return walkroute.WalkSettings(
            round_trip=self.parameterAsBoolean(parameters, self.ROUND_TRIP, context),
            max_minutes=number(self.MAX_MINUTES), walk_speed_kmh=number(self.WALK_SPEED),
            stop_minutes=number(self.STOP_MINUTES), max_snap_m=number(self.MAX_SNAP),
            max_stops=self.parameterAsInt(parameters, self.MAX_STOPS, context))

    def _start(self, parameters, context, work_crs):
        if parameters.get(self.START) in (None, ""):
            return None
        point = self.parameterAsPoint(parameters, self.START, context, work_crs)
        return point.x(), point.y()

    def _write(self, parameters, context, plan, stops, shown, work_crs):
        sink, route = self.parameterAsSink(parameters, self.OUTPUT, context, walk_adapters.leg_fields(),
                                           compat.WkbType.LineString, work_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        walk_adapters.write_legs(sink, plan)
        stop_sink, stops_dest = self.parameterAsSink(
            parameters, self.OUTPUT_STOPS, context, walk_adapters.stop_fields(stops.fields),
            compat.WkbType.Point, work_crs)
        if stop_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_STOPS))
        walk_adapters.write_stops(stop_sink, plan, stops, shown)
        on_load(context, route, self.tr("Walk route"), str(resource_path("styles", "walk_route.qml")))
        on_load(context, stops_dest, self.tr("Walk stops"), str(resource_path("styles", "walk_stops.qml")))
        return {self.OUTPUT: route, self.OUTPUT_STOPS: stops_dest}


def _number(value):
    """A priority value as a float, None when missing or not a number."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else number
