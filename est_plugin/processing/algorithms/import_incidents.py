"""est:importincidents: an incident export (CSV/TXT/XLSX) or any vector layer -> clean incident points."""
from __future__ import annotations  # annotations name lazy modules: not evaluated at import

import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ... import compat
from ..base import EstAlgorithm
from ..lazy import lazy_import
from ..styling import on_load

# Loaded when the algorithm first runs: pandas and pyproj stay out of QGIS's start-up.
core = lazy_import("...core.incidents", __package__)
categories = lazy_import("...core.categories", __package__)
columns = lazy_import("...core.columns", __package__)
tables = lazy_import("...core.tables", __package__)
adapters = lazy_import("..adapters", __package__)

FIELD_ROLES = (("X_FIELD", "x"), ("Y_FIELD", "y"), ("DATETIME_FIELD", "datetime"),
               ("DATE_FIELD", "date"), ("TIME_FIELD", "time"), ("YEAR_FIELD", "year"),
               ("MONTH_FIELD", "month"), ("DAY_FIELD", "day"), ("HOUR_FIELD", "hour"),
               ("MINUTE_FIELD", "minute"), ("CATEGORY_FIELD", "category"))


class ImportIncidentsAlgorithm(EstAlgorithm):
    """Import incidents: coordinates, time and category read and checked, bad rows kept aside."""

    NAME = "importincidents"
    ICON = "import_incidents.svg"
    INPUT = "INPUT"
    SOURCE_CRS = "SOURCE_CRS"
    TARGET_CRS = "TARGET_CRS"
    MAP_CATEGORIES = "MAP_CATEGORIES"
    CATEGORY_MAPPING = "CATEGORY_MAPPING"
    MAX_DISTANCE_KM = "MAX_DISTANCE_KM"
    PLAUSIBLE_EXTENT = "PLAUSIBLE_EXTENT"
    OUTPUT = "OUTPUT"
    REJECTED = "REJECTED"
    READ_COUNT = "READ_COUNT"
    IMPORTED_COUNT = "IMPORTED_COUNT"
    REJECTED_COUNT = "REJECTED_COUNT"

    def displayName(self):  # noqa: D102,N802
        return self.tr("Import incidents")

    def shortHelpString(self):  # noqa: D102,N802
        return self.tr(
            "Turns an export of an incident system (CSV, TXT or XLSX file) or any vector layer into "
            "clean incident points in a metric coordinate system, with the fields event_time, "
            "time_known, category and source_row added and every original field kept.\n\n"
            "Coordinates come from the layer's point geometry or from X/Y columns (longitude/latitude "
            "columns are X/Y with SOURCE_CRS EPSG:4326; they are recognised without it). The time "
            "comes from one date-time column, from a date and a time column, or from year, month, "
            "day, hour and minute columns; ISO, Swedish and European forms are read. A missing time "
            "of day stays unknown (time_known false). Columns left empty are recognised from common "
            "Swedish and English names; the log says which.\n\n"
            "Rows that cannot be used go to REJECTED with source_row and a plain reason: no or "
            "unreadable coordinates, 0,0, outside the area where the source CRS is valid, outside "
            "PLAUSIBLE_EXTENT, stray points (a group of fewer than 5 events lying more than "
            "MAX_DISTANCE_KM from every other event), no or unreadable date. Imported + rejected "
            "= read, always.\n\n"
            "source_row is the row number as a spreadsheet shows it (the header is row 1) or the "
            "feature id of a layer. The output CRS is SWEREF 99 TM (EPSG:3006) for data in Sweden, "
            "the UTM zone elsewhere, or TARGET_CRS.")

    def initAlgorithm(self, config=None):  # noqa: D102,N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Incident layer or file (CSV, TXT, XLSX)"),
            [QgsProcessing.SourceType.TypeVector]))
        labels = {"X_FIELD": self.tr("X or longitude column"), "Y_FIELD": self.tr("Y or latitude column"),
                  "DATETIME_FIELD": self.tr("Date-time column"), "DATE_FIELD": self.tr("Date column"),
                  "TIME_FIELD": self.tr("Time of day column"), "YEAR_FIELD": self.tr("Year column"),
                  "MONTH_FIELD": self.tr("Month column"), "DAY_FIELD": self.tr("Day column"),
                  "HOUR_FIELD": self.tr("Hour column"), "MINUTE_FIELD": self.tr("Minute column"),
                  "CATEGORY_FIELD": self.tr("Category column")}
        for name, _role in FIELD_ROLES:
            self.addParameter(QgsProcessingParameterField(
                name, labels[name], parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.SOURCE_CRS, self.tr("CRS of the X/Y columns (or of a layer without one)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.MAP_CATEGORIES, self.tr("Map categories to the EST categories"), defaultValue=True))
        self.addAdvancedParameter(QgsProcessingParameterFile(
            self.CATEGORY_MAPPING, self.tr("Category mapping table (source value; EST code)"),
            optional=True, fileFilter=self.tr("Tables (*.csv *.txt *.xlsx)")))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Output CRS (empty: SWEREF 99 TM in Sweden, else UTM)"), optional=True))
        self.addAdvancedParameter(QgsProcessingParameterNumber(
            self.MAX_DISTANCE_KM, self.tr("Reject small groups this far from all other events (km, 0 = off)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=100.0, minValue=0.0))
        self.addAdvancedParameter(QgsProcessingParameterExtent(
            self.PLAUSIBLE_EXTENT, self.tr("Plausible extent (rows outside are rejected)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Incidents"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected rows"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=True))
        for name, label in ((self.READ_COUNT, self.tr("Rows read")),
                            (self.IMPORTED_COUNT, self.tr("Incidents imported")),
                            (self.REJECTED_COUNT, self.tr("Rows rejected"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """A table file is read by the plugin itself, with messages that say what is wrong with it,
        so QGIS's check that INPUT opens as a layer (which fails on .txt and empty files with a
        bare 'not found') is skipped for it; every other parameter is checked as usual."""
        if not self._table_path(parameters.get(self.INPUT), context):
            return super().checkParameterValues(parameters, context)
        for definition in self.parameterDefinitions():
            name = definition.name()
            if name != self.INPUT and not definition.checkValueIsAcceptable(parameters.get(name), context):
                return False, self.tr("Incorrect parameter value for {0}").format(name)
        return True, ""

    def process(self, parameters, context, feedback):  # noqa: D102
        source, source_fields = self._read_input(parameters, context, feedback)
        result = core.import_incidents(source, self._settings(parameters, context))
        for note in result.notes:
            feedback.pushInfo(note)
        outputs = self._write(parameters, context, feedback, result, source_fields)
        feedback.pushInfo(core.summary(result))
        outputs.update({self.READ_COUNT: result.read, self.IMPORTED_COUNT: result.imported,
                        self.REJECTED_COUNT: result.read - result.imported})
        return outputs

    def _settings(self, parameters, context) -> core.ImportSettings:
        mapping = columns.ColumnMapping(**{role: self.parameterAsString(parameters, name, context) or None
                                   for name, role in FIELD_ROLES})
        source_crs = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        target_crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        mapping_file = self.parameterAsFile(parameters, self.CATEGORY_MAPPING, context)
        extent = None
        if parameters.get(self.PLAUSIBLE_EXTENT):
            rect = self.parameterAsExtent(parameters, self.PLAUSIBLE_EXTENT, context)
            extent_crs = self.parameterAsExtentCrs(parameters, self.PLAUSIBLE_EXTENT, context)
            extent = adapters.extent_to_lonlat(rect, extent_crs, context) if not rect.isNull() else None
        return core.ImportSettings(
            mapping=mapping,
            source_crs=adapters.crs_definition(source_crs) if source_crs.isValid() else None,
            target_crs=adapters.crs_definition(target_crs) if target_crs.isValid() else None,
            map_categories=self.parameterAsBoolean(parameters, self.MAP_CATEGORIES, context),
            category_overrides=categories.read_mapping_file(mapping_file) if mapping_file else None,
            max_distance_km=self.parameterAsDouble(parameters, self.MAX_DISTANCE_KM, context),
            extent_lonlat=extent)

    def _read_input(self, parameters, context, feedback):
        """The rows to import and, for a layer, its fields by name (to copy their types)."""
        path = self._table_path(parameters.get(self.INPUT), context)
        if path:
            feedback.pushInfo(self.tr("Reading the file {0}").format(path))
            table = tables.read_table(path)
            feedback.pushInfo(self.tr("{0} rows, {1} columns ({2}{3})").format(
                len(table.frame), table.frame.shape[1], table.encoding,
                ", '{}'".format(table.delimiter.replace("\t", "TAB")) if table.delimiter else ""))
            return core.IncidentSource.from_table(table), None
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        return self._layer_source(source, parameters, context, feedback)

    @staticmethod
    def _table_path(value, context):
        """The file path when INPUT names a table file (read by the core) rather than a layer of
        the project. Processing may already hold the file as a temporary layer; that is ignored."""
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source.staticValue()
        if not isinstance(value, str):
            return None
        path = value.split("|")[0]
        if not tables.is_table_file(path):
            return None
        project = context.project()
        if not os.path.isfile(path) and project is not None and (
                project.mapLayer(value) or project.mapLayersByName(value)):
            return None
        return path

    def _layer_source(self, source, parameters, context, feedback):
        name = source.sourceName() or self.tr("input layer")
        xy_chosen = bool(self.parameterAsString(parameters, "X_FIELD", context))
        use_geometry = not xy_chosen and adapters.is_point_source(source)
        if not xy_chosen and adapters.has_geometry(source) and not use_geometry:
            kind = QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(source.wkbType()))
            raise QgsProcessingException(self.tr(
                "'{0}' has {1} geometry, but incidents must be points. Choose X_FIELD and Y_FIELD, "
                "or turn the features into points first (Processing: Centroids or Point on surface)."
            ).format(name, kind.lower()))
        crs = None
        if use_geometry:
            crs = self._layer_crs(source, parameters, context, name)
        data = adapters.read_source(source, use_geometry, feedback)
        incident_source = core.IncidentSource(
            data.frame, data.fids, name,
            field_types=adapters.field_kinds(data.fields),
            geometry_xy=(data.x, data.y) if use_geometry else None, geometry_crs=crs)
        return incident_source, {field.name(): field for field in data.fields}

    def _layer_crs(self, source, parameters, context, name):
        if source.sourceCrs().isValid():
            return adapters.crs_definition(source.sourceCrs())
        chosen = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        if chosen.isValid():
            return adapters.crs_definition(chosen)
        raise QgsProcessingException(self.tr(
            "'{0}' has no coordinate reference system. Set it in the layer's properties, or choose "
            "SOURCE_CRS.").format(name))

    def _write(self, parameters, context, feedback, result, source_fields):
        dest = self._write_output(parameters, self.OUTPUT, context, result.incidents,
                                  result.incident_types, source_fields, compat.WkbType.Point,
                                  adapters.qgis_crs(result.crs), (result.x, result.y), feedback)
        rejected_dest = self._write_output(parameters, self.REJECTED, context, result.rejected,
                                           result.rejected_types, source_fields,
                                           compat.WkbType.NoGeometry, None, (None, None), feedback)
        styled = "categories" if self.parameterAsBoolean(parameters, self.MAP_CATEGORIES, context) else None
        on_load(context, dest, self.tr("Incidents"), styled)
        on_load(context, rejected_dest, self.tr("Rejected rows"))
        return {self.OUTPUT: dest, self.REJECTED: rejected_dest}

    def _write_output(self, parameters, name, context, frame, kinds, source_fields, wkb_type, crs,
                      xy, feedback):
        """Create the sink ``name`` with the frame's fields (a layer's own fields where it had
        them: our fields come first, then the source's, in order) and write the frame to it."""
        ours = len(frame.columns) - len(source_fields or {})
        copied = dict(zip(frame.columns[ours:], (source_fields or {}).values()))
        fields = adapters.make_fields(frame, kinds, copied)
        if crs is None:
            sink, dest = self.parameterAsSink(parameters, name, context, fields, wkb_type)
        else:
            sink, dest = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            if parameters.get(name) is None:
                return None
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        adapters.write_features(sink, fields, frame, xy[0], xy[1], feedback)
        return dest
