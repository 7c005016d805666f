"""Kernel functions of the density estimate, their normalising constants and automatic settings.

Raw values follow QGIS's heatmap (qgis:heatmapkerneldensityestimation): for a point at distance d
from a cell centre and a radius r, with u = d / r (zero beyond the radius, d = r included):

    quartic       (1 - u^2)^2
    triangular    1 - (1 - decay) u          (decay 0: the plain triangle)
    uniform       1
    triweight     (1 - u^2)^3
    epanechnikov  1 - u^2
    gaussian      exp(-u^2 / (2 s^2)), s = 1/3 (the standard deviation is RADIUS / 3; cut at RADIUS)

"Scaled" multiplies each by the constant that makes its integral over the plane 1, so the raster
sums (times the cell area) to the number of points: 3/(pi r^2) for the quartic (QGIS before its 2025
fix used 116/(5 pi r^2) * 15/16, which is 7.25 times too large), 4/(pi r^2) triweight, 2/(pi r^2)
Epanechnikov, 1/(pi r^2) uniform, 3/((1 + 2 decay) pi r^2) triangular, and for the cut Gaussian
1/(2 pi s^2 r^2 (1 - exp(-1 / (2 s^2)))).
"""
import math
from typing import Optional, Tuple

import numpy as np

from .errors import InputError
from .messages import text

KERNELS = ("quartic", "triangular", "uniform", "triweight", "epanechnikov", "gaussian")
# Kernels whose value and slope are continuous at the radius: linear binning is accurate for them.
SMOOTH_KERNELS = ("quartic", "triweight")
GAUSS_SIGMA = 1.0 / 3.0  # standard deviation in units of RADIUS
NICE_STEPS = (1.0, 2.0, 2.5, 5.0)


def raw_kernel(kernel: str, u2: np.ndarray, decay: float = 0.0) -> np.ndarray:
    """Raw kernel values for squared normalised distances ``u2`` = (d/r)^2; 0 where u2 > 1."""
    inside = u2 <= 1.0
    if kernel == "quartic":
        values = np.square(1.0 - u2)
    elif kernel == "triweight":
        values = (1.0 - u2) ** 3
    elif kernel == "epanechnikov":
        values = 1.0 - u2
    elif kernel == "uniform":
        values = np.ones_like(u2)
    elif kernel == "triangular":
        values = 1.0 - (1.0 - decay) * np.sqrt(np.minimum(u2, 1.0))
    elif kernel == "gaussian":
        values = np.exp(-u2 / (2.0 * GAUSS_SIGMA ** 2))
    else:
        raise InputError(text("kde_bad_kernel", kernel=kernel, known=", ".join(KERNELS)))
    return np.where(inside, values, 0.0)


def scale_factor(kernel: str, radius: float, decay: float = 0.0) -> float:
    """The constant that turns raw values into a density that integrates to 1 per point."""
    area = math.pi * radius * radius
    if kernel == "quartic":
        return 3.0 / area
    if kernel == "triweight":
        return 4.0 / area
    if kernel == "epanechnikov":
        return 2.0 / area
    if kernel == "uniform":
        return 1.0 / area
    if kernel == "triangular":
        return 3.0 / ((1.0 + 2.0 * decay) * area)
    if kernel == "gaussian":
        s2 = GAUSS_SIGMA ** 2
        return 1.0 / (2.0 * s2 * area * (1.0 - math.exp(-1.0 / (2.0 * s2))))
    raise InputError(text("kde_bad_kernel", kernel=kernel, known=", ".join(KERNELS)))


def silverman_radius(x: np.ndarray, y: np.ndarray, weights: Optional[np.ndarray] = None) -> float:
    """The spatial variant of Silverman's rule of thumb (as ArcGIS's Kernel Density uses):

    0.9 * min(SD, sqrt(1 / ln 2) * Dm) * n^-0.2, where SD is the standard distance from the
    (weighted) mean centre, Dm the (weighted) median distance to it and n the sum of weights.
    """
    w = np.ones(len(x)) if weights is None else np.asarray(weights, float)
    total = float(w.sum())
    if len(x) < 2 or total <= 0:
        return 0.0
    cx, cy = np.average(x, weights=w), np.average(y, weights=w)
    distances = np.hypot(x - cx, y - cy)
    standard = math.sqrt(float(np.average(distances ** 2, weights=w)))
    order = np.argsort(distances)
    cumulative = np.cumsum(w[order])
    median = float(distances[order][np.searchsorted(cumulative, total / 2.0)])
    return 0.9 * min(standard, math.sqrt(1.0 / math.log(2.0)) * median) * total ** -0.2


def nice_number(value: float, up: bool = False) -> float:
    """The nearest 1, 2, 2.5 or 5 times a power of ten below (or above, with ``up``) ``value``."""
    if value <= 0:
        return 0.0
    exponent = math.floor(math.log10(value))
    candidates = [step * 10.0 ** e for e in (exponent - 1, exponent, exponent + 1) for step in NICE_STEPS]
    if up:
        return min(c for c in candidates if c >= value * (1 - 1e-12))
    return max(c for c in candidates if c <= value * (1 + 1e-12))


def auto_pixel(radius: float, width: float, height: float, max_cells: float) -> float:
    """A pixel a tenth of the radius, rounded to a nice number, made coarser until the raster
    over ``width`` x ``height`` metres has at most ``max_cells`` cells."""
    pixel = nice_number(radius / 10.0)
    if pixel <= 0:
        pixel = nice_number(max(width, height, 1.0) / 250.0)
    while (width / pixel + 1) * (height / pixel + 1) > max_cells:
        pixel = nice_number(pixel * 1.01, up=True)
    return pixel


def window_offsets(radius: float, pixel: float) -> Tuple[np.ndarray, np.ndarray]:
    """Cell offsets (columns, rows) a point can reach: a point in cell (c, r) with any position
    inside it touches only cells (c + dc, r + dr) for these pairs."""
    reach = int(math.ceil(radius / pixel)) + 1
    steps = np.arange(-reach, reach + 2)
    nearest = np.where(steps >= 1, steps - 1, -steps) * pixel  # closest a point can be, per axis
    dc, dr = np.meshgrid(steps, steps)
    near_c, near_r = np.meshgrid(nearest, nearest)
    keep = near_c ** 2 + near_r ** 2 <= radius * radius
    return dc[keep], dr[keep]
