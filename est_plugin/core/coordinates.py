"""Checking incident coordinates: missing, unreadable, 0,0, outside the CRS's area, strays."""
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from . import crs as crsmod
from .errors import InputError
from .messages import text
from .rejections import Rejections
from .values import is_empty, parse_numbers

STRAY_GROUP = 5


@dataclass
class Located:
    """Coordinates of every row in the target CRS (NaN for rejected rows) and the CRS used."""

    x: np.ndarray
    y: np.ndarray
    source_crs: str
    target_crs: str
    lonlat_assumed: bool = False


def read_xy_columns(x_cells: pd.Series, y_cells: pd.Series, names: Tuple[str, str],
                    rejections: Rejections) -> Tuple[np.ndarray, np.ndarray]:
    """Numbers from the X and Y columns; rows with empty or unreadable cells are rejected."""
    x = parse_numbers(x_cells).to_numpy()
    y = parse_numbers(y_cells).to_numpy()
    for cells, values, name in ((x_cells, x, names[0]), (y_cells, y, names[1])):
        empty = is_empty(cells).to_numpy()
        rejections.add(empty, "no_coordinates", field=name)
        bad = ~empty & ~np.isfinite(values)
        rejections.add(bad, "bad_coordinates", field=name, value=cells)
    return x, y


def locate(x: np.ndarray, y: np.ndarray, source_crs: str, target_crs: Optional[str],
           rejections: Rejections, max_distance_km: float = 100.0,
           extent_lonlat: Optional[Tuple[float, float, float, float]] = None) -> Located:
    """Check plausibility and project the coordinates to the target (or chosen metric) CRS."""
    rejections.add((x == 0) & (y == 0), "zero_coordinates")
    usable = rejections.unrejected() & np.isfinite(x) & np.isfinite(y)
    lon = np.full(x.shape, np.nan)
    lat = np.full(x.shape, np.nan)
    lon[usable], lat[usable] = crsmod.to_lonlat(x[usable], y[usable], source_crs)
    valid = np.isfinite(lon) & np.isfinite(lat) & (np.abs(lon) <= 180) & (np.abs(lat) <= 90)
    area = crsmod.area_of_use(source_crs)
    if area is not None:
        valid &= crsmod.inside_bounds(np.nan_to_num(lon), np.nan_to_num(lat), area)
    rejections.add(usable & ~valid, "outside_crs_area", crs=crs_name(source_crs))
    if extent_lonlat is not None:
        outside = ~crsmod.inside_bounds(np.nan_to_num(lon), np.nan_to_num(lat), extent_lonlat)
        rejections.add(usable & valid & outside, "outside_extent")
    keep = rejections.unrejected()
    target = target_crs or (crsmod.choose_metric_crs(lon[keep], lat[keep]) if keep.any()
                            else crsmod.SWEREF99_TM)
    tx = np.full(x.shape, np.nan)
    ty = np.full(x.shape, np.nan)
    tx[keep], ty[keep] = crsmod.transform(x[keep], y[keep], source_crs, target)
    rejections.add(keep & ~(np.isfinite(tx) & np.isfinite(ty)), "outside_crs_area",
                   crs=crs_name(target))
    _reject_strays(tx, ty, rejections, max_distance_km)
    keep = rejections.unrejected()
    tx[~keep], ty[~keep] = np.nan, np.nan
    return Located(tx, ty, source_crs, target)


def _reject_strays(x: np.ndarray, y: np.ndarray, rejections: Rejections, max_km: float) -> None:
    """Reject small groups (fewer than STRAY_GROUP events) lying more than ``max_km`` from every
    other event, unless no group is larger (tiny data sets are left alone)."""
    keep = rejections.unrejected()
    if max_km <= 0 or keep.sum() < 2:
        return
    labels, sizes = linkage_groups(np.column_stack([x[keep], y[keep]]), max_km * 1000.0)
    smallest_kept = min(STRAY_GROUP, sizes.max())
    stray = np.zeros(x.shape, dtype=bool)
    stray[np.flatnonzero(keep)] = sizes[labels] < smallest_kept
    rejections.add(stray, "far_from_others", km=_format_km(max_km), n=STRAY_GROUP)


