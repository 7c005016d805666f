"""Hotspots from a density raster: the densest cells that together cover a share of the area."""
from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd

DEFAULT_SHARE = 0.05


@dataclass
class CellHotspots:
    """Connected groups of top cells; ``labels`` holds each cell's hotspot rank (0 = none)."""

    labels: np.ndarray
    table: pd.DataFrame  # rank, cells, area_m2, area_share, peak_density, mean_density, incident_count
    threshold: float
    covered_share: float


def top_cells(values: np.ndarray, valid: Optional[np.ndarray], share: float) -> np.ndarray:
    """Mask of the densest valid cells covering ``share`` of the valid cells (at least one cell;
    cells tied with the last one are included; cells of value 0 never are)."""
    valid = np.ones(values.shape, bool) if valid is None else valid
    candidates = values[valid]
    if candidates.size == 0:
        return np.zeros(values.shape, bool)
    k = min(max(int(round(share * candidates.size)), 1), candidates.size)
    threshold = np.partition(candidates, candidates.size - k)[candidates.size - k]
    return valid & (values >= threshold) & (values > 0)


def cell_hotspots(values: np.ndarray, valid: Optional[np.ndarray], share: float, pixel: float,
                  counts: Optional[np.ndarray] = None) -> CellHotspots:
    """Rank the connected groups (8 neighbours) of top cells by their peak density.

    ``counts`` (same shape) is the number of incidents in each cell, for incident_count.
    """
    from scipy import ndimage

    mask = top_cells(values, valid, share)
    groups, count = ndimage.label(mask, structure=np.ones((3, 3), int))
    where = np.flatnonzero(groups)  # only the top cells: a few percent of the raster
    group_of = groups.ravel()[where]
    cell_values = values.ravel()[where]
    peaks = np.full(count + 1, -np.inf)
    np.maximum.at(peaks, group_of, cell_values)
    order = np.lexsort((np.arange(count), -peaks[1:]))  # highest peak first; ties by position
    rank_of = np.zeros(count + 1, np.int32)
    rank_of[order + 1] = np.arange(1, count + 1)
    labels = rank_of[groups]
    ranks = rank_of[group_of]
    cell_counts = counts.ravel()[where] if counts is not None else None
    valid_cells = int(mask.size if valid is None else valid.sum())
    table = _table(ranks, cell_values, cell_counts, count, pixel, valid_cells)
    threshold = float(cell_values.min()) if len(cell_values) else 0.0
    return CellHotspots(labels, table, threshold, len(where) / max(valid_cells, 1))


def _table(ranks, cell_values, cell_counts, count, pixel, valid_cells) -> pd.DataFrame:
    cells = np.bincount(ranks, minlength=count + 1)[1:]
    mass = np.bincount(ranks, cell_values, minlength=count + 1)[1:]
    peak = np.full(count + 1, -np.inf)
    np.maximum.at(peak, ranks, cell_values)
    incidents = (np.bincount(ranks, cell_counts, minlength=count + 1)[1:].astype(np.int64)
                 if cell_counts is not None else np.zeros(count, np.int64))
    return pd.DataFrame({
        "rank": np.arange(1, count + 1, dtype=np.int64),
        "cells": cells.astype(np.int64),
        "area_m2": cells * pixel * pixel,
        "area_share": cells / max(valid_cells, 1),
        "peak_density": peak[1:],
        "mean_density": np.divide(mass, cells, out=np.zeros(count), where=cells > 0),
        "incident_count": incidents,
    })
