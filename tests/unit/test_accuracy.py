"""accuracy: hit rate, PAI, RRI and the PAI curves on cases worked out by hand."""
import math

import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Point, Polygon, box

from est_plugin.core import kde
from est_plugin.core.accuracy import (
    Accuracy,
    cell_centre_mask,
    cell_curve,
    curve_table,
    grid_counts,
    points_in_polygons,
    polygon_curve,
    rri,
)
from est_plugin.core.hotspot_cells import top_cells


def test_accuracy_figures_by_hand():
    # 50 of 200 incidents in hotspots covering 1 ha of a 1 km^2 study area:
    # hit rate 25%, area share 1%, PAI 25.
    found = Accuracy(incidents=200, hits=50, hotspot_area=1e4, study_area=1e6)
    assert found.hit_rate == 0.25
    assert found.area_share == 0.01
    assert found.pai == pytest.approx(25.0)


@pytest.mark.parametrize("found", [Accuracy(0, 0, 100.0, 1000.0), Accuracy(10, 2, 0.0, 1000.0),
                                   Accuracy(10, 2, 100.0, 0.0)])
def test_accuracy_without_incidents_or_area_is_nan(found):
    assert math.isnan(found.pai)


def test_rri_by_hand():
    training = Accuracy(100, 10, 1e4, 1e6)  # PAI 10
    test = Accuracy(200, 50, 1e4, 1e6)  # PAI 25
    assert rri(test, training) == pytest.approx(2.5)
    assert rri(training, training) == pytest.approx(1.0)
    assert math.isnan(rri(test, Accuracy(100, 0, 1e4, 1e6)))  # training PAI 0
    assert math.isnan(rri(test, Accuracy(0, 0, 1e4, 1e6)))


# Density (rows from the top); the 9 and the bottom row are outside the study area (not valid).
VALUES = np.array([
    [9, 0, 3, 3, 1],
    [8, 7, 3, 0, 0],
    [0, 0, 2, 0, 5],
    [4, 4, 4, 4, 4],
], dtype=float)
COUNTS = np.array([
    [50, 1, 2, 3, 4],
    [5, 6, 7, 8, 9],
    [10, 11, 12, 13, 14],
    [99, 99, 99, 99, 99],
])
VALID = np.ones(VALUES.shape, bool)
VALID[0, 0] = False
VALID[3, :] = False  # 14 valid cells; 8 of them are positive


def test_cell_curve_by_hand():
    # Valid cells by density: 8 (5), 7 (6), 5 (14), 3 3 3 (2, 3, 7), 2 (12), 1 (4), then zeros.
    shares = (0.1, 0.5, 0.6, 1.0)
    curve = cell_curve(VALUES, VALID, COUNTS, 100, 100.0, shares)
    # round(1.4) = 1 cell; round(7) = 7 cells; round(8.4) = 8; 14 cells but only 8 are positive.
    assert [a.hits for a in curve] == [5, 49, 53, 53]
    assert [a.hotspot_area for a in curve] == [100.0, 700.0, 800.0, 800.0]
    assert all(a.study_area == 1400.0 and a.incidents == 100 for a in curve)
    assert curve[1].pai == pytest.approx((49 / 100) / 0.5)


def test_cell_curve_with_ties_takes_exactly_the_share_of_cells():
    # round(0.3 * 14) = 4 cells: 8, 7, 5 and one of the three 3s (2, 3 or 7 incidents).
    (found,) = cell_curve(VALUES, VALID, COUNTS, 100, 100.0, [0.3])
    assert found.hotspot_area == 400.0
    assert found.hits in {25 + 2, 25 + 3, 25 + 7}


def test_cell_curve_without_a_valid_mask_uses_every_cell():
    # 20 cells; round(0.2 * 20) = 4: 9 (50), 8 (5), 7 (6), 5 (14).
    (found,) = cell_curve(VALUES, None, COUNTS, 500, 10.0, [0.2])
    assert (found.hits, found.hotspot_area, found.study_area) == (75, 40.0, 200.0)


def test_cell_curve_of_a_raster_without_density_has_no_hotspots():
    (found,) = cell_curve(np.zeros((3, 4)), None, np.ones((3, 4), int), 12, 1.0, [0.25])
    assert (found.hits, found.hotspot_area, found.study_area) == (0, 0.0, 12.0)
    assert math.isnan(found.pai)


def test_cell_curve_agrees_with_top_cells_when_there_are_no_ties():
    rng = np.random.default_rng(8)
    values = rng.gamma(2.0, 1.0, (40, 50))
    values[rng.random(values.shape) < 0.3] = 0.0
    counts = rng.poisson(values)
    valid = rng.random(values.shape) < 0.9
    for share in (0.01, 0.05, 0.2, 0.5):
        (found,) = cell_curve(values, valid, counts, int(counts.sum()), 4.0, [share])
        mask = top_cells(values, valid, share)
        assert found.hits == counts[mask].sum()
        assert found.hotspot_area == 4.0 * mask.sum()
        assert found.study_area == 4.0 * valid.sum()


def test_polygon_curve_takes_whole_polygons_while_they_fit():
    areas = np.array([10.0, 50.0, 5.0])
    hits = np.array([3, 10, 4])
    curve = polygon_curve(areas, hits, 20, 100.0, (0.05, 0.1, 0.2, 0.6, 0.65, 1.0))
    # 5: nothing fits; 10: the first exactly; 20: still only the first (the third is small
    # enough, but polygons are taken in rank order); 60: two; 65 and 100: all three.
    assert [a.hotspot_area for a in curve] == [0.0, 10.0, 10.0, 60.0, 65.0, 65.0]
    assert [a.hits for a in curve] == [0, 3, 3, 13, 17, 17]
    assert math.isnan(curve[0].pai)
    assert curve[1].pai == pytest.approx((3 / 20) / 0.1)
    assert all(a.study_area == 100.0 and a.incidents == 20 for a in curve)


