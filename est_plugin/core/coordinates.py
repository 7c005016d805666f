"""Checking incident coordinates: missing, unreadable, 0,0, outside the CRS's area, strays."""
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from . import crs as crsmod
from .messages import text
from .rejections import Rejections
from .values import is_empty, parse_numbers

STRAY_NEIGHBOURS = 5


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
    """Reject points whose nearest few other points are all more than ``max_km`` away."""
    keep = rejections.unrejected()
    count = int(keep.sum())
    if max_km <= 0 or count < 2:
        return
    k = min(STRAY_NEIGHBOURS, count - 1)
    distance = kth_neighbour_distance(np.column_stack([x[keep], y[keep]]), k)
    stray = np.zeros(x.shape, dtype=bool)
    stray[np.flatnonzero(keep)] = distance > max_km * 1000.0
    rejections.add(stray, "far_from_others", km=_format_km(max_km))


def kth_neighbour_distance(points: np.ndarray, k: int) -> np.ndarray:
    """Distance from each point to its k-th nearest other point, duplicates counted.

    Police data repeat coordinates (hundred blocks, snap points), so the tree holds each distinct
    location once with its count, and the counts are summed along the neighbour list.
    """
    unique, inverse, counts = np.unique(points, axis=0, return_inverse=True, return_counts=True)
    inverse = np.asarray(inverse).reshape(-1)
    neighbours = min(k + 1, len(unique))
    distance, index = cKDTree(unique).query(unique, k=neighbours)
    distance = distance.reshape(len(unique), neighbours)
    index = index.reshape(len(unique), neighbours)
    others = counts[index]
    others[:, 0] -= 1  # the location itself: its other copies lie at distance 0
    reached = np.cumsum(others, axis=1) >= k
    first = np.where(reached.any(axis=1), reached.argmax(axis=1), neighbours - 1)
    return distance[np.arange(len(unique)), first][inverse]


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
    if crsmod.looks_like_lonlat(x, y):
        return crsmod.WGS84, True
    from .errors import InputError
    finite = np.isfinite(x) & np.isfinite(y)
    ranges = {"xmin": "-", "xmax": "-", "ymin": "-", "ymax": "-"}
    if finite.any():
        ranges = {"xmin": "{:g}".format(x[finite].min()), "xmax": "{:g}".format(x[finite].max()),
                  "ymin": "{:g}".format(y[finite].min()), "ymax": "{:g}".format(y[finite].max())}
    raise InputError(text("need_source_crs", name=name, **ranges))
