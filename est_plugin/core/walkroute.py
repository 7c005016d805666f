"""A safety walk through chosen stops on a walking network.

Stops are taken in priority order. Each is snapped to the nearest point of the part of the network
that holds the start; stops without a geometry, at the same place as a stop of higher priority,
farther than MAX_SNAP from the network or only near a part not connected to the start are left
out and listed. Network distances between the start and the stops come from Dijkstra's algorithm;
the stops of highest priority that fit the time budget are kept (each one in turn, if the best walk
through it and those kept before still fits) and visited in the shortest order (see walkorder).
"""
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import networkx as nx
import numpy as np

from .errors import EstError, InputError
from .messages import text
from .walkgraph import ROUND_M, Snap, WalkGraph, contract_chains, split_edges, street_names
from .walkorder import EXACT_LIMIT, best_order, cheapest_insertion

DUPLICATE_M = 0.01  # stops closer than this are at the same place
REASONS_SHOWN = 3  # dropped stops named in an error message


class WalkCancelled(EstError):
    """The user cancelled the planning."""


@dataclass(frozen=True)
class WalkSettings:
    """The rules of a walk: back to the start or not, the time budget and the snapping distance."""

    round_trip: bool = True
    max_minutes: float = 90.0
    walk_speed_kmh: float = 4.0
    stop_minutes: float = 5.0
    max_snap_m: float = 200.0
    max_stops: int = 0  # 0: no limit

    def minutes(self, length_m: float, stops: int) -> float:
        """Minutes to walk ``length_m`` metres and spend STOP_MINUTES at each of ``stops`` stops."""
        return length_m / (self.walk_speed_kmh * 1000.0 / 60.0) + stops * self.stop_minutes


@dataclass(frozen=True)
class RouteStop:
    """A visited stop: its position in the input, number in walking order and where it lies."""

    index: int
    stop_no: int
    arrival_min: float
    distance_m: float
    snap_m: float
    street: Optional[str]


@dataclass(frozen=True, eq=False)
class RouteLeg:
    """The way between two consecutive stops (stop number 0 is a START point that is no stop)."""

    leg_no: int
    from_stop: int
    to_stop: int
    length_m: float
    cum_length_m: float
    cum_minutes: float
    xy: np.ndarray


@dataclass(frozen=True)
class DroppedStop:
    """A stop left out, with its label and the reason in words."""

    index: int
    label: str
    reason: str


@dataclass(frozen=True, eq=False)
class WalkPlan:
    """The planned walk: stops in walking order, legs, stops left out, totals and log notes."""

    stops: Tuple[RouteStop, ...]
    legs: Tuple[RouteLeg, ...]
    dropped: Tuple[DroppedStop, ...]
    total_length_m: float
    total_minutes: float
    exact: bool
    start_xy: np.ndarray
    start_is_stop: bool
    notes: Tuple[str, ...]


@dataclass(frozen=True, eq=False)
class _Start:
    xy: np.ndarray
    stop: Optional[int]  # the stop the walk starts at; None for a START point
    component: int
    snap: Snap  # of the START point (one row); unused when the walk starts at a stop


def _m(value: float) -> str:
    return "{:.1f}".format(value) if value < 10 else "{:.0f}".format(value)


def priority_order(priority: Optional[Sequence[float]], count: int) -> List[int]:
    """Stop positions by priority: lowest value first, missing values last, ties in input order."""
    if priority is None:
        return list(range(count))
    values = np.asarray(priority, dtype=float)
    missing = np.isnan(values)
    return np.lexsort((np.arange(count), np.where(missing, 0.0, values), missing)).tolist()


