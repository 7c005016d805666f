"""kde: the density raster against a brute-force sum written here, on synthetic and real points."""
import math
from pathlib import Path

import numpy as np
import pytest

from est_plugin.core import kde
from est_plugin.core.errors import InputError

DATA = Path(__file__).resolve().parents[1] / "data"
KERNEL_CASES = [("quartic", 0.0), ("triweight", 0.0), ("epanechnikov", 0.0), ("uniform", 0.0),
                ("gaussian", 0.0), ("triangular", 0.0), ("triangular", 0.5)]
CONSTANTS = {  # integral of the raw kernel over the plane, in units of r^2 (worked out by hand)
    "quartic": math.pi / 3.0, "triweight": math.pi / 4.0, "epanechnikov": math.pi / 2.0,
    "uniform": math.pi, "gaussian": 2.0 * math.pi / 9.0 * (1.0 - math.exp(-4.5)),
}


def kernel_value(kernel, u, decay=0.0):
    """The raw kernel of the docstring, written out again for one distance ratio u = d / r."""
    if u > 1.0:
        return 0.0
    if kernel == "quartic":
        return (1.0 - u * u) ** 2
    if kernel == "triweight":
        return (1.0 - u * u) ** 3
    if kernel == "epanechnikov":
        return 1.0 - u * u
    if kernel == "uniform":
        return 1.0
    if kernel == "triangular":
        return 1.0 - (1.0 - decay) * u
    if kernel == "gaussian":
        return math.exp(-u * u / (2.0 * (1.0 / 3.0) ** 2))
    raise AssertionError(kernel)


def centres(grid):
    xs = [grid.x_min + (c + 0.5) * grid.pixel for c in range(grid.cols)]
    ys = [grid.y_max - (r + 0.5) * grid.pixel for r in range(grid.rows)]
    return xs, ys


def brute_force(grid, x, y, weights, radius, kernel, decay=0.0):
    """Double loop: every point, every cell centre."""
    xs, ys = centres(grid)
    out = np.zeros((grid.rows, grid.cols))
    for px, py, w in zip(x, y, weights):
        for row, cy in enumerate(ys):
            for col, cx in enumerate(xs):
                out[row, col] += w * kernel_value(kernel, math.hypot(px - cx, py - cy) / radius, decay)
    return out


def brute_force_windowed(grid, x, y, radius):
    """The quartic sum per point over the cells of a box around it (for large real rasters)."""
    out = np.zeros((grid.rows, grid.cols))
    for px, py in zip(x, y):
        c0 = max(int((px - radius - grid.x_min) / grid.pixel) - 2, 0)
        c1 = min(int((px + radius - grid.x_min) / grid.pixel) + 3, grid.cols)
        r0 = max(int((grid.y_max - py - radius) / grid.pixel) - 2, 0)
        r1 = min(int((grid.y_max - py + radius) / grid.pixel) + 3, grid.rows)
        cx = grid.x_min + (np.arange(c0, c1) + 0.5) * grid.pixel
        cy = grid.y_max - (np.arange(r0, r1) + 0.5) * grid.pixel
        u2 = ((cx[None, :] - px) ** 2 + (cy[:, None] - py) ** 2) / radius ** 2
        out[r0:r1, c0:c1] += np.where(u2 <= 1.0, (1.0 - u2) ** 2, 0.0)
    return out


def density(grid, x, y, radius, weights=None, kernel="quartic", decay=0.0, method="exact",
            scaled=False):
    result = kde.DensityGrid(grid, radius, kernel, decay, method=method)
    result.add(x, y, weights)
    return result.values(scaled=scaled)


def assert_same_raster(ours, expected, rtol=1e-9):
    assert ours.shape == expected.shape
    np.testing.assert_allclose(ours, expected, rtol=rtol, atol=1e-12 * max(expected.max(), 1e-300))


@pytest.fixture(scope="module")
def scattered():
    """60 weighted points around and outside a 300 x 250 m extent (some beyond the radius)."""
    rng = np.random.default_rng(2026)
    x = rng.uniform(-80.0, 380.0, 60)
    y = rng.uniform(-80.0, 330.0, 60)
    return x, y, rng.uniform(0.5, 3.0, 60)


# ---------------------------------------------------------------- grids


def test_grid_properties():
    grid = kde.Grid(100.0, 500.0, 10.0, 7, 4)
    assert (grid.x_max, grid.y_min, grid.cells) == (170.0, 460.0, 28)
    assert grid.geotransform() == (100.0, 10.0, 0.0, 500.0, 0.0, -10.0)
    col, row = grid.cell_of(np.array([100.0, 109.99, 110.0, 99.0, 175.0]),
                            np.array([500.0, 490.01, 490.0, 501.0, 455.0]))
    assert col.tolist() == [0, 0, 1, -1, 7]
    assert row.tolist() == [0, 0, 1, -1, 4]


