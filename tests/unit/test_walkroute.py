"""walkroute and walkorder: stop order, budget by priority, snapping rules, legs and times."""
import itertools

import networkx as nx
import numpy as np
import pytest

from est_plugin.core import walkorder
from est_plugin.core.errors import InputError
from est_plugin.core.walkgraph import build_walk_graph
from est_plugin.core.walkroute import WalkCancelled, WalkSettings, plan_walk, priority_order, summary

FAST = dict(walk_speed_kmh=6.0, stop_minutes=0.0)  # 100 m a minute, no time at the stops


def _brute_force(dist, closed):
    """The shortest order from node 0 over all permutations (independent of the code)."""
    best = np.inf
    for rest in itertools.permutations(range(1, len(dist))):
        order = (0,) + rest + ((0,) if closed else ())
        best = min(best, sum(dist[a][b] for a, b in zip(order[:-1], order[1:])))
    return best if len(dist) > 1 else 0.0


def _street():
    """One straight 1 km street along the x axis."""
    return build_walk_graph([np.array([[0.0, 0.0], [1000.0, 0.0]])], tolerance=0)


def _grid(blocks=5, spacing=100.0):
    lines = []
    for k in range(blocks + 1):
        ticks = np.arange(blocks + 1) * spacing
        lines.append(np.column_stack([ticks, np.full(blocks + 1, k * spacing)]))
        lines.append(np.column_stack([np.full(blocks + 1, k * spacing), ticks]))
    return build_walk_graph(lines, tolerance=0)


def _grid_distances(points, blocks=5, spacing=100.0):
    """Shortest distances between points lying on the grid's streets, from a networkx graph made
    here: corners joined to their neighbours, each point joined to the two corners of its block side."""
    graph = nx.Graph()
    for i, j in itertools.product(range(blocks + 1), repeat=2):
        if i < blocks:
            graph.add_edge((i * spacing, j * spacing), ((i + 1) * spacing, j * spacing), w=spacing)
        if j < blocks:
            graph.add_edge((i * spacing, j * spacing), (i * spacing, (j + 1) * spacing), w=spacing)
    for x, y in points:
        if x % spacing:  # on a street along x
            left = x - x % spacing
            graph.add_edge((x, y), (left, y), w=x - left)
            graph.add_edge((x, y), (left + spacing, y), w=left + spacing - x)
        else:
            low = y - y % spacing
            graph.add_edge((x, y), (x, low), w=y - low)
            graph.add_edge((x, y), (x, low + spacing), w=low + spacing - y)
    return [[nx.shortest_path_length(graph, tuple(a), tuple(b), weight="w") for b in points] for a in points]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("closed", [True, False])
def test_held_karp_equals_brute_force(seed, closed):
    rng = np.random.default_rng(seed)
    size = 1 + seed + 2 * closed  # 1 to 8 nodes
    xy = rng.uniform(0, 1000, (size, 2))
    symmetric = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    asymmetric = rng.uniform(1, 100, (size, size))
    for dist in (symmetric, asymmetric):
        order, length = walkorder.held_karp(dist, closed)
        assert sorted(order) == list(range(size)) and order[0] == 0
        assert length == pytest.approx(_brute_force(dist.tolist(), closed))
        assert walkorder.route_length(dist, order, closed) == pytest.approx(length)


def test_heuristic_finds_the_ring_order_of_points_on_a_circle():
    rng = np.random.default_rng(5)
    angles = rng.permutation(np.linspace(0, 2 * np.pi, 20, endpoint=False))
    xy = np.column_stack([np.cos(angles), np.sin(angles)]) * 100.0
    dist = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    order, length, exact = walkorder.best_order(dist, closed=True)
    assert not exact
    assert length == pytest.approx(20 * 2 * 100.0 * np.sin(np.pi / 20))  # the regular 20-gon
    assert sorted(order) == list(range(20))


def test_heuristic_is_never_longer_than_nearest_neighbour():
    rng = np.random.default_rng(8)
    for closed in (True, False):
        xy = rng.uniform(0, 1000, (30, 2))
        dist = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
        greedy = walkorder.route_length(dist, walkorder.nearest_neighbour(dist), closed)
        order, length, _ = walkorder.best_order(dist, closed)
        assert length <= greedy + 1e-9
        assert sorted(order) == list(range(30)) and order[0] == 0


