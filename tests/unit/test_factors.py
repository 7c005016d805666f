"""core.factors and core.measures: exact small cases, checked against shapely computed here."""

import math

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, MultiLineString, Point, Polygon, box
from shapely.ops import unary_union

from est_plugin.core import factors, measures
from est_plugin.core.factors import Circles, FactorLayers, OtherFactor, Shapes

SQUARE = box(0, 0, 100, 100)  # one hectare


def lamps(*xyr):
    x, y, r = (np.array(v, float) for v in zip(*xyr))
    return Circles(x, y, r)


def test_a_hotspot_inside_one_lamps_radius_is_fully_lit():
    small = box(-10, -10, 10, 10)  # corners 14.1 m from the lamp, radius 25 m
    row = factors.lighting_measures(small, FactorLayers(lamps=lamps((0, 0, 25))))
    assert row["lit_share"] == pytest.approx(1.0, abs=1e-12)
    assert row["lamps_per_ha"] == pytest.approx(1 / 0.04)


def test_a_hotspot_without_lamps_in_reach_is_unlit():
    row = factors.lighting_measures(SQUARE, FactorLayers(lamps=lamps((300, 300, 25), (-30, 50, 25))))
    assert row["lit_share"] == 0.0
    assert row["lamps_per_ha"] == 0.0


def test_lit_share_equals_shapely_and_the_circle_area():
    layers = FactorLayers(lamps=lamps((0, 0, 30), (60, 50, 20), (100, 100, 40), (500, 500, 30)))
    row = factors.lighting_measures(SQUARE, layers)
    reference = (
        unary_union(
            [Point(0, 0).buffer(30, 256), Point(60, 50).buffer(20, 256), Point(100, 100).buffer(40, 256)]
        )
        .intersection(SQUARE)
        .area
        / SQUARE.area
    )
    exact = (math.pi * 30**2 / 4 + math.pi * 20**2 + math.pi * 40**2 / 4) / 10000.0
    assert reference == pytest.approx(exact, rel=1e-4)
    assert row["lit_share"] == pytest.approx(exact, rel=2e-3)
    assert row["lamps_per_ha"] == pytest.approx(3.0)  # the corner lamp (100, 100) counts


def test_lit_lines_light_a_band_on_each_side():
    line = LineString([(-50, 50), (150, 50)])
    layers = FactorLayers(lit_lines=Shapes.of([line]), light_radius=10.0)
    row = factors.lighting_measures(SQUARE, layers)
    assert row["lit_share"] == pytest.approx(0.2, rel=1e-9)
    assert row["lamps_per_ha"] is None


def test_path_measures_lit_share_and_the_longest_unlit_gap():
    paths = Shapes.of([LineString([(0, 10), (100, 10)]), LineString([(50, 10), (50, 100)])])
    layers = FactorLayers(lamps=lamps((0, 10, 20), (50, 60, 10)), paths=paths)
    row = factors.lighting_measures(SQUARE, layers)
    assert row["path_length_m"] == pytest.approx(190.0)
    # lit: x 0..20 on the first path, y 50..70 on the second: 40 m of 190 m
    assert row["lit_path_share"] == pytest.approx(40 / 190, rel=1e-3)
    # unlit: x 20..100 joined with y 10..50 at (50, 10) is a T, not one line; the longest connected
    # line after merging: 20..50 (30 m), 50..100 (50 m), y 10..50 (40 m) meet at a junction -> 50 m
    assert row["largest_unlit_gap_m"] == pytest.approx(50.0, rel=1e-3)


def test_vegetation_share_unions_polygons_and_crowns():
    green = Shapes.of([box(0, 0, 50, 100), box(25, 0, 75, 50)])  # overlapping
    trees = lamps((90, 90, 5), (300, 300, 5))
    row = factors.vegetation_measures(SQUARE, FactorLayers(vegetation=green, trees=trees))
    reference = unary_union([box(0, 0, 50, 100), box(25, 0, 75, 50), Point(90, 90).buffer(5, 256)])
    assert row["vegetation_share"] == pytest.approx(reference.intersection(SQUARE).area / 1e4, rel=1e-4)
    assert row["trees_per_ha"] == pytest.approx(1.0)


