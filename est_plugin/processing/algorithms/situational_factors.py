"""est:situationalfactors: lighting, vegetation and other factors at the hotspots, with measures."""

from __future__ import annotations  # annotations name lazy modules: not evaluated at import

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core.messages import text
from ..base import EstAlgorithm
from ..lazy import lazy_import
from ..styling import on_load

factors = lazy_import("...core.factors", __package__)
measures = lazy_import("...core.measures", __package__)
inputs = lazy_import("..factor_inputs", __package__)
setup = lazy_import("..analysis_setup", __package__)
writing = lazy_import("..factor_outputs", __package__)
points = lazy_import("..points", __package__)
shapes = lazy_import("..shapes", __package__)


class SituationalFactorsAlgorithm(EstAlgorithm):
    """Why a place is a hotspot and what can be changed there: lighting, vegetation, nearby places."""

    NAME = "situationalfactors"
    GROUP_ID = "factors"
    ICON = "situational_factors.svg"
    REQUIRES = ("numpy", "pandas", "scipy", "pyproj", "shapely", "geopandas")
    HOTSPOTS = "HOTSPOTS"
    INCIDENTS = "INCIDENTS"
    LIGHTS = "LIGHTS"
    LIGHT_RADIUS = "LIGHT_RADIUS"
    LIGHT_RADIUS_FIELD = "LIGHT_RADIUS_FIELD"
    LIT_LINES = "LIT_LINES"
    LIT_EXPRESSION = "LIT_EXPRESSION"
    LIGHTING_AREA = "LIGHTING_AREA"
    VEGETATION = "VEGETATION"
    TREES = "TREES"
    CROWN_RADIUS = "CROWN_RADIUS"
    CROWN_RADIUS_FIELD = "CROWN_RADIUS_FIELD"
    OTHER_FACTORS = "OTHER_FACTORS"
    OTHER_DISTANCE = "OTHER_DISTANCE"
    OTHER_DISTANCES = "OTHER_DISTANCES"
    PATHS = "PATHS"
    TIME_ZONE = "TIME_ZONE"
    MIN_LIT_SHARE = "MIN_LIT_SHARE"
    MIN_DARK_UNLIT_SHARE = "MIN_DARK_UNLIT_SHARE"
    MAX_UNLIT_GAP = "MAX_UNLIT_GAP"
    MAX_VEGETATION_SHARE = "MAX_VEGETATION_SHARE"
    OUTPUT = "OUTPUT"
    OUTPUT_INCIDENTS = "OUTPUT_INCIDENTS"
    SUGGESTED_COUNT = "SUGGESTED_COUNT"

    def displayName(self):  # noqa: D102,N802
        return self.tr("Situational factors at hotspots")

    def shortHelpString(self):  # noqa: D102,N802
        return self.tr(
            "Measures lighting, vegetation and other places at each hotspot and suggests measures from "
            "transparent rules. All distances and areas are in metres in a metric CRS: layers in other "
            "CRSs are reprojected to the hotspots' CRS (a geographic one becomes SWEREF 99 TM in Sweden, "
            "else the UTM zone).\n\n"
            "HOTSPOTS: polygons (e.g. from est:dbscanhotspots or est:kerneldensity). INCIDENTS (optional): "
            "points with event_time.\n\n"
            "Lighting: LIGHTS are lamps lighting a circle of LIGHT_RADIUS metres (default 25) or of the "
            "value of LIGHT_RADIUS_FIELD per lamp; LIT_LINES are lines where LIT_EXPRESSION is true (empty: "
            'all), e.g. OpenStreetMap footways with "lit" = \'yes\' (or "other_tags" LIKE '
            '\'%"lit"=>"yes"%\' in GDAL\'s OSM layers) or the lit flag of the Swedish road database for '
            "foot and cycle paths; they light a band of LIGHT_RADIUS on each side. lit_share is the share "
            "of the hotspot's area inside the lit area; lamps_per_ha counts lamps inside the hotspot. "
            "With PATHS (any line layer; empty: LIT_LINES when given) also path_length_m, lit_path_share "
            "(share of the path length inside the hotspot that is lit) and largest_unlit_gap_m (the "
            "longest connected unlit stretch). LIGHTING_AREA (optional polygons): where the lighting data "
            "are complete; hotspots outside it get empty lighting measures (unknown) instead of 0, and "
            "incidents outside it an empty is_lit.\n\n"
            "Vegetation: VEGETATION polygons (bushes, woods, parks; other geometry types in the layer are "
            "left out and counted) and TREES as points with a crown of CROWN_RADIUS metres (default 4) "
            "or CROWN_RADIUS_FIELD. vegetation_share is the share of the hotspot covered by either; "
            "trees_per_ha counts trees inside it.\n\n"
            "OTHER_FACTORS: any layers (bus stops, bars, underpasses, schools, entrances). Per layer: "
            "<name>_count, the features within OTHER_DISTANCE metres of the hotspot (per layer in "
            "OTHER_DISTANCES, e.g. 'bus stops=30; bars=100'), and <name>_nearest_m, the distance to the "
            "nearest one (0 inside; empty beyond 5 km).\n\n"
            "Incidents: OUTPUT_INCIDENTS gets is_lit, in_vegetation and after_dark (sun below -0.833 "
            "degrees at the place and time, in TIME_ZONE; empty when the time of day is unknown) and "
            "hotspot_fid. Per hotspot: incident_count, after_dark_share and dark_unlit_incident_share, "
            "the share of its incidents with a known time of day that happened after dark outside the "
            "lit area.\n\n"
            "Suggested measures (suggested_measures in Swedish, suggested_measures_en in English, "
            "measure_codes), each rule with its threshold as a parameter:\n"
            "- lighting: lit_share below MIN_LIT_SHARE (default 0.75) and dark_unlit_incident_share at "
            "least MIN_DARK_UNLIT_SHARE (default 0.25); without incidents: check the lighting. Improved "
            "street lighting reduced crime by 21 % on average in the Campbell review (Welsh & "
            "Farrington 2008, Campbell Systematic Reviews 2008:13); Boverket's 'Plats för trygghet' (2010) "
            "asks for even lighting of walking routes.\n"
            "- lighting_gap: largest_unlit_gap_m above MAX_UNLIT_GAP (default 50 m), about two lamp "
            "spacings on a footway: a dark stretch between lit parts.\n"
            "- sightlines: vegetation_share above MAX_VEGETATION_SHARE (default 0.30). Dense vegetation "
            "gives hiding places and blocks the view (Nasar & Fisher 1993, 'prospect and refuge'); CPTED "
            "guidance keeps shrubs low and tree crowns raised for natural surveillance (Crowe 2000; "
            "Boverket 2010).\n"
            "- place_managers: another factor within its distance of a hotspot with incidents: involve "
            "the place's managers (Clarke & Eck 2005, Crime Analysis for Problem Solvers in 60 Small Steps: "
            "the problem analysis triangle)."
        )

    def initAlgorithm(self, config=None):  # noqa: D102,N802
        source = QgsProcessingParameterFeatureSource
        point, line, polygon = (
            QgsProcessing.SourceType.TypeVectorPoint,
            QgsProcessing.SourceType.TypeVectorLine,
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        self.addParameter(source(self.HOTSPOTS, self.tr("Hotspots (polygons)"), [polygon]))
        self.addParameter(source(self.INCIDENTS, self.tr("Incidents"), [point], optional=True))
        self.addParameter(source(self.LIGHTS, self.tr("Street lights (points)"), [point], optional=True))
        self.addParameter(self._metres(self.LIGHT_RADIUS, self.tr("Lit radius of a lamp (m)"), 25.0))
        self.addAdvancedParameter(
            QgsProcessingParameterField(
                self.LIGHT_RADIUS_FIELD,
                self.tr("Lit radius per lamp (field, m)"),
                parentLayerParameterName=self.LIGHTS,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            source(self.LIT_LINES, self.tr("Lit streets and paths (lines)"), [line], optional=True)
        )
        self.addParameter(
            QgsProcessingParameterExpression(
                self.LIT_EXPRESSION,
                self.tr("Which lines are lit (expression; empty: all)"),
                parentLayerParameterName=self.LIT_LINES,
                optional=True,
            )
        )
        self.addAdvancedParameter(
            source(
                self.LIGHTING_AREA,
                self.tr("Area where the lighting data are complete"),
                [polygon],
                optional=True,
            )
        )
        self.addParameter(source(self.VEGETATION, self.tr("Vegetation (polygons)"), [polygon], optional=True))
        self.addParameter(source(self.TREES, self.tr("Trees (points)"), [point], optional=True))
        self.addParameter(self._metres(self.CROWN_RADIUS, self.tr("Crown radius of a tree (m)"), 4.0))
        self.addAdvancedParameter(
            QgsProcessingParameterField(
                self.CROWN_RADIUS_FIELD,
                self.tr("Crown radius per tree (field, m)"),
                parentLayerParameterName=self.TREES,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.OTHER_FACTORS,
                self.tr("Other factors (bus stops, bars, schools…)"),
                QgsProcessing.SourceType.TypeVectorAnyGeometry,
                optional=True,
            )
        )
        self.addParameter(
            self._metres(self.OTHER_DISTANCE, self.tr("Influence distance of other factors (m)"), 50.0)
        )
        self.addAdvancedParameter(
            QgsProcessingParameterString(
                self.OTHER_DISTANCES,
                self.tr("Influence distance per layer (e.g. bus stops=30; bars=100)"),
                optional=True,
            )
        )
        self.addParameter(
            source(self.PATHS, self.tr("Paths (lines; empty: the lit lines)"), [line], optional=True)
        )
        self.addAdvancedParameter(
            QgsProcessingParameterString(
                self.TIME_ZONE, self.tr("Time zone of the event times (e.g. Europe/Stockholm)"), optional=True
            )
        )
        for name, label, default in (
            (self.MIN_LIT_SHARE, self.tr("Rule lighting: lit share below"), 0.75),
            (self.MIN_DARK_UNLIT_SHARE, self.tr("Rule lighting: dark and unlit incident share from"), 0.25),
            (self.MAX_VEGETATION_SHARE, self.tr("Rule sightlines: vegetation share above"), 0.30),
        ):
            self.addAdvancedParameter(
                QgsProcessingParameterNumber(
                    name,
                    label,
                    QgsProcessingParameterNumber.Type.Double,
                    defaultValue=default,
                    minValue=0.0,
                    maxValue=1.0,
                )
            )
        self.addAdvancedParameter(
            self._metres(self.MAX_UNLIT_GAP, self.tr("Rule lighting gap: unlit path above (m)"), 50.0)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Hotspots with factors"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_INCIDENTS,
                self.tr("Incidents with factors"),
                QgsProcessing.SourceType.TypeVectorPoint,
                optional=True,
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber(self.SUGGESTED_COUNT, self.tr("Hotspots with suggested measures"))
        )

    @staticmethod
    def _metres(name, label, default):
        return QgsProcessingParameterNumber(
            name, label, QgsProcessingParameterNumber.Type.Double, defaultValue=default, minValue=0.0
        )

    def process(self, parameters, context, feedback):  # noqa: D102
        hotspots = self.parameterAsSource(parameters, self.HOTSPOTS, context)
        if hotspots is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.HOTSPOTS))
        frame = setup.metric_frame(hotspots, context, feedback)
        incidents = self.parameterAsSource(parameters, self.INCIDENTS, context)
        polygons, fids = shapes.polygons_with_ids(hotspots, frame.target_crs, context)
        if not polygons:
            raise QgsProcessingException(text("factor_no_hotspots", layer=hotspots.sourceName()))
        events = (
            writing.read_incidents(self, parameters, incidents, frame, context, feedback)
            if incidents is not None
            else None
        )
        box = writing.reach_box(polygons, events, self._reach(parameters, context))
        layers = self._layers(parameters, context, feedback, frame, box)
        feedback.setProgress(30)
        if feedback.isCanceled():
            return {}
        coverage = writing.coverage(
            self.parameterAsSource(parameters, self.LIGHTING_AREA, context), frame, context
        )
        table, flags = writing.measure(
            polygons, layers, events, coverage, self._zone(parameters, context), feedback
        )
        rules = measures.Thresholds(
            *(
                self.parameterAsDouble(parameters, n, context)
                for n in (
                    self.MIN_LIT_SHARE,
                    self.MIN_DARK_UNLIT_SHARE,
                    self.MAX_UNLIT_GAP,
                    self.MAX_VEGETATION_SHARE,
                )
            )
        )
        table = writing.add_suggestions(writing.rounded(table), rules, layers.others)
        writing.log_summary(table, feedback)
        dest = writing.write_hotspots(self, parameters, context, hotspots, frame, fids, table)
        results = {self.OUTPUT: dest, self.SUGGESTED_COUNT: int((table["measure_codes"] != "").sum())}
        on_load(context, dest, self.tr("Hotspots with factors"), "hotspots")
        if events is not None and parameters.get(self.OUTPUT_INCIDENTS) is not None:
            dest = writing.write_incidents(
                self, parameters, context, incidents, frame, events, flags, fids, feedback
            )
            results[self.OUTPUT_INCIDENTS] = dest
            on_load(context, dest, self.tr("Incidents with factors"), "categories")
        return results

    def _reach(self, parameters, context) -> float:
        """How far beyond the hotspots and incidents a factor feature can matter (m)."""
        return max(
            self.parameterAsDouble(parameters, self.LIGHT_RADIUS, context),
            self.parameterAsDouble(parameters, self.CROWN_RADIUS, context),
            self.parameterAsDouble(parameters, self.OTHER_DISTANCE, context),
            100.0,
        )

    def _zone(self, parameters, context) -> str:
        return self.parameterAsString(parameters, self.TIME_ZONE, context).strip()

    def _layers(self, parameters, context, feedback, frame, box):
        """The factor layers as core objects (factors.FactorLayers)."""

        def source(name):
            return self.parameterAsSource(parameters, name, context)

        def number(name):
            return self.parameterAsDouble(parameters, name, context)

        def circles(name, field, radius, role):
            layer = points.plain_layer(self, parameters, name, context)
            return inputs.circles(
                source(name),
                layer,
                self.parameterAsString(parameters, field, context),
                number(radius),
                frame,
                feedback,
                role,
                box,
            )

        lit_lines = inputs.shapes(
            source(self.LIT_LINES),
            frame,
            context,
            feedback,
            "lit_lines",
            "line",
            box,
            self.parameterAsExpression(parameters, self.LIT_EXPRESSION, context),
        )
        paths_source = source(self.PATHS) or source(self.LIT_LINES)
        others = [
            layer
            for layer in self.parameterAsLayerList(parameters, self.OTHER_FACTORS, context)
            if hasattr(layer, "getFeatures")
        ]
        distances = inputs.parse_distances(self.parameterAsString(parameters, self.OTHER_DISTANCES, context))
        return factors.FactorLayers(
            lamps=circles(self.LIGHTS, self.LIGHT_RADIUS_FIELD, self.LIGHT_RADIUS, "lights"),
            lit_lines=lit_lines,
            light_radius=number(self.LIGHT_RADIUS),
            vegetation=inputs.shapes(
                source(self.VEGETATION), frame, context, feedback, "vegetation", "polygon", box
            ),
            trees=circles(self.TREES, self.CROWN_RADIUS_FIELD, self.CROWN_RADIUS, "trees"),
            paths=inputs.shapes(paths_source, frame, context, feedback, "paths", "line", box),
            others=inputs.others(
                others,
                frame,
                context,
                feedback,
                distances,
                number(self.OTHER_DISTANCE),
                box.buffered(factors.NEAREST_LIMIT_M),
            ),
        )