def _crossings(xy, order):
    """Pairs of legs of the closed walk that cross each other (orientation test)."""
    def turn(a, b, c):
        return np.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]))

    legs = [(xy[a], xy[b]) for a, b in zip(order, order[1:] + order[:1])]
    found = 0
    for (i, (p, q)), (j, (r, t)) in itertools.combinations(enumerate(legs), 2):
        if j - i in (1, len(legs) - 1):
            continue  # neighbours share a stop
        found += turn(p, q, r) != turn(p, q, t) and turn(r, t, p) != turn(r, t, q)
    return found


def test_heuristic_walks_have_no_crossing_legs():
    """A shortest walk in the plane never crosses itself; nearest neighbour alone does here."""
    rng = np.random.default_rng(4)
    xy = rng.uniform(0, 1000, (40, 2))
    dist = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    assert _crossings(xy, walkorder.nearest_neighbour(dist)) > 0
    order, _, _ = walkorder.best_order(dist, closed=True)
    assert _crossings(xy, order) == 0


def test_priority_order_lowest_first_missing_last_ties_in_input_order():
    assert priority_order([3, float("nan"), 1, 3, 2], 5) == [2, 4, 0, 3, 1]
    assert priority_order(None, 3) == [0, 1, 2]


def test_ten_stops_on_a_grid_walk_the_shortest_round_trip():
    rng = np.random.default_rng(21)
    # points in the middle of block sides: on a street, so the snap distance is 0
    points = [(float(rng.integers(0, 5)) * 100 + float(rng.integers(1, 100)), float(rng.integers(0, 6)) * 100)
              for _ in range(10)]
    points = [p if i % 2 else (p[1], p[0]) for i, p in enumerate(points)]
    plan = plan_walk(_grid(), np.array(points), settings=WalkSettings(max_minutes=10000))
    assert plan.exact
    assert plan.total_length_m == pytest.approx(_brute_force(_grid_distances(points), closed=True))
    assert sorted(stop.index for stop in plan.stops) == list(range(10))
    assert plan.stops[0].index == 0  # starts at the first stop
    for leg in plan.legs:  # along the streets: every vertex on a grid line
        assert np.all((leg.xy[:, 0] % 100 < 1e-6) | (leg.xy[:, 1] % 100 < 1e-6))
        assert float(np.hypot(*np.diff(leg.xy, axis=0).T).sum()) == pytest.approx(leg.length_m)
    for first, second in zip(plan.legs[:-1], plan.legs[1:]):
        assert first.xy[-1].tolist() == pytest.approx(second.xy[0].tolist())


def test_arrival_times_distances_and_legs_on_a_street():
    stops = np.array([[0.0, 2.0], [300.0, -3.0], [100.0, 1.0]])
    settings = WalkSettings(walk_speed_kmh=6.0, stop_minutes=5.0, max_minutes=60)
    plan = plan_walk(_street(), stops, settings=settings)
    # both directions of the round trip are 600 m; the times follow the direction taken
    order = [s.index for s in plan.stops]
    assert order in ([0, 2, 1], [0, 1, 2])
    along = [0, 100, 300] if order == [0, 2, 1] else [0, 300, 500]
    assert [s.stop_no for s in plan.stops] == [1, 2, 3]
    assert [s.distance_m for s in plan.stops] == pytest.approx(along)
    assert [s.arrival_min for s in plan.stops] == pytest.approx([0, along[1] / 100 + 5, along[2] / 100 + 10])
    assert [s.snap_m for s in plan.stops] == pytest.approx([2, 1, 3] if order == [0, 2, 1] else [2, 3, 1])
    assert [(leg.from_stop, leg.to_stop) for leg in plan.legs] == [(1, 2), (2, 3), (3, 1)]
    assert [leg.cum_minutes for leg in plan.legs] == pytest.approx(
        [along[1] / 100 + 5, along[2] / 100 + 10, 6 + 15])
    assert plan.total_length_m == pytest.approx(600) and plan.total_minutes == pytest.approx(21)
    assert "0.60 km" in summary(plan, settings) and "21 min" in summary(plan, settings)


