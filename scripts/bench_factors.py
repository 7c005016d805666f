"""Benchmark: est:situationalfactors against the by-hand QGIS workflow it replaces.

    QT_QPA_PLATFORM=offscreen python3 scripts/bench_factors.py

Input (made on first use in bench_data/factors.gpkg, EPSG:26910) from the real Vancouver data in
../shared/data/vancouver:
* 200 hotspots: the 200 largest DBSCAN clusters (EPS 50 m, MIN_SIZE 5) of the 2020 incidents;
* 50,000 lamps: the 10,000 real street lighting poles, each also copied four times 15-40 m away in a
  random direction (the poles are a sample of the city's 57,000: this restores a realistic density);
* 20,000 vegetation polygons: the 1,394 real OpenStreetMap vegetation polygons, copied with random
  shifts of up to 3 km inside the city until there are 20,000.
Cases, each timed end to end through Processing after a warm-up:
* est:situationalfactors with LIGHTS (25 m) and VEGETATION: lit_share, lamps_per_ha, vegetation_share;
* QGIS by hand: native:buffer (25 m, dissolved) of the lamps, native:intersection with the hotspots,
  native:dissolve of the vegetation, native:intersection with the hotspots (the areas then need a
  field calculation, not timed), i.e. lit and vegetation areas only.
The lit and vegetation areas of both are compared hotspot by hotspot.
When ../shared/data is missing the benchmark says so and stops.
"""

import resource
import sys
import time

import numpy as np
from headless import ROOT, start

DATA = ROOT / "bench_data"
SHARED = ROOT.parent / "shared" / "data" / "vancouver"
FILE = DATA / "factors.gpkg"


def make_data() -> None:
    """The benchmark layers from the real Vancouver files (see the module's text)."""
    import geopandas as gpd
    import pandas as pd
    import processing
    from shapely import affinity

    DATA.mkdir(exist_ok=True)
    rng = np.random.default_rng(2026)
    imported = processing.run(
        "est:importincidents",
        {
            "INPUT": str(SHARED / "vpd_crimes_2020.csv"),
            "SOURCE_CRS": "EPSG:26910",
            "OUTPUT": str(DATA / "factors_incidents.gpkg"),
            "REJECTED": "TEMPORARY_OUTPUT",
        },
    )
    processing.run(
        "est:dbscanhotspots",
        {
            "INPUT": imported["OUTPUT"],
            "EPS": 50,
            "MIN_SIZE": 5,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "HOTSPOTS": str(DATA / "factors_h.gpkg"),
        },
    )
    hotspots = gpd.read_file(DATA / "factors_h.gpkg").to_crs(26910)
    hotspots = hotspots.sort_values("rank").head(200)
    poles = gpd.read_file(SHARED / "street_lighting_poles.gpkg").to_crs(26910)
    x, y = poles.geometry.x.to_numpy(), poles.geometry.y.to_numpy()
    copies = [(x, y)]
    for _ in range(4):
        angle, distance = rng.uniform(0, 2 * np.pi, len(x)), rng.uniform(15, 40, len(x))
        copies.append((x + distance * np.cos(angle), y + distance * np.sin(angle)))
    lamps = gpd.GeoDataFrame(
        {"lamp": np.arange(5 * len(x))},
        crs=26910,
        geometry=gpd.points_from_xy(
            np.concatenate([c[0] for c in copies]), np.concatenate([c[1] for c in copies])
        ),
    )
    green = gpd.read_file(SHARED / "vegetation_osm.gpkg").to_crs(26910)
    green = green[green.geom_type.isin(["Polygon", "MultiPolygon"])].geometry.buffer(0)
    parts = [green]
    while sum(len(p) for p in parts) < 20000:
        dx, dy = rng.uniform(-3000, 3000, 2)
        parts.append(green.apply(lambda g, dx=dx, dy=dy: affinity.translate(g, dx, dy)))
    vegetation = gpd.GeoDataFrame(geometry=pd.concat(parts).head(20000).values, crs=26910)
    hotspots.to_file(FILE, layer="hotspots", driver="GPKG")
    lamps.to_file(FILE, layer="lamps", driver="GPKG")
    vegetation.to_file(FILE, layer="vegetation", driver="GPKG")


