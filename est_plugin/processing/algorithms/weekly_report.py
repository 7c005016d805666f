"""est:weeklyreport: the weekly situational picture (lägesbild) as a PDF, and HTML."""
from __future__ import annotations  # annotations name lazy modules: not evaluated at import

from dataclasses import dataclass

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
    QgsRectangle,
)

from ...core.errors import InputError
from ...core.messages import text
from ..lazy import lazy_import
from ..printed import PrintingAlgorithm

# Loaded when the algorithm first runs: numpy, pandas, scipy and jinja2 stay out of QGIS's start-up.
weekly = lazy_import("...core.weekly", __package__)
weekly_html = lazy_import("...core.weekly_html", __package__)
accuracy = lazy_import("...core.accuracy", __package__)
timeparse = lazy_import("...core.timeparse", __package__)
layout_module = lazy_import("...layout.weekly_report", __package__)
map_layers = lazy_import("...layout.layers", __package__)
common = lazy_import("...layout.common", __package__)
analysis_setup = lazy_import("..analysis_setup", __package__)
points = lazy_import("..points", __package__)
shapes = lazy_import("..shapes", __package__)

LANGUAGES = ("sv", "en")


@dataclass
class EventData:
    """The events as the core reads them, the report's metric CRS and the layer's extent in it."""

    frame: object  # pandas DataFrame with weekly.COLUMNS
    crs: object
    extent: object
PLACE_FIELDS = ("place", "plats", "address", "adress", "gatuadress", "hundred_block", "street", "gata",
                "location", "block", "platsnamn")