def plan_walk(graph: WalkGraph, stops_xy: np.ndarray, priority: Optional[Sequence[float]] = None,
              settings: Optional[WalkSettings] = None, start_xy: Optional[Sequence[float]] = None,
              labels: Optional[Sequence[str]] = None,
              progress: Optional[Callable[[float], None]] = None,
              cancelled: Optional[Callable[[], bool]] = None) -> WalkPlan:
    """Plan the walk through ``stops_xy`` (metres, the network's CRS); see the module's text.

    ``labels`` name the stops in messages (default 1, 2, ...). The walk starts at ``start_xy``,
    or else at the usable stop of highest priority. Raises InputError when no walk is possible.
    """
    settings = settings if settings is not None else WalkSettings()
    points = np.asarray(stops_xy, dtype=float).reshape(-1, 2)
    labels = [str(label) for label in labels] if labels is not None else \
        [str(i + 1) for i in range(len(points))]
    order = priority_order(priority, len(points))
    dropped: Dict[int, str] = {}
    notes: List[str] = []
    _drop_missing_and_duplicates(points, order, labels, dropped)
    snap_any = graph.index.nearest(points)
    _drop_far(snap_any, order, dropped, settings)
    start = _find_start(graph, points, order, dropped, snap_any, start_xy, settings, labels)
    snap = _snap_connected(graph, points, start, snap_any, dropped, labels, settings, notes)
    visits = _visits(order, dropped, start, settings)
    _check_enough(visits, start, len(points), dropped, labels)
    node_xy, edges, nodes = _with_terminals(graph, start, snap, visits)
    budget_m = settings.max_minutes * settings.walk_speed_kmh * 1000.0 / 60.0
    ways = network_distances(node_xy, edges, nodes, budget_m, progress, cancelled)
    walk, length, exact, rejected = select_within_budget(ways.matrix, settings, start.stop is not None)
    for terminal in rejected:
        dropped[visits[terminal - 1]] = text("route_drop_budget",
                                             max_minutes="{:g}".format(settings.max_minutes))
    stop_of = [start.stop] + visits  # the stop at each terminal (None for a START point)
    legs, arrivals = _legs(ways, node_xy, walk, settings, start.stop is not None)
    stops = _route_stops(graph, snap, walk, stop_of, arrivals)
    notes += _closing_notes(stops, exact, len(walk) - 1)
    gone = tuple(DroppedStop(i, labels[i], dropped[i]) for i in order if i in dropped)
    notes = [text("route_note_dropped", stop=d.label, reason=d.reason) for d in gone] + notes
    return WalkPlan(stops, tuple(legs), gone, length, settings.minutes(length, len(stops)), exact,
                    start.xy, start.stop is not None, tuple(notes))


def _drop_missing_and_duplicates(points, order, labels, dropped) -> None:
    seen: Dict[Tuple[int, int], int] = {}
    for i in order:
        if not np.isfinite(points[i]).all():
            dropped[i] = text("route_drop_no_point")
            continue
        key = tuple(np.round(points[i] / DUPLICATE_M).astype(np.int64).tolist())
        if key in seen:
            dropped[i] = text("route_drop_duplicate", stop=labels[seen[key]])
        else:
            seen[key] = i


def _drop_far(snap: Snap, order, dropped, settings: WalkSettings) -> None:
    for i in order:
        if i not in dropped and not snap.distance[i] <= settings.max_snap_m:
            dropped[i] = text("route_drop_far", distance=_m(snap.distance[i]),
                              max_snap="{:g}".format(settings.max_snap_m))


def _component_of(graph: WalkGraph, edge: int) -> int:
    return int(graph.component[graph.edges[edge, 0]])


def _find_start(graph, points, order, dropped, snap_any, start_xy, settings, labels) -> _Start:
    """The START point (snapped; InputError when too far) or the first usable stop."""
    if start_xy is not None:
        xy = np.asarray(start_xy, dtype=float).reshape(2)
        snap = graph.index.nearest(xy.reshape(1, 2))
        if not snap.distance[0] <= settings.max_snap_m:
            raise InputError(text("route_start_far", distance=_m(snap.distance[0]),
                                  max_snap="{:g}".format(settings.max_snap_m)))
        return _Start(xy, None, _component_of(graph, int(snap.edge[0])), snap)
    usable = [i for i in order if i not in dropped]
    if not usable:
        raise InputError(text("route_no_usable_stops", total=len(points),
                              reasons=_reasons(order, dropped, labels)))
    first = usable[0]
    return _Start(points[first], first, _component_of(graph, int(snap_any.edge[first])), snap_any)


def _snap_connected(graph, points, start, snap_any, dropped, labels, settings, notes) -> Snap:
    """Snaps onto the start's part of the network; stops with no line of it within MAX_SNAP leave."""
    in_part = graph.component[graph.edges[graph.index.ids, 0]] == start.component
    if in_part.all():
        return snap_any
    snap = graph.index.subset(in_part).nearest(points)
    for i in range(len(points)):
        if i in dropped:
            continue
        if not snap.distance[i] <= settings.max_snap_m:
            dropped[i] = text("route_drop_disconnected", distance=_m(snap_any.distance[i]))
        elif snap.distance[i] > snap_any.distance[i] + ROUND_M:
            notes.append(text("route_note_resnapped", stop=labels[i], nearest=_m(snap_any.distance[i]),
                              distance=_m(snap.distance[i])))
    return snap


