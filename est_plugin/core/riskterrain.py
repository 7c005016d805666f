"""Risk terrain modelling, part 1: the grid cells and the factor features on them.

Risk Terrain Modeling (Caplan & Kennedy 2011, 2016; Kennedy, Caplan & Piza 2011) tests each factor
of the environment in two ways at a few distances d and keeps, per factor, the one that fits best:

* proximity: 1 when the cell centre is within d metres of a feature of the factor, else 0 (points:
  exact distance by a k-d tree; lines and polygons: the centre is covered by the features buffered
  by d, with shapely's 8 segments per quarter circle, i.e. within 0.5% of d);
* density: the kernel density of the factor's features at bandwidth d (quartic kernel, QGIS's
  heatmap definition, see kde.py), standardised over the study area's cells (mean 0, SD 1), so its
  relative risk is per standard deviation. Density applies to point factors (as in RTMDx); lines
  and polygons are tested by proximity only.

The model itself (selection, fit, composite risk) is in riskterrain_model.py.
"""
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Sequence

import numpy as np

from . import kde
from .errors import InputError
from .messages import text

MIN_INCIDENTS = 20
MIN_CELLS = 50


@dataclass
class FactorLayer:
    """One factor: its name, shapely geometries in the analysis CRS and their kind."""

    name: str
    geometries: object  # a GeoSeries (or a list of shapely geometries)
    kind: str  # "point", "line" or "polygon"


@dataclass
class Candidate:
    """One way to measure one factor: a column of the feature matrix."""

    factor: str
    operation: str  # "proximity" or "density"
    distance: float
    cells_exposed: int  # proximity: cells within d; density: cells with a density above 0


@dataclass
class FeatureSet:
    """The candidate features of the study area's cells (one column per candidate) and the factors
    left out with the reason."""

    matrix: np.ndarray
    candidates: List[Candidate]
    left_out: Dict[str, str] = field(default_factory=dict)
    features: Dict[str, int] = field(default_factory=dict)  # features per factor


def cell_centres(grid: kde.Grid, valid: np.ndarray):
    """x, y of the centres of the valid cells (row-major order, rows from the top)."""
    rows, cols = np.nonzero(valid)
    return grid.x_min + (cols + 0.5) * grid.pixel, grid.y_max - (rows + 0.5) * grid.pixel


def check_counts(counts: np.ndarray, valid: np.ndarray) -> None:
    """InputError when there are too few incidents or cells for a model."""
    cells, incidents = int(valid.sum()), int(counts[valid].sum())
    if cells < MIN_CELLS:
        raise InputError(text("rtm_too_few_cells", cells=cells, minimum=MIN_CELLS))
    if incidents < MIN_INCIDENTS:
        raise InputError(text("rtm_too_few_incidents", incidents=incidents, minimum=MIN_INCIDENTS))


def point_coordinates(geometries):
    """x, y of every point (multipoints give each part)."""
    import geopandas as gpd

    series = gpd.GeoSeries(list(geometries) if not hasattr(geometries, "explode") else geometries)
    series = series[~series.is_empty & series.notna()]
    if series.empty:
        return np.empty(0), np.empty(0)
    parts = series.explode(index_parts=False)
    return parts.x.to_numpy(float), parts.y.to_numpy(float)


def proximity_points(px: np.ndarray, py: np.ndarray, cx: np.ndarray, cy: np.ndarray,
                     distance: float) -> np.ndarray:
    """1.0 where a cell centre is within ``distance`` (inclusive) of a point, else 0.0."""
    from scipy.spatial import cKDTree

    if len(px) == 0 or len(cx) == 0:
        return np.zeros(len(cx))
    tree = cKDTree(np.column_stack([px, py]))
    nearest, _index = tree.query(np.column_stack([cx, cy]), k=1,
                                 distance_upper_bound=distance * (1 + 1e-12) + 1e-9)
    return np.isfinite(nearest).astype(float)


def proximity_shapes(geometries, grid: kde.Grid, valid: np.ndarray, distance: float,
                     cells=None) -> np.ndarray:
    """1.0 where a valid cell's centre is within ``distance`` of a line or polygon, else 0.0.
    ``cells``: the valid cells' :func:`centre_points`, when already made (they are indexed once)."""
    import geopandas as gpd
    from shapely.geometry import box

    series = gpd.GeoSeries(list(geometries) if not hasattr(geometries, "buffer") else geometries)
    reach = box(grid.x_min - distance, grid.y_min - distance, grid.x_max + distance, grid.y_max + distance)
    series = series[series.notna() & ~series.is_empty]
    series = series[series.intersects(reach)]
    if cells is None:
        cells = centre_points(*cell_centres(grid, valid))
    if series.empty:
        return np.zeros(len(cells))
    return centres_covered(cells, series.buffer(distance)).astype(float)