def test_an_open_walk_ends_at_the_last_stop():
    stops = np.array([[0.0, 0.0], [300.0, 0.0], [100.0, 0.0]])
    plan = plan_walk(_street(), stops, settings=WalkSettings(round_trip=False, walk_speed_kmh=6.0,
                                                             stop_minutes=5.0))
    assert [s.index for s in plan.stops] == [0, 2, 1]
    assert len(plan.legs) == 2 and plan.total_length_m == pytest.approx(300)
    assert plan.total_minutes == pytest.approx(3 + 15)


def test_a_start_point_that_is_no_stop_is_stop_zero():
    stops = np.array([[100.0, 0.0], [300.0, 0.0]])
    plan = plan_walk(_street(), stops, settings=WalkSettings(**FAST), start_xy=(500.0, 10.0))
    assert not plan.start_is_stop
    assert [s.index for s in plan.stops] == [1, 0] and [s.stop_no for s in plan.stops] == [1, 2]
    assert [(leg.from_stop, leg.to_stop) for leg in plan.legs] == [(0, 1), (1, 2), (2, 0)]
    assert plan.total_length_m == pytest.approx(800)


def test_budget_keeps_the_stops_of_highest_priority_that_fit():
    # 100 m a minute; round trips from x=0: to 100 m 2 min, 200 m 4, 300 m 6, 400 m 8
    stops = np.array([[0.0, 2.0], [400.0, 2.0], [100.0, 2.0], [300.0, 2.0], [200.0, 2.0]])
    priority = [1, 5, 2, 4, 3]
    plan = plan_walk(_street(), stops, priority, WalkSettings(max_minutes=6.5, **FAST))
    assert sorted(s.index for s in plan.stops) == [0, 2, 3, 4]
    assert [d.index for d in plan.dropped] == [1]
    assert "MAX_MINUTES" in plan.dropped[0].reason
    assert plan.total_length_m == pytest.approx(600)


def test_a_far_stop_of_high_priority_gives_way_to_nearer_ones_of_lower_priority():
    stops = np.array([[0.0, 0.0], [400.0, 0.0], [100.0, 0.0]])
    plan = plan_walk(_street(), stops, [1, 2, 3], WalkSettings(max_minutes=5, **FAST))
    assert [s.index for s in plan.stops] == [0, 2]
    assert [d.label for d in plan.dropped] == ["2"]


def test_max_stops_counts_the_start_stop():
    stops = np.array([[x, 0.0] for x in (0.0, 100.0, 200.0, 300.0, 400.0)])
    plan = plan_walk(_street(), stops, settings=WalkSettings(max_stops=3, **FAST))
    assert [s.index for s in plan.stops] in ([0, 1, 2], [0, 2, 1])
    assert [d.index for d in plan.dropped] == [3, 4]
    assert all("MAX_STOPS (3)" in d.reason for d in plan.dropped)


def test_stops_far_from_the_network_or_duplicated_are_left_out_with_reasons():
    stops = np.array([[0.0, 0.0], [500.0, 450.0], [200.0, 5.0], [200.0, 5.0], [np.nan, np.nan]])
    plan = plan_walk(_street(), stops, settings=WalkSettings(max_snap_m=200, **FAST),
                     labels=["a", "b", "c", "d", "e"])
    assert [s.index for s in plan.stops] == [0, 2]
    reasons = {d.label: d.reason for d in plan.dropped}
    assert set(reasons) == {"b", "d", "e"}
    assert "450 m" in reasons["b"] and "MAX_SNAP (200 m)" in reasons["b"]
    assert reasons["d"] == "same place as stop c"
    assert "no geometry" in reasons["e"]
    assert any(note.startswith("Stop b left out") for note in plan.notes)


def test_stops_only_near_a_part_not_connected_to_the_start_are_left_out():
    streets = [np.array([[0.0, 0.0], [1000.0, 0.0]]), np.array([[0.0, 100.0], [1000.0, 100.0]])]
    graph = build_walk_graph(streets, tolerance=1.0)
    stops = np.array([[10.0, 1.0], [500.0, 99.0], [800.0, 0.0]])
    plan = plan_walk(graph, stops, settings=WalkSettings(max_snap_m=50, **FAST))
    assert [s.index for s in plan.stops] == [0, 2]
    assert "not connected to the start" in plan.dropped[0].reason and plan.dropped[0].index == 1
    # with a larger MAX_SNAP it is snapped to the start's street instead, and the log says so
    wider = plan_walk(graph, stops, settings=WalkSettings(max_snap_m=200, **FAST))
    assert sorted(s.index for s in wider.stops) == [0, 1, 2]
    assert [s.snap_m for s in wider.stops if s.index == 1] == pytest.approx([99.0])
    assert any("is not connected to the start" in note for note in wider.notes)


