"""Kernel density on a raster: the sum over points of weight x kernel(distance to the cell centre).

Two ways to compute the same definition (see kernels.py for the kernels):

* exact: every point adds its kernel to every cell centre within the radius, with the exact
  distance. Points are grouped by the cell they fall in, and the work loops over the few hundred
  cell offsets a point can reach, each a vectorised pass over all points.
* binned: each point's weight is shared between the four nearest cell centres (linear binning)
  and the grid is convolved with the kernel sampled at whole-cell offsets (FFT overlap-add).
  Its error is second order in pixel / radius; it is used only for kernels that are smooth at the
  radius (quartic, triweight) when the radius spans enough cells, where the error stays far inside
  1% of the raster's maximum (measured in the tests and the benchmark on real data).

Points arrive in chunks (:meth:`DensityGrid.add`), so any number of points fits in memory.
"""
import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from . import kernels
from .errors import InputError
from .messages import text

MAX_CELLS = 60_000_000  # 240 MB as float32 output; the work arrays take about three times that
BINNED_MIN_RATIO = 20.0  # radius / pixel from which binning stays within 0.3% (see tests)
FFT_MAX_CELLS = 25_000_000  # whole-grid FFT below this (about 0.6 GB of work arrays)
EXACT_WORK_LIMIT = 30_000_000  # points x reachable cells below which exact is cheap anyway