@pytest.mark.parametrize("box,radius,pixel,expected", [
    # width 1000 + 2*50 = 1100 -> ceil(110) + 1 = 111; height 400 + 100 = 500 -> 51
    ((0.0, 0.0, 1000.0, 400.0), 50.0, 10.0, (-50.0, 450.0, 111, 51)),
    # width 33 + 2*7 = 47 -> ceil(47/5 = 9.4) + 1 = 11; height 10 + 14 = 24 -> ceil(4.8) + 1 = 6
    ((100.0, 200.0, 133.0, 210.0), 7.0, 5.0, (93.0, 217.0, 11, 6)),
    # a single point: 2 r / pixel = 8 -> 9 cells each way
    ((5.0, 5.0, 5.0, 5.0), 20.0, 5.0, (-15.0, 25.0, 9, 9)),
])
def test_qgis_grid_follows_the_qgis_heatmap_rule(box, radius, pixel, expected):
    grid = kde.qgis_grid(*box, radius, pixel)
    assert (grid.x_min, grid.y_max, grid.cols, grid.rows) == expected
    assert grid.pixel == pixel


@pytest.mark.parametrize("box,pixel,cols,rows", [
    ((0.0, 0.0, 1000.0, 400.0), 10.0, 100, 40),  # exact multiples: no extra column
    ((0.0, 0.0, 1000.0, 400.0), 30.0, 34, 14),  # 33.3 -> 34, 13.3 -> 14
    ((0.0, 0.0, 0.3, 0.7), 0.1, 3, 7),  # 0.3 / 0.1 = 2.9999999999999996 in floating point
    ((490000.0, 5450000.0, 490001.0, 5450001.0), 10.0, 1, 1),  # smaller than a pixel
])
def test_extent_grid_starts_at_the_left_and_top_edges_and_covers_the_extent(box, pixel, cols, rows):
    grid = kde.extent_grid(*box, pixel)
    assert (grid.x_min, grid.y_max, grid.cols, grid.rows) == (box[0], box[3], cols, rows)
    assert grid.x_max >= box[2] - 1e-9 and grid.y_min <= box[1] + 1e-9


def test_check_size_names_the_cells_and_a_pixel_size_that_fits():
    grid = kde.Grid(0.0, 1000.0, 10.0, 100, 100)  # 10000 cells
    kde.check_size(grid, "1.0 x 1.0 km", limit=10000)  # at the limit: fine
    with pytest.raises(InputError) as caught:
        kde.check_size(grid, "1.0 x 1.0 km", limit=1000)
    message = str(caught.value)
    # 10 m * sqrt(10000 / 1000) = 31.6 m, rounded up to a nice number: 50 m (20 x 20 = 400 cells).
    assert "10000" in message and "100 x 100" in message
    assert "50 m" in message and "1.0 x 1.0 km" in message


def test_choose_method():
    assert kde.choose_method("quartic", 200.0, 10.0, 10_000_000) == "binned"
    assert kde.choose_method("triweight", 200.0, 10.0, 10_000_000) == "binned"
    assert kde.choose_method("quartic", 200.0, 10.0, 10_000_000, exact=True) == "exact"
    assert kde.choose_method("quartic", 200.0, 10.0, 10) == "exact"  # cheap anyway
    assert kde.choose_method("quartic", 190.0, 10.0, 10_000_000) == "exact"  # ratio 19 < 20
    for kernel in ("uniform", "triangular", "epanechnikov", "gaussian"):
        assert kde.choose_method(kernel, 500.0, 10.0, 10_000_000) == "exact"


# ---------------------------------------------------------------- exact method


@pytest.mark.parametrize("kernel,decay", KERNEL_CASES)
def test_exact_equals_brute_force_on_an_extent_grid_with_points_outside(scattered, kernel, decay):
    x, y, w = scattered
    grid = kde.extent_grid(0.0, 0.0, 300.0, 250.0, 10.0)
    assert ((x < 0) | (x > 300) | (y < 0) | (y > 250)).sum() > 10  # many points lie outside
    expected = brute_force(grid, x, y, w, 45.0, kernel, decay)
    inside_only = brute_force(grid, *[a[(x >= 0) & (x <= 300) & (y >= 0) & (y <= 250)] for a in
                                      (x, y, w)], 45.0, kernel, decay)
    assert np.abs(expected - inside_only).max() > 0.1  # the outside points do contribute
    assert_same_raster(density(grid, x, y, 45.0, w, kernel, decay), expected)


