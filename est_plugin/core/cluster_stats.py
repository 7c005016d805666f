"""Hotspot polygons and statistics of clusters: what, when and how dense each hotspot is."""
from typing import List, Optional

import numpy as np
import pandas as pd
from shapely.geometry import MultiPoint, Polygon

from .filtering import after_dark
from .messages import text
from .pdcompat import to_datetime_ns

TOP_CATEGORIES = 3
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def cluster_polygons(x: np.ndarray, y: np.ndarray, labels: np.ndarray, buffer: float) -> List:
    """Shapely polygon per cluster id 1..k: the convex hull of its incidents grown by ``buffer``
    metres (a single place or a line of places becomes a disc or a rounded strip)."""
    count = int(labels.max(initial=0))
    inside = labels > 0
    order = np.lexsort((y[inside], x[inside], labels[inside]))  # one sort for every cluster
    lab, px, py = labels[inside][order], x[inside][order], y[inside][order]
    new = np.ones(len(lab), bool)
    new[1:] = (lab[1:] != lab[:-1]) | (px[1:] != px[:-1]) | (py[1:] != py[:-1])
    lab, places = lab[new], np.column_stack([px[new], py[new]])
    bounds = np.searchsorted(lab, np.arange(1, count + 2))
    return [_hull(places[bounds[c]:bounds[c + 1]]).buffer(buffer, 8) for c in range(count)]


def _hull(places: np.ndarray):
    """Convex hull of distinct places: scipy's Qhull (fast), shapely for fewer than three or a line."""
    if len(places) >= 3:
        from scipy.spatial import ConvexHull, QhullError

        try:
            return Polygon(places[ConvexHull(places).vertices])
        except QhullError:
            pass
    return MultiPoint([tuple(p) for p in places]).convex_hull


def cluster_table(labels: np.ndarray, areas: np.ndarray, times: Optional[pd.Series] = None,
                  time_known: Optional[np.ndarray] = None, categories: Optional[pd.Series] = None,
                  lon: Optional[np.ndarray] = None, lat: Optional[np.ndarray] = None,
                  time_zone: str = "") -> pd.DataFrame:
    """One row per cluster id (1 = largest): rank, incident_count, area_m2, density_per_ha, and,
    from the data given, top_categories, busiest_weekday, busiest_hour, first_date, last_date,
    after_dark_share (share of incidents with a known time of day that happened after sunset)."""
    count = int(labels.max(initial=0))
    ids = np.arange(1, count + 1)
    sizes = np.bincount(labels, minlength=count + 1)[1:]
    table = pd.DataFrame({"rank": ids, "incident_count": sizes, "area_m2": areas})
    table["density_per_ha"] = np.divide(sizes * 10000.0, areas, out=np.zeros(count), where=areas > 0)
    clustered = pd.Series(labels).where(labels > 0)
    if categories is not None:
        table["top_categories"] = _top_categories(clustered, categories, ids)
    if times is not None:
        stamps = to_datetime_ns(pd.Series(times).reset_index(drop=True))
        known = np.ones(len(stamps), bool) if time_known is None else np.asarray(time_known, bool)
        _add_time_columns(table, clustered, stamps, known, ids)
        if lon is not None and time_zone:
            table["after_dark_share"] = _after_dark_share(clustered, stamps, known, lon, lat,
                                                          time_zone, ids)
    return table


def _top_categories(clustered: pd.Series, categories: pd.Series, ids) -> list:
    frame = pd.DataFrame({"cluster": clustered.to_numpy(),
                          "category": pd.Series(categories).reset_index(drop=True).fillna("").astype(str)})
    frame = frame.dropna(subset=["cluster"])
    counts = frame.groupby(["cluster", "category"]).size().reset_index(name="n")
    counts = counts.sort_values(["cluster", "n", "category"], ascending=[True, False, True])
    top = counts.groupby("cluster").head(TOP_CATEGORIES)
    items = top["category"].where(top["category"] != "", "-") + ":" + top["n"].astype(str)
    joined = items.groupby(top["cluster"]).agg(", ".join)
    return [joined.get(float(i), "") for i in ids]


def _add_time_columns(table, clustered, stamps, known, ids) -> None:
    frame = pd.DataFrame({"cluster": clustered.to_numpy(), "time": stamps, "known": known})
    frame = frame.dropna(subset=["cluster", "time"])
    grouped = frame.groupby("cluster")["time"]
    first, last = grouped.min(), grouped.max()
    table["first_date"] = [first[i].date() if i in first.index else None for i in ids]
    table["last_date"] = [last[i].date() if i in last.index else None for i in ids]
    weekday = _mode(frame["cluster"], frame["time"].dt.day_of_week)
    table["busiest_weekday"] = [text("weekday_" + WEEKDAYS[int(weekday[i])]) if i in weekday.index
                                else None for i in ids]
    timed = frame[frame["known"]]
    hour = _mode(timed["cluster"], timed["time"].dt.hour)
    table["busiest_hour"] = [int(hour[i]) if i in hour.index else None for i in ids]


def _mode(groups: pd.Series, values: pd.Series) -> pd.Series:
    """The most frequent value per group (ties go to the smallest), indexed by group."""
    counts = pd.DataFrame({"group": groups.to_numpy(), "value": values.to_numpy()})
    counts = counts.groupby(["group", "value"]).size().reset_index(name="n")
    counts = counts.sort_values(["group", "n", "value"], ascending=[True, False, True])
    first = counts.drop_duplicates("group")
    return pd.Series(first["value"].to_numpy(), index=first["group"].to_numpy())


def _after_dark_share(clustered, stamps, known, lon, lat, zone, ids) -> list:
    dark = after_dark(stamps, known, lon, lat, zone)
    usable = clustered.notna().to_numpy() & np.isfinite(dark)
    if not usable.any():
        return [None] * len(ids)
    frame = pd.DataFrame({"cluster": clustered[usable].to_numpy(), "dark": dark[usable]})
    share = frame.groupby("cluster")["dark"].mean()
    return [round(float(share[i]), 4) if i in share.index else None for i in ids]
