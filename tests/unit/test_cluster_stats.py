"""cluster_stats: hotspot polygons around clusters and the statistics table per cluster."""
import datetime
import math

import numpy as np
import pandas as pd
import pytest
from scipy.spatial import ConvexHull
from shapely.geometry import Point, Polygon

from est_plugin.core import messages
from est_plugin.core.cluster_stats import cluster_polygons, cluster_table

STOCKHOLM_LON, STOCKHOLM_LAT = 18.07, 59.33


@pytest.fixture
def english():
    before = messages.language()
    messages.set_language("en")
    yield
    messages.set_language(before)


def _clusters(seed=4):
    """Four clusters of 6..40 points (some repeated places) and some noise, labels shuffled."""
    rng = np.random.default_rng(seed)
    xs, ys, labels = [], [], []
    for cluster, (cx, cy, n) in enumerate([(0, 0, 40), (500, 100, 20), (-300, 800, 12), (900, 900, 6)],
                                          start=1):
        xs.append(cx + rng.normal(0, 30, n))
        ys.append(cy + rng.normal(0, 30, n))
        labels.append(np.full(n, cluster))
    xs.append(rng.uniform(-1000, 2000, 15))
    ys.append(rng.uniform(-1000, 2000, 15))
    labels.append(np.zeros(15, int))
    x, y, labels = np.concatenate(xs), np.concatenate(ys), np.concatenate(labels)
    x[5:8], y[5:8] = x[4], y[4]  # repeated places
    order = rng.permutation(len(x))
    return x[order], y[order], labels[order]


def test_polygons_contain_their_points_and_are_the_buffered_hull():
    x, y, labels = _clusters()
    before = x.copy(), y.copy(), labels.copy()
    polygons = cluster_polygons(x, y, labels, 10.0)
    assert len(polygons) == 4
    for cluster, polygon in enumerate(polygons, start=1):
        members = np.flatnonzero(labels == cluster)
        assert all(polygon.contains(Point(x[i], y[i])) for i in members)
        hull = ConvexHull(np.column_stack([x[members], y[members]]))
        assert polygon.area > hull.volume  # in 2-D, volume is the area and area the perimeter
        # Steiner: the area of a convex shape grown by b is A + P b + pi b^2 (the round corners are
        # drawn with 8 segments per quarter circle, 0.6% short of a circle).
        steiner = hull.volume + hull.area * 10.0 + math.pi * 100.0
        assert polygon.area == pytest.approx(steiner, rel=5e-3)
        assert polygon.area < steiner
        # Every corner of the outline is 10 m from the hull: grown by the buffer, not more or less.
        hull_shape = Polygon(hull.points[hull.vertices])
        outline = np.asarray(polygon.exterior.coords)
        distances = [hull_shape.distance(Point(*corner)) for corner in outline]
        assert min(distances) == pytest.approx(10.0, abs=1e-6)
        assert max(distances) == pytest.approx(10.0, abs=1e-6)
    assert np.array_equal(x, before[0]) and np.array_equal(labels, before[2])


def test_a_one_place_cluster_is_a_disc():
    x = np.array([100.0, 100.0, 100.0, 5000.0])
    y = np.array([200.0, 200.0, 200.0, 5000.0])
    polygons = cluster_polygons(x, y, np.array([1, 1, 1, 0]), 25.0)
    assert len(polygons) == 1
    assert polygons[0].area == pytest.approx(math.pi * 25.0 ** 2, rel=1e-2)
    assert polygons[0].centroid.distance(Point(100, 200)) < 1e-6