@pytest.mark.parametrize("kernel,decay", KERNEL_CASES)
def test_exact_equals_brute_force_on_a_qgis_grid(scattered, kernel, decay):
    x, y, w = scattered
    grid = kde.qgis_grid(x.min(), y.min(), x.max(), y.max(), 37.0, 12.5)
    expected = brute_force(grid, x, y, w, 37.0, kernel, decay)
    assert_same_raster(density(grid, x, y, 37.0, w, kernel, decay), expected)


@pytest.mark.parametrize("kernel", list(CONSTANTS))
def test_scaled_raster_sums_to_the_weight_and_is_raw_times_the_constant(scattered, kernel):
    x, y, w = scattered
    grid = kde.qgis_grid(x.min(), y.min(), x.max(), y.max(), 60.0, 2.5)  # every kernel inside
    raw = density(grid, x, y, 60.0, w, kernel)
    scaled = density(grid, x, y, 60.0, w, kernel, scaled=True)
    constant = 1.0 / (CONSTANTS[kernel] * 60.0 ** 2)
    np.testing.assert_allclose(scaled, raw * constant, rtol=1e-12)
    assert scaled.sum() * 2.5 ** 2 == pytest.approx(w.sum(), rel=5e-3)


@pytest.mark.parametrize("cols,rows", [(1, 1), (2, 3), (5, 1)])
def test_exact_on_tiny_grids_with_points_all_around(cols, rows):
    # Few columns: contributions must not spill from one row into the next one.
    rng = np.random.default_rng(cols * 10 + rows)
    grid = kde.Grid(1000.0, 2000.0, 10.0, cols, rows)
    x = rng.uniform(grid.x_min - 60.0, grid.x_max + 60.0, 80)
    y = rng.uniform(grid.y_min - 60.0, grid.y_max + 60.0, 80)
    for kernel in ("quartic", "uniform"):
        assert_same_raster(density(grid, x, y, 35.0, kernel=kernel),
                           brute_force(grid, x, y, np.ones(80), 35.0, kernel))


def test_a_point_on_a_cell_centre():
    grid = kde.extent_grid(0.0, 0.0, 100.0, 100.0, 10.0)
    values = density(grid, [45.0], [55.0], 25.0, [2.0])  # the centre of column 4, row 4
    assert values[4, 4] == pytest.approx(2.0)
    assert values[4, 5] == pytest.approx(2.0 * (1 - 0.16) ** 2)  # d = 10: u^2 = 0.16
    assert values[3, 5] == pytest.approx(2.0 * (1 - 0.32) ** 2)  # d = 14.1
    assert values[4, 6] == pytest.approx(2.0 * (1 - 0.64) ** 2)  # d = 20
    assert values[4, 7] == 0.0 and values[2, 2] == 0.0  # d = 30, 28.3
    assert (values > 0).sum() == 21  # offsets with dx^2 + dy^2 < 6.25 cells^2


def test_the_radius_is_included():
    # The centre of cell (0, 0) is (5, 95); a point 30 m east of it (on the centre of cell (0, 3))
    # with RADIUS 30 counts there, and at (0, 6) and (3, 3).
    grid = kde.extent_grid(0.0, 0.0, 100.0, 100.0, 10.0)
    values = density(grid, [35.0], [95.0], 30.0, kernel="uniform")
    assert values[0, 0] == 1.0 and values[0, 6] == 1.0 and values[3, 3] == 1.0
    # Cells with dx^2 + dy^2 <= 9 (in cells) in the rows below the point's (it is in row 0):
    # 7 + 5 + 5 + 1.
    assert (values > 0).sum() == 18


def test_duplicates_give_the_same_as_separate_points(scattered):
    x, y, w = scattered
    grid = kde.extent_grid(0.0, 0.0, 300.0, 250.0, 10.0)
    many_x, many_y = np.repeat(x[:10], 4), np.repeat(y[:10], 4)
    expected = brute_force(grid, x[:10], y[:10], np.full(10, 4.0), 45.0, "epanechnikov")
    assert_same_raster(density(grid, many_x, many_y, 45.0, kernel="epanechnikov"), expected)
    # Duplicates with weights: the weights add up.
    weights = np.tile([1.0, 2.0, 0.5, 3.0], 10)
    summed = np.full(10, 1.0 + 2.0 + 0.5 + 3.0)
    expected = brute_force(grid, x[:10], y[:10], summed, 45.0, "quartic")
    assert_same_raster(density(grid, many_x, many_y, 45.0, weights), expected)


def test_adding_in_chunks_equals_one_call(scattered):
    x, y, w = scattered
    grid = kde.extent_grid(0.0, 0.0, 300.0, 250.0, 10.0)
    for method in ("exact", "binned"):
        whole = kde.DensityGrid(grid, 45.0, method=method)
        whole.add(x, y, w)
        parts = kde.DensityGrid(grid, 45.0, method=method)
        for chunk in np.array_split(np.arange(len(x)), 5):
            parts.add(x[chunk], y[chunk], w[chunk])
        parts.add(np.array([]), np.array([]), np.array([]))
        np.testing.assert_allclose(parts.values(), whole.values(), rtol=1e-6, atol=1e-9)
        assert (parts.points, parts.total_weight) == (60, pytest.approx(w.sum()))


