"""est:situationalfactors on the real data in ../shared/data: Vancouver and Helsinki.

    QT_QPA_PLATFORM=offscreen python3 scripts/factors_example.py [--out out/factors]

Vancouver: the 2020 police incidents (est:importincidents, EPSG:26910), DBSCAN hotspots (EPS 50 m,
MIN_SIZE 5), the 10,000 street lighting poles (a sample of the city's ~57,000: the lit shares are
lower bounds, see the README), OpenStreetMap vegetation polygons and the graffiti sites as another
factor. Helsinki: real OpenStreetMap lamps, lit footways (lit=yes), trees, vegetation and paths
around the hotspots of the bundled sample's SIMULATED incidents (Helsinki has no open incident data).
Prints the ten first hotspots of each with their measures and suggested measures.
"""

import argparse
import sys
from pathlib import Path

from headless import ROOT, start

SHARED = ROOT.parent / "shared" / "data"
COLUMNS = (
    "rank",
    "incident_count",
    "area_ha",
    "lit_share",
    "lamps_per_ha",
    "lit_path_share",
    "largest_unlit_gap_m",
    "vegetation_share",
    "trees_per_ha",
    "after_dark_share",
    "dark_unlit_incident_share",
    "measure_codes",
)


def run(algorithm, parameters):
    import processing

    return processing.run(algorithm, parameters)


def table(layer, title: str, extra=()) -> None:
    from qgis.core import QgsVectorLayer

    found = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, "t", "ogr")
    columns = [c for c in COLUMNS + tuple(extra) if c in found.fields().names()]
    print("\n" + title)
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    rows = sorted(found.getFeatures(), key=lambda f: f["rank"])
    for feature in rows[:10]:
        print("| " + " | ".join(_cell(feature[c]) for c in columns) + " |")
    for feature in rows[:3]:
        print("  rank {}: {}".format(feature["rank"], feature["suggested_measures"]))
    codes = [f["measure_codes"] for f in rows]
    print(
        "{} hotspots; suggested: lighting {}, lighting_gap {}, sightlines {}, place_managers {}".format(
            len(rows),
            *(
                sum(code in (c or "") for c in codes)
                for code in ("lighting", "lighting_gap", "sightlines", "place_managers")
            ),
        )
    )


def _cell(value) -> str:
    if value is None or str(value) == "NULL":
        return "-"
    return "{:.3f}".format(value) if isinstance(value, float) else str(value)


def vancouver(out: Path) -> None:
    folder = SHARED / "vancouver"
    imported = run(
        "est:importincidents",
        {
            "INPUT": str(folder / "vpd_crimes_2020.csv"),
            "SOURCE_CRS": "EPSG:26910",
            "OUTPUT": str(out / "vancouver_incidents.gpkg"),
            "REJECTED": "TEMPORARY_OUTPUT",
        },
    )
    clusters = run(
        "est:dbscanhotspots",
        {
            "INPUT": imported["OUTPUT"],
            "EPS": 50,
            "MIN_SIZE": 5,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "HOTSPOTS": str(out / "vancouver_hotspots.gpkg"),
        },
    )
    result = run(
        "est:situationalfactors",
        {
            "HOTSPOTS": clusters["HOTSPOTS"],
            "INCIDENTS": imported["OUTPUT"],
            "LIGHTS": str(folder / "street_lighting_poles.gpkg"),
            "LIGHT_RADIUS": 25,
            "VEGETATION": str(folder / "vegetation_osm.gpkg"),
            "OTHER_FACTORS": [str(folder / "graffiti_sites.gpkg")],
            "OTHER_DISTANCE": 50,
            "TIME_ZONE": "America/Vancouver",
            "OUTPUT": str(out / "vancouver_factors.gpkg"),
            "OUTPUT_INCIDENTS": str(out / "vancouver_incident_factors.gpkg"),
        },
    )
    table(
        result["OUTPUT"],
        "Vancouver 2020, DBSCAN 50 m / 5 (street lights: a 10,000-pole sample)",
        ("graffiti_sites_count",),
    )


def helsinki(out: Path) -> None:
    sample = ROOT / "resources" / "sample"
    osm = SHARED / "helsinki" / "helsinki_osm_layers.gpkg"
    imported = run(
        "est:importincidents",
        {
            "INPUT": str(sample / "incidents_helsinki_simulated.csv"),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "REJECTED": "TEMPORARY_OUTPUT",
        },
    )
    clusters = run(
        "est:dbscanhotspots",
        {
            "INPUT": imported["OUTPUT"],
            "EPS": 40,
            "MIN_SIZE": 8,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "HOTSPOTS": str(out / "helsinki_hotspots.gpkg"),
        },
    )
    result = run(
        "est:situationalfactors",
        {
            "HOTSPOTS": clusters["HOTSPOTS"],
            "INCIDENTS": imported["OUTPUT"],
            "LIGHTS": "{}|layername=street_lamps".format(osm),
            "LIT_LINES": "{}|layername=highways".format(osm),
            "LIT_EXPRESSION": '"other_tags" LIKE \'%"lit"=>"yes"%\'',
            "PATHS": "{}|layername=highways".format(osm),
            "VEGETATION": "{}|layername=vegetation".format(osm),
            "TREES": "{}|layername=trees".format(osm),
            "TIME_ZONE": "Europe/Helsinki",
            "OUTPUT": str(out / "helsinki_factors.gpkg"),
        },
    )
    table(
        result["OUTPUT"],
        "Helsinki, real OpenStreetMap factors at the hotspots of simulated incidents",
        ("path_length_m",),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "factors")
    out = parser.parse_args().out
    if not SHARED.exists():
        print("../shared/data is missing: this example needs the real Vancouver and Helsinki data.")
        return 0
    out.mkdir(parents=True, exist_ok=True)
    start()
    vancouver(out)
    helsinki(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
