"""kernels: raw values and constants against the formulas, integrals by numerical integration."""
import math

import numpy as np
import pytest
from scipy import integrate
from shapely.geometry import Point, box

from est_plugin.core import kernels
from est_plugin.core.errors import InputError

RADII = (1.0, 37.5, 250.0)
# (kernel, decay): the triangular kernel with several decay ratios (1 = uniform, 2 = rising).
KERNEL_CASES = [("quartic", 0.0), ("triweight", 0.0), ("epanechnikov", 0.0), ("uniform", 0.0),
                ("gaussian", 0.0), ("triangular", 0.0), ("triangular", 0.5), ("triangular", 1.0),
                ("triangular", 2.0)]


def _raw_at(kernel, u, decay=0.0):
    return float(kernels.raw_kernel(kernel, np.array([u * u]), decay)[0])


@pytest.mark.parametrize("radius", RADII)
@pytest.mark.parametrize("kernel,decay", KERNEL_CASES)
def test_scaled_kernel_integrates_to_one_in_polar_coordinates(kernel, decay, radius):
    # The kernels are radial: the plane integral is the integral of K(rho) 2 pi rho d rho.
    def ring(rho):
        return _raw_at(kernel, rho / radius, decay) * 2.0 * math.pi * rho

    inner, _ = integrate.quad(ring, 0.0, radius, limit=200)
    outer, _ = integrate.quad(ring, radius, 3.0 * radius, limit=200)  # nothing beyond the radius
    scale = kernels.scale_factor(kernel, radius, decay)
    assert (inner + outer) * scale == pytest.approx(1.0, rel=1e-9)
    assert outer == 0.0


@pytest.mark.parametrize("radius", (2.0, 125.0))
@pytest.mark.parametrize("kernel,decay", KERNEL_CASES)
def test_scaled_kernel_integrates_to_one_on_a_fine_cartesian_grid(kernel, decay, radius):
    # Midpoint rule over [-1.2 r, 1.2 r]^2; the uniform and triangular kernels jump at the radius,
    # so the midpoint rule is accurate to about the cell size over the radius (here about 1/400).
    steps = 1000
    edges = np.linspace(-1.2 * radius, 1.2 * radius, steps + 1)
    centres = (edges[:-1] + edges[1:]) / 2.0
    cx, cy = np.meshgrid(centres, centres)
    u2 = (cx * cx + cy * cy) / (radius * radius)
    cell = (edges[1] - edges[0]) ** 2
    total = kernels.raw_kernel(kernel, u2, decay).sum() * cell * kernels.scale_factor(kernel, radius, decay)
    assert total == pytest.approx(1.0, abs=5e-4)


# Values from the formulas in the module docstring, worked out by hand:
# quartic (1 - u^2)^2, triweight (1 - u^2)^3, epanechnikov 1 - u^2, uniform 1,
# triangular 1 - (1 - decay) u, gaussian exp(-u^2 / (2 s^2)) with s = 1/3, i.e. exp(-4.5 u^2).
RAW_VALUES = [
    ("quartic", 0.0, {0.0: 1.0, 0.5: 0.5625, 1.0: 0.0}),
    ("triweight", 0.0, {0.0: 1.0, 0.5: 0.421875, 1.0: 0.0}),
    ("epanechnikov", 0.0, {0.0: 1.0, 0.5: 0.75, 1.0: 0.0}),
    ("uniform", 0.0, {0.0: 1.0, 0.5: 1.0, 1.0: 1.0}),
    ("triangular", 0.0, {0.0: 1.0, 0.5: 0.5, 1.0: 0.0}),
    ("triangular", 0.5, {0.0: 1.0, 0.5: 0.75, 1.0: 0.5}),
    ("triangular", 1.0, {0.0: 1.0, 0.5: 1.0, 1.0: 1.0}),
    ("triangular", 2.0, {0.0: 1.0, 0.5: 1.5, 1.0: 2.0}),
    ("gaussian", 0.0, {0.0: 1.0, 0.5: math.exp(-1.125), 1.0: math.exp(-4.5)}),
]


@pytest.mark.parametrize("kernel,decay,expected", RAW_VALUES)
def test_raw_values_match_the_formulas(kernel, decay, expected):
    for u, value in expected.items():
        assert _raw_at(kernel, u, decay) == pytest.approx(value, rel=1e-12, abs=1e-15), (kernel, u)


