"""How well hotspots predict where incidents happen: hit rate, PAI and RRI.

* hit rate = n / N: the share of the test period's N incidents that fall in the hotspots (n);
* PAI, the Predictive Accuracy Index (Chainey, Tompson & Uhlig 2008) = (n / N) / (a / A), with a the
  hotspots' area and A the study area: how many times more incidents per area the hotspots catch
  than the study area on average (1 = no better than chance);
* RRI, the Recapture Rate Index (Levine 2008) = PAI in period 2 / PAI in period 1 for the same
  hotspots: about 1 when the hotspots hold their share over time;
* the PAI curve: PAI when the hotspots are cut to the top 1, 2, 5, 10 and 20% of the area (cells
  ranked by density; polygons ranked by their rank field and taken whole while they fit).
"""
from dataclasses import dataclass
from typing import List, Optional, Sequence

import numpy as np
import pandas as pd

CURVE_SHARES = (0.01, 0.02, 0.05, 0.10, 0.20)


@dataclass
class Accuracy:
    """Figures of one set of hotspots against one set of incidents."""

    incidents: int
    hits: int
    hotspot_area: float
    study_area: float

    @property
    def hit_rate(self) -> float:
        return self.hits / self.incidents if self.incidents else float("nan")

    @property
    def area_share(self) -> float:
        return self.hotspot_area / self.study_area if self.study_area > 0 else float("nan")

    @property
    def pai(self) -> float:
        share = self.area_share
        return self.hit_rate / share if share and share > 0 else float("nan")


def rri(test: Accuracy, training: Accuracy) -> float:
    """PAI of the later period over PAI of the earlier one (same hotspots)."""
    return test.pai / training.pai if training.pai and training.pai > 0 else float("nan")


def cell_curve(values: np.ndarray, valid: Optional[np.ndarray], counts: np.ndarray, incidents: int,
               cell_area: float, shares: Sequence[float] = CURVE_SHARES) -> List[Accuracy]:
    """Accuracy of the densest cells covering each share of the valid cells.

    ``counts`` holds the test incidents per cell (same shape); ``incidents`` is N, every test
    incident in the study area. Cells of density 0 are never hotspots.
    """
    valid = np.ones(values.shape, bool) if valid is None else valid
    ranked = np.argsort(-values[valid], kind="stable")
    positive = values[valid][ranked] > 0
    cumulative = np.cumsum(counts[valid][ranked] * positive)
    total_cells = int(valid.sum())
    result = []
    for share in shares:
        k = min(max(int(round(share * total_cells)), 1), total_cells)
        k = min(k, int(positive.sum()))
        hits = int(cumulative[k - 1]) if k > 0 else 0
        result.append(Accuracy(incidents, hits, k * cell_area, total_cells * cell_area))
    return result


def polygon_curve(areas: np.ndarray, hits: np.ndarray, incidents: int, study_area: float,
                  shares: Sequence[float] = CURVE_SHARES) -> List[Accuracy]:
    """Accuracy of the first polygons (already in rank order) that fit within each share of the
    study area; ``hits`` are the incidents each adds (counted once where polygons overlap)."""
    cumulative_area, cumulative_hits = np.cumsum(areas), np.cumsum(hits)
    result = []
    for share in shares:
        fit = int(np.searchsorted(cumulative_area, share * study_area, side="right"))
        area = float(cumulative_area[fit - 1]) if fit else 0.0
        found = int(cumulative_hits[fit - 1]) if fit else 0
        result.append(Accuracy(incidents, found, area, study_area))
    return result


def polygon_curve_of_points(x: np.ndarray, y: np.ndarray, ranked: Sequence, study_area,
                            shares: Sequence[float] = CURVE_SHARES) -> List[Accuracy]:
    """:func:`polygon_curve` for incident coordinates: N counts the incidents in ``study_area``
    (a shapely geometry); ``ranked`` polygons (already cut to it) in rank order."""
    inside_area = points_in_polygons(x, y, [study_area]) >= 0
    found = points_in_polygons(x[inside_area], y[inside_area], ranked)
    hits = np.bincount(found[found >= 0], minlength=len(ranked))
    areas = np.array([shape.area for shape in ranked], float)
    return polygon_curve(areas, hits, int(inside_area.sum()), study_area.area, shares)


def curve_table(curve: List[Accuracy], shares: Sequence[float] = CURVE_SHARES,
                training: Optional[List[Accuracy]] = None) -> pd.DataFrame:
    """The curve as a table: target share, actual share, area, hits, hit rate, PAI (and RRI)."""
    table = pd.DataFrame({
        "target_share": [100.0 * s for s in shares],
        "area_share": [100.0 * a.area_share for a in curve],
        "hotspot_area_m2": [a.hotspot_area for a in curve],
        "incidents_in": [a.hits for a in curve],
        "incidents": [a.incidents for a in curve],
        "hit_rate": [a.hit_rate for a in curve],
        "pai": [a.pai for a in curve],
    })
    if training is not None:
        table["pai_training"] = [a.pai for a in training]
        table["rri"] = [rri(t, p) for t, p in zip(curve, training)]
    return table


def points_in_polygons(x: np.ndarray, y: np.ndarray, polygons: Sequence) -> np.ndarray:
    """Index of the first polygon (in the given order) that covers each point, -1 for none.
    Points on a boundary count as inside."""
    found = np.full(len(x), -1, np.int64)
    for index, polygon in enumerate(polygons):
        if polygon is None or polygon.is_empty:
            continue
        west, south, east, north = polygon.bounds
        near = np.flatnonzero((found < 0) & (x >= west) & (x <= east) & (y >= south) & (y <= north))
        if len(near):
            found[near[_covers(polygon, x[near], y[near])]] = index
    return found


def _covers(polygon, x, y) -> np.ndarray:
    """True for the points inside ``polygon`` or on its boundary."""
    try:  # shapely >= 2: a point intersects a polygon when inside or on its boundary
        from shapely import intersects_xy
    except ImportError:  # shapely 1.8 (shapely.vectorized is deprecated from 2.1 on)
        from shapely.vectorized import contains, touches

        return contains(polygon, x, y) | touches(polygon, x, y)
    return intersects_xy(polygon, x, y)


def grid_counts(x: np.ndarray, y: np.ndarray, grid) -> np.ndarray:
    """Incidents per cell of a kde.Grid (rows from the top)."""
    return grid.count_points(x, y)


def cell_centre_mask(grid, area) -> np.ndarray:
    """True for cells whose centre is covered by the shapely geometry ``area``."""
    xs = grid.x_min + (np.arange(grid.cols) + 0.5) * grid.pixel
    ys = grid.y_max - (np.arange(grid.rows) + 0.5) * grid.pixel
    mask = np.zeros((grid.rows, grid.cols), bool)
    west, south, east, north = area.bounds
    cols = np.flatnonzero((xs >= west) & (xs <= east))
    rows = np.flatnonzero((ys >= south) & (ys <= north))
    if len(cols) and len(rows):
        cx, cy = np.meshgrid(xs[cols], ys[rows])
        inside = _covers(area, cx.ravel(), cy.ravel()).reshape(len(rows), len(cols))
        mask[np.ix_(rows, cols)] = inside
    return mask
