"""Common set-up of the hotspot algorithms: the metric CRS and automatic settings."""
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
)

from ..core import crs as core_crs
from ..core import kernels
from ..core.errors import InputError
from ..core.messages import text
from . import adapters, points

SAMPLE = 200_000  # points used for automatic settings


@dataclass
class Frame:
    """The input's CRS, the metric CRS of the analysis and the input's extent in it."""

    source_crs: QgsCoordinateReferenceSystem
    target_crs: QgsCoordinateReferenceSystem
    source_definition: str
    target_definition: str
    extent: QgsRectangle


def metric_frame(source, context, feedback) -> Frame:
    """Keep a projected CRS; project a geographic one (SWEREF 99 TM in Sweden, else UTM)."""
    crs = source.sourceCrs()
    if not crs.isValid():
        raise InputError(text("no_layer_crs", layer=source.sourceName()))
    definition = adapters.crs_definition(crs)
    target, target_definition = crs, definition
    if crs.isGeographic():
        west, south, east, north = adapters.extent_to_lonlat(source.sourceExtent(), crs, context)
        target_definition = core_crs.choose_metric_crs(np.array([(west + east) / 2]),
                                                       np.array([(south + north) / 2]))
        target = adapters.qgis_crs(target_definition)
        feedback.pushInfo(text("projected_to", layer=source.sourceName(), crs=target.authid()))
    project = context.project() or QgsProject.instance()
    transform = QgsCoordinateTransform(crs, target, project.transformContext())
    extent = source.sourceExtent()
    if target != crs and not extent.isNull():
        extent = transform.transformBoundingBox(extent)
    return Frame(crs, target, definition, target_definition, extent)


def auto_radius(reader: points.PointInput, feedback) -> float:
    """The spatial Silverman radius from (a sample of) the points, logged."""
    total = max(reader.source.featureCount(), 1)
    step = max(total // SAMPLE, 1)
    xs, ys, ws = [], [], []
    for x, y, w in points.chunks(reader, feedback.isCanceled):
        keep = np.isfinite(x) & np.isfinite(y)
        xs.append(x[keep][::step])
        ys.append(y[keep][::step])
        ws.append((w[keep] if w is not None else np.ones(int(keep.sum())))[::step])
    x, y, w = (np.concatenate(a) if a else np.empty(0) for a in (xs, ys, ws))
    w = np.clip(w, 0, None)
    radius = kernels.silverman_radius(x, y, w) if len(x) > 1 else 0.0
    if not radius > 0:
        raise InputError(text("kde_auto_radius_failed", layer=reader.source.sourceName()))
    n = float(w.sum()) * step
    radius = radius * (n / max(float(w.sum()), 1.0)) ** -0.2  # the sample's n to the layer's n
    radius = float(round(radius / 10.0) * 10.0) if radius >= 50 else float(max(round(radius), 1))
    sd, dm = _spread(x, y, w)
    feedback.pushInfo(text("kde_auto_radius", radius="{:g}".format(radius), sd="{:.0f}".format(sd),
                           dm="{:.0f}".format(dm), n="{:.0f}".format(n)))
    return radius


def _spread(x, y, w):
    cx, cy = np.average(x, weights=w), np.average(y, weights=w)
    distances = np.hypot(x - cx, y - cy)
    return float(np.sqrt(np.average(distances ** 2, weights=w))), float(np.median(distances))
