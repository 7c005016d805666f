"""walkgraph: lines joined into a graph, gaps closed, points snapped, chains contracted."""
import itertools

import networkx as nx
import numpy as np
import pytest

from est_plugin.core import walkgraph
from est_plugin.core.errors import InputError
from est_plugin.core.walkgraph import SegmentIndex, build_walk_graph


def _line(*points):
    return np.array(points, dtype=float)


def _node(graph, x, y):
    """The node at (x, y) (asserted to exist)."""
    found = np.flatnonzero(np.hypot(graph.node_xy[:, 0] - x, graph.node_xy[:, 1] - y) < 1e-6)
    assert len(found) == 1, "no node at ({}, {})".format(x, y)
    return int(found[0])


def _nx(graph):
    """The graph as networkx with Euclidean edge lengths, built here from the arrays."""
    result = nx.Graph()
    for u, v in graph.edges.tolist():
        a, b = graph.node_xy[u], graph.node_xy[v]
        result.add_edge(u, v, length=float(np.hypot(*(a - b))))
    return result


def _segment_distance(point, a, b):
    """Distance from a point to the segment a-b, by a direct formula (independent of the code)."""
    ab, ap = b - a, point - a
    t = 0.0 if not ab.any() else min(1.0, max(0.0, float(ap @ ab) / float(ab @ ab)))
    return float(np.hypot(*(point - (a + t * ab))))


def test_lines_sharing_an_interior_vertex_are_joined_there():
    # a T: the side street starts at the middle vertex of the main street
    graph = build_walk_graph([_line((0, 0), (10, 0), (20, 0)), _line((10, 0), (10, 10))], tolerance=0)
    assert len(graph.node_xy) == 4
    assert len(graph.edges) == 3
    assert graph.component_count == 1
    network = _nx(graph)
    assert network.degree(_node(graph, 10, 0)) == 3
    distance = nx.shortest_path_length(network, _node(graph, 0, 0), _node(graph, 10, 10), weight="length")
    assert distance == pytest.approx(20.0)


def test_lines_crossing_without_a_shared_vertex_stay_apart():
    # a bridge over a street: no common vertex, so no junction
    graph = build_walk_graph([_line((0, 0), (20, 0)), _line((10, -10), (10, 10))], tolerance=1.0)
    assert graph.component_count == 2
    assert graph.gaps_closed == 0


@pytest.mark.parametrize("tolerance, parts, gaps", [(1.0, 1, 1), (0.1, 2, 0), (0.0, 2, 0)])
def test_a_half_metre_gap_is_closed_with_tolerance_one_metre_only(tolerance, parts, gaps):
    graph = build_walk_graph([_line((0, 0), (10, 0)), _line((10.5, 0), (20, 0))], tolerance=tolerance)
    assert graph.component_count == parts
    assert graph.gaps_closed == gaps


def test_a_line_ending_short_of_the_middle_of_another_is_joined_there():
    graph = build_walk_graph([_line((0, 0), (10, 0)), _line((5, 0.5), (5, 10))], tolerance=1.0)
    assert graph.component_count == 1
    middle = _node(graph, 5, 0)  # the main street was split where the side street meets it
    network = _nx(graph)
    assert nx.shortest_path_length(network, _node(graph, 0, 0), _node(graph, 5, 10), weight="length") == \
        pytest.approx(5 + 0.5 + 9.5)
    assert network.degree(middle) == 3


def test_no_lines_or_lines_without_two_distinct_points_raise_input_error():
    for lines in ([], [_line((1, 1))], [_line((2, 2), (2, 2), (2, 2))]):
        with pytest.raises(InputError, match="no lines"):
            build_walk_graph(lines, network_name="gator")


def test_parts_are_numbered_by_length_largest_first():
    short = _line((100, 100), (101, 100))
    long = _line((0, 0), (50, 0))
    graph = build_walk_graph([short, long], tolerance=0)
    assert graph.component[_node(graph, 0, 0)] == 0
    assert graph.component[_node(graph, 100, 100)] == 1
    assert graph.component_lengths().tolist() == pytest.approx([50.0, 1.0])


def test_a_point_beside_the_middle_of_a_long_segment_snaps_to_the_middle():
    graph = build_walk_graph([_line((0, 0), (1000, 0))], tolerance=0)
    snap = graph.index.nearest(np.array([[500.0, 30.0]]))
    assert snap.distance[0] == pytest.approx(30.0)
    assert snap.xy[0].tolist() == pytest.approx([500.0, 0.0])
    assert snap.fraction[0] == pytest.approx(0.5)


def test_snapping_finds_the_nearest_segment_of_random_networks():
    rng = np.random.default_rng(11)
    starts = rng.uniform(0, 1000, (300, 2))
    ends = starts + rng.normal(0, 60, (300, 2))
    index = SegmentIndex(np.hstack([starts, ends]))
    points = rng.uniform(-100, 1100, (200, 2))
    snap = index.nearest(points)
    for i, point in enumerate(points):
        expected = min(_segment_distance(point, a, b) for a, b in zip(starts, ends))
        assert snap.distance[i] == pytest.approx(expected, abs=1e-9)
        chosen = snap.edge[i]
        assert _segment_distance(point, starts[chosen], ends[chosen]) == pytest.approx(expected, abs=1e-9)
        assert float(np.hypot(*(snap.xy[i] - point))) == pytest.approx(expected, abs=1e-9)