def linkage_groups(points: np.ndarray, distance: float) -> Tuple[np.ndarray, np.ndarray]:
    """Single-linkage groups: points joined by chains of steps no longer than ``distance``.

    Returns each point's group label and each group's size. Exact, and cheap on large data:
    distinct locations are binned into cells a quarter of ``distance`` wide; cells close enough
    that all their points are within reach are joined outright, and only borderline cell pairs
    in different groups have their points compared (a k-d tree per pair).
    """
    unique, inverse, counts = np.unique(points, axis=0, return_inverse=True, return_counts=True)
    inverse = np.asarray(inverse).reshape(-1)
    size = distance / 4.0
    cells = np.floor((unique - unique.min(axis=0)) / size).astype(np.int64)
    keys, cell_of = np.unique(cells, axis=0, return_inverse=True)
    cell_of = np.asarray(cell_of).reshape(-1)
    sure, unsure = _cell_pairs(keys, size, distance)
    groups = _components(len(keys), sure)
    verified = [(i, j) for i, j in unsure if groups[i] != groups[j]
                and _cells_touch(unique, cell_of, i, j, distance)]
    groups = _components(len(keys), sure + verified)
    point_groups = groups[cell_of]
    sizes = np.bincount(point_groups, weights=counts).astype(np.int64)
    return point_groups[inverse], sizes


def _cell_pairs(keys: np.ndarray, size: float, distance: float):
    """Pairs of occupied cells whose points are surely within ``distance``, and borderline pairs."""
    width = int(keys[:, 1].max()) + 12
    code = keys[:, 0] * width + keys[:, 1]
    order = np.argsort(code)
    sure, unsure = [], []
    reach = int(np.ceil(distance / size)) + 1
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            gap = size * np.hypot(max(abs(dx) - 1, 0), max(abs(dy) - 1, 0))
            if (dx, dy) <= (0, 0) or gap > distance:
                continue
            target = code + dx * width + dy
            at = np.clip(np.searchsorted(code[order], target), 0, len(code) - 1)
            found = code[order][at] == target
            pairs = list(zip(np.flatnonzero(found).tolist(), order[at][found].tolist()))
            far = size * np.hypot(abs(dx) + 1, abs(dy) + 1)
            (sure if far <= distance else unsure).extend(pairs)
    return sure, unsure


def _components(count: int, pairs) -> np.ndarray:
    if not pairs:
        return np.arange(count)
    rows, cols = np.array(pairs).T
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(count, count))
    return connected_components(graph, directed=False)[1]


def _cells_touch(points: np.ndarray, cell_of: np.ndarray, i: int, j: int, distance: float) -> bool:
    first, second = points[cell_of == i], points[cell_of == j]
    gaps, _ = cKDTree(second).query(first, distance_upper_bound=distance * (1 + 1e-12))
    return bool(np.isfinite(gaps).any())


def _format_km(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def crs_name(definition: str) -> str:
    """A short readable name for a CRS: its authority code, else its name."""
    parsed = crsmod.parse_crs(definition)
    authority = parsed.to_authority()
    return "{}:{}".format(*authority) if authority else parsed.name


def guess_source_crs(x: np.ndarray, y: np.ndarray, source_crs: Optional[str],
                     name: str) -> Tuple[str, bool]:
    """The CRS of X/Y columns: the user's, else WGS 84 when values look like lon/lat.

    Raises InputError (need_source_crs) otherwise, quoting the value ranges.
    """
    if source_crs:
        return source_crs, False
    judged = np.isfinite(x) & np.isfinite(y) & ~((x == 0) & (y == 0))
    if not judged.any():
        return crsmod.WGS84, False  # nothing to judge: the rows are rejected for their coordinates
    if crsmod.looks_like_lonlat(x, y):
        return crsmod.WGS84, True
    ranges = {"xmin": _plain(x[judged].min()), "xmax": _plain(x[judged].max()),
              "ymin": _plain(y[judged].min()), "ymax": _plain(y[judged].max())}
    raise InputError(text("need_source_crs", name=name, **ranges))


def _plain(value: float) -> str:
    """A coordinate as a planner reads it: 5459122, not 5.45912e+06."""
    return "{:.0f}".format(value) if abs(value) >= 1000 else "{:.6g}".format(value)