@pytest.mark.parametrize("kernel,decay", KERNEL_CASES)
def test_raw_values_are_zero_beyond_the_radius(kernel, decay):
    beyond = np.array([1.0 + 1e-12, 1.0001, 1.5 ** 2, 4.0, 1e6])
    assert np.array_equal(kernels.raw_kernel(kernel, beyond, decay), np.zeros(len(beyond)))


def test_raw_kernel_keeps_the_shape_of_its_input():
    u2 = np.array([[0.0, 0.25], [1.0, 2.0]])
    assert np.allclose(kernels.raw_kernel("quartic", u2), [[1.0, 0.5625], [0.0, 0.0]])


def test_quartic_constant_is_3_over_pi_r2_and_not_qgis_old_constant():
    for radius in RADII:
        ours = kernels.scale_factor("quartic", radius)
        assert ours == pytest.approx(3.0 / (math.pi * radius ** 2), rel=1e-14)
        old_qgis = 116.0 / (5.0 * math.pi * radius ** 2) * 15.0 / 16.0
        assert old_qgis / ours == pytest.approx(7.25, rel=1e-12)


def test_other_constants_by_hand():
    r = 10.0
    area = math.pi * r * r
    assert kernels.scale_factor("triweight", r) == pytest.approx(4.0 / area)
    assert kernels.scale_factor("epanechnikov", r) == pytest.approx(2.0 / area)
    assert kernels.scale_factor("uniform", r) == pytest.approx(1.0 / area)
    assert kernels.scale_factor("triangular", r) == pytest.approx(3.0 / area)
    assert kernels.scale_factor("triangular", r, 0.5) == pytest.approx(1.5 / area)
    s2 = 1.0 / 9.0
    assert kernels.scale_factor("gaussian", r) == pytest.approx(
        1.0 / (2.0 * s2 * area * (1.0 - math.exp(-4.5))))


@pytest.mark.parametrize("call", [lambda: kernels.raw_kernel("cosine", np.array([0.1])),
                                  lambda: kernels.scale_factor("Quartic ", 10.0)])
def test_unknown_kernel_raises_input_error_naming_the_choices(call):
    with pytest.raises(InputError) as caught:
        call()
    assert "quartic" in str(caught.value) and "epanechnikov" in str(caught.value)


def test_silverman_radius_by_hand():
    # Mean centre (0, 0); distances 0, 3, 4, 3, 4: SD = sqrt(50 / 5) = sqrt(10) = 3.162,
    # median distance 3 -> 1.201 * 3 = 3.60 > SD, so the radius is 0.9 * sqrt(10) * 5^-0.2.
    x = np.array([0.0, 3.0, 0.0, -3.0, 0.0])
    y = np.array([0.0, 0.0, 4.0, 0.0, -4.0])
    assert kernels.silverman_radius(x, y) == pytest.approx(0.9 * math.sqrt(10.0) * 5 ** -0.2, rel=1e-12)


def test_silverman_radius_uses_the_median_term_with_an_outlier():
    # Four points at distance 1 around (0, 0) and one far away shift the centre to (20, 0):
    # distances 19, 21, sqrt(401) twice and 80. SD = sqrt((361 + 441 + 802 + 6400) / 5),
    # median sqrt(401) = 20.02; 1.201 * 20.02 = 24.05 < SD = 40.01.
    x = np.array([1.0, -1.0, 0.0, 0.0, 100.0])
    y = np.array([0.0, 0.0, 1.0, -1.0, 0.0])
    median = math.sqrt(401.0)
    expected = 0.9 * math.sqrt(1.0 / math.log(2.0)) * median * 5 ** -0.2
    assert math.sqrt((361 + 441 + 802 + 6400) / 5.0) > math.sqrt(1 / math.log(2)) * median
    assert kernels.silverman_radius(x, y) == pytest.approx(expected, rel=1e-12)


def test_silverman_radius_with_integer_weights_equals_repeated_points():
    rng = np.random.default_rng(11)
    x, y = rng.normal(0, 100, 40), rng.normal(0, 60, 40)
    weights = rng.integers(1, 4, 40)
    weights[0] += 1 - weights.sum() % 2  # an odd total: the median is one distance
    rx, ry = np.repeat(x, weights), np.repeat(y, weights)
    cx, cy = rx.mean(), ry.mean()
    distances = np.hypot(rx - cx, ry - cy)
    standard = math.sqrt(np.mean(distances ** 2))
    expected = 0.9 * min(standard, math.sqrt(1 / math.log(2)) * np.median(distances)) * len(rx) ** -0.2
    assert kernels.silverman_radius(x, y, weights.astype(float)) == pytest.approx(expected, rel=1e-9)
    assert kernels.silverman_radius(rx, ry) == pytest.approx(expected, rel=1e-9)