def _visits(order, dropped, start: _Start, settings: WalkSettings) -> List[int]:
    """The stops to route to besides a start stop, by priority, at most MAX_STOPS in all."""
    usable = [i for i in order if i not in dropped]
    if settings.max_stops > 0:
        for i in usable[settings.max_stops:]:
            dropped[i] = text("route_drop_max_stops", max_stops=settings.max_stops)
        usable = usable[:settings.max_stops]
    return [i for i in usable if i != start.stop]


def _check_enough(visits, start: _Start, total: int, dropped, labels) -> None:
    if visits:
        return
    if start.stop is None:
        raise InputError(text("route_no_usable_stops", total=total,
                              reasons=_reasons(range(total), dropped, labels)))
    if total == 1:
        raise InputError(text("route_one_stop"))
    raise InputError(text("route_too_few_stops", total=total,
                          reasons=_reasons(range(total), dropped, labels)))


def _reasons(order, dropped, labels) -> str:
    items = [text("route_reason_item", stop=labels[i], reason=dropped[i]) for i in order if i in dropped]
    return "; ".join(items[:REASONS_SHOWN]) + ("; …" if len(items) > REASONS_SHOWN else "")


def _with_terminals(graph: WalkGraph, start: _Start, snap: Snap, visits: List[int]):
    """Node coordinates and edges with the start and the stops inserted as nodes, and the node of
    each terminal (0: the start, then ``visits``)."""
    stops = visits if start.stop is None else [start.stop] + visits
    edges = np.r_[start.snap.edge[:1] if start.stop is None else [], snap.edge[stops]].astype(np.int64)
    fractions = np.r_[start.snap.fraction[:1] if start.stop is None else [], snap.fraction[stops]]
    node_xy, split, _parent, point_nodes = split_edges(graph.node_xy, graph.edges, edges, fractions)
    return node_xy, split, point_nodes.tolist()


@dataclass(frozen=True, eq=False)
class NetworkDistances:
    """Shortest distances between terminals, with the ways behind them on a contracted graph."""

    matrix: np.ndarray
    graph: nx.Graph
    paths: Dict[Tuple[int, int], List[int]]

    def way(self, first: int, second: int) -> List[int]:
        """The nodes of the full network along the shortest way from one terminal to another."""
        hops = self.paths[(first, second)] if (first, second) in self.paths else \
            self.paths[(second, first)][::-1]
        nodes = [hops[0]]
        for here, there in zip(hops[:-1], hops[1:]):
            edge = self.graph[here][there]
            nodes += (edge["via"] if edge["start"] == here else edge["via"][::-1]) + [there]
        return nodes


def network_distances(node_xy: np.ndarray, edges: np.ndarray, nodes: Sequence[int],
                      cutoff: Optional[float] = None,
                      progress: Optional[Callable[[float], None]] = None,
                      cancelled: Optional[Callable[[], bool]] = None) -> NetworkDistances:
    """Network distances (metres) between ``nodes``: a networkx Dijkstra search from each on the
    graph with its chains contracted; inf where there is no way. Searches from all but the first
    node stop at ``cutoff`` (a leg longer than the whole budget is never walked); the first
    node's row is complete, to say how far the nearest stop is."""
    keep = np.zeros(len(node_xy), dtype=bool)
    keep[list(nodes)] = True
    network = contract_chains(node_xy, edges, keep)
    matrix = np.full((len(nodes), len(nodes)), np.inf)
    np.fill_diagonal(matrix, 0.0)
    paths: Dict[Tuple[int, int], List[int]] = {}
    for row in range(len(nodes) - 1):
        if cancelled is not None and cancelled():
            raise WalkCancelled(text("route_cancelled"))
        previous, reached = nx.dijkstra_predecessor_and_distance(network, nodes[row], cutoff if row else None,
                                                                 "length")
        for column in range(row + 1, len(nodes)):
            if nodes[column] in reached:
                matrix[row, column] = matrix[column, row] = reached[nodes[column]]
                paths[(row, column)] = _path_back(previous, nodes[row], nodes[column])
        if progress is not None:
            progress((row + 1) / (len(nodes) - 1))
    return NetworkDistances(matrix, network, paths)


def _path_back(previous: Dict[int, List[int]], source: int, target: int) -> List[int]:
    hops = [target]
    while hops[-1] != source:
        hops.append(previous[hops[-1]][0])
    return hops[::-1]


