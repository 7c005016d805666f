"""Situational factors at hotspots: lighting, vegetation and other places nearby.

Every measure is a plain geometric fact computed with shapely in a metric CRS:

- lit area: the union of the lamps' lit circles (radius per lamp) and of the lit lines buffered by the
  light radius; ``lit_share`` is the share of a hotspot's area inside it;
- ``lit_path_share``: the share of the path length inside a hotspot that lies in the lit area;
  ``largest_unlit_gap_m``: the longest connected stretch of path inside the hotspot outside it;
- ``vegetation_share``: the share of a hotspot's area covered by vegetation polygons or tree crowns;
- lamps and trees per hectare: the points inside the hotspot per hectare of it;
- other factors: the features within a factor's influence distance of the hotspot and the distance to
  the nearest one (0 inside it).

The large layers (lamps, trees, vegetation, paths) are never looped over in Python: candidates near a
hotspot are picked by vectorised bounding-box tests (points through a k-d tree), and only they are
unioned and intersected with the hotspot. The loop runs over the hotspots, which are few.
"""

from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree
from shapely.geometry import Point, Polygon
from shapely.ops import linemerge, unary_union

CIRCLE_SEGMENTS = 32  # per quarter circle: a lit circle's polygon holds 99.96 % of the circle's area
_UNIT_CIRCLE = np.array(Point(0.0, 0.0).buffer(1.0, CIRCLE_SEGMENTS).exterior.coords)
NEAREST_LIMIT_M = 5000.0  # the nearest feature of another factor is looked for up to this far


@dataclass(frozen=True)
class Circles:
    """Points with a radius each (lamps with their lit radius, trees with their crown radius)."""

    x: np.ndarray
    y: np.ndarray
    r: np.ndarray

    def __len__(self) -> int:
        return len(self.x)

    def near(self, bounds, reach: float = 0.0) -> np.ndarray:
        """Indexes of the circles that reach into the box ``bounds`` grown by ``reach``."""
        west, south, east, north = bounds
        r = self.r + reach
        return np.flatnonzero(
            (self.x + r >= west) & (self.x - r <= east) & (self.y + r >= south) & (self.y - r <= north)
        )

    def shapes(self, index: np.ndarray) -> list:
        """The circles at ``index`` as polygons (the same vertices as shapely's buffer, made from one
        unit circle: 3.3 times faster than a buffer per point, measured)."""
        return [Polygon(_UNIT_CIRCLE * self.r[i] + (self.x[i], self.y[i])) for i in index]


@dataclass(frozen=True)
class Shapes:
    """Lines or polygons with their bounding boxes, for vectorised candidate picking."""

    geometries: np.ndarray  # of shapely geometries
    bounds: np.ndarray  # (n, 4): west, south, east, north

    @classmethod
    def of(cls, geometries: Sequence, bounds: Optional[np.ndarray] = None) -> "Shapes":
        """Shapes of ``geometries``; ``bounds`` when known already (computing them costs 0.1 ms each
        in shapely 1.8), else computed. Missing and empty geometries are left out."""
        keep = [g is not None and not g.is_empty for g in geometries]
        kept = [g for g, k in zip(geometries, keep) if k]
        if bounds is not None:
            bounds = np.asarray(bounds, float).reshape(-1, 4)[np.asarray(keep, bool)]
        else:
            bounds = np.array([g.bounds for g in kept], float).reshape(-1, 4)
        array = np.empty(len(kept), dtype=object)
        for index, geometry in enumerate(kept):  # slice assignment would unpack the coordinates
            array[index] = geometry
        return cls(array, bounds)

    def __len__(self) -> int:
        return len(self.geometries)

    def near(self, bounds, reach: float = 0.0) -> np.ndarray:
        """Indexes of the shapes whose box meets the box ``bounds`` grown by ``reach``."""
        west, south, east, north = bounds
        b = self.bounds
        return np.flatnonzero(
            (b[:, 2] >= west - reach)
            & (b[:, 0] <= east + reach)
            & (b[:, 3] >= south - reach)
            & (b[:, 1] <= north + reach)
        )


@dataclass(frozen=True)
class OtherFactor:
    """A layer of places that may matter (bus stops, bars, schools) with its influence distance."""

    name: str  # a field-name-safe short name
    shapes: Shapes
    distance: float


