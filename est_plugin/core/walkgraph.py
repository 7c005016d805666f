"""The walking network: straight segments joined into a graph, and points snapped onto it.

Lines are joined wherever they share a vertex, not only at their ends. A line end that stops short
of another line by at most ``tolerance`` metres is joined to the nearest point of that line by a
short connector (the line is split there); crossings without a shared vertex (bridges, tunnels)
stay apart. Points are snapped to the nearest point of the nearest segment, found with a KD-tree
over the midpoints of pieces at most PIECE_M long, so a stop beside the middle of a long segment
snaps to that middle rather than to a vertex. Coordinates are metres in a projected CRS.
"""
from dataclasses import dataclass
from itertools import chain
from typing import Optional, Sequence, Tuple

import networkx as nx
import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from .errors import InputError
from .messages import text

ROUND_M = 0.001  # vertices closer than this are one node; split points closer than this are one
PIECE_M = 10.0  # segments are indexed by the midpoints of pieces at most this long
STREET_RADIUS_M = 30.0  # an unnamed path takes the name of a named line this close, if any
NAME_FIELDS = ("name", "namn", "gatunamn", "gatunamn_text", "street", "street_name", "streetname",
               "gata", "gatu_namn", "vagnamn", "vägnamn", "road_name", "roadname", "adress", "address")


@dataclass(frozen=True, eq=False)
class Snap:
    """For each query point: the edge it snaps to (-1: none within reach), the fraction along the
    edge from its first node, the distance and the snapped point."""

    edge: np.ndarray
    fraction: np.ndarray
    distance: np.ndarray
    xy: np.ndarray