def test_two_places_and_collinear_places_are_rounded_strips():
    # Cluster 1: two places 300 m apart; cluster 2: five places on a line 400 m long.
    x = np.r_[0.0, 300.0, 1000.0 + np.array([0.0, 100.0, 150.0, 300.0, 400.0])]
    y = np.r_[0.0, 0.0, 1000.0 + 0.75 * np.array([0.0, 100.0, 150.0, 300.0, 400.0])]
    labels = np.array([1, 1, 2, 2, 2, 2, 2])
    b = 20.0
    polygons = cluster_polygons(x, y, labels, b)
    assert polygons[0].area == pytest.approx(2 * b * 300.0 + math.pi * b * b, rel=1e-2)
    assert polygons[1].area == pytest.approx(2 * b * 500.0 + math.pi * b * b, rel=1e-2)  # 400 x 0.75
    assert all(polygons[1].contains(Point(px, py)) for px, py in zip(x[2:], y[2:]))


def test_cluster_polygons_without_clusters():
    assert cluster_polygons(np.array([1.0, 2.0]), np.array([1.0, 2.0]), np.array([0, 0]), 10.0) == []
    assert cluster_polygons(np.array([]), np.array([]), np.array([], int), 10.0) == []


def _table_input():
    """Two clusters in Stockholm and two noise points; see the expectations in the tests."""
    labels = np.array([1, 1, 1, 1, 1, 2, 2, 2, 0, 0])
    times = pd.Series(pd.to_datetime([
        "2026-01-15 12:00", "2026-01-15 23:00", "2026-01-12 23:30", "2026-01-13 12:10",
        "2026-01-20 02:00",  # cluster 1: Thu, Thu, Mon, Tue, Tue
        "2026-02-01 00:00", "2026-02-03 14:00", "2026-02-03 22:00",  # cluster 2: Sun, Tue, Tue
        "2025-12-31 12:00", "2026-03-01 12:00",  # noise
    ]), index=range(100, 110))  # an index that is not 0..n-1
    known = np.array([True] * 5 + [False, True, True] + [True, True])
    categories = pd.Series(["klotter", "klotter", "brand", "klotter", "brand",
                            "skadegörelse", None, "brand", "rån", "rån"], index=range(50, 60))
    lon = np.full(10, STOCKHOLM_LON)
    lat = np.full(10, STOCKHOLM_LAT)
    lon[9] = np.nan
    return labels, times, known, categories, lon, lat


def test_cluster_table_counts_areas_and_categories():
    labels, _times, _known, categories, _lon, _lat = _table_input()
    table = cluster_table(labels, np.array([5000.0, 0.0]), categories=categories)
    assert table["rank"].tolist() == [1, 2]
    assert table["incident_count"].tolist() == [5, 3]
    assert table["area_m2"].tolist() == [5000.0, 0.0]
    assert table["density_per_ha"].tolist() == [10.0, 0.0]  # 5 incidents on half a hectare
    # Most frequent first; ties alphabetically; a missing category shows as '-'.
    assert table["top_categories"].tolist() == ["klotter:3, brand:2", "-:1, brand:1, skadegörelse:1"]
    assert "busiest_weekday" not in table and "after_dark_share" not in table


def test_top_categories_are_at_most_three():
    labels = np.ones(10, int)
    categories = pd.Series(["d", "c", "c", "b", "b", "b", "a", "a", "a", "a"])
    table = cluster_table(labels, np.array([100.0]), categories=categories)
    assert table["top_categories"].tolist() == ["a:4, b:3, c:2"]


def test_cluster_table_time_columns(english):
    labels, times, known, categories, lon, lat = _table_input()
    table = cluster_table(labels, np.array([5000.0, 2500.0]), times, known, categories, lon, lat,
                          "Europe/Stockholm")
    assert table["first_date"].tolist() == [datetime.date(2026, 1, 12), datetime.date(2026, 2, 1)]
    assert table["last_date"].tolist() == [datetime.date(2026, 1, 20), datetime.date(2026, 2, 3)]
    # Cluster 1: Thursday 2, Tuesday 2, Monday 1 -> the tie goes to the earlier day, Tuesday.
    # Cluster 2: Sunday 1 (time unknown, the date still counts), Tuesday 2.
    assert table["busiest_weekday"].tolist() == ["Tuesday", "Tuesday"]
    # Hours: cluster 1 12, 23, 23, 12, 2 -> tie 12/23 -> 12; cluster 2 known 14, 22 -> 14.
    assert table["busiest_hour"].tolist() == [12, 14]
    # Stockholm in January/February: the sun is up at 12:00 and 14:00, down at 22:00-02:00.
    # Cluster 1: dark at 23:00, 23:30, 02:00 of 5 -> 0.6; cluster 2: 22:00 of the 2 known -> 0.5.
    assert table["after_dark_share"].tolist() == [0.6, 0.5]


