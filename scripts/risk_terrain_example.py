"""est:riskterrain on the real Vancouver data (../shared/data/vancouver): 2020 incidents,
January-October as training and November-December as the test period; factors street lighting
poles, OpenStreetMap vegetation (its polygons; the few points become a factor of their own) and
graffiti sites; study area the 22 local areas. Prints the relative risk table and the two PAIs.

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
    import pandas as pd
    import processing

    imported = processing.run("est:importincidents", {
        "INPUT": str(DATA / "vpd_crimes_2020.csv"), "SOURCE_CRS": "EPSG:26910",
        "OUTPUT": str(out / "incidents.gpkg"), "REJECTED": str(out / "rejected.csv")})
    periods = {}
    for name, first, last in (("training", "2020-01-01", "2020-10-31"), ("test", "2020-11-01", "2020-12-31")):
        periods[name] = processing.run("est:filterincidents", {
            "INPUT": imported["OUTPUT"], "DATE_FROM": first, "DATE_TO": last,
            "OUTPUT": str(out / (name + ".gpkg"))})["OUTPUT"]
    began = time.time()
    result = processing.run("est:riskterrain", {
        "INCIDENTS": periods["training"], "TEST_INCIDENTS": periods["test"],
        "STUDY_AREA": str(DATA / "neighbourhoods.gpkg"), "CELL_SIZE": cell_size,
        "FACTORS": [str(DATA / "street_lighting_poles.gpkg"), str(DATA / "vegetation_osm.gpkg"),
                    str(DATA / "graffiti_sites.gpkg")],
        "DISTANCES": "50,100,200", "SEED": 1, "BOOTSTRAPS": 20,
        "OUTPUT": str(out / "risk.tif"), "OUTPUT_TABLE": str(out / "risk_factors.csv")})
    seconds = time.time() - began
    table = pd.read_csv(result["OUTPUT_TABLE"])
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