@dataclass(frozen=True)
class FactorLayers:
    """Everything the measures can use; a missing layer leaves its measures empty (None)."""

    lamps: Optional[Circles] = None
    lit_lines: Optional[Shapes] = None
    light_radius: float = 25.0  # lit lines light a band this wide on each side
    vegetation: Optional[Shapes] = None
    trees: Optional[Circles] = None
    paths: Optional[Shapes] = None
    others: Sequence[OtherFactor] = field(default_factory=tuple)

    @property
    def has_lighting(self) -> bool:
        return bool(self.lamps is not None or self.lit_lines is not None)

    @property
    def has_vegetation(self) -> bool:
        return bool(self.vegetation is not None or self.trees is not None)


def reaching(circles: Circles, area) -> np.ndarray:
    """Indexes of the circles that can reach ``area``: centres within the largest radius of it.

    A hotspot's box holds many lamps that miss an irregular hotspot; dropping them before the union
    halves its cost (the union of lit circles is most of the algorithm's time)."""
    from .accuracy import _covers

    index = circles.near(area.bounds)
    if len(index) < 8:
        return index
    grown = area.buffer(float(circles.r[index].max()), 8)
    return index[_covers(grown, circles.x[index], circles.y[index])]


def lit_area(layers: FactorLayers, bounds, reach: float = 0.0, area=None):
    """The lit area near the box ``bounds`` (grown by ``reach``), or near ``area`` when given:
    lamp circles and lit-line bands."""
    parts: List = []
    if layers.lamps is not None:
        near = reaching(layers.lamps, area) if area is not None else layers.lamps.near(bounds, reach)
        parts += layers.lamps.shapes(near)
    if layers.lit_lines is not None:
        near = layers.lit_lines.near(bounds, reach + layers.light_radius)
        parts += [g.buffer(layers.light_radius, CIRCLE_SEGMENTS) for g in layers.lit_lines.geometries[near]]
    return unary_union(parts) if parts else None


def green_area(layers: FactorLayers, bounds, reach: float = 0.0):
    """Vegetation polygons and tree crowns near the box ``bounds``, unioned."""
    parts: List = []
    if layers.vegetation is not None:
        parts += list(layers.vegetation.geometries[layers.vegetation.near(bounds, reach)])
    if layers.trees is not None:
        parts += layers.trees.shapes(layers.trees.near(bounds, reach))
    return unary_union(parts) if parts else None


def _share(part, whole) -> float:
    return float(part.area / whole.area) if whole.area > 0 else 0.0


def _inside(circles: Circles, polygon) -> int:
    """How many circle centres lie in ``polygon`` (its boundary included)."""
    from .accuracy import points_in_polygons

    west, south, east, north = polygon.bounds
    index = np.flatnonzero(
        (circles.x >= west) & (circles.x <= east) & (circles.y >= south) & (circles.y <= north)
    )
    if not len(index):
        return 0
    return int((points_in_polygons(circles.x[index], circles.y[index], [polygon]) >= 0).sum())


def lighting_measures(hotspot, layers: FactorLayers) -> dict:
    """lit_share, lamps_per_ha, path_length_m, lit_path_share, largest_unlit_gap_m of one hotspot."""
    result = dict.fromkeys(
        ("lit_share", "lamps_per_ha", "path_length_m", "lit_path_share", "largest_unlit_gap_m")
    )
    hectares = hotspot.area / 10000.0
    lit = lit_area(layers, hotspot.bounds, area=hotspot) if layers.has_lighting else None
    if layers.has_lighting:
        result["lit_share"] = _share(hotspot.intersection(lit), hotspot) if lit is not None else 0.0
    if layers.lamps is not None and hectares > 0:
        result["lamps_per_ha"] = _inside(layers.lamps, hotspot) / hectares
    if layers.paths is not None:
        near = layers.paths.near(hotspot.bounds)
        inside = hotspot.intersection(unary_union(list(layers.paths.geometries[near]))) if len(near) else None
        length = float(inside.length) if inside is not None else 0.0
        result["path_length_m"] = length
        if layers.has_lighting and length > 0:
            unlit = inside.difference(lit) if lit is not None else inside
            result["lit_path_share"] = 1.0 - float(unlit.length) / length
            result["largest_unlit_gap_m"] = _longest_piece(unlit)
    return result


def _longest_piece(lines) -> float:
    """The length of the longest connected line in ``lines`` (pieces meeting end to end are joined)."""
    if lines is None or lines.is_empty:
        return 0.0
    pieces = list(getattr(lines, "geoms", [lines]))
    pieces = [p for p in pieces if p.geom_type in ("LineString", "MultiLineString") and p.length > 0]
    if not pieces:
        return 0.0
    merged = linemerge(pieces)
    return float(max(p.length for p in getattr(merged, "geoms", [merged])))