def centre_points(x: np.ndarray, y: np.ndarray):
    """The points as a GeoDataFrame without CRS (its spatial index is built on first use and kept)."""
    import geopandas as gpd

    return gpd.GeoDataFrame(geometry=gpd.points_from_xy(x, y))


def centres_covered(cells, polygons) -> np.ndarray:
    """True for the ``cells`` (:func:`centre_points`) covered by any of ``polygons`` (boundary
    included). A spatial join: the points are indexed and each (prepared) polygon queries them, fast
    for many small polygons, unlike a test of every point against their union."""
    import geopandas as gpd

    shapes = gpd.GeoSeries(list(polygons) if not hasattr(polygons, "is_empty") else polygons)
    shapes = shapes[shapes.notna() & ~shapes.is_empty].reset_index(drop=True)
    found = np.zeros(len(cells), bool)
    if shapes.empty or len(cells) == 0:
        return found
    # both sides without a CRS (the same one by construction): no CRS check or warning
    frame = gpd.GeoDataFrame(geometry=gpd.GeoSeries(np.asarray(shapes.values, dtype=object)))
    joined = gpd.sjoin(frame, cells, how="inner", predicate="intersects")
    found[np.unique(joined["index_right"].to_numpy())] = True
    return found


def area_mask(grid: kde.Grid, polygons) -> np.ndarray:
    """True for the cells whose centre is covered by the study area's polygons."""
    import geopandas as gpd

    west, south, east, north = gpd.GeoSeries(list(polygons)).total_bounds
    xs = grid.x_min + (np.arange(grid.cols) + 0.5) * grid.pixel
    ys = grid.y_max - (np.arange(grid.rows) + 0.5) * grid.pixel
    near = np.zeros((grid.rows, grid.cols), bool)
    near[np.ix_((ys >= south) & (ys <= north), (xs >= west) & (xs <= east))] = True
    mask = np.zeros_like(near)
    if near.any():
        mask[near] = centres_covered(centre_points(*cell_centres(grid, near)), polygons)
    return mask


def density_points(px: np.ndarray, py: np.ndarray, grid: kde.Grid, valid: np.ndarray,
                   bandwidth: float) -> np.ndarray:
    """Quartic kernel density (raw sums) of the points at each valid cell's centre."""
    method = kde.choose_method("quartic", bandwidth, grid.pixel, len(px))
    density = kde.DensityGrid(grid, bandwidth, "quartic", method=method)
    density.add(px, py)
    return density.values()[valid]


def standardised(values: np.ndarray) -> np.ndarray:
    """(values - mean) / SD; None when the values do not vary."""
    sd = float(values.std())
    if not sd > 1e-12 * max(1.0, float(np.abs(values).max(initial=0.0))):
        return None
    return (values - values.mean()) / sd


def factor_columns(factor: FactorLayer, grid: kde.Grid, valid: np.ndarray,
                   distances: Sequence[float], cells=None):
    """(columns, candidates) of one factor: proximity at each distance, density for points."""
    cx, cy = cell_centres(grid, valid)
    columns, candidates = [], []
    px = py = None
    if factor.kind == "point":
        px, py = point_coordinates(factor.geometries)
    for distance in distances:
        if factor.kind == "point":
            near = proximity_points(px, py, cx, cy, distance)
        else:
            if cells is None:
                cells = centre_points(cx, cy)
            near = proximity_shapes(factor.geometries, grid, valid, distance, cells)
        exposed = int(near.sum())
        if 0 < exposed < len(near):
            columns.append(near)
            candidates.append(Candidate(factor.name, "proximity", float(distance), exposed))
        if factor.kind == "point":
            raw = density_points(px, py, grid, valid, distance)
            scaled = standardised(raw)
            if scaled is not None:
                columns.append(scaled)
                candidates.append(Candidate(factor.name, "density", float(distance),
                                            int((raw > 0).sum())))
    return columns, candidates


def build_features(factors: Sequence[FactorLayer], grid: kde.Grid, valid: np.ndarray,
                   distances: Sequence[float], is_canceled: Callable[[], bool] = lambda: False,
                   progress: Callable[[float], None] = lambda share: None) -> FeatureSet:
    """Every candidate feature of every factor; empty or non-overlapping factors are left out."""
    if not distances or min(distances) <= 0:
        raise InputError(text("rtm_bad_distances", distances=", ".join("{:g}".format(d) for d in distances)))
    columns, candidates, left_out, counts = [], [], {}, {}
    cells = centre_points(*cell_centres(grid, valid))
    for index, factor in enumerate(factors):
        if is_canceled():
            break
        counts[factor.name] = _feature_count(factor)
        if counts[factor.name] == 0:
            left_out[factor.name] = text("rtm_reason_empty")
            continue
        found, described = factor_columns(factor, grid, valid, sorted(distances), cells)
        if not found:
            left_out[factor.name] = text("rtm_reason_no_overlap", distance="{:g}".format(max(distances)))
        columns.extend(found)
        candidates.extend(described)
        progress((index + 1) / max(len(factors), 1))
    matrix = np.column_stack(columns) if columns else np.empty((int(valid.sum()), 0))
    return FeatureSet(matrix, candidates, left_out, counts)