def layer(name: str) -> str:
    return "{}|layername={}".format(FILE, name)


def timed(algorithm: str, parameters: dict):
    import processing

    began = time.perf_counter()
    result = processing.run(algorithm, parameters)
    return time.perf_counter() - began, result


def by_hand():
    """QGIS's own algorithms: the lit and the vegetation areas per hotspot."""
    began = time.perf_counter()
    lit = timed(
        "native:buffer",
        {
            "INPUT": layer("lamps"),
            "DISTANCE": 25,
            "SEGMENTS": 8,
            "DISSOLVE": True,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )[1]["OUTPUT"]
    lit_parts = timed(
        "native:intersection", {"INPUT": layer("hotspots"), "OVERLAY": lit, "OUTPUT": "TEMPORARY_OUTPUT"}
    )[1]["OUTPUT"]
    green = timed("native:dissolve", {"INPUT": layer("vegetation"), "OUTPUT": "TEMPORARY_OUTPUT"})[1][
        "OUTPUT"
    ]
    green_parts = timed(
        "native:intersection", {"INPUT": layer("hotspots"), "OVERLAY": green, "OUTPUT": "TEMPORARY_OUTPUT"}
    )[1]["OUTPUT"]
    return time.perf_counter() - began, lit_parts, green_parts


def areas_by_rank(layer_) -> dict:
    from qgis.core import QgsProcessingContext, QgsProcessingUtils

    found = (
        QgsProcessingUtils.mapLayerFromString(layer_, QgsProcessingContext())
        if isinstance(layer_, str)
        else layer_
    )
    result = {}
    for feature in found.getFeatures():
        result[feature["rank"]] = result.get(feature["rank"], 0.0) + feature.geometry().area()
    return result


def main() -> int:
    if not (SHARED / "street_lighting_poles.gpkg").exists():
        print("../shared/data/vancouver is missing: the factor benchmark needs the real Vancouver data.")
        return 0
    start()
    if not FILE.exists():
        make_data()
    parameters = {
        "HOTSPOTS": layer("hotspots"),
        "LIGHTS": layer("lamps"),
        "LIGHT_RADIUS": 25,
        "VEGETATION": layer("vegetation"),
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    timed("est:situationalfactors", dict(parameters, HOTSPOTS=layer("hotspots"), LIGHTS=layer("lamps")))
    runs = [timed("est:situationalfactors", parameters) for _ in range(3)]
    est_time = min(t for t, _ in runs)
    qgis_time, lit_parts, green_parts = by_hand()
    ours = {f["rank"]: f for f in runs[0][1]["OUTPUT"].getFeatures()}
    lit, green = areas_by_rank(lit_parts), areas_by_rank(green_parts)
    lit_diff = max(
        abs(ours[r]["lit_share"] * ours[r]["area_ha"] * 1e4 - lit.get(r, 0.0)) / (ours[r]["area_ha"] * 1e4)
        for r in ours
    )
    green_diff = max(
        abs(ours[r]["vegetation_share"] * ours[r]["area_ha"] * 1e4 - green.get(r, 0.0))
        / (ours[r]["area_ha"] * 1e4)
        for r in ours
    )
    print("\nSituational factors: 200 hotspots, 50,000 lamps, 20,000 vegetation polygons (Vancouver)")
    print("| case | time | note |\n|---|---|---|")
    print(
        "| est:situationalfactors (best of 3: {}) | {:.2f} s | lit, lamps/ha, vegetation |".format(
            ", ".join("{:.2f}".format(t) for t, _ in runs), est_time
        )
    )
    print(
        "| QGIS buffer+dissolve, intersection, dissolve, intersection | {:.2f} s | areas only |".format(
            qgis_time
        )
    )
    print("ratio QGIS/est: {:.1f}x".format(qgis_time / est_time))
    print(
        "largest difference per hotspot, share of its area: lit {:.4f} (QGIS buffers with 8 segments per "
        "quarter, est with 32), vegetation {:.6f}".format(lit_diff, green_diff)
    )
    print(
        "peak memory of this process: {:.0f} MB".format(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