def test_silverman_radius_is_zero_for_fewer_than_two_points_or_no_weight():
    assert kernels.silverman_radius(np.array([5.0]), np.array([5.0])) == 0.0
    assert kernels.silverman_radius(np.array([]), np.array([])) == 0.0
    assert kernels.silverman_radius(np.array([0.0, 1.0]), np.array([0.0, 1.0]), np.zeros(2)) == 0.0
    assert kernels.silverman_radius(np.full(5, 3.0), np.full(5, 4.0)) == 0.0


@pytest.mark.parametrize("value,down,up", [
    (7.0, 5.0, 10.0), (3.0, 2.5, 5.0), (10.0, 10.0, 10.0), (24.0, 20.0, 25.0), (21.0, 20.0, 25.0),
    (0.3, 0.25, 0.5), (0.2, 0.2, 0.2), (1.1, 1.0, 2.0), (2.2, 2.0, 2.5), (99.0, 50.0, 100.0),
    (12345.0, 10000.0, 20000.0), (0.0123, 0.01, 0.02),
])
def test_nice_number(value, down, up):
    assert kernels.nice_number(value) == pytest.approx(down, rel=1e-12)
    assert kernels.nice_number(value, up=True) == pytest.approx(up, rel=1e-12)


def test_nice_number_of_zero_or_negative_is_zero():
    assert kernels.nice_number(0.0) == 0.0
    assert kernels.nice_number(-5.0, up=True) == 0.0


def test_auto_pixel_is_a_tenth_of_the_radius_when_the_raster_fits():
    # 1 km x 1 km at 10 m: 101 x 101 = 10201 cells.
    assert kernels.auto_pixel(100.0, 1000.0, 1000.0, 20000) == 10.0
    assert kernels.auto_pixel(230.0, 1000.0, 1000.0, 1e9) == 20.0  # 23 rounded down to 20


def test_auto_pixel_is_made_coarser_until_the_raster_fits():
    # 10 m gives 10201 cells > 5000; the next nice number up, 20 m, gives 51 x 51 = 2601.
    assert kernels.auto_pixel(100.0, 1000.0, 1000.0, 5000) == 20.0
    # 20 m: 2601 > 2000; 25 m: 41 x 41 = 1681.
    assert kernels.auto_pixel(100.0, 1000.0, 1000.0, 2000) == 25.0


def test_auto_pixel_without_a_radius_uses_the_extent():
    # max(2000, 500) / 250 = 8 -> 5 m; 401 x 101 = 40501 cells fit in 1e6.
    assert kernels.auto_pixel(0.0, 2000.0, 500.0, 1e6) == 5.0


@pytest.mark.parametrize("radius,pixel", [(100.0, 10.0), (45.0, 10.0), (30.0, 7.0), (5.0, 10.0),
                                          (160.0, 10.0)])
def test_window_offsets_are_exactly_the_reachable_cells(radius, pixel):
    dc, dr = kernels.window_offsets(radius, pixel)
    found = set(zip(dc.tolist(), dr.tolist()))
    assert len(found) == len(dc)  # no pair twice
    # Tight: a point in cell (c, r) occupies [c, c+1] x [r, r+1] in centre-index units (kde.py);
    # cell (c+dc, r+dr) is reachable when its centre is within the radius of some such position.
    square = box(0.0, 0.0, 1.0, 1.0)
    reach = int(radius // pixel) + 4
    expected = {(a, b) for a in range(-reach, reach + 1) for b in range(-reach, reach + 1)
                if square.distance(Point(a, b)) * pixel <= radius * (1 + 1e-12)}
    assert found == expected
    # Complete: random positions inside the cell reach only listed cells.
    rng = np.random.default_rng(5)
    for tx, ty in rng.random((300, 2)):
        for a in range(-reach, reach + 1):
            for b in range(-reach, reach + 1):
                if math.hypot(a - tx, b - ty) * pixel <= radius:
                    assert (a, b) in found