def _project(points: np.ndarray, segments: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Fraction along, distance to and position of the nearest point of each segment (row-wise)."""
    start, vector = segments[:, :2], segments[:, 2:] - segments[:, :2]
    squared = (vector ** 2).sum(axis=1)
    along = ((points - start) * vector).sum(axis=1) / np.where(squared > 0, squared, 1.0)
    fraction = np.clip(np.where(squared > 0, along, 0.0), 0.0, 1.0)
    nearest = start + fraction[:, None] * vector
    return fraction, np.hypot(*(points - nearest).T), nearest


class SegmentIndex:
    """Straight segments (x0, y0, x1, y1), each known by an id, indexed for nearest-point queries."""

    def __init__(self, coords: np.ndarray, ids: Optional[np.ndarray] = None):
        self.coords = np.asarray(coords, dtype=float).reshape(-1, 4)
        self.ids = np.arange(len(self.coords)) if ids is None else np.asarray(ids, dtype=np.int64)
        lengths = np.hypot(self.coords[:, 2] - self.coords[:, 0], self.coords[:, 3] - self.coords[:, 1])
        pieces = np.maximum(1, np.ceil(lengths / PIECE_M)).astype(np.int64)
        self.piece_segment = np.repeat(np.arange(len(self.coords)), pieces)
        within = np.arange(len(self.piece_segment)) - np.repeat(np.cumsum(pieces) - pieces, pieces)
        fraction = (within + 0.5) / pieces[self.piece_segment]
        start = self.coords[self.piece_segment, :2]
        middles = start + fraction[:, None] * (self.coords[self.piece_segment, 2:] - start)
        self.tree = cKDTree(middles) if len(middles) else None
        # a segment's nearest point lies within half a piece of some piece's midpoint
        self.reach = float((lengths / pieces).max() / 2.0) if len(lengths) else 0.0

    def subset(self, keep: np.ndarray) -> "SegmentIndex":
        """An index of the segments where ``keep`` (over this index's segments) is true."""
        return SegmentIndex(self.coords[keep], self.ids[keep])

    def nearest(self, points: np.ndarray, radius: Optional[float] = None,
                groups: Optional[Tuple[np.ndarray, np.ndarray]] = None) -> Snap:
        """The nearest point on the nearest segment for each point (ids in ``Snap.edge``).

        ``radius``: only segments this close count (default: any distance). ``groups``: (group of
        each point, group of each segment id); a point never snaps to a segment of its own group.
        Ties go to the lowest id. Points with NaN coordinates get edge -1.
        """
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        count = len(points)
        snap = Snap(np.full(count, -1, np.int64), np.full(count, np.nan), np.full(count, np.inf),
                    np.full((count, 2), np.nan))
        finite = np.flatnonzero(np.isfinite(points).all(axis=1))
        if self.tree is None or not len(finite):
            return snap
        if radius is None:
            reach = self.tree.query(points[finite])[0] + self.reach
        else:
            reach = np.full(len(finite), float(radius) + self.reach)
        query, segment = self._candidates(points[finite], reach)
        query = finite[query]
        fraction, distance, xy = _project(points[query], self.coords[segment])
        keep = np.ones(len(query), dtype=bool) if radius is None else distance <= radius
        if groups is not None:
            keep &= np.asarray(groups[0])[query] != np.asarray(groups[1])[self.ids[segment]]
        query, segment, fraction, distance, xy = (a[keep] for a in (query, segment, fraction, distance, xy))
        order = np.lexsort((self.ids[segment], distance, query))
        best = order[np.r_[True, query[order][1:] != query[order][:-1]]] if len(order) else order
        snap.edge[query[best]] = self.ids[segment[best]]
        snap.fraction[query[best]] = fraction[best]
        snap.distance[query[best]] = distance[best]
        snap.xy[query[best]] = xy[best]
        return snap

    def _candidates(self, points: np.ndarray, reach: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """Distinct (point, segment) pairs with a piece midpoint within ``reach`` of the point."""
        found = self.tree.query_ball_point(points, reach)
        counts = np.fromiter((len(pieces) for pieces in found), dtype=np.int64, count=len(found))
        pieces = np.fromiter(chain.from_iterable(found), dtype=np.int64, count=int(counts.sum()))
        pairs = np.column_stack([np.repeat(np.arange(len(points)), counts), self.piece_segment[pieces]])
        pairs = np.unique(pairs, axis=0) if len(pairs) else pairs.reshape(0, 2)
        return pairs[:, 0], pairs[:, 1]


@dataclass(frozen=True, eq=False)
class WalkGraph:
    """The network as arrays: nodes, straight edges (line pieces and gap connectors), the connected
    part of every node (0 = the part with the most length) and an index of the line edges."""

    node_xy: np.ndarray
    edges: np.ndarray
    name: np.ndarray
    is_line: np.ndarray
    component: np.ndarray
    index: SegmentIndex
    gaps_closed: int

    @property
    def length(self) -> np.ndarray:
        """Length of every edge in metres."""
        return edge_lengths(self.node_xy, self.edges)

    @property
    def component_count(self) -> int:
        """The number of connected parts."""
        return int(self.component.max()) + 1 if len(self.component) else 0

    def component_lengths(self) -> np.ndarray:
        """Total edge length of each connected part, largest first."""
        parts = self.component[self.edges[:, 0]]
        return np.bincount(parts, weights=self.length, minlength=self.component_count)


def edge_lengths(node_xy: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Straight-line length of each edge."""
    vector = node_xy[edges[:, 1]] - node_xy[edges[:, 0]]
    return np.hypot(vector[:, 0], vector[:, 1])


def _edge_coords(node_xy: np.ndarray, edges: np.ndarray) -> np.ndarray:
    return np.hstack([node_xy[edges[:, 0]], node_xy[edges[:, 1]]])


def build_walk_graph(lines: Sequence[np.ndarray], names: Optional[Sequence[Optional[str]]] = None,
                     tolerance: float = 1.0, network_name: str = "") -> WalkGraph:
    """The graph of ``lines`` (arrays of x, y vertices in metres; ``names`` their street names).

    Raises InputError when no line has two distinct vertices.
    """
    segments, line_of = _line_segments(lines)
    node_xy, edges = _shared_nodes(segments)
    keep = edges[:, 0] != edges[:, 1]
    edges, line_of = edges[keep], line_of[keep]
    if not len(edges):
        raise InputError(text("route_no_lines", name=network_name))
    node_xy, edges = _drop_unused_nodes(node_xy, edges)
    node_xy, edges, parent, connectors = _close_gaps(node_xy, edges, line_of, tolerance)
    line_names = np.empty(len(lines), dtype=object)
    line_names[:] = [None] * len(lines) if names is None else [_clean_name(name) for name in names]
    edge_name = np.concatenate([line_names[line_of[parent]], np.full(len(connectors), None, dtype=object)])
    all_edges = np.vstack([edges, connectors]).astype(np.int64)
    is_line = np.r_[np.ones(len(edges), bool), np.zeros(len(connectors), bool)]
    index = SegmentIndex(_edge_coords(node_xy, edges), np.arange(len(edges)))
    component = _components(node_xy, all_edges)
    return WalkGraph(node_xy, all_edges, edge_name, is_line, component, index, len(connectors))


def _clean_name(value) -> Optional[str]:
    """A street name as text, or None for missing values (None, NaN, empty)."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    name = str(value).strip()
    return name or None


def _line_segments(lines: Sequence[np.ndarray]) -> Tuple[np.ndarray, np.ndarray]:
    """Segments (x0, y0, x1, y1) between consecutive finite vertices of each line, and their line."""
    arrays = [np.asarray(line, dtype=float).reshape(-1, 2) for line in lines]
    if not arrays or not sum(len(a) for a in arrays):
        return np.empty((0, 4)), np.empty(0, np.int64)
    vertices = np.concatenate(arrays)
    line_of = np.repeat(np.arange(len(arrays)), [len(a) for a in arrays])
    finite = np.isfinite(vertices).all(axis=1)
    vertices, line_of = vertices[finite], line_of[finite]
    same = line_of[:-1] == line_of[1:]
    return np.hstack([vertices[:-1][same], vertices[1:][same]]), line_of[:-1][same]


def _shared_nodes(segments: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Nodes (vertices equal to ROUND_M are one node, at the first one's position) and edges."""
    vertices = segments.reshape(-1, 2)
    if not len(vertices):
        return np.empty((0, 2)), np.empty((0, 2), np.int64)
    keys = np.round(vertices / ROUND_M).astype(np.int64)
    _, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    return vertices[first], inverse.reshape(-1, 2)


def _drop_unused_nodes(node_xy: np.ndarray, edges: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    used, inverse = np.unique(edges, return_inverse=True)
    return node_xy[used], inverse.reshape(-1, 2)


def _close_gaps(node_xy: np.ndarray, edges: np.ndarray, line_of: np.ndarray, tolerance: float):
    """Join each dangling line end to the nearest point of another line within ``tolerance``.

    Returns nodes, line edges (split where a connector meets a line), the original edge of each
    line edge, and the connectors (node pairs).
    """
    no_connectors = np.empty((0, 2), np.int64)
    degree = np.bincount(edges.ravel(), minlength=len(node_xy))
    ends = np.flatnonzero(degree == 1)
    if tolerance <= 0 or not len(ends):
        return node_xy, edges, np.arange(len(edges)), no_connectors
    incident = np.empty(len(node_xy), np.int64)
    incident[edges[:, 1]] = np.arange(len(edges))
    incident[edges[:, 0]] = np.arange(len(edges))
    index = SegmentIndex(_edge_coords(node_xy, edges))
    snap = index.nearest(node_xy[ends], radius=tolerance, groups=(line_of[incident[ends]], line_of))
    found = snap.edge >= 0
    node_xy, edges, parent, targets = split_edges(node_xy, edges, snap.edge[found], snap.fraction[found])
    connectors = np.sort(np.column_stack([ends[found], targets]), axis=1)
    connectors = np.unique(connectors[connectors[:, 0] != connectors[:, 1]], axis=0)
    return node_xy, edges, parent, connectors.reshape(-1, 2).astype(np.int64)


def split_edges(node_xy: np.ndarray, edges: np.ndarray, edge_ids: np.ndarray, fractions: np.ndarray):
    """Insert points (an edge and a fraction along it each) as nodes, splitting their edges.

    Returns (node_xy, edges, parent, point_nodes): new nodes appended, each split edge replaced by
    a chain through its points in order, the original edge of every edge, and the node of each
    point (an existing end node when the point is within ROUND_M of it). Inputs are not changed.
    """
    edge_ids = np.asarray(edge_ids, dtype=np.int64)
    fractions = np.asarray(fractions, dtype=float)
    first, last = edges[edge_ids, 0], edges[edge_ids, 1]
    total = edge_lengths(node_xy, edges[edge_ids])
    along = fractions * total
    point_nodes = np.where(along < ROUND_M, first, np.where(total - along < ROUND_M, last, -1))
    inner = np.flatnonzero(point_nodes < 0)
    if not len(inner):
        return node_xy, edges, np.arange(len(edges)), point_nodes
    keys = np.column_stack([edge_ids[inner], np.round(along[inner] / ROUND_M).astype(np.int64)])
    keys, first_of_key, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    new_nodes = len(node_xy) + np.arange(len(keys))
    point_nodes = point_nodes.copy()
    point_nodes[inner] = new_nodes[inverse.reshape(-1)]
    chosen = inner[first_of_key]
    start = node_xy[first[chosen]]
    new_xy = start + fractions[chosen][:, None] * (node_xy[last[chosen]] - start)
    edge = keys[:, 0]
    opens = np.r_[True, edge[1:] != edge[:-1]]
    closes = np.r_[edge[1:] != edge[:-1], True]
    previous = np.where(opens, edges[edge, 0], np.r_[-1, new_nodes[:-1]])
    kept = np.ones(len(edges), dtype=bool)
    kept[edge] = False
    new_edges = np.vstack([edges[kept], np.column_stack([previous, new_nodes]),
                           np.column_stack([new_nodes[closes], edges[edge[closes], 1]])])
    parent = np.concatenate([np.flatnonzero(kept), edge, edge[closes]])
    return np.vstack([node_xy, new_xy]), new_edges, parent, point_nodes


def _components(node_xy: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Connected part of each node, numbered by total edge length, largest first."""
    count = len(node_xy)
    matrix = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(count, count))
    parts, labels = connected_components(matrix, directed=False)
    lengths = np.bincount(labels[edges[:, 0]], weights=edge_lengths(node_xy, edges), minlength=parts)
    rank = np.empty(parts, np.int64)
    rank[np.lexsort((np.arange(parts), -lengths))] = np.arange(parts)
    return rank[labels]


def contract_chains(node_xy: np.ndarray, edges: np.ndarray, keep: np.ndarray) -> nx.Graph:
    """A smaller graph with the same distances between the kept nodes: every chain of nodes with
    two neighbours (that are not in ``keep``) becomes one edge with the chain's ``length``, the
    nodes it passes (``via``, in order from node ``start``)."""
    pairs = np.unique(np.sort(edges, axis=1), axis=0)
    lengths = edge_lengths(node_xy, pairs)
    ends, others = np.r_[pairs[:, 0], pairs[:, 1]], np.r_[pairs[:, 1], pairs[:, 0]]
    order = np.argsort(ends, kind="stable")
    pointer = np.searchsorted(ends[order], np.arange(len(node_xy) + 1))
    kept = np.asarray(keep, dtype=bool) | (np.diff(pointer) != 2)
    neighbour, weight = others[order].tolist(), np.r_[lengths, lengths][order].tolist()
    pointer, is_kept = pointer.tolist(), kept.tolist()
    graph = nx.Graph()
    graph.add_nodes_from(np.flatnonzero(kept).tolist())
    for node in np.flatnonzero(kept).tolist():
        for first in range(pointer[node], pointer[node + 1]):
            previous, current, total, via = node, neighbour[first], weight[first], []
            while not is_kept[current]:
                via.append(current)
                step = pointer[current] + (neighbour[pointer[current]] == previous)
                previous, current, total = current, neighbour[step], total + weight[step]
            if current != node and total < graph.get_edge_data(node, current, {"length": np.inf})["length"]:
                graph.add_edge(node, current, length=total, via=via, start=node)
    return graph


def street_names(graph: WalkGraph, points: np.ndarray, edges: np.ndarray,
                 radius: float = STREET_RADIUS_M) -> list:
    """The street name of each point: its edge's name, else that of the nearest named line within
    ``radius``, else None."""
    names = [graph.name[edge] if edge >= 0 else None for edge in np.asarray(edges)]
    missing = [i for i, name in enumerate(names) if not name]
    named = np.array([bool(graph.name[i]) for i in graph.index.ids], dtype=bool)
    if missing and named.any():
        snap = graph.index.subset(named).nearest(np.asarray(points)[missing], radius=radius)
        for i, edge in zip(missing, snap.edge):
            names[i] = graph.name[edge] if edge >= 0 else None
    return [name if name else None for name in names]


def guess_name_field(field_names: Sequence[str]) -> Optional[str]:
    """The field that most likely holds street names (name, namn, gatunamn, street, ...), or None."""
    lowered = {name.lower(): name for name in field_names}
    return next((lowered[candidate] for candidate in NAME_FIELDS if candidate in lowered), None)


def network_summary(graph: WalkGraph, tolerance: float) -> str:
    """One log line: nodes, edges, connected parts and gaps closed."""
    lengths = graph.component_lengths()
    share = 100.0 * lengths[0] / lengths.sum() if lengths.sum() > 0 else 100.0
    return text("route_note_network", nodes=len(graph.node_xy), edges=len(graph.edges),
                parts=graph.component_count, share="{:.1f}".format(share), gaps=graph.gaps_closed,
                tolerance="{:g}".format(tolerance))
