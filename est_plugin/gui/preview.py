"""The quick preview of the hotspot settings, computed in Python on arrays read once from the
layer with the same core functions the algorithms use (est_plugin.core.dbscan / kde / accuracy).
numpy and the core modules are imported inside the functions: not at plugin load."""
import datetime
import math
from dataclasses import dataclass
from typing import Optional, Tuple

PREVIEW_MAX_CELLS = 2_000_000  # a coarser pixel above this: the preview stays well under a second
PAI_SHARE = 0.05  # PAI at 5% of the area


@dataclass
class PreviewPoints:
    """Incident coordinates (metres) and event times (numpy datetime64, NaT when unknown)."""

    x: object
    y: object
    times: object

    def __len__(self) -> int:
        return len(self.x)

    def subset(self, keep) -> "PreviewPoints":
        return PreviewPoints(self.x[keep], self.y[keep], self.times[keep])


@dataclass
class Preview:
    """What the analyst sees before running: clusters, share of incidents in none, PAI at 5%."""

    clusters: int
    noise_share: float
    pai: Optional[float] = None
    test_incidents: int = 0
    test_hits: int = 0
    training_incidents: int = 0
    pixel: Optional[float] = None


def read_points(layer, time_field: str = "event_time") -> PreviewPoints:
    """The layer's points in its metric analysis CRS (as the algorithms choose it)."""
    import numpy as np
    from qgis.core import (
        QgsCoordinateTransform,
        QgsFeatureRequest,
        QgsProcessingContext,
        QgsProcessingFeedback,
    )

    from ..processing.analysis_setup import metric_frame

    context = QgsProcessingContext()
    frame = metric_frame(layer, context, QgsProcessingFeedback())
    transform = QgsCoordinateTransform(frame.source_crs, frame.target_crs, context.transformContext())
    index = layer.fields().indexOf(time_field)
    request = QgsFeatureRequest().setSubsetOfAttributes([index] if index >= 0 else [])
    xs, ys, times = [], [], []
    for feature in layer.getFeatures(request):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        point = transform.transform(geometry.asPoint() if not geometry.isMultipart()
                                    else geometry.asMultiPoint()[0])
        xs.append(point.x())
        ys.append(point.y())
        times.append(_as_datetime(feature.attribute(index)) if index >= 0 else None)
    stamps = np.array([np.datetime64(t, "s") if t else np.datetime64("NaT") for t in times],
                      dtype="datetime64[s]")
    return PreviewPoints(np.array(xs, float), np.array(ys, float), stamps)


def _as_datetime(value) -> Optional[datetime.datetime]:
    from .. import compat

    value = compat.plain_value(value)  # a NULL QVariant (Qt5) or None (Qt6)
    if value is None:
        return None
    for method in ("toPyDateTime", "toPyDate"):
        if hasattr(value, method):
            if not value.isValid():  # an invalid QDateTime / QDate
                return None
            converted = getattr(value, method)()
            return converted if isinstance(converted, datetime.datetime) else \
                datetime.datetime.combine(converted, datetime.time())
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.datetime.fromisoformat(value.replace("Z", ""))
        except ValueError:
            return None
    return None


def split_test(points: PreviewPoints, test: Optional[PreviewPoints], start: datetime.date,
               end: datetime.date) -> Tuple[PreviewPoints, PreviewPoints]:
    """(training, test): the test incidents of [start, end] (both days included) and the
    hotspot incidents outside that period."""
    import numpy as np

    low = np.datetime64(start, "s")
    high = np.datetime64(end + datetime.timedelta(days=1), "s")

    def within(p):
        return (p.times >= low) & (p.times < high)

    test = points if test is None else test
    return points.subset(~within(points)), test.subset(within(test))


def dbscan_preview(points: PreviewPoints, eps: float, min_size: int, border_noise: bool = False,
                   test: Optional[PreviewPoints] = None, buffer: float = 10.0) -> Preview:
    """Clusters and noise share as est:dbscanhotspots finds them; PAI at 5% of the incidents'
    extent for the cluster hulls (largest first) when ``test`` is given."""
    from ..core.dbscan import dbscan

    result = dbscan(points.x, points.y, eps, min_size, border_noise)
    clusters = len(result.sizes) - 1
    noise = float(result.sizes[0]) / len(points) if len(points) else float("nan")
    preview = Preview(clusters, noise)
    if test is not None and clusters:
        preview.pai, preview.test_incidents, preview.test_hits = _hull_pai(
            points, result.labels, clusters, test, buffer, eps)
    return preview


def _hull_pai(points, labels, clusters, test, buffer, eps):
    import numpy as np
    from shapely.geometry import MultiPoint, box

    from ..core.accuracy import polygon_curve_of_points

    hulls = [MultiPoint(list(zip(points.x[labels == c], points.y[labels == c]))).convex_hull.buffer(buffer)
             for c in range(1, clusters + 1)]
    area = box(points.x.min() - eps, points.y.min() - eps, points.x.max() + eps, points.y.max() + eps)
    hulls = [h.intersection(area) for h in hulls]
    curve = polygon_curve_of_points(np.asarray(test.x), np.asarray(test.y), hulls, area, (PAI_SHARE,))
    return curve[0].pai, curve[0].incidents, curve[0].hits


def kde_preview(points: PreviewPoints, radius: float, pixel: float, kernel: str = "quartic",
                share: float = PAI_SHARE, test: Optional[PreviewPoints] = None) -> Preview:
    """Hotspots (connected top cells covering ``share`` of the raster, as est:kerneldensity
    makes them), the share of incidents outside them, and PAI at 5% of the area."""
    import numpy as np

    from ..core import accuracy, hotspot_cells, kde

    grid = kde.qgis_grid(points.x.min(), points.y.min(), points.x.max(), points.y.max(), radius, pixel)
    if grid.cells > PREVIEW_MAX_CELLS:
        pixel = pixel * math.sqrt(grid.cells / PREVIEW_MAX_CELLS)
        grid = kde.qgis_grid(points.x.min(), points.y.min(), points.x.max(), points.y.max(), radius, pixel)
    method = kde.choose_method(kernel, radius, pixel, len(points))
    density = kde.DensityGrid(grid, radius, kernel, 0.0, method)
    density.add(points.x, points.y)
    values = density.values()
    found = hotspot_cells.cell_hotspots(values, None, share, pixel)
    top = found.labels > 0
    col, row = grid.cell_of(points.x, points.y)
    inside = (col >= 0) & (col < grid.cols) & (row >= 0) & (row < grid.rows)
    hit = np.zeros(len(points), bool)
    hit[inside] = top[row[inside], col[inside]]
    preview = Preview(len(found.table), 1.0 - float(hit.mean()) if len(points) else float("nan"), pixel=pixel)
    if test is not None:
        counts = grid.count_points(test.x, test.y)
        curve = accuracy.cell_curve(values, None, counts, int(counts.sum()), pixel * pixel, (PAI_SHARE,))
        judged = curve[0]
        preview.pai, preview.test_incidents, preview.test_hits = judged.pai, judged.incidents, judged.hits
    return preview