def vegetation_measures(hotspot, layers: FactorLayers) -> dict:
    """vegetation_share and trees_per_ha of one hotspot."""
    result = dict.fromkeys(("vegetation_share", "trees_per_ha"))
    if layers.has_vegetation:
        green = green_area(layers, hotspot.bounds)
        result["vegetation_share"] = (
            _share(hotspot.intersection(green), hotspot) if green is not None else 0.0
        )
    if layers.trees is not None and hotspot.area > 0:
        result["trees_per_ha"] = _inside(layers.trees, hotspot) / (hotspot.area / 10000.0)
    return result


def other_measures(hotspot, factor: OtherFactor) -> dict:
    """<name>_count (features within the factor's distance) and <name>_nearest_m of one hotspot."""
    near = factor.shapes.near(hotspot.bounds, factor.distance)
    distances = np.array([hotspot.distance(g) for g in factor.shapes.geometries[near]], float)
    count = int((distances <= factor.distance).sum())
    return {factor.name + "_count": count, factor.name + "_nearest_m": _nearest(hotspot, factor, distances)}


def _nearest(hotspot, factor: OtherFactor, distances: np.ndarray) -> Optional[float]:
    """The exact distance to the nearest feature: a search box grown until it holds one nearer than
    its reach (any feature nearer than the reach has its box inside the grown box)."""
    reach = factor.distance
    while True:
        if len(distances) and distances.min() <= reach:
            return float(distances.min())
        reach *= 4.0
        if reach > NEAREST_LIMIT_M * 4:
            return None
        near = factor.shapes.near(hotspot.bounds, reach)
        distances = np.array([hotspot.distance(g) for g in factor.shapes.geometries[near]], float)
        if len(distances) and distances.min() > NEAREST_LIMIT_M:
            return None


def hotspot_measures(hotspots: Sequence, layers: FactorLayers, progress=None) -> pd.DataFrame:
    """One row of measures per hotspot polygon (area_ha first), in the order given."""
    rows = []
    for number, hotspot in enumerate(hotspots):
        row = {"area_ha": hotspot.area / 10000.0}
        row.update(lighting_measures(hotspot, layers))
        row.update(vegetation_measures(hotspot, layers))
        for factor in layers.others:
            row.update(other_measures(hotspot, factor))
        rows.append(row)
        if progress is not None and progress(number + 1, len(hotspots)) is False:
            break
    return pd.DataFrame(rows)


def in_shapes(x: np.ndarray, y: np.ndarray, shapes: Optional[Shapes], reach: float = 0.0) -> np.ndarray:
    """True for the points inside a polygon of ``shapes`` or within ``reach`` of one of its lines.

    One k-d tree query over all shapes at once finds the points near each shape's box; only the
    shapes with points near them are tested, each with one vectorised containment test.
    """
    from .accuracy import _covers

    inside = np.zeros(len(x), bool)
    if shapes is None or not len(shapes) or not len(x):
        return inside
    x, y = np.asarray(x, float), np.asarray(y, float)
    b = shapes.bounds
    centres = np.column_stack([(b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2])
    radii = np.hypot(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) / 2 + reach
    candidates = cKDTree(np.column_stack([x, y])).query_ball_point(centres, radii)
    for shape, near in zip(shapes.geometries, candidates):
        near = np.asarray(near, np.int64)
        near = near[~inside[near]]
        if len(near):
            area = shape.buffer(reach, CIRCLE_SEGMENTS) if reach > 0 else shape
            inside[near[_covers(area, x[near], y[near])]] = True
    return inside


def in_circles(x: np.ndarray, y: np.ndarray, circles: Optional[Circles]) -> np.ndarray:
    """True for the points within the radius of some circle (exact, not the polygon)."""
    inside = np.zeros(len(x), bool)
    if circles is None or not len(circles) or not len(x):
        return inside
    points = cKDTree(np.column_stack([x, y]))
    centres = cKDTree(np.column_stack([circles.x, circles.y]))
    pairs = points.sparse_distance_matrix(centres, float(circles.r.max()), output_type="ndarray")
    hit = pairs["v"] <= circles.r[pairs["j"]]
    inside[pairs["i"][hit]] = True
    return inside
