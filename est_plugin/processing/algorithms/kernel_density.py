"""est:kerneldensity: QGIS's heatmap definition, computed exactly and fast, with hotspot polygons."""
from __future__ import annotations  # annotations name lazy modules: not evaluated at import

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ... import compat
from ...core.errors import InputError
from ...core.messages import text
from ..base import EstAlgorithm
from ..lazy import lazy_import
from ..styling import on_load

kde = lazy_import("...core.kde", __package__)
kernels = lazy_import("...core.kernels", __package__)
cells = lazy_import("...core.hotspot_cells", __package__)
setup = lazy_import("..analysis_setup", __package__)
points = lazy_import("..points", __package__)
rasters = lazy_import("..rasters", __package__)

AUTO_MAX_CELLS = 20_000_000


class KernelDensityAlgorithm(EstAlgorithm):
    """Kernel density raster of incident points; optional polygons of the densest cells."""

    NAME = "kerneldensity"
    GROUP_ID = "hotspots"
    ICON = "kernel_density.svg"
    REQUIRES = ("numpy", "pandas", "scipy", "pyproj")
    INPUT = "INPUT"
    RADIUS = "RADIUS"
    PIXEL_SIZE = "PIXEL_SIZE"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    KERNEL = "KERNEL"
    DECAY = "DECAY"
    OUTPUT_VALUE = "OUTPUT_VALUE"
    EXTENT = "EXTENT"
    STUDY_AREA = "STUDY_AREA"
    HOTSPOT_SHARE = "HOTSPOT_SHARE"
    EXACT = "EXACT"
    OUTPUT = "OUTPUT"
    HOTSPOTS = "HOTSPOTS"
    RADIUS_USED = "RADIUS_USED"
    PIXEL_SIZE_USED = "PIXEL_SIZE_USED"
    MAX_VALUE = "MAX_VALUE"

    def displayName(self):  # noqa: D102,N802
        return self.tr("Kernel density (hotspots)")

    def shortHelpString(self):  # noqa: D102,N802
        return self.tr(
            "A heat map of the incidents with the same definition as QGIS's own Heatmap (Kernel "
            "Density Estimation): every cell gets the sum over the points of weight x kernel at the "
            "distance from the point to the cell centre; points farther than RADIUS add nothing. It "
            "is computed exactly, without the vertical placement error of QGIS 3.22's heatmap "
            "(which computes each kernel's rows from the bottom edge but writes them from the top, "
            "so kernels land up to a pixel off), and much faster. For the quartic and triweight "
            "kernels with a radius of at least 20 pixels on large data, the points are binned "
            "linearly to the cell centres and convolved: every cell then stays within 0.3% of "
            "the raster's maximum from the exact sum (EXACT forces the exact sum).\n\n"
            "RADIUS and PIXEL_SIZE are metres. 0 means automatic: the radius by the spatial "
            "Silverman rule 0.9 x min(SD, 1.2 x Dm) x n^-0.2 (SD the standard distance, Dm the "
            "median distance to the mean centre), the pixel a tenth of the radius; the log says "
            "what was chosen. On police data a radius found with Tune hotspots is usually better.\n\n"
            "KERNEL: quartic (1-u²)², triangular 1-(1-DECAY)u, uniform 1, triweight (1-u²)³, "
            "Epanechnikov 1-u², Gaussian exp(-4.5u²) (standard deviation RADIUS/3, cut at RADIUS), "
            "with u = distance / RADIUS. OUTPUT_VALUE raw gives these sums; scaled multiplies by "
            "the constant that makes each kernel integrate to 1 (3/(πr²) for the quartic), so "
            "scaled values are incidents per square metre.\n\n"
            "EXTENT: the raster's extent; cells start exactly at its left and top edges (default: "
            "the points' extent grown by the radius, as QGIS does). STUDY_AREA: cells whose centre "
            "is outside these polygons are NoData. A raster of more than 60 million cells is "
            "refused with advice instead of filling the memory.\n\n"
            "HOTSPOTS: polygons of the densest cells that together cover HOTSPOT_SHARE percent of "
            "the study area (all cells of the raster without STUDY_AREA), ranked by peak density "
            "(1 = highest), with incident count and area. Layers in degrees are projected to "
            "SWEREF 99 TM in Sweden, else to their UTM zone.")

    def initAlgorithm(self, config=None):  # noqa: D102,N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Incidents"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterNumber(
            self.RADIUS, self.tr("Radius (metres, 0 = automatic)"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.PIXEL_SIZE, self.tr("Pixel size (metres, 0 = automatic)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterField(
            self.WEIGHT_FIELD, self.tr("Weight from field"), None, self.INPUT,
            QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.KERNEL, self.tr("Kernel shape"), [self.tr("Quartic"), self.tr("Triangular"),
                                                  self.tr("Uniform"), self.tr("Triweight"),
                                                  self.tr("Epanechnikov"), self.tr("Gaussian")],
            defaultValue=0))
        self.addAdvancedParameter(QgsProcessingParameterNumber(
            self.DECAY, self.tr("Decay ratio (triangular kernel only)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=-100.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.OUTPUT_VALUE, self.tr("Output value scaling"), [self.tr("Raw"), self.tr("Scaled")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STUDY_AREA, self.tr("Study area"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.HOTSPOT_SHARE, self.tr("Hotspots: share of the study area (%)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=5.0, minValue=0.01, maxValue=100.0))
        self.addAdvancedParameter(QgsProcessingParameterBoolean(
            self.EXACT, self.tr("Always compute the exact sum (slower on large data)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Density")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.HOTSPOTS, self.tr("Hotspots (densest cells)"), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True, createByDefault=False))
        for name, label in ((self.RADIUS_USED, self.tr("Radius used")),
                            (self.PIXEL_SIZE_USED, self.tr("Pixel size used")),
                            (self.MAX_VALUE, self.tr("Largest value"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def process(self, parameters, context, feedback):  # noqa: D102
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        frame = setup.metric_frame(source, context, feedback)
        reader = points.PointInput(
            source, points.plain_layer(self, parameters, self.INPUT, context),
            self.parameterAsString(parameters, self.WEIGHT_FIELD, context),
            frame.source_definition, frame.target_definition)
        kernel = kernels.KERNELS[self.parameterAsEnum(parameters, self.KERNEL, context)]
        decay = self.parameterAsDouble(parameters, self.DECAY, context)
        radius, grid = self._grid(parameters, context, reader, frame, feedback)
        valid = self._study_area(parameters, context, grid, frame)
        method = kde.choose_method(kernel, radius, grid.pixel, source.featureCount(),
                                   self.parameterAsBoolean(parameters, self.EXACT, context))
        wants_hotspots = self.HOTSPOTS in parameters and parameters[self.HOTSPOTS] is not None
        density = kde.DensityGrid(grid, radius, kernel, decay, method, count_cells=wants_hotspots)
        total = max(source.featureCount(), 1)
        for x, y, w in points.chunks(reader, feedback.isCanceled):
            density.add(x, y, w, feedback.isCanceled)
            feedback.setProgress(min(80.0, 80.0 * density.points / total))
        if feedback.isCanceled():
            return {}
        if density.points == 0:
            raise InputError(text("kde_no_points", layer=source.sourceName()))
        feedback.pushInfo(text("kde_method", method=text("kde_method_" + method),
                               points=density.points, cols=grid.cols, rows=grid.rows,
                               pixel="{:g}".format(grid.pixel)))
        values = density.values(scaled=self.parameterAsEnum(parameters, self.OUTPUT_VALUE, context) == 1)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        rasters.write_geotiff(output, values, grid, frame.target_crs.toWkt(), valid)
        feedback.setProgress(90)
        results = {self.OUTPUT: output, self.RADIUS_USED: radius, self.PIXEL_SIZE_USED: grid.pixel,
                   self.MAX_VALUE: float(values.max(initial=0.0))}
        if wants_hotspots:
            results[self.HOTSPOTS] = self._hotspots(parameters, context, values, valid, density, frame)
        on_load(context, output, self.tr("Density"), "density")
        return results

    def _grid(self, parameters, context, reader, frame, feedback):
        """The radius and the raster grid, automatic values chosen and logged."""
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        pixel = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        box = frame.extent
        if radius <= 0:
            radius = setup.auto_radius(reader, feedback)
        given = self.parameterAsExtent(parameters, self.EXTENT, context, frame.target_crs)
        if given is not None and not given.isNull() and given.width() > 0 and given.height() > 0:
            box = given
        if box.isNull():  # no EXTENT and no feature with a position
            raise InputError(text("kde_no_points", layer=reader.source.sourceName()))
        if pixel <= 0:
            pixel = kernels.auto_pixel(radius, box.width() + 2 * radius, box.height() + 2 * radius,
                                       AUTO_MAX_CELLS)
            feedback.pushInfo(text("kde_auto_pixel", pixel="{:g}".format(pixel), cells=AUTO_MAX_CELLS))
        if box is given:
            grid = kde.extent_grid(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(), pixel)
        else:
            grid = kde.qgis_grid(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(),
                                 radius, pixel)
        kde.check_size(grid, "{:.1f} x {:.1f} km".format(grid.cols * pixel / 1000, grid.rows * pixel / 1000))
        return radius, grid

    def _study_area(self, parameters, context, grid, frame):
        area = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        return None if area is None else rasters.study_area_mask(area, grid, frame.target_crs, context)

    def _hotspots(self, parameters, context, values, valid, density, frame):
        share = self.parameterAsDouble(parameters, self.HOTSPOT_SHARE, context) / 100.0
        grid = density.grid
        found = cells.cell_hotspots(values, valid, share, grid.pixel,
                                    density.counts.reshape(grid.rows, grid.cols))
        fields = QgsFields()
        for name, kind in (("rank", "int"), ("incident_count", "int"),
                           ("area_m2", "float"), ("area_share", "float"),
                           ("peak_density", "float"), ("mean_density", "float")):
            fields.append(compat.field(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.HOTSPOTS, context, fields,
                                          compat.WkbType.MultiPolygon, frame.target_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.HOTSPOTS))
        shapes = rasters.polygons_of_labels(found.labels, grid, frame.target_crs.toWkt())
        for row in found.table.itertuples(index=False):
            feature = QgsFeature(fields)
            feature.setAttributes([int(row.rank), int(row.incident_count), float(row.area_m2),
                                   round(100.0 * float(row.area_share), 4), float(row.peak_density),
                                   float(row.mean_density)])
            geometry = shapes.get(int(row.rank))
            if geometry is not None:
                geometry.convertToMultiType()
                feature.setGeometry(geometry)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        on_load(context, dest, self.tr("Hotspots (density)"), "hotspots")
        return dest