def test_snapping_within_a_radius_and_not_to_its_own_group():
    index = SegmentIndex(np.array([[0, 0, 10, 0], [0, 5, 10, 5]], dtype=float))
    points = np.array([[5.0, 1.0], [5.0, 100.0], [np.nan, 0.0]])
    snap = index.nearest(points, radius=3.0)
    assert snap.edge.tolist() == [0, -1, -1]
    excluded = index.nearest(points[:1], radius=10.0, groups=(np.array([7]), np.array([7, 8])))
    assert excluded.edge.tolist() == [1]
    assert excluded.distance[0] == pytest.approx(4.0)


def test_split_edges_inserts_points_in_order_and_keeps_the_length():
    node_xy = np.array([[0.0, 0.0], [100.0, 0.0]])
    edges = np.array([[0, 1]])
    before = (node_xy.copy(), edges.copy())
    new_xy, new_edges, parent, nodes = walkgraph.split_edges(node_xy, edges, [0, 0, 0], [0.75, 0.25, 0.0])
    assert np.array_equal(node_xy, before[0]) and np.array_equal(edges, before[1])  # inputs unchanged
    assert nodes[2] == 0  # at the start node: no new node
    assert new_xy[nodes[0]].tolist() == [75.0, 0.0] and new_xy[nodes[1]].tolist() == [25.0, 0.0]
    lengths = sorted(np.hypot(*(new_xy[new_edges[:, 0]] - new_xy[new_edges[:, 1]]).T).tolist())
    assert lengths == pytest.approx([25.0, 25.0, 50.0])
    assert parent.tolist() == [0, 0, 0]


def test_contracted_chains_keep_the_distances_between_kept_nodes():
    rng = np.random.default_rng(3)
    # a grid of streets crossing at shared vertices, with extra vertices along them (chains)
    crossings, lines = np.arange(6) * 100.0, []
    for k in range(6):
        xs = np.unique(np.r_[crossings, rng.uniform(0, 500, 8)])
        ys = np.unique(np.r_[crossings, rng.uniform(0, 500, 8)])
        lines.append(np.column_stack([xs, np.full(len(xs), k * 100.0)]))
        lines.append(np.column_stack([np.full(len(ys), k * 100.0), ys]))
    graph = build_walk_graph(lines, tolerance=0)
    full = _nx(graph)
    keep = np.zeros(len(graph.node_xy), dtype=bool)
    chosen = rng.choice(len(graph.node_xy), 6, replace=False)
    keep[chosen] = True
    small = walkgraph.contract_chains(graph.node_xy, graph.edges, keep)
    assert small.number_of_nodes() < full.number_of_nodes()
    for a, b in itertools.combinations(chosen.tolist(), 2):
        expected = nx.shortest_path_length(full, a, b, weight="length")
        assert nx.shortest_path_length(small, a, b, weight="length") == pytest.approx(expected)
        hops = nx.shortest_path(small, a, b, weight="length")
        walked = []
        for here, there in zip(hops[:-1], hops[1:]):
            edge = small[here][there]
            walked += [here] + (edge["via"] if edge["start"] == here else edge["via"][::-1])
        walked.append(b)
        along = sum(full[u][v]["length"] for u, v in zip(walked[:-1], walked[1:]))
        assert along == pytest.approx(expected)


def test_street_names_come_from_the_line_or_a_named_line_nearby():
    lines = [_line((0, 0), (100, 0)), _line((0, 20), (100, 20)), _line((0, 200), (100, 200))]
    graph = build_walk_graph(lines, names=["Storgatan", None, float("nan")], tolerance=0)
    points = np.array([[50.0, 1.0], [50.0, 19.0], [50.0, 199.0]])
    snap = graph.index.nearest(points)
    assert walkgraph.street_names(graph, snap.xy, snap.edge) == ["Storgatan", "Storgatan", None]


@pytest.mark.parametrize("names, expected", [(["fid", "NAMN", "typ"], "NAMN"), (["Gatunamn"], "Gatunamn"),
                                             (["osm_id", "name", "highway"], "name"), (["id", "typ"], None)])
def test_guess_name_field(names, expected):
    assert walkgraph.guess_name_field(names) == expected


def test_network_summary_names_the_size_and_parts():
    graph = build_walk_graph([_line((0, 0), (10, 0)), _line((10.5, 0), (20, 0)), _line((50, 50), (60, 50))],
                             tolerance=1.0)
    line = walkgraph.network_summary(graph, 1.0)
    assert "2 connected parts" in line and "1 gaps" in line
    assert "{} nodes".format(len(graph.node_xy)) in line and "{} edges".format(len(graph.edges)) in line
