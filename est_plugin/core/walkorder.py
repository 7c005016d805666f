"""The order of the stops of a walk: exact (Held-Karp) for up to EXACT_LIMIT stops, a heuristic
(nearest neighbour, improved with 2-opt and Or-opt moves) beyond.

Every function takes a square matrix of network distances whose row and column 0 are the start.
An order lists the matrix's nodes, beginning with 0; a ``closed`` walk returns to 0 at the end,
an open one ends at its last stop. Nothing here is random.
"""
from typing import List, Optional, Sequence, Tuple

import numpy as np

EXACT_LIMIT = 12  # Held-Karp up to this many stops besides the start: 12 * 2**12 states
EPSILON = 1e-9


def route_length(dist: np.ndarray, order: Sequence[int], closed: bool) -> float:
    """Length of the walk along ``order`` (back to the first node when ``closed``)."""
    legs = sum(float(dist[a, b]) for a, b in zip(order[:-1], order[1:]))
    return legs + (float(dist[order[-1], order[0]]) if closed and len(order) > 1 else 0.0)


def held_karp(dist: np.ndarray, closed: bool) -> Tuple[List[int], float]:
    """The shortest order through all nodes from node 0, and its length (dynamic programming)."""
    dist = np.asarray(dist, dtype=float)
    count = len(dist) - 1
    if count <= 0:
        return [0], 0.0
    full, singles = 1 << count, 1 << np.arange(count)
    cost = np.full((full, count), np.inf)
    came_from = np.full((full, count), -1, dtype=np.int64)
    cost[singles, np.arange(count)] = dist[0, 1:]
    inner = dist[1:, 1:]
    members = ((np.arange(full)[:, None] >> np.arange(count)) & 1).astype(bool)
    for mask in range(3, full):
        last = np.flatnonzero(members[mask])
        if len(last) < 2:
            continue
        # options[j, i]: the best way to cover mask ending at last[i], then step on to last[j]
        options = cost[mask ^ singles[last]][:, last] + inner[np.ix_(last, last)].T
        best = options.argmin(axis=1)
        cost[mask, last] = options[np.arange(len(last)), best]
        came_from[mask, last] = last[best]
    ends = cost[full - 1] + (dist[1:, 0] if closed else 0.0)
    node, mask, reverse = int(np.argmin(ends)), full - 1, []
    length = float(ends[node])
    while node >= 0:
        reverse.append(node + 1)
        node, mask = int(came_from[mask, node]), mask ^ (1 << node)
    return [0] + reverse[::-1], length


def nearest_neighbour(dist: np.ndarray) -> List[int]:
    """From node 0, always on to the nearest node not yet visited (ties: the lowest number)."""
    rows = np.asarray(dist, dtype=float).tolist()
    order, left = [0], set(range(1, len(rows)))
    while left:
        here = rows[order[-1]]
        step = min(left, key=lambda j: (here[j], j))
        order.append(step)
        left.remove(step)
    return order


def cheapest_insertion(dist: np.ndarray, order: Sequence[int], node: int, closed: bool) -> List[int]:
    """``order`` with ``node`` inserted where it lengthens the walk least."""
    order = list(order)
    best_place, best_extra = len(order), np.inf
    for place in range(1, len(order) + 1):
        before = order[place - 1]
        after = order[place] if place < len(order) else (order[0] if closed else None)
        extra = dist[before, node] + (dist[node, after] - dist[before, after] if after is not None else 0.0)
        if extra < best_extra - EPSILON:
            best_place, best_extra = place, extra
    return order[:best_place] + [node] + order[best_place:]


def _successor(order: List[int], position: int, closed: bool) -> Optional[int]:
    if position + 1 < len(order):
        return order[position + 1]
    return order[0] if closed else None