def test_after_dark_share_single_cases_in_stockholm():
    labels = np.array([1, 2])
    times = pd.Series(pd.to_datetime(["2026-01-15 12:00", "2026-01-15 23:00"]))
    lon, lat = np.full(2, STOCKHOLM_LON), np.full(2, STOCKHOLM_LAT)
    table = cluster_table(labels, np.ones(2), times, None, None, lon, lat, "Europe/Stockholm")
    assert table["after_dark_share"].tolist() == [0.0, 1.0]
    # Midsummer: the sun sets about 22:10 local; 21:00 is light, 23:30 is dark.
    times = pd.Series(pd.to_datetime(["2026-06-21 21:00", "2026-06-21 23:30"]))
    table = cluster_table(labels, np.ones(2), times, None, None, lon, lat, "Europe/Stockholm")
    assert table["after_dark_share"].tolist() == [0.0, 1.0]


def test_after_dark_share_uses_the_local_time_zone():
    # 2026-01-15 14:00 in Stockholm (13:00 UTC) is daylight; the same clock time read in
    # Asia/Tokyo is 05:00 UTC, before sunrise in Stockholm (about 07:35 UTC).
    labels = np.array([1])
    times = pd.Series(pd.to_datetime(["2026-01-15 14:00"]))
    lon, lat = np.array([STOCKHOLM_LON]), np.array([STOCKHOLM_LAT])
    light = cluster_table(labels, np.ones(1), times, None, None, lon, lat, "Europe/Stockholm")
    dark = cluster_table(labels, np.ones(1), times, None, None, lon, lat, "Asia/Tokyo")
    assert light["after_dark_share"].tolist() == [0.0]
    assert dark["after_dark_share"].tolist() == [1.0]


def test_a_cluster_without_known_times_has_no_hour_or_dark_share():
    labels = np.array([1, 1, 2])
    times = pd.Series(pd.to_datetime(["2026-01-15 12:00", "2026-01-16 23:00", "2026-01-17 00:00"]))
    known = np.array([True, True, False])
    lon, lat = np.full(3, STOCKHOLM_LON), np.full(3, STOCKHOLM_LAT)
    table = cluster_table(labels, np.ones(2), times, known, None, lon, lat, "Europe/Stockholm")
    assert table["busiest_hour"].iloc[0] == 12  # 12 and 23 once each: the smaller
    assert pd.isna(table["busiest_hour"].iloc[1])
    assert table["after_dark_share"].iloc[0] == 0.5 and pd.isna(table["after_dark_share"].iloc[1])
    assert table["first_date"].tolist()[1] is not None


def test_no_dark_share_without_a_time_zone():
    labels, times, known, _categories, lon, lat = _table_input()
    table = cluster_table(labels, np.ones(2), times, known, None, lon, lat, "")
    assert "after_dark_share" not in table and "busiest_hour" in table


def test_cluster_table_without_clusters():
    labels, times, known, categories, lon, lat = _table_input()
    table = cluster_table(np.zeros(10, int), np.array([]), times, known, categories, lon, lat,
                          "Europe/Stockholm")
    assert len(table) == 0
    assert {"rank", "incident_count", "top_categories", "busiest_hour", "after_dark_share"} <= set(table)
