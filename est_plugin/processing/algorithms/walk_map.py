"""est:walkmap: the printable walk map and protocol of a safety walk (PDF, and HTML)."""
from __future__ import annotations  # annotations name lazy modules: not evaluated at import

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProject,
    QgsRectangle,
)

from ... import compat
from ...core.errors import InputError
from ...core.messages import text
from ..lazy import lazy_import
from ..printed import PrintingAlgorithm

# Loaded when the algorithm first runs: jinja2 and pandas stay out of QGIS's start-up.
protocol = lazy_import("...core.protocol", __package__)
walk_map = lazy_import("...layout.walk_map", __package__)
map_layers = lazy_import("...layout.layers", __package__)
common = lazy_import("...layout.common", __package__)

PAPERS = (("A4", False), ("A4", True), ("A3", False), ("A3", True))
LANGUAGES = ("sv", "en")
# Layers other than route and stops are copied only around the walk: this much beyond it (m).
AROUND_M = 400.0


class WalkMapAlgorithm(PrintingAlgorithm):
    """Walk map (page 1) and protocol (a page per stop) as a print layout, exported to PDF."""

    NAME = "walkmap"
    GROUP_ID = "walks"
    ICON = "walk_map.svg"
    REQUIRES = ("jinja2", "numpy", "pandas")  # pandas: the category labels (core.categories)
    ROUTE = "ROUTE"
    STOPS = "STOPS"
    HOTSPOTS = "HOTSPOTS"
    DENSITY = "DENSITY"
    LIGHTS = "LIGHTS"
    VEGETATION = "VEGETATION"
    BASEMAP = "BASEMAP"
    TITLE = "TITLE"
    ORGANISATION = "ORGANISATION"
    WALK_DATE = "WALK_DATE"
    PAPER = "PAPER"
    LANGUAGE = "LANGUAGE"
    ATTRIBUTION = "ATTRIBUTION"
    CLOSE_UPS = "CLOSE_UPS"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_HTML = "OUTPUT_HTML"

    def displayName(self):  # noqa: D102,N802
        return self.tr("Print a walk map")

    def shortHelpString(self):  # noqa: D102,N802
        return self.tr(
            "Makes the printed documents of a safety walk. A PDF: page 1 is the map of the walk "
            "(route with arrows in the walking direction, numbered stops, start, hotspots and "
            "incident density underneath, street lights and vegetation when given, legend, list of "
            "stops, scale bar, north arrow); then the protocol, an A4 page per stop: why the stop is "
            "on the walk (hotspot rank, incidents, most common categories, lighting and vegetation "
            "findings), a checklist to tick, and lines for notes, proposed action, owner and "
            "priority. OUTPUT_HTML also writes the protocol as a web page to print from a browser."
            "\n\nROUTE and STOPS are the outputs of Plan a safety walk (est:walkroute). STOPS needs only "
            "stop_no; street, arrival_min, distance_m, rank, incident_count, top_categories, "
            "lit_share, vegetation_share and suggested_measures are used when present. Other fields, "
            "such as free-text descriptions, are never printed."
            "\n\nPAPER is the paper of the map page; the protocol pages are always A4 portrait, the "
            "form the walkers write on. LANGUAGE is the language of the documents (Swedish or "
            "English), whatever the language of QGIS. ATTRIBUTION is printed under the map, e.g. "
            "'© OpenStreetMap contributors' for OpenStreetMap data. BASEMAP layers are drawn "
            "underneath in their own style. CLOSE_UPS adds a detail map of each stop to its page."
            "\n\nRun in QGIS, the print layout is also added to the project's layouts (its layers in "
            "a group of temporary layers), to adjust the map before printing it again.")

    def flags(self):  # noqa: D102
        # Print layouts belong to the main thread, as in QGIS's own
        # 'Export print layout as PDF'; a walk map takes a few seconds.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: D102,N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROUTE, self.tr("Route"), [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STOPS, self.tr("Stops (with stop_no)"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HOTSPOTS, self.tr("Hotspots"), [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DENSITY, self.tr("Incident density (raster)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LIGHTS, self.tr("Street lights"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.VEGETATION, self.tr("Vegetation (areas or trees)"),
            [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            optional=True))
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ORGANISATION, self.tr("Organisation"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.WALK_DATE, self.tr("Date of the walk"), QgsProcessingParameterDateTime.Type.Date,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.PAPER, self.tr("Paper of the map page"),
            [self.tr("A4 portrait"), self.tr("A4 landscape"), self.tr("A3 portrait"),
             self.tr("A3 landscape")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Language of the documents"), ["Svenska", "English"], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.ATTRIBUTION, self.tr("Data attribution (e.g. © OpenStreetMap contributors)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CLOSE_UPS, self.tr("Close-up map of each stop"), defaultValue=False))
        self.addAdvancedParameter(QgsProcessingParameterMultipleLayers(
            self.BASEMAP, self.tr("Base map layers (drawn underneath)"),
            QgsProcessing.SourceType.TypeMapLayer,
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Walk map and protocol (PDF)"), self.tr("PDF (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Protocol as a web page (HTML)"), self.tr("HTML (*.html)"),
            optional=True, createByDefault=False))

    def process(self, parameters, context, feedback):  # noqa: D102
        route = self._source(parameters, self.ROUTE, context)
        stops = self._source(parameters, self.STOPS, context)
        crs = map_layers.map_crs(route.sourceCrs(), self._centre_lonlat(route))
        facts = map_layers.route_facts(route, crs, context.transformContext())
        walk = self._protocol(parameters, context, stops, facts, feedback)
        extent = map_layers.source_extent(route, crs, context.transformContext())
        extent.combineExtentWith(map_layers.source_extent(stops, crs, context.transformContext()))
        layers = self._layers(parameters, context, feedback, facts, crs, extent, walk.texts)
        feedback.setProgress(30)
        paper, landscape = PAPERS[self.parameterAsEnum(parameters, self.PAPER, context)]
        close_ups = self.parameterAsBoolean(parameters, self.CLOSE_UPS, context)
        dated = self._walk_date(parameters, context) is not None
        spec = walk_map.WalkMapSpec(paper, landscape, close_ups, dated)
        project = context.project() or QgsProject.instance()
        name = self._layout_name(walk, project)
        layout, _ = walk_map.build_walk_layout(walk, layers, spec, crs, extent, name, project)
        feedback.setProgress(60)
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        errors = common.export_pdf(layout, pdf)
        if errors:
            raise QgsProcessingException(self.tr("The PDF '{0}' could not be written: {1}").format(
                pdf, "; ".join(errors)))
        feedback.pushInfo(self.tr("Walk map with {0} stops written to {1} ({2} pages).").format(
            len(walk.stops), pdf, layout.pageCollection().pageCount()))
        html = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html:
            with open(html, "w", encoding="utf-8") as handle:
                handle.write(protocol.render_html(walk, standalone=True))
        self.keep(layout, layers, context)
        feedback.setProgress(100)
        return {self.OUTPUT_PDF: pdf, self.OUTPUT_HTML: html or None}

    def _source(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def _protocol(self, parameters, context, stops, facts, feedback):
        """The protocol in the chosen language from the stops' protocol fields."""
        info = protocol.WalkInfo(
            title=self.parameterAsString(parameters, self.TITLE, context).strip(),
            organisation=self.parameterAsString(parameters, self.ORGANISATION, context).strip(),
            walk_date=self._walk_date(parameters, context), length_m=facts.length_m, minutes=facts.minutes,
            attribution=self.parameterAsString(parameters, self.ATTRIBUTION, context).strip())
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        walk = protocol.build_protocol(self._stop_rows(stops, feedback), language, info, stops.sourceName())
        if walk.skipped:
            feedback.pushInfo(text("note_walk_skipped_stops", n=walk.skipped))
        return walk

    def _walk_date(self, parameters, context):
        if parameters.get(self.WALK_DATE) in (None, ""):
            return None
        value = self.parameterAsDateTime(parameters, self.WALK_DATE, context)
        return value.date().toPyDate() if value.isValid() else None

    def _stop_rows(self, stops, feedback):
        """The stops' protocol fields (only those: no free text) as plain Python values."""
        names = stops.fields().names()
        if "stop_no" not in names:
            raise InputError(text("walk_missing_stop_no", name=stops.sourceName()))
        wanted = [name for name in protocol.STOP_FIELDS if name in names]
        request = QgsFeatureRequest().setSubsetOfAttributes(wanted, stops.fields())
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        rows = []
        for feature in stops.getFeatures(request):
            if feedback.isCanceled():
                break
            rows.append({name: compat.plain_value(feature.attribute(name)) for name in wanted})
        return rows

    @staticmethod
    def _centre_lonlat(route):
        """The route's centre in longitude/latitude (for a UTM zone when its CRS is geographic)."""
        if not route.sourceCrs().isGeographic():
            return None
        return route.sourceExtent().center()

    def _layers(self, parameters, context, feedback, facts, crs, extent, texts):
        transform_context = context.transformContext()
        side = max(extent.width(), extent.height()) / 2.0 + AROUND_M
        around = QgsRectangle(extent.center().x() - side, extent.center().y() - side,
                              extent.center().x() + side, extent.center().y() + side)

        def copy(name, label, keep=()):
            source = self.parameterAsSource(parameters, name, context)
            if source is None:
                return None
            clip = None if name in (self.ROUTE, self.STOPS) else around
            return map_layers.memory_copy(source, label, keep, clip, crs, transform_context, feedback,
                                          required=keep[0] if keep else "")

        density = self.parameterAsRasterLayer(parameters, self.DENSITY, context)
        layers = walk_map.WalkLayers(
            route=copy(self.ROUTE, texts["legend_route"]),
            stops=copy(self.STOPS, texts["legend_stops"], ("stop_no",)),
            start=map_layers.point_layer(texts["legend_start"], facts.start, crs) if facts.start else None,
            hotspots=copy(self.HOTSPOTS, texts["legend_hotspots"]),
            density=density.clone() if density is not None else None,
            lights=copy(self.LIGHTS, texts["legend_lights"]),
            vegetation=copy(self.VEGETATION, texts["legend_vegetation"]),
            basemap=map_layers.base_map(self.parameterAsLayerList(parameters, self.BASEMAP, context) or [],
                                        context.project()))
        if layers.density is not None:
            layers.density.setName(texts["legend_density"])
        return layers

    def _layout_name(self, walk, project) -> str:
        """'<title> (<organisation · date>)', made unique among the project's layouts."""
        base = walk.title + (" ({})".format(", ".join(walk.subtitle)) if walk.subtitle else "")
        name, number = base, 2
        while project.layoutManager().layoutByName(name) is not None:
            name, number = "{} ({})".format(base, number), number + 1
        return name