def two_opt(rows: List[List[float]], order: List[int], closed: bool) -> Tuple[List[int], bool]:
    """Reverse stretches of the walk while that shortens it; returns the order and whether it
    changed. ``rows`` is the distance matrix as nested lists (fast to index)."""
    order, changed, improved = list(order), False, True
    while improved:
        improved = False
        for i in range(1, len(order) - 1):
            for j in range(i + 1, len(order)):
                a, b, c = order[i - 1], order[i], order[j]
                d = _successor(order, j, closed)
                tail_before = rows[c][d] if d is not None else 0.0
                tail_after = rows[b][d] if d is not None else 0.0
                if rows[a][c] + tail_after < rows[a][b] + tail_before - EPSILON:
                    order[i:j + 1] = order[i:j + 1][::-1]
                    improved = changed = True
    return order, changed


def or_opt(rows: List[List[float]], order: List[int], closed: bool) -> Tuple[List[int], bool]:
    """Move runs of 1-3 consecutive stops (also reversed) elsewhere while that shortens the walk."""
    order, changed = list(order), False
    move = _or_move(rows, order, closed)
    while move is not None:
        order, changed = move, True
        move = _or_move(rows, order, closed)
    return order, changed


def _or_move(rows: List[List[float]], order: List[int], closed: bool) -> Optional[List[int]]:
    """The first improving Or-opt move, as the new order, or None."""
    gap = lambda x, y: rows[x][y] if y is not None else 0.0  # noqa: E731
    for run in (1, 2, 3):
        for i in range(1, len(order) - run + 1):
            segment = order[i:i + run]
            before, after = order[i - 1], _successor(order, i + run - 1, closed)
            saved = rows[before][segment[0]] + gap(segment[-1], after) - gap(before, after)
            rest = order[:i] + order[i + run:]
            for place in range(len(rest)):
                if place == i - 1:
                    continue
                x, y = rest[place], _successor(rest, place, closed)
                for piece in (segment, segment[::-1]):
                    if rows[x][piece[0]] + gap(piece[-1], y) - gap(x, y) < saved - EPSILON:
                        return rest[:place + 1] + piece + rest[place + 1:]
    return None


def improve(dist: np.ndarray, order: Sequence[int], closed: bool) -> List[int]:
    """2-opt and Or-opt in turn until neither shortens the walk."""
    rows = np.asarray(dist, dtype=float).tolist()
    order, changed = two_opt(rows, list(order), closed)
    while True:
        order, moved = or_opt(rows, order, closed)
        if not moved:
            return order
        order, changed = two_opt(rows, order, closed)
        if not changed:
            return order


def best_order(dist: np.ndarray, closed: bool, initial: Optional[Sequence[int]] = None
               ) -> Tuple[List[int], float, bool]:
    """(order, length, exact): Held-Karp up to EXACT_LIMIT stops, else the better of the improved
    nearest-neighbour walk and the improved ``initial`` order."""
    dist = np.asarray(dist, dtype=float)
    if len(dist) - 1 <= EXACT_LIMIT:
        order, length = held_karp(dist, closed)
        return canonical_direction(dist, order, closed), length, True
    starts = [nearest_neighbour(dist)] + ([list(initial)] if initial is not None else [])
    candidates = [improve(dist, start, closed) for start in starts]
    lengths = [route_length(dist, order, closed) for order in candidates]
    best = int(np.argmin(lengths))
    return canonical_direction(dist, candidates[best], closed), lengths[best], False


def canonical_direction(dist: np.ndarray, order: List[int], closed: bool) -> List[int]:
    """Of a round walk and the same walk the other way round, equally long where every path goes
    both ways, the one whose first leg is shorter (then: the one that reaches the earlier stops of
    the list first). Otherwise the direction would hang on rounding in the last digits (it differed
    between numpy 1.24 and 2.4)."""
    if not closed or len(order) < 3:
        return list(order)
    backwards = [order[0]] + list(order[:0:-1])
    forth, back = route_length(dist, order, True), route_length(dist, backwards, True)
    if abs(forth - back) > 1e-9 * max(forth, back, 1.0):
        return list(order)
    first_legs = (round(float(dist[order[0], order[1]]), 6), round(float(dist[order[0], backwards[1]]), 6))
    if first_legs[0] != first_legs[1]:
        return list(order) if first_legs[0] < first_legs[1] else backwards
    return min(list(order), backwards, key=lambda candidate: candidate[1:])