def _feature_count(factor: FactorLayer) -> int:
    geometries = factor.geometries
    if hasattr(geometries, "is_empty"):
        return int((geometries.notna() & ~geometries.is_empty).sum())
    return sum(1 for g in geometries if g is not None and not g.is_empty)


def study_grid(x_min: float, y_min: float, x_max: float, y_max: float, pixel: float) -> kde.Grid:
    """The analysis grid over a study area's bounding box, checked for size."""
    if not pixel > 0:
        raise InputError(text("rtm_bad_cell_size", pixel="{:g}".format(pixel)))
    grid = kde.extent_grid(x_min, y_min, x_max, y_max, pixel)
    kde.check_size(grid, "{:.1f} x {:.1f} km".format(grid.cols * pixel / 1000, grid.rows * pixel / 1000),
                   limit=5_000_000)
    return grid


TABLE_COLUMNS = ("factor", "status", "operation", "distance_m", "relative_risk", "coefficient",
                 "std_error", "p_value", "rrv_ci_low", "rrv_ci_high", "selected_share", "variant_share",
                 "rrv_boot_p05", "rrv_boot_p95", "cells_exposed", "features", "note")


def result_table(names: Sequence[str], features: FeatureSet, fit):
    """One row per factor (in the given order): selected ones with their model figures, the others
    with why (not selected, not significant, or left out)."""
    import pandas as pd

    chosen = {features.candidates[c].factor: (position, c) for position, c in enumerate(fit.columns)}
    dropped = {features.candidates[c].factor: c for c in getattr(fit, "dropped", {})}
    rows = []
    for name in names:
        row = {"factor": name, "features": features.features.get(name, 0),
               "selected_share": fit.selected_share.get(name, float("nan")),
               "variant_share": fit.variant_share.get(name, float("nan"))}
        if name in features.left_out:
            row.update(status="left_out", note=features.left_out[name])
        elif name in chosen:
            position, column = chosen[name]
            row.update(_selected_row(features.candidates[column], fit, position + 1))
        elif name in dropped:
            candidate = features.candidates[dropped[name]]
            row.update(status="not_significant", operation=candidate.operation,
                       distance_m=candidate.distance, p_value=fit.dropped[dropped[name]],
                       cells_exposed=candidate.cells_exposed,
                       note=text("rtm_reason_not_significant", p="{:.3f}".format(fit.dropped[dropped[name]])))
        else:
            row.update(status="not_selected", note=text("rtm_reason_not_selected"))
        rows.append(row)
    return pd.DataFrame(rows, columns=list(TABLE_COLUMNS))


def _selected_row(candidate: Candidate, fit, term: int) -> dict:
    row = {"status": "selected", "operation": candidate.operation, "distance_m": candidate.distance,
           "coefficient": float(fit.coefficients[term]),
           "relative_risk": float(np.exp(fit.coefficients[term])),
           "std_error": float(fit.std_errors[term]), "p_value": float(fit.p_values[term]),
           "rrv_ci_low": float(np.exp(fit.ci_low[term])), "rrv_ci_high": float(np.exp(fit.ci_high[term])),
           "cells_exposed": candidate.cells_exposed,
           "note": text("rtm_note_" + candidate.operation, distance="{:g}".format(candidate.distance))}
    if fit.rrv_low is not None:
        row.update(rrv_boot_p05=float(fit.rrv_low[term - 1]), rrv_boot_p95=float(fit.rrv_high[term - 1]))
    return row


def coverage_share(factor: FactorLayer, area, distance: float) -> float:
    """The share of the study area inside the convex hull of the factor's features grown by
    ``distance``: well below 1 when the layer covers only part of the area (data missing there)."""
    import geopandas as gpd

    # (isinstance, not hasattr(..., "unary_union"): reading that property warns from geopandas 1.0)
    geometries = factor.geometries
    series = geometries if isinstance(geometries, gpd.GeoSeries) else gpd.GeoSeries(list(geometries))
    series = series[series.notna() & ~series.is_empty]
    if series.empty or area is None or area.area <= 0:
        return 0.0
    from shapely.geometry import MultiPoint

    corners = series.bounds.to_numpy()  # the hull of the features' bounding boxes: quick for any layer
    xy = np.vstack([corners[:, [0, 1]], corners[:, [0, 3]], corners[:, [2, 1]], corners[:, [2, 3]]])
    hull = MultiPoint([tuple(p) for p in np.unique(xy, axis=0)]).convex_hull.buffer(distance)
    return float(hull.intersection(area).area / area.area)