def test_missing_layers_leave_measures_empty_not_zero():
    row = factors.hotspot_measures([SQUARE], FactorLayers()).iloc[0]
    assert row["area_ha"] == pytest.approx(1.0)
    for name in ("lit_share", "lamps_per_ha", "vegetation_share", "trees_per_ha", "path_length_m"):
        assert row[name] is None or row[name] != row[name], name


def test_other_factors_count_within_distance_and_nearest_exactly():
    stops = Shapes.of([Point(150, 50), Point(120, 120), Point(2000, 0)])
    factor = OtherFactor("bus_stop", stops, 30.0)
    row = factors.other_measures(SQUARE, factor)
    assert row["bus_stop_count"] == 1  # (120, 120) is 28.3 m away; (150, 50) is 50 m away
    assert row["bus_stop_nearest_m"] == pytest.approx(math.hypot(20, 20))
    far = factors.other_measures(SQUARE, OtherFactor("school", Shapes.of([Point(1100, 50)]), 50.0))
    assert far["school_count"] == 0 and far["school_nearest_m"] == pytest.approx(1000.0)
    none = factors.other_measures(SQUARE, OtherFactor("bar", Shapes.of([Point(99999, 0)]), 50.0))
    assert none["bar_nearest_m"] is None


def test_nearest_is_exact_against_brute_force_on_random_cases():
    rng = np.random.default_rng(7)
    for _ in range(20):
        points = [Point(x, y) for x, y in rng.uniform(-3000, 3000, (50, 2))]
        lines = [LineString([(x, y), (x + 40, y + 10)]) for x, y in rng.uniform(-3000, 3000, (20, 2))]
        shapes = Shapes.of(points + lines)
        row = factors.other_measures(SQUARE, OtherFactor("f", shapes, 25.0))
        brute = min(SQUARE.distance(g) for g in points + lines)
        expected = brute if brute <= factors.NEAREST_LIMIT_M else None
        assert row["f_nearest_m"] == (pytest.approx(expected) if expected is not None else None)
        assert row["f_count"] == sum(SQUARE.distance(g) <= 25.0 for g in points + lines)


def test_in_shapes_and_in_circles_match_shapely():
    rng = np.random.default_rng(3)
    x, y = rng.uniform(-50, 150, 2000), rng.uniform(-50, 150, 2000)
    polygons = [box(0, 0, 30, 30), Polygon([(50, 50), (120, 60), (80, 120)])]
    line = LineString([(0, 100), (100, 140)])
    got = factors.in_shapes(x, y, Shapes.of(polygons))
    want = np.array([any(p.covers(Point(a, b)) for p in polygons) for a, b in zip(x, y)])
    assert (got == want).all() and want.sum() > 100
    near_line = factors.in_shapes(x, y, Shapes.of([line]), reach=8.0)
    want_line = np.array([line.distance(Point(a, b)) <= 8.0 for a, b in zip(x, y)])
    assert (near_line != want_line).sum() <= 2  # the band's ends are polygons of the round caps
    circles = lamps((0, 0, 20), (100, 100, 35))
    got = factors.in_circles(x, y, circles)
    want = (np.hypot(x, y) <= 20) | (np.hypot(x - 100, y - 100) <= 35)
    assert (got == want).all()


def test_incident_flags_and_hotspot_shares():
    layers = FactorLayers(lamps=lamps((0, 0, 10)), vegetation=Shapes.of([box(50, 50, 60, 60)]))
    x = np.array([1.0, 30.0, 55.0, 31.0, 500.0])
    y = np.array([1.0, 30.0, 55.0, 31.0, 500.0])
    dark = np.array([1.0, 1.0, 0.0, np.nan, 1.0])
    flags = measures.incident_flags(x, y, layers, dark)
    assert flags["is_lit"].tolist() == [1, 0, 0, 0, 0]
    assert flags["in_vegetation"].tolist() == [0, 0, 1, 0, 0]
    assert flags["after_dark"].isna().tolist() == [False, False, False, True, False]
    where = np.array([0, 0, 0, 0, -1])  # the last one is outside every hotspot
    table = measures.hotspot_incidents(where, flags, 2)
    assert table["incident_count"].tolist() == [4, 0]
    assert table.loc[0, "after_dark_share"] == pytest.approx(2 / 3, abs=1e-4)  # the unknown time is left out
    assert table.loc[0, "dark_unlit_incident_share"] == pytest.approx(1 / 3, abs=1e-4)  # (30, 30) only
    assert pd.isna(table.loc[1, "after_dark_share"])


