"""est:riskterrain on the real Vancouver data (../shared/data/vancouver): 2020 incidents,
January-October as training and November-December as the test period; factors street lighting
poles, OpenStreetMap vegetation polygons (the layer's 18 points are left aside with OGR's
geometrytype=Polygon) and graffiti sites; study area the 22 local areas. Prints the relative risk
table and the two PAIs.

The 10,000 lighting poles are the first of about 57,000: spread over every local area, but only part
of the poles. So a second run restricts the study area to where pole data exist (cells within 200 m
of a recorded pole, 107 of the city's 119 km2) to show how much the lighting result depends on that.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/risk_terrain_example.py [out folder] [cell size]
"""
import sys
import tempfile
import time
from pathlib import Path

from headless import start

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "vancouver"
COLUMNS = ["factor", "status", "operation", "distance_m", "relative_risk", "p_value", "rrv_ci_low",
           "rrv_ci_high", "selected_share", "variant_share", "rrv_boot_p05", "rrv_boot_p95",
           "cells_exposed", "features"]


def main(out: Path, cell_size: float) -> None:
    start()
    import processing

    imported = processing.run("est:importincidents", {
        "INPUT": str(DATA / "vpd_crimes_2020.csv"), "SOURCE_CRS": "EPSG:26910",
        "OUTPUT": str(out / "incidents.gpkg"), "REJECTED": str(out / "rejected.csv")})
    periods = {}
    for name, first, last in (("training", "2020-01-01", "2020-10-31"), ("test", "2020-11-01", "2020-12-31")):
        periods[name] = processing.run("est:filterincidents", {
            "INPUT": imported["OUTPUT"], "DATE_FROM": first, "DATE_TO": last,
            "OUTPUT": str(out / (name + ".gpkg"))})["OUTPUT"]
    run(periods, str(DATA / "neighbourhoods.gpkg"), cell_size, out, "city", 20)
    run(periods, pole_area(out), cell_size, out, "where_poles", 10)


def pole_area(out: Path) -> str:
    """The local areas within 200 m of a recorded lighting pole, as a GeoPackage layer."""
    import geopandas as gpd

    city = gpd.read_file(DATA / "neighbourhoods.gpkg").to_crs(32610)
    poles = gpd.read_file(DATA / "street_lighting_poles.gpkg").to_crs(32610)
    area = city.unary_union.intersection(poles.buffer(200).unary_union)
    path = out / "pole_area.gpkg"
    gpd.GeoDataFrame(geometry=[area], crs=city.crs).to_file(path, driver="GPKG")
    print("study area where poles exist: {:.1f} of {:.1f} km2".format(area.area / 1e6,
                                                                      city.unary_union.area / 1e6))
    return str(path)


def run(periods, study_area: str, cell_size: float, out: Path, name: str, bootstraps: int) -> None:
    import pandas as pd
    import processing

    began = time.time()
    result = processing.run("est:riskterrain", {
        "INCIDENTS": periods["training"], "TEST_INCIDENTS": periods["test"],
        "STUDY_AREA": study_area, "CELL_SIZE": cell_size,
        "FACTORS": [str(DATA / "street_lighting_poles.gpkg"),
                    str(DATA / "vegetation_osm.gpkg") + "|geometrytype=Polygon",
                    str(DATA / "graffiti_sites.gpkg")],
        "DISTANCES": "50,100,200", "SEED": 1, "BOOTSTRAPS": bootstraps,
        "OUTPUT": str(out / (name + "_risk.tif")), "OUTPUT_TABLE": str(out / (name + "_risk_factors.csv"))})
    seconds = time.time() - began
    table = pd.read_csv(result["OUTPUT_TABLE"])
    print("\n== study area: {} ==".format(name))
    with pd.option_context("display.width", 200, "display.max_columns", 30, "display.precision", 3):
        print(table[COLUMNS].to_string(index=False))
    print("model: {}; factors selected: {}; {:.0f} s".format(result["MODEL_USED"], result["SELECTED_COUNT"],
                                                            seconds))
    print("PAI at 5% of the study area, Nov-Dec 2020: risk raster {:.2f}, kernel density {:.2f}".format(
        result["TEST_PAI_RISK"], result["TEST_PAI_KDE"]))


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="est_rtm_"))
    folder.mkdir(parents=True, exist_ok=True)
    main(folder, float(sys.argv[2]) if len(sys.argv) > 2 else 50.0)
