"""Coordinate systems: reading a user's CRS, choosing a metric CRS, transforming coordinates.

Distances in the plugin are always metres. Data inside Sweden goes to SWEREF 99 TM (EPSG:3006),
data elsewhere to its WGS 84 UTM zone, unless the user picks a CRS.
"""
import json
from typing import Optional, Tuple

import numpy as np
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError
from shapely.geometry import Point, shape
from shapely.prepared import prep

from .errors import InputError
from .messages import text
from .resources import resource_path
from .threadcache import per_thread_cache

SWEREF99_TM = "EPSG:3006"
WGS84 = "EPSG:4326"
AREA_MARGIN_DEGREES = 2.0


@per_thread_cache(maxsize=32)
def parse_crs(definition: str) -> CRS:
    """A CRS from an authority code (EPSG:3006), WKT or PROJ string; InputError if unknown."""
    try:
        return CRS.from_user_input(definition)
    except CRSError as error:
        raise InputError(text("bad_crs", crs=definition, detail=str(error))) from error


@per_thread_cache(maxsize=32)
def _transformer(source: str, target: str) -> Transformer:
    return Transformer.from_crs(parse_crs(source), parse_crs(target), always_xy=True)


def transform(x: np.ndarray, y: np.ndarray, source: str, target: str) -> Tuple[np.ndarray, np.ndarray]:
    """Coordinates transformed from ``source`` to ``target`` (east/north order); inf where impossible."""
    xs, ys = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if source == target:
        return xs, ys
    if xs.size == 1 and ys.size == 1:
        # pyproj tries its one-point path first, with float() of the inputs: of a 1-element array
        # that warns from numpy 1.25 on, so one point goes in as Python floats
        tx, ty = _transformer(source, target).transform(float(xs.reshape(-1)[0]), float(ys.reshape(-1)[0]))
        return np.full(xs.shape, tx, dtype=float), np.full(ys.shape, ty, dtype=float)
    tx, ty = _transformer(source, target).transform(xs, ys)
    return np.asarray(tx, dtype=float), np.asarray(ty, dtype=float)


def to_lonlat(x: np.ndarray, y: np.ndarray, source: str) -> Tuple[np.ndarray, np.ndarray]:
    """Longitude and latitude (WGS 84) of coordinates given in ``source``."""
    return transform(x, y, source, WGS84)


def is_geographic(definition: str) -> bool:
    """True when the CRS measures in degrees rather than metres."""
    return bool(parse_crs(definition).is_geographic)


def looks_like_lonlat(x: np.ndarray, y: np.ndarray) -> bool:
    """True when every finite pair could be a longitude and a latitude (and not all are 0,0)."""
    finite = np.isfinite(x) & np.isfinite(y) & ~((x == 0) & (y == 0))
    if not finite.any():
        return False
    return bool((np.abs(x[finite]) <= 180).all() and (np.abs(y[finite]) <= 90).all())


def utm_epsg(lon: float, lat: float) -> str:
    """The WGS 84 UTM zone of a place, with the Norway and Svalbard exceptions."""
    zone = int((lon + 180.0) // 6.0) % 60 + 1
    if 56.0 <= lat < 64.0 and 3.0 <= lon < 12.0:
        zone = 32
    elif 72.0 <= lat < 84.0 and 0.0 <= lon < 42.0:
        zone = 31 if lon < 9.0 else 33 if lon < 21.0 else 35 if lon < 33.0 else 37
    return "EPSG:{}".format((32600 if lat >= 0 else 32700) + zone)


@per_thread_cache(maxsize=1)
def _sweden_area():
    """Sweden with 20 km of coastal water, minus neighbouring land (resources/sweden_area.geojson,
    made by scripts/make_sweden_area.py from Natural Earth), prepared for fast tests."""
    with open(resource_path("sweden_area.geojson"), encoding="utf-8") as handle:
        geometry = json.load(handle)["features"][0]["geometry"]
    return prep(shape(geometry))


def in_sweden(lon: float, lat: float) -> bool:
    """True when the place lies in Sweden or its coastal waters (Haparanda yes, Tornio no)."""
    return bool(np.isfinite(lon) and np.isfinite(lat) and _sweden_area().contains(Point(lon, lat)))


def choose_metric_crs(lon: np.ndarray, lat: np.ndarray) -> str:
    """SWEREF 99 TM for data whose middle (median) lies in Sweden, else the UTM zone there."""
    mid_lon, mid_lat = float(np.median(lon)), float(np.median(lat))
    return SWEREF99_TM if in_sweden(mid_lon, mid_lat) else utm_epsg(mid_lon, mid_lat)


def area_of_use(definition: str) -> Optional[Tuple[float, float, float, float]]:
    """(west, south, east, north) in degrees where the CRS is meant to be used, widened by a margin."""
    area = parse_crs(definition).area_of_use
    if area is None or parse_crs(definition).is_geographic:
        return None
    west, south, east, north = area.bounds
    margin = AREA_MARGIN_DEGREES
    return west - margin, south - margin, east + margin, north + margin


def inside_bounds(lon: np.ndarray, lat: np.ndarray,
                  bounds: Tuple[float, float, float, float]) -> np.ndarray:
    """True where (lon, lat) lies inside (west, south, east, north); handles the antimeridian."""
    west, south, east, north = bounds
    lat_ok = (lat >= south) & (lat <= north)
    if west <= east:
        return lat_ok & (lon >= west) & (lon <= east)
    return lat_ok & ((lon >= west) | (lon <= east))