def test_polygon_curve_without_polygons():
    curve = polygon_curve(np.array([]), np.array([], int), 20, 100.0, (0.1,))
    assert curve[0].hits == 0 and curve[0].hotspot_area == 0.0


def test_curve_table():
    curve = polygon_curve(np.array([10.0, 50.0]), np.array([3, 10]), 20, 100.0, (0.1, 0.6))
    training = polygon_curve(np.array([10.0, 50.0]), np.array([6, 10]), 40, 100.0, (0.1, 0.6))
    table = curve_table(curve, (0.1, 0.6), training)
    assert table["target_share"].tolist() == pytest.approx([10.0, 60.0])
    assert table["area_share"].tolist() == pytest.approx([10.0, 60.0])
    assert table["hotspot_area_m2"].tolist() == [10.0, 60.0]
    assert table["incidents_in"].tolist() == [3, 13]
    assert table["incidents"].tolist() == [20, 20]
    assert table["hit_rate"].tolist() == pytest.approx([0.15, 0.65])
    assert table["pai"].tolist() == pytest.approx([1.5, 0.65 / 0.6])
    assert table["pai_training"].tolist() == pytest.approx([1.5, 0.4 / 0.6])
    assert table["rri"].tolist() == pytest.approx([1.0, 0.65 / 0.4])
    assert "rri" not in curve_table(curve, (0.1, 0.6))


def test_points_in_polygons_counts_boundaries_and_takes_the_first_polygon():
    first = box(0, 0, 10, 10)
    second = box(5, 5, 15, 15)
    holed = Polygon([(20, 0), (30, 0), (30, 10), (20, 10)], [[(22, 2), (28, 2), (28, 8), (22, 8)]])
    polygons = [first, None, second, Polygon(), holed]
    x = np.array([5.0, 10.0, 12.0, 15.0, 25.0, 22.0, 20.0, 100.0, 10.0, 2.0])
    y = np.array([5.0, 10.0, 12.0, 15.0, 5.0, 5.0, 5.0, 100.0, 5.0, 2.0])
    # (5,5): inside first, corner of second; (10,10): corner of first; (12,12), (15,15): second;
    # (25,5): in the hole; (22,5): on the hole's edge; (20,5): on the outer edge; (10,5): edge.
    assert points_in_polygons(x, y, polygons).tolist() == [0, 0, 2, 2, -1, 4, 4, -1, 0, 0]
    # The order decides where polygons overlap.
    assert points_in_polygons(x[:4], y[:4], [second, first]).tolist() == [0, 0, 0, 0]
    assert points_in_polygons(x, y, []).tolist() == [-1] * 10


def test_points_in_polygons_agrees_with_shapely_point_by_point():
    rng = np.random.default_rng(3)
    shapes = [Point(rng.uniform(0, 100), rng.uniform(0, 100)).buffer(rng.uniform(5, 20)) for _ in range(6)]
    shapes.append(MultiPolygon([box(0, 0, 10, 10), box(50, 50, 60, 70)]))
    x, y = rng.uniform(-10, 110, 2000), rng.uniform(-10, 110, 2000)
    expected = []
    for px, py in zip(x, y):
        where = [i for i, shape in enumerate(shapes) if shape.intersects(Point(px, py))]
        expected.append(where[0] if where else -1)
    assert points_in_polygons(x, y, shapes).tolist() == expected


def test_grid_counts():
    grid = kde.Grid(0.0, 20.0, 10.0, 3, 2)  # x 0..30, y 0..20
    x = np.array([0.0, 9.9, 10.0, 25.0, 25.0, 29.9, 5.0, -1.0, 35.0, 5.0])
    y = np.array([20.0, 10.1, 10.0, 5.0, 0.1, 19.0, 25.0, 5.0, 5.0, -0.1])
    # (0,20) and (9.9,10.1): top left; (10,10): bottom middle (edges belong right and down);
    # (25,5) and (25,0.1): bottom right; (29.9,19): top right; the rest are outside.
    assert grid_counts(x, y, grid).tolist() == [[2, 0, 1], [0, 1, 2]]


def test_cell_centre_mask_against_a_point_by_point_check():
    grid = kde.extent_grid(0.0, 0.0, 100.0, 80.0, 10.0)
    triangle = Polygon([(0, 0), (50, 0), (0, 50)])  # centres with x + y = 50 lie on the edge
    areas = [triangle, Point(63, 41).buffer(22), MultiPolygon([box(0, 60, 20, 80), box(85, -30, 300, 15)]),
             box(-100, -100, 500, 500), box(200, 200, 300, 300)]
    for area in areas:
        expected = np.zeros((grid.rows, grid.cols), bool)
        for row in range(grid.rows):
            for col in range(grid.cols):
                centre = Point(grid.x_min + (col + 0.5) * grid.pixel, grid.y_max - (row + 0.5) * grid.pixel)
                expected[row, col] = area.intersects(centre)
        assert cell_centre_mask(grid, area).tolist() == expected.tolist()
    # The triangle by hand: centre (x, y) is inside when x + y <= 50.
    xs = (np.arange(10) + 0.5) * 10.0
    ys = 80.0 - (np.arange(8) + 0.5) * 10.0
    assert cell_centre_mask(grid, triangle).tolist() == (xs[None, :] + ys[:, None] <= 50).tolist()