def test_a_single_stop_needs_a_start_point():
    with pytest.raises(InputError, match="only one stop"):
        plan_walk(_street(), np.array([[100.0, 0.0]]))
    plan = plan_walk(_street(), np.array([[100.0, 0.0]]), start_xy=(0.0, 0.0), settings=WalkSettings(**FAST))
    assert len(plan.legs) == 2 and plan.total_length_m == pytest.approx(200)


def test_when_only_the_start_remains_the_message_says_why():
    stops = np.array([[100.0, 0.0], [100.0, 900.0]])
    with pytest.raises(InputError, match="Only one of the 2 stops.*stop 2: 900 m"):
        plan_walk(_street(), stops)


def test_no_usable_stop_and_a_far_start_raise_input_error():
    stops = np.array([[100.0, 900.0], [200.0, 800.0]])
    with pytest.raises(InputError, match="None of the 2 stops"):
        plan_walk(_street(), stops)
    with pytest.raises(InputError, match="start point is 500 m"):
        plan_walk(_street(), np.array([[100.0, 0.0]]), start_xy=(0.0, 500.0))


def test_a_budget_too_small_for_any_stop_raises_input_error():
    stops = np.array([[0.0, 0.0], [1000.0, 0.0]])
    with pytest.raises(InputError, match="MAX_MINUTES .15 min.*takes 20 min"):
        plan_walk(_street(), stops, settings=WalkSettings(max_minutes=15, **FAST))
    with pytest.raises(InputError, match="takes 220 min .100 min at each stop"):
        plan_walk(_street(), stops, settings=WalkSettings(walk_speed_kmh=6.0, stop_minutes=100.0))


def test_many_stops_on_a_ring_are_walked_around_it():
    angles = np.linspace(0, 2 * np.pi, 48, endpoint=False)
    ring = np.column_stack([np.cos(angles), np.sin(angles)]) * 500.0
    graph = build_walk_graph([np.vstack([ring, ring[:1]])], tolerance=0)
    chosen = np.random.default_rng(2).permutation(48)[:16]
    plan = plan_walk(graph, ring[chosen], settings=WalkSettings(max_minutes=10000))
    assert not plan.exact and len(plan.stops) == 16
    assert plan.total_length_m == pytest.approx(48 * 2 * 500.0 * np.sin(np.pi / 48))  # the ring's length


def test_inputs_are_not_changed_and_cancelling_stops_the_planning():
    graph = _grid()
    stops = np.array([[150.0, 0.0], [300.0, 250.0], [420.0, 500.0]])
    copies = [a.copy() for a in (stops, graph.node_xy, graph.edges)]
    plan_walk(graph, stops)
    assert all(np.array_equal(a, b) for a, b in zip(copies, (stops, graph.node_xy, graph.edges)))
    with pytest.raises(WalkCancelled):
        plan_walk(graph, stops, cancelled=lambda: True)


def test_a_round_walk_goes_the_same_way_whatever_the_rounding():
    from est_plugin.core import walkorder

    rng = np.random.default_rng(3)
    points = rng.uniform(0, 1000, (7, 2))
    dist = np.hypot(*(points[:, None, :] - points[None, :, :]).transpose(2, 0, 1))
    order, length, _ = walkorder.best_order(dist, closed=True)
    backwards = [order[0]] + order[:0:-1]
    assert walkorder.canonical_direction(dist, backwards, True) == order
    assert dist[0, order[1]] < dist[0, order[-1]]  # the nearer of the start's two neighbours first
    noisy = dist * (1 + 1e-13 * rng.standard_normal(dist.shape))  # rounding-sized differences
    assert walkorder.best_order((noisy + noisy.T) / 2, closed=True)[0] == order
    open_order = walkorder.best_order(dist, closed=False)[0]
    assert walkorder.canonical_direction(dist, open_order, False) == open_order