def select_within_budget(dist: np.ndarray, settings: WalkSettings, start_is_stop: bool):
    """(order, length, exact, left out): terminals 1.. are taken in turn (priority order), each
    kept when the best walk through it and those kept before fits MAX_MINUTES."""
    closed, base = settings.round_trip, int(start_is_stop)
    fits = lambda length, visits: settings.minutes(length, visits + base) <= settings.max_minutes + 1e-9  # noqa: E731
    order, length, exact = best_order(dist, closed)
    if fits(length, len(dist) - 1):
        return order, length, exact, []
    chosen, order, length, exact, rejected = [0], [0], 0.0, True, []
    for terminal in range(1, len(dist)):
        trial = chosen + [terminal]
        position = {node: place for place, node in enumerate(trial)}
        sub = dist[np.ix_(trial, trial)]
        initial = cheapest_insertion(sub, [position[node] for node in order], len(trial) - 1, closed)
        sub_order, sub_length, sub_exact = best_order(sub, closed, initial)
        if fits(sub_length, len(trial) - 1):
            chosen, order, length, exact = trial, [trial[i] for i in sub_order], sub_length, sub_exact
        else:
            rejected.append(terminal)
    if len(chosen) == 1:
        raise InputError(_budget_message(dist, settings, base))
    return order, length, exact, rejected


def _budget_message(dist: np.ndarray, settings: WalkSettings, base: int) -> str:
    there_and_back = dist[0, 1:] + (dist[1:, 0] if settings.round_trip else 0.0)
    needed = settings.minutes(float(there_and_back.min()), 1 + base)
    return text("route_budget", max_minutes="{:g}".format(settings.max_minutes),
                needed="{:.0f}".format(np.ceil(needed)), stop_minutes="{:g}".format(settings.stop_minutes),
                speed="{:g}".format(settings.walk_speed_kmh))


def _legs(ways: NetworkDistances, node_xy, walk, settings: WalkSettings, start_is_stop: bool):
    """The legs along the network, and (distance, arrival minutes) at each position of ``walk``."""
    base = int(start_is_stop)
    number = lambda position: position + base if position < len(walk) else base  # noqa: E731
    path = list(walk) + ([walk[0]] if settings.round_trip else [])
    per_minute = settings.walk_speed_kmh * 1000.0 / 60.0
    legs, arrivals, total = [], [(0.0, 0.0)], 0.0
    for position in range(1, len(path)):
        a, b = path[position - 1], path[position]
        way = ways.way(a, b)
        way = way if len(way) > 1 else way * 2  # two stops at one place: a line of two equal points
        total += float(ways.matrix[a, b])
        minutes = total / per_minute + settings.stop_minutes * (position - 1 + base)
        arrivals.append((total, minutes))
        legs.append(RouteLeg(position, number(position - 1), number(position), float(ways.matrix[a, b]),
                             total, minutes, node_xy[way]))
    return legs, arrivals


def _route_stops(graph: WalkGraph, snap: Snap, walk, stop_of, arrivals) -> Tuple[RouteStop, ...]:
    """The visited stops numbered in walking order, with arrival, distance and street."""
    visited = [(position, stop_of[t]) for position, t in enumerate(walk) if stop_of[t] is not None]
    indexes = [i for _, i in visited]
    names = street_names(graph, snap.xy[indexes], snap.edge[indexes])
    return tuple(RouteStop(i, number, arrivals[position][1], arrivals[position][0],
                           float(snap.distance[i]), name)
                 for number, ((position, i), name) in enumerate(zip(visited, names), 1))


def _closing_notes(stops: Tuple[RouteStop, ...], exact: bool, visits: int) -> List[str]:
    snaps = np.array([stop.snap_m for stop in stops])
    notes = [text("route_note_snap", count=len(stops), mean=_m(float(snaps.mean())),
                  max=_m(float(snaps.max())))]
    if exact:
        notes.append(text("route_note_order_exact", count=visits))
    else:
        notes.append(text("route_note_order_heuristic", limit=EXACT_LIMIT))
    return notes


def summary(plan: WalkPlan, settings: WalkSettings) -> str:
    """One log line: stops, length, duration and the stops left out."""
    walking = settings.minutes(plan.total_length_m, 0)
    dropped = ", ".join(stop.label for stop in plan.dropped) or text("route_none")
    return text("route_summary", stops=len(plan.stops), km="{:.2f}".format(plan.total_length_m / 1000.0),
                minutes="{:.0f}".format(plan.total_minutes), walking="{:.0f}".format(walking),
                at_stops="{:g}".format(len(plan.stops) * settings.stop_minutes),
                trip=text("route_trip_round" if settings.round_trip else "route_trip_open"), dropped=dropped)
