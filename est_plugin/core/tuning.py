"""Choosing hotspot settings by how well they predict: train on earlier incidents, test on later.

Every candidate (kernel density with a radius and pixel size, plain grid counts with a cell size,
DBSCAN with eps and min size) makes hotspots from the training incidents covering the same share
of the study area; the PAI of the test incidents in them ranks the candidates (rank 1 = the
recommendation). Hotspot cells are the densest cells; DBSCAN hotspots are the cluster polygons,
densest first, taken whole while they fit in the share.

PAI grows as the hotspot area shrinks, so a candidate whose hotspots cover less than
COMPARABLE_SHARE of the asked share (DBSCAN with few small clusters) is not comparable: such
candidates are ranked after all the others (column ``comparable`` = 0).
"""
from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List, Optional

import numpy as np
import pandas as pd

from . import accuracy, cluster_stats, kde
from .dbscan import dbscan

KDE_RADII = (50.0, 100.0, 150.0, 200.0, 300.0)
KDE_PIXELS = (10.0, 25.0)
GRID_CELLS = (50.0, 100.0, 150.0, 250.0)
DBSCAN_EPS = (25.0, 50.0, 100.0)
DBSCAN_MIN_SIZES = (5, 10, 25)
DBSCAN_BUFFER = 10.0
COMPARABLE_SHARE = 0.8


@dataclass(frozen=True)
class Candidate:
    """One setting to try."""

    method: str  # 'kde', 'grid' or 'dbscan'
    radius: Optional[float] = None
    pixel_size: Optional[float] = None
    eps: Optional[float] = None
    min_size: Optional[int] = None


def default_candidates() -> List[Candidate]:
    """The grid of settings tried by default (23 candidates)."""
    found = [Candidate("kde", radius=r, pixel_size=p) for p in KDE_PIXELS for r in KDE_RADII]
    found += [Candidate("grid", pixel_size=c) for c in GRID_CELLS]
    found += [Candidate("dbscan", eps=e, min_size=m) for e in DBSCAN_EPS for m in DBSCAN_MIN_SIZES]
    return found


@dataclass
class Periods:
    """Training and test incidents (metres) and the study area (a shapely polygon)."""

    train_x: np.ndarray
    train_y: np.ndarray
    test_x: np.ndarray
    test_y: np.ndarray
    area: object

    def test_in_area(self) -> int:
        """N: the test incidents inside the study area."""
        return int((accuracy.points_in_polygons(self.test_x, self.test_y, [self.area]) >= 0).sum())


def tune(periods: Periods, share: float, candidates: Optional[Iterable[Candidate]] = None,
         is_canceled: Callable[[], bool] = lambda: False,
         progress: Callable[[float], None] = lambda _p: None) -> pd.DataFrame:
    """A table with one row per candidate, ranked by PAI at ``share`` of the study area."""
    candidates = list(candidates or default_candidates())
    incidents = periods.test_in_area()
    masks: Dict[float, tuple] = {}
    rows = []
    for number, candidate in enumerate(candidates):
        if is_canceled():
            break
        if candidate.method == "dbscan":
            found = _dbscan_accuracy(periods, candidate, share)
        else:
            grid, valid = _grid_and_mask(periods.area, candidate.pixel_size, masks)
            found = _cell_accuracy(periods, candidate, grid, valid, share, incidents)
        rows.append(_row(candidate, found))
        progress(100.0 * (number + 1) / len(candidates))
    return _ranked(rows, share)


def _grid_and_mask(area, pixel: float, cache: Dict[float, tuple]):
    if pixel not in cache:
        west, south, east, north = area.bounds
        grid = kde.extent_grid(west, south, east, north, pixel)
        kde.check_size(grid, "{:.1f} x {:.1f} km".format((east - west) / 1000, (north - south) / 1000))
        cache[pixel] = (grid, accuracy.cell_centre_mask(grid, area))
    return cache[pixel]


def _cell_accuracy(periods, candidate, grid, valid, share, incidents) -> accuracy.Accuracy:
    if candidate.method == "kde":
        method = kde.choose_method("quartic", candidate.radius, grid.pixel, len(periods.train_x))
        density = kde.DensityGrid(grid, candidate.radius, "quartic", method=method)
        density.add(periods.train_x, periods.train_y)
        values = density.values()
    else:
        values = accuracy.grid_counts(periods.train_x, periods.train_y, grid).astype(float)
    counts = accuracy.grid_counts(periods.test_x, periods.test_y, grid)
    return accuracy.cell_curve(values, valid, counts, incidents, grid.pixel ** 2, [share])[0]


def _dbscan_accuracy(periods, candidate, share) -> accuracy.Accuracy:
    result = dbscan(periods.train_x, periods.train_y, candidate.eps, candidate.min_size)
    shapes = cluster_stats.cluster_polygons(periods.train_x, periods.train_y, result.labels,
                                            DBSCAN_BUFFER)
    shapes = [shape.intersection(periods.area) for shape in shapes]
    areas = np.array([shape.area for shape in shapes], float)
    sizes = result.sizes[1:].astype(float)
    order = np.argsort(-np.divide(sizes, areas, out=np.zeros(len(areas)), where=areas > 0), kind="stable")
    ranked = [shapes[i] for i in order]
    return accuracy.polygon_curve_of_points(periods.test_x, periods.test_y, ranked, periods.area,
                                            [share])[0]


def _row(candidate: Candidate, found: accuracy.Accuracy) -> dict:
    return {"method": candidate.method, "radius": candidate.radius, "pixel_size": candidate.pixel_size,
            "eps": candidate.eps, "min_size": candidate.min_size, "pai": found.pai,
            "hit_rate": found.hit_rate, "area_share": found.area_share, "incidents_in": found.hits}


def _ranked(rows: List[dict], share: float) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=["method", "radius", "pixel_size", "eps", "min_size", "pai",
                                        "hit_rate", "area_share", "incidents_in"])
    table["comparable"] = (table["area_share"] >= COMPARABLE_SHARE * share).astype(int)
    table = table.sort_values(["comparable", "pai"], ascending=[False, False], na_position="last",
                              kind="stable")
    table["rank"] = np.arange(1, len(table) + 1)
    return table.reset_index(drop=True)