@dataclass(frozen=True)
class Grid:
    """A north-up raster: the left and top edges, the pixel size, columns and rows."""

    x_min: float
    y_max: float
    pixel: float
    cols: int
    rows: int

    @property
    def x_max(self) -> float:
        return self.x_min + self.cols * self.pixel

    @property
    def y_min(self) -> float:
        return self.y_max - self.rows * self.pixel

    @property
    def cells(self) -> int:
        return self.cols * self.rows

    def geotransform(self):
        """GDAL's geotransform of the grid."""
        return (self.x_min, self.pixel, 0.0, self.y_max, 0.0, -self.pixel)

    def cell_of(self, x: np.ndarray, y: np.ndarray):
        """(column, row) of the cell each point falls in (may be outside the grid)."""
        col = np.floor((np.asarray(x) - self.x_min) / self.pixel).astype(np.int64)
        row = np.floor((self.y_max - np.asarray(y)) / self.pixel).astype(np.int64)
        return col, row

    def count_points(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Points per cell (rows from the top); points outside the grid are not counted."""
        col, row = self.cell_of(x, y)
        ok = (col >= 0) & (col < self.cols) & (row >= 0) & (row < self.rows)
        counts = np.bincount(row[ok] * self.cols + col[ok], minlength=self.cells)
        return counts.reshape(self.rows, self.cols)


def qgis_grid(x_min: float, y_min: float, x_max: float, y_max: float, radius: float,
              pixel: float) -> Grid:
    """QGIS's heatmap grid for points with this bounding box: the box grown by the radius,
    ceil(size / pixel) + 1 cells each way, starting at the left and top edges."""
    width, height = x_max - x_min + 2 * radius, y_max - y_min + 2 * radius
    cols = max(int(math.ceil(width / pixel)) + 1, 1)
    rows = max(int(math.ceil(height / pixel)) + 1, 1)
    return Grid(x_min - radius, y_max + radius, pixel, cols, rows)


def extent_grid(x_min: float, y_min: float, x_max: float, y_max: float, pixel: float) -> Grid:
    """A grid whose cells start exactly at the extent's left and top edges and cover it."""
    cols = max(int(math.ceil((x_max - x_min) / pixel - 1e-9)), 1)
    rows = max(int(math.ceil((y_max - y_min) / pixel - 1e-9)), 1)
    return Grid(x_min, y_max, pixel, cols, rows)


def check_size(grid: Grid, extent_km: str, limit: int = MAX_CELLS) -> None:
    """InputError when the raster would be too large, saying why and what to change."""
    if grid.cells <= limit:
        return
    suggestion = kernels.nice_number(grid.pixel * math.sqrt(grid.cells / limit), up=True)
    raise InputError(text("kde_too_large", cols=grid.cols, rows=grid.rows, cells=grid.cells,
                          mb=grid.cells * 4 // 1_000_000, limit=limit, extent=extent_km,
                          pixel=_plain(grid.pixel), suggestion=_plain(suggestion)))


def _plain(value: float) -> str:
    return "{:g}".format(value)


def choose_method(kernel: str, radius: float, pixel: float, points: int, exact: bool = False) -> str:
    """'binned' where it is both accurate and needed, else 'exact'."""
    reach = len(kernels.window_offsets(radius, pixel)[0])
    if exact or kernel not in kernels.SMOOTH_KERNELS or radius / pixel < BINNED_MIN_RATIO:
        return "exact"
    return "binned" if points * reach > EXACT_WORK_LIMIT else "exact"


class DensityGrid:
    """Accumulates raw kernel values of points added in chunks; :meth:`values` gives the raster."""

    def __init__(self, grid: Grid, radius: float, kernel: str = "quartic", decay: float = 0.0,
                 method: str = "exact", count_cells: bool = False):
        if not radius > 0 or not grid.pixel > 0:
            raise InputError(text("kde_bad_radius", radius=_plain(radius), pixel=_plain(grid.pixel)))
        self.grid, self.radius, self.kernel, self.decay, self.method = grid, radius, kernel, decay, method
        self.pad = int(math.ceil(radius / grid.pixel)) + 2
        self.padded_cols = grid.cols + 2 * self.pad
        self.padded_rows = grid.rows + 2 * self.pad
        self.sums = np.zeros(self.padded_cols * self.padded_rows, dtype=np.float64)
        self.counts = np.zeros(grid.cells, dtype=np.int64) if count_cells else None
        self.points = 0
        self.total_weight = 0.0
        self.negative_weights = False

    def add(self, x: np.ndarray, y: np.ndarray, weights: Optional[np.ndarray] = None,
            is_canceled=lambda: False) -> None:
        """Add points (in the grid's CRS); points without finite coordinates are ignored."""
        x, y = np.asarray(x, float), np.asarray(y, float)
        w = np.ones(len(x)) if weights is None else np.asarray(weights, float)
        keep = np.isfinite(x) & np.isfinite(y) & np.isfinite(w) & (w != 0)
        x, y, w = x[keep], y[keep], w[keep]
        self.points += len(x)
        self.total_weight += float(w.sum())
        self.negative_weights |= bool((w < 0).any())
        if self.counts is not None:
            self.counts += self.grid.count_points(x, y).ravel()
        fx = (x - self.grid.x_min) / self.grid.pixel - 0.5 + self.pad  # centre-index units
        fy = (self.grid.y_max - y) / self.grid.pixel - 0.5 + self.pad
        # a point farther out than the padding (radius + 2 cells) reaches no cell of the grid
        inside = (fx >= 0) & (fx < self.padded_cols - 1) & (fy >= 0) & (fy < self.padded_rows - 1)
        if self.method == "binned":
            self._add_binned(fx[inside], fy[inside], w[inside])
        else:
            self._add_exact(fx[inside], fy[inside], w[inside], is_canceled)

    def _add_exact(self, fx, fy, w, is_canceled) -> None:
        fx, fy, w = _merge_duplicates(fx, fy, w)
        col, row = np.floor(fx).astype(np.int64), np.floor(fy).astype(np.int64)
        tx, ty = fx - col, fy - row
        base = row * self.padded_cols + col
        cells, inverse = np.unique(base, return_inverse=True)
        r2 = self.radius * self.radius
        pixel = self.grid.pixel
        limit = self.sums.size
        for dc, dr in zip(*kernels.window_offsets(self.radius, pixel)):
            if is_canceled():
                return
            u2 = (np.square((dc - tx) * pixel) + np.square((dr - ty) * pixel)) / r2
            values = w * kernels.raw_kernel(self.kernel, u2, self.decay)
            target = cells + dr * self.padded_cols + dc
            ok = (target >= 0) & (target < limit)
            self.sums[target[ok]] += np.bincount(inverse, values, minlength=len(cells))[ok]

    def _add_binned(self, fx, fy, w) -> None:
        # points arrive inside the padded grid with a cell to spare (see add): no bounds checks
        col, row = fx.astype(np.int64), fy.astype(np.int64)  # fx, fy >= 0 here: floor
        tx, ty = fx - col, fy - row
        base = row * self.padded_cols + col
        step = self.padded_cols
        indices = np.concatenate([base, base + 1, base + step, base + step + 1])
        shares = np.concatenate([w * (1 - tx) * (1 - ty), w * tx * (1 - ty), w * (1 - tx) * ty, w * tx * ty])
        self.sums += np.bincount(indices, shares, minlength=self.sums.size)

    def values(self, scaled: bool = False) -> np.ndarray:
        """The raster (rows from the top), float64, raw or scaled."""
        sums = self.sums.reshape(self.padded_rows, self.padded_cols)
        if self.method == "binned":
            sums = _convolve(sums, self._stencil())
        p = self.pad
        result = np.array(sums[p:p + self.grid.rows, p:p + self.grid.cols], dtype=np.float64)
        if self.method == "binned" and not self.negative_weights:
            np.maximum(result, 0.0, out=result)  # FFT round-off can leave -1e-7 where nothing is
        if scaled:
            result *= kernels.scale_factor(self.kernel, self.radius, self.decay)
        return result

    def _stencil(self) -> np.ndarray:
        reach = int(math.ceil(self.radius / self.grid.pixel))
        steps = np.arange(-reach, reach + 1) * self.grid.pixel
        dx, dy = np.meshgrid(steps, steps)
        u2 = (dx * dx + dy * dy) / (self.radius * self.radius)
        return kernels.raw_kernel(self.kernel, u2, self.decay)


def _merge_duplicates(fx, fy, w):
    """Points that share a position (common in police data) as one point with summed weight."""
    if len(fx) < 2:
        return fx, fy, w
    pairs = np.empty((len(fx), 2))
    pairs[:, 0], pairs[:, 1] = fx, fy
    unique, inverse = np.unique(pairs, axis=0, return_inverse=True)
    if len(unique) == len(fx):
        return fx, fy, w
    return unique[:, 0], unique[:, 1], np.bincount(inverse.ravel(), w, minlength=len(unique))


def _convolve(grid: np.ndarray, stencil: np.ndarray) -> np.ndarray:
    """Same-size convolution in float32 by FFT on two threads (scipy); overlap-add above
    FFT_MAX_CELLS to bound memory. Values below a millionth of the largest are set to zero
    (FFT round-off where no point reaches)."""
    import scipy.fft
    from scipy.signal import fftconvolve, oaconvolve

    convolve = fftconvolve if grid.size <= FFT_MAX_CELLS else oaconvolve
    with scipy.fft.set_workers(2):
        result = convolve(grid.astype(np.float32), stencil.astype(np.float32), mode="same")
    result[result < float(result.max(initial=0.0)) * 1e-6] = 0.0
    return result