class WeeklyReportAlgorithm(PrintingAlgorithm):
    """The week's events against the weeks before: what, where, when, places, trends; PDF and HTML."""

    NAME = "weeklyreport"
    GROUP_ID = "reports"
    ICON = "weekly_report.svg"
    REQUIRES = ("numpy", "pandas", "scipy", "pyproj", "shapely", "jinja2")
    INCIDENTS = "INCIDENTS"
    WEEK = "WEEK"
    COMPARE_WEEKS = "COMPARE_WEEKS"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    HOTSPOTS = "HOTSPOTS"
    TITLE = "TITLE"
    ORGANISATION = "ORGANISATION"
    LANGUAGE = "LANGUAGE"
    PLACE_FIELD = "PLACE_FIELD"
    DATETIME_FIELD = "DATETIME_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    CELL_SIZE = "CELL_SIZE"
    RADIUS = "RADIUS"
    BASEMAP = "BASEMAP"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_HTML = "OUTPUT_HTML"
    REPORT_WEEK = "REPORT_WEEK"
    WEEK_COUNT = "WEEK_COUNT"
    COMPARE_MEAN = "COMPARE_MEAN"
    PAGE_COUNT = "PAGE_COUNT"

    def displayName(self):  # noqa: D102,N802
        return self.tr("Weekly report (lägesbild)")

    def shortHelpString(self):  # noqa: D102,N802
        return self.tr(
            "The weekly situational picture of EST in one step: a PDF made with a QGIS print layout "
            "(and, with OUTPUT_HTML, the same report as a web page to print). Page 1: the week's total "
            "against the compared weeks, a map of the week's event density with the week's events, the "
            "hotspot change cells, the HOTSPOTS and the AREAS. Then: events per category and per area "
            "this week against the mean of the COMPARE_WEEKS weeks before (areas sorted by the largest "
            "change), hotspot change, the places with most events, weekday x hour tables of the week "
            "and of the compared weeks, and a 12-week trend per top category.\n\n"
            "WEEK is an ISO week such as 2026-W46. Empty: the last complete week before today; if the "
            "data end earlier the report says so (choose a week then). A week with no events, a week "
            "before the data start and areas that do not overlap the events give a report that says so. "
            "Compared weeks that lie wholly outside the data are left out of the mean, and the report "
            "says how many.\n\n"
            "Reading a change: this week minus the mean of the compared weeks. When both this week and "
            "the mean are below 5 events the report says 'too few to read a change into'. Otherwise an "
            "exact test of two Poisson counts (this week against all compared weeks together; binomial "
            "with p = 1/(weeks+1) when nothing changed) says 'clear increase' or 'clear decrease' when "
            "p < 0.05, else 'within usual variation'.\n\n"
            "Hotspot change, per square cell of CELL_SIZE metres: a cell is hot in a week with 3 or more "
            "events. New: hot this week, in none of the compared weeks. Growing: hot this week and in a "
            "compared week, with this week's count clearly above the cell's mean (Poisson, p < 0.05). "
            "Persistent: hot this week and in at least one compared week, not growing. Fading: hot in "
            "at least half of the compared weeks, not this week.\n\n"
            "Trend per cell (emerging hotspots): the same cells' events per week over the 12 weeks of the "
            "trend chart (weeks before the data start are left out; at least 8 weeks are needed) are "
            "tested with the Mann–Kendall test (normal approximation with tie correction). Intensifying: "
            "an upward trend with p < 0.05 and at least 6 events in those weeks; diminishing: the same "
            "downward.\n\n"
            "INCIDENTS is the output of Import incidents (event_time, time_known, category). Places are "
            "read from PLACE_FIELD (guessed from names such as place, plats, address, adress, "
            "HUNDRED_BLOCK, street). Only counts, categories, times and place names are printed: "
            "free-text descriptions never are. Event times are read as local times.")

    def flags(self):  # noqa: D102
        # Print layouts belong to the main thread, as in QGIS's own
        # 'Export print layout as PDF'.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: D102,N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INCIDENTS, self.tr("Incidents"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterString(
            self.WEEK, self.tr("ISO week (e.g. 2026-W46; empty: the last complete week)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.COMPARE_WEEKS, self.tr("Compare with this many weeks before"),
            QgsProcessingParameterNumber.Type.Integer, defaultValue=4, minValue=1, maxValue=52))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas (EST areas, districts)"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_NAME_FIELD, self.tr("Area name field"), parentLayerParameterName=self.AREAS,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HOTSPOTS, self.tr("Hotspots"), [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            optional=True))
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ORGANISATION, self.tr("Organisation"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Language of the report"), ["Svenska", "English"], defaultValue=0))
        self._advanced_parameters()
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Weekly report (PDF)"), self.tr("PDF (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Weekly report as a web page (HTML)"), self.tr("HTML (*.html)"),
            optional=True, createByDefault=False))
        for name, label in ((self.WEEK_COUNT, self.tr("Events in the week")),
                            (self.COMPARE_MEAN, self.tr("Mean events per compared week")),
                            (self.PAGE_COUNT, self.tr("Pages of the PDF"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.REPORT_WEEK, self.tr("The week reported")))

    def _advanced_parameters(self):
        self.addAdvancedParameter(QgsProcessingParameterField(
            self.PLACE_FIELD, self.tr("Place name field (empty: guessed)"),
            parentLayerParameterName=self.INCIDENTS, optional=True))
        self.addAdvancedParameter(QgsProcessingParameterField(
            self.DATETIME_FIELD, self.tr("Event time field"), "event_time", self.INCIDENTS, optional=True))
        self.addAdvancedParameter(QgsProcessingParameterField(
            self.CATEGORY_FIELD, self.tr("Category field"), "category", self.INCIDENTS, optional=True))
        self.addAdvancedParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size of the hotspot change (m)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=250.0, minValue=10.0, maxValue=5000.0))
        self.addAdvancedParameter(QgsProcessingParameterNumber(
            self.RADIUS, self.tr("Density radius (m, 0 = automatic)"),
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.0, minValue=0.0, maxValue=10000.0))
        self.addAdvancedParameter(QgsProcessingParameterMultipleLayers(
            self.BASEMAP, self.tr("Base map layers (drawn underneath)"),
            QgsProcessing.SourceType.TypeMapLayer,
            optional=True))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Refuse an unreadable week up front."""
        week = self.parameterAsString(parameters, self.WEEK, context).strip()
        if week:
            from ...core.filtering import parse_iso_week

            try:
                parse_iso_week(week)
            except InputError as error:
                return False, str(error)
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):  # noqa: D102
        source = self._source(parameters, self.INCIDENTS, context)
        fields = self._fields(parameters, context, source, feedback)
        data = self._read_events(parameters, context, source, fields, feedback)
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        area_field = self.parameterAsString(parameters, self.AREA_NAME_FIELD, context)
        area_names = _assign_areas(data, areas, area_field, context) if areas is not None else None
        feedback.setProgress(20)
        report = weekly_html.build_report(data.frame, self._info(parameters, context), area_names)
        for note in report.notes:
            feedback.pushInfo(note)
        if feedback.isCanceled():
            return {}
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        layers, extent = self._map_layers(parameters, context, data, report, radius, feedback)
        feedback.setProgress(50)
        project = context.project() or QgsProject.instance()
        layout, map_item = layout_module.build_layout(report, layers, data.crs, extent,
                                                      self._layout_name(report, project), project)
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        errors = common.export_pdf(layout, pdf)
        if errors:
            raise QgsProcessingException(self.tr("The PDF '{0}' could not be written: {1}").format(
                pdf, "; ".join(errors)))
        feedback.setProgress(85)
        html = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html:
            image = layout_module.map_png_data_uri(layout, map_item)
            with open(html, "w", encoding="utf-8") as handle:
                handle.write(weekly_html.render_html(report, standalone=True, map_image=image, base_pt=10.0))
        feedback.pushInfo(text("wr_written", week=report.period.label, count=report.week_count, path=pdf))
        self.keep(layout, layers, context)
        feedback.setProgress(100)
        return {self.OUTPUT_PDF: pdf, self.OUTPUT_HTML: html or None, self.REPORT_WEEK: report.period.label,
                self.WEEK_COUNT: report.week_count, self.COMPARE_MEAN: report.total.mean,
                self.PAGE_COUNT: layout.pageCollection().pageCount()}

    def _info(self, parameters, context):
        return weekly_html.ReportInfo(
            week=self.parameterAsString(parameters, self.WEEK, context).strip(),
            compare_weeks=self.parameterAsInt(parameters, self.COMPARE_WEEKS, context),
            language=LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)],
            title=self.parameterAsString(parameters, self.TITLE, context).strip(),
            organisation=self.parameterAsString(parameters, self.ORGANISATION, context).strip(),
            cell_size=self.parameterAsDouble(parameters, self.CELL_SIZE, context))

    def _fields(self, parameters, context, source, feedback):
        """(time, category, place) field names; the place field guessed when not given."""
        names = source.fields().names()
        time_field = self.parameterAsString(parameters, self.DATETIME_FIELD, context) or "event_time"
        category = self.parameterAsString(parameters, self.CATEGORY_FIELD, context) or "category"
        if time_field not in names:
            raise InputError(text("missing_incident_field", name=source.sourceName(), field=time_field))
        if category not in names:
            raise InputError(text("missing_incident_field", name=source.sourceName(), field=category))
        place = self.parameterAsString(parameters, self.PLACE_FIELD, context)
        if not place:
            lower = {name.lower(): name for name in names}
            place = next((lower[n] for n in PLACE_FIELDS if n in lower), "")
            if place:
                feedback.pushInfo(self.tr("Place names are read from the field '{0}'.").format(place))
        return time_field, category, place

    def _read_events(self, parameters, context, source, fields, feedback) -> EventData:
        """The events' times, categories, places and positions in the metric CRS of the report."""
        import pandas as pd

        time_field, category_field, place_field = fields
        frame = analysis_setup.metric_frame(source, context, feedback)
        reader = points.PointInput(source, points.plain_layer(self, parameters, self.INCIDENTS, context), "",
                                   frame.source_definition, frame.target_definition)
        has_known = "time_known" in source.fields().names()
        columns = [time_field, category_field] + ([place_field] if place_field else []) + \
            (["time_known"] if has_known else [])
        _fids, x, y, table = points.read_points_table(reader, columns, feedback)
        times, known = timeparse.known_times(table[time_field], table["time_known"] if has_known else None)
        events = pd.DataFrame({"time": times, "time_known": known,
                               "category": table[category_field].to_numpy(),
                               "place": table[place_field].to_numpy() if place_field else None,
                               "area": None, "x": x, "y": y})
        if not events.empty:
            events["place"] = events["place"].astype(object)
        return EventData(events, frame.target_crs, frame.extent)

    def _map_layers(self, parameters, context, data, report, radius, feedback):
        """The map's layers (memory copies) and the extent to show."""
        texts, crs = report.texts, data.crs
        window = weekly.in_weeks(weekly.week_mondays(data.frame["time"]),
                                             [report.period.monday, *report.period.covered]).to_numpy()
        extent = _extent(data.frame["x"].to_numpy()[window], data.frame["y"].to_numpy()[window])
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        if extent is None and areas is not None:
            extent = map_layers.source_extent(areas, crs, context.transformContext())
        if extent is None or extent.isEmpty():
            extent = data.extent if data.extent is not None and not data.extent.isEmpty() else \
                QgsRectangle(-500.0, -500.0, 500.0, 500.0)
        now = weekly.in_weeks(weekly.week_mondays(data.frame["time"]),
                                          [report.period.monday]).to_numpy()
        x, y = data.frame["x"].to_numpy()[now], data.frame["y"].to_numpy()[now]
        layers = layout_module.ReportLayers(
            density=layout_module.density_layer(x, y, extent, radius, crs, texts),
            cells=layout_module.cell_layer(report, crs, texts["legend_cells"].format(
                size="{:g}".format(report.info.cell_size))) if report.cells else None,
            events=layout_module.event_layer(x, y, crs, texts["legend_events"]) if len(x) else None,
            basemap=map_layers.base_map(self.parameterAsLayerList(parameters, self.BASEMAP, context) or [],
                                        context.project()))
        around = QgsRectangle(extent)
        around.grow(max(extent.width(), extent.height()) * 0.25)
        hotspots = self.parameterAsSource(parameters, self.HOTSPOTS, context)
        if hotspots is not None:
            layers.hotspots = map_layers.memory_copy(hotspots, texts["legend_hotspots"], (), around, crs,
                                                     context.transformContext(), feedback)
            layers.hotspots.setRenderer(layout_module.walk_styles.hotspot_renderer(layers.hotspots.geometryType()))
        if areas is not None:
            field = self.parameterAsString(parameters, self.AREA_NAME_FIELD, context)
            layers.areas = map_layers.memory_copy(areas, texts["legend_areas"], (field,) if field else (),
                                                  around, crs, context.transformContext(), feedback)
            layout_module.style_areas(layers.areas, field)
        return layers, extent

    def _source(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    @staticmethod
    def _layout_name(report, project) -> str:
        base = "{} {}".format(report.title, report.period.label)
        name, number = base, 2
        while project.layoutManager().layoutByName(name) is not None:
            name, number = "{} ({})".format(base, number), number + 1
        return name


def _assign_areas(data: EventData, areas, name_field: str, context) -> list:
    """Put the name of the area each event lies in (first area in the layer's order; on a border
    counts as inside) into data.frame['area']; the names of all areas, in the layer's order."""
    polygons, values = shapes.polygons(areas, data.crs, context, name_field)
    names = [str(v) if v is not None and str(v) != "NULL" else "#{}".format(i + 1)
             for i, v in enumerate(values)]
    found = accuracy.points_in_polygons(data.frame["x"].to_numpy(float), data.frame["y"].to_numpy(float),
                                        polygons)
    data.frame["area"] = [names[i] if i >= 0 else None for i in found]
    return list(dict.fromkeys(names))


def _extent(x, y):
    """The bounding box of finite points (None without any)."""
    import numpy as np

    keep = np.isfinite(x) & np.isfinite(y)
    if not keep.any():
        return None
    return QgsRectangle(float(x[keep].min()), float(y[keep].min()), float(x[keep].max()),
                        float(y[keep].max()))