def test_rules_fire_on_their_thresholds_only():
    rules = measures.Thresholds()
    dark_unlit = pd.Series({"lit_share": 0.5, "dark_unlit_incident_share": 0.4, "incident_count": 9})
    fired = measures.fired_rules(dark_unlit, rules)
    assert measures.measure_codes(fired) == "lighting"
    assert "50 %" in measures.suggestions(fired, "en") and "40 %" in measures.suggestions(fired, "en")
    assert "Se över belysningen" in measures.suggestions(fired, "sv")
    lit_enough = pd.Series({"lit_share": 0.8, "dark_unlit_incident_share": 0.9})
    assert measures.fired_rules(lit_enough, rules) == []
    daylight = pd.Series({"lit_share": 0.2, "dark_unlit_incident_share": 0.1})
    assert measures.fired_rules(daylight, rules) == []
    no_incidents = pd.Series({"lit_share": 0.2, "dark_unlit_incident_share": None})
    assert measures.measure_codes(measures.fired_rules(no_incidents, rules)) == "lighting"
    green = pd.Series({"vegetation_share": 0.31, "largest_unlit_gap_m": 51.0})
    assert measures.measure_codes(measures.fired_rules(green, rules)) == "lighting_gap,sightlines"
    assert (
        measures.fired_rules(pd.Series({"vegetation_share": 0.30, "largest_unlit_gap_m": 50.0}), rules) == []
    )


def test_place_manager_rule_needs_incidents_and_a_factor_nearby():
    bars = OtherFactor("bar", Shapes.of([Point(0, 0)]), 50.0)
    row = pd.Series({"bar_count": 2, "incident_count": 3})
    text = measures.suggestions(measures.fired_rules(row, measures.Thresholds(), [bars]), "sv")
    assert text == "Involvera de ansvariga för närliggande bar (2 inom 50 m)"
    quiet = pd.Series({"bar_count": 2, "incident_count": 0})
    assert measures.fired_rules(quiet, measures.Thresholds(), [bars]) == []


def test_inputs_are_not_changed():
    x = np.array([1.0, 2.0])
    y = np.array([1.0, 2.0])
    circles = lamps((0, 0, 10))
    before = circles.r.copy()
    measures.incident_flags(x, y, FactorLayers(lamps=circles), None)
    assert (circles.r == before).all() and x.tolist() == [1.0, 2.0]


def test_multi_polygon_hotspot_and_multiline_paths():
    hotspot = unary_union([box(0, 0, 10, 10), box(20, 0, 30, 10)])
    paths = Shapes.of([MultiLineString([[(0, 5), (10, 5)], [(20, 5), (30, 5)]])])
    row = factors.lighting_measures(hotspot, FactorLayers(lamps=lamps((5, 5, 100)), paths=paths))
    assert row["lit_share"] == pytest.approx(1.0)
    assert row["path_length_m"] == pytest.approx(20.0)
    assert row["largest_unlit_gap_m"] == 0.0


def test_lit_share_of_an_irregular_hotspot_with_many_lamps_equals_the_union_of_all_circles():
    rng = np.random.default_rng(11)
    ell = Polygon([(0, 0), (300, 0), (300, 60), (60, 60), (60, 300), (0, 300)])
    xy = rng.uniform(-60, 360, (400, 2))
    radii = rng.uniform(10, 30, 400)
    row = factors.lighting_measures(ell, FactorLayers(lamps=Circles(xy[:, 0], xy[:, 1], radii)))
    every = unary_union([Point(x, y).buffer(r, factors.CIRCLE_SEGMENTS) for (x, y), r in zip(xy, radii)])
    assert row["lit_share"] == pytest.approx(every.intersection(ell).area / ell.area, rel=1e-9)
    assert 0.2 < row["lit_share"] < 1.0