def test_points_without_finite_coordinates_or_weight_are_ignored(scattered):
    x, y, w = scattered
    grid = kde.extent_grid(0.0, 0.0, 300.0, 250.0, 10.0)
    bad_x = np.r_[x, np.nan, 150.0, np.inf, 150.0, 100.0]
    bad_y = np.r_[y, 100.0, np.nan, 100.0, 120.0, 100.0]
    bad_w = np.r_[w, 1.0, 1.0, 1.0, np.nan, 0.0]
    result = kde.DensityGrid(grid, 45.0)
    result.add(bad_x, bad_y, bad_w)
    assert_same_raster(result.values(), brute_force(grid, x, y, w, 45.0, "quartic"))
    assert result.points == 60


@pytest.mark.parametrize("radius,pixel", [(0.0, 10.0), (-5.0, 10.0), (float("nan"), 10.0),
                                          (50.0, 0.0), (50.0, -1.0)])
def test_zero_or_negative_radius_or_pixel_raises_input_error(radius, pixel):
    with pytest.raises(InputError):
        kde.DensityGrid(kde.Grid(0.0, 100.0, pixel, 10, 10), radius)


def test_count_cells_counts_points_per_cell():
    grid = kde.extent_grid(0.0, 0.0, 30.0, 20.0, 10.0)  # 3 x 2
    result = kde.DensityGrid(grid, 15.0, count_cells=True)
    result.add(np.array([1.0, 9.0, 25.0, 25.0, 10.0, 40.0, 5.0]),
               np.array([19.0, 11.0, 5.0, 5.0, 10.0, 5.0, np.nan]))
    # (1,19),(9,11) -> row 0 col 0; (25,5) twice -> row 1 col 2; (10,10) -> row 1 col 1; x=40 outside
    assert result.counts.reshape(2, 3).tolist() == [[2, 0, 0], [0, 1, 2]]


def test_the_raster_is_never_negative_and_zero_where_no_point_reaches():
    grid = kde.extent_grid(0.0, 0.0, 1000.0, 1000.0, 10.0)
    for method in ("exact", "binned"):
        values = density(grid, [100.0], [900.0], 200.0, method=method)
        assert values.min() == 0.0
        assert values[60:, 60:].max() == 0.0  # more than 200 m from the point


# ---------------------------------------------------------------- real data




REAL_CASES = [("vancouver", 10.0, 16), ("vancouver", 10.0, 20), ("chicago", 25.0, 16),
              ("chicago", 25.0, 20), ("lancashire", 50.0, 16), ("lancashire", 50.0, 20)]


@pytest.mark.parametrize("name,pixel,ratio", REAL_CASES)
def test_real_data_exact_equals_brute_force_and_binned_is_within_one_percent(real_points, name, pixel,
                                                                            ratio):
    x, y = real_points(name)
    assert len(x) >= 200
    radius = pixel * ratio
    grid = kde.qgis_grid(x.min(), y.min(), x.max(), y.max(), radius, pixel)
    expected = brute_force_windowed(grid, x, y, radius)
    exact = density(grid, x, y, radius)
    assert_same_raster(exact, expected)
    binned = density(grid, x, y, radius, method="binned")
    error = float(np.abs(binned - exact).max() / exact.max())
    assert error < 0.01, "{} radius/pixel {}: binned max error {:.4%} of the maximum".format(
        name, ratio, error)
    # Also not suspiciously exact: binning does approximate.
    assert error > 1e-5, "{} radius/pixel {}: binned error {:.2e}".format(name, ratio, error)


def test_binned_error_at_the_minimum_ratio_is_within_the_promised_three_per_mille():
    # One point midway between four cell centres, quartic, radius = BINNED_MIN_RATIO pixels: the
    # exact value at those centres is (1 - 50 / r^2)^2 (they are sqrt(50) m away); binning spreads
    # the point over them. At 16 pixels this was 0.39% off; from 20 pixels on it is within 0.3%.
    radius = kde.BINNED_MIN_RATIO * 10.0
    grid = kde.extent_grid(0.0, 0.0, 2 * radius + 80.0, 2 * radius + 80.0, 10.0)
    middle = radius + 40.0
    exact = density(grid, [middle], [middle], radius)
    binned = density(grid, [middle], [middle], radius, method="binned")
    assert exact.max() == pytest.approx((1 - 50.0 / radius ** 2) ** 2)
    error = float(np.abs(binned - exact).max() / exact.max())
    assert error <= 0.003, "binned error {:.4%}".format(error)
