"""The main job on the bundled sample, headless: import the week's incident export, filter it,
find the hotspots (kernel density and DBSCAN), judge them on the last week, measure lighting and
vegetation at the DBSCAN hotspots (table of factors and suggested measures), plan a safety walk
through them on the OpenStreetMap streets, print its map and protocol, and write the week's
situational picture (weekly_report.pdf and .html).

    QT_QPA_PLATFORM=offscreen python3 scripts/demo.py --out out

Sample: real OpenStreetMap streets of central Helsinki (ODbL) with SIMULATED incidents made by
scripts/simulate_incidents.py (see resources/sample/README.md). Each step is an est: Processing
algorithm, run exactly as from the toolbox or qgis_process.
"""
import argparse
import shutil
from pathlib import Path

from headless import ROOT, PrintFeedback, start

SAMPLE = ROOT / "resources" / "sample"
WEEK = "2026-W46"


def run(algorithm, parameters):
    """Run an est: algorithm with printed log lines; return its results."""
    import processing

    print("\n{}".format(algorithm))
    return processing.run(algorithm, parameters, feedback=PrintFeedback.create())


def factor_table(layer: str, path: Path) -> None:
    """The hotspots' factor measures as a CSV table for the planners (no geometry)."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "CSV"
    options.fileEncoding = "UTF-8"
    options.layerOptions = ["SEPARATOR=SEMICOLON"]
    write = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None) or \
        QgsVectorFileWriter.writeAsVectorFormatV2
    source = QgsVectorLayer(layer, "factors", "ogr")
    error = write(source, str(path), QgsCoordinateTransformContext(), options)
    if error[0] != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError("could not write {}: {}".format(path, error))


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the EST chain on the bundled sample.")
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    out = parser.parse_args().out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    start()
    imported = run("est:importincidents", {
        "INPUT": str(SAMPLE / "incidents_helsinki_simulated.csv"),
        "OUTPUT": str(out / "incidents.gpkg"),
        "REJECTED": str(out / "rejected_rows.csv")})
    week = run("est:filterincidents", {
        "INPUT": imported["OUTPUT"], "ISO_WEEK": WEEK, "WEEKS_BEFORE": 3,
        "OUTPUT": str(out / "incidents_w43-w46.gpkg")})
    dark = run("est:filterincidents", {
        "INPUT": week["OUTPUT"], "AFTER_DARK": True, "TIME_ZONE": "Europe/Helsinki",
        "OUTPUT": str(out / "incidents_w43-w46_after_dark.gpkg")})
    density = run("est:kerneldensity", {
        "INPUT": imported["OUTPUT"], "RADIUS": 75, "PIXEL_SIZE": 5, "HOTSPOT_SHARE": 5,
        "OUTPUT": str(out / "density.tif"), "HOTSPOTS": str(out / "hotspots_density.gpkg")})
    clusters = run("est:dbscanhotspots", {
        "INPUT": imported["OUTPUT"], "EPS": 40, "MIN_SIZE": 8, "TIME_ZONE": "Europe/Helsinki",
        "OUTPUT": str(out / "incidents_clustered.gpkg"), "HOTSPOTS": str(out / "hotspots_dbscan.gpkg")})
    last_week = run("est:filterincidents", {
        "INPUT": imported["OUTPUT"], "ISO_WEEK": WEEK, "OUTPUT": str(out / "incidents_w46.gpkg")})
    before = run("est:filterincidents", {
        "INPUT": imported["OUTPUT"], "DATE_TO": "2026-11-08",
        "OUTPUT": str(out / "incidents_before_w46.gpkg")})
    earlier = run("est:kerneldensity", {
        "INPUT": before["OUTPUT"], "RADIUS": 75, "PIXEL_SIZE": 5,
        "OUTPUT": str(out / "density_before_w46.tif")})
    judged = run("est:hotspotaccuracy", {
        "DENSITY": earlier["OUTPUT"], "AREA_SHARE": 5, "TEST_INCIDENTS": last_week["OUTPUT"],
        "TRAINING_INCIDENTS": before["OUTPUT"], "OUTPUT": str(out / "pai_week46.csv")})
    osm = SAMPLE / "helsinki_osm.gpkg"
    factors = run("est:situationalfactors", {
        "HOTSPOTS": clusters["HOTSPOTS"], "INCIDENTS": imported["OUTPUT"],
        "LIGHTS": "{}|layername=street_lamps".format(osm), "LIGHT_RADIUS": 25,
        "LIT_LINES": "{}|layername=highways".format(osm),
        "LIT_EXPRESSION": "\"other_tags\" LIKE '%\"lit\"=>\"yes\"%'",
        "PATHS": "{}|layername=highways".format(osm),
        "VEGETATION": "{}|layername=vegetation".format(osm), "TREES": "{}|layername=trees".format(osm),
        "TIME_ZONE": "Europe/Helsinki", "OUTPUT": str(out / "hotspots_factors.gpkg"),
        "OUTPUT_INCIDENTS": str(out / "incidents_factors.gpkg")})
    factor_table(factors["OUTPUT"], out / "hotspot_factors.csv")
    walk = run("est:walkroute", {
        "STOPS": factors["OUTPUT"], "NETWORK": "{}|layername=highways".format(osm),
        "MAX_MINUTES": 90, "OUTPUT": str(out / "walk_route.gpkg"),
        "OUTPUT_STOPS": str(out / "walk_stops.gpkg")})
    run("est:walkmap", {
        "ROUTE": walk["OUTPUT"], "STOPS": walk["OUTPUT_STOPS"], "HOTSPOTS": clusters["HOTSPOTS"],
        "DENSITY": density["OUTPUT"], "LIGHTS": "{}|layername=street_lamps".format(osm),
        "VEGETATION": "{}|layername=vegetation".format(osm),
        "BASEMAP": ["{}|layername=highways".format(osm)],
        "TITLE": "Trygghetsvandring Kluuvi", "ORGANISATION": "Exempelkommunen, trygghetssamordnaren",
        "WALK_DATE": "2026-11-19", "ATTRIBUTION": "© OpenStreetMap contributors (ODbL); simulerade händelser",
        "OUTPUT_PDF": str(out / "walk_map.pdf"), "OUTPUT_HTML": str(out / "walk_protocol.html")})
    weekly = run("est:weeklyreport", {
        "INCIDENTS": imported["OUTPUT"], "WEEK": WEEK, "COMPARE_WEEKS": 4,
        "HOTSPOTS": clusters["HOTSPOTS"], "BASEMAP": ["{}|layername=highways".format(osm)],
        "TITLE": "Lägesbild Kluuvi", "ORGANISATION": "Exempelkommunen, trygghetssamordnaren",
        "CELL_SIZE": 100,
        "OUTPUT_PDF": str(out / "weekly_report.pdf"), "OUTPUT_HTML": str(out / "weekly_report.html")})
    print("\nResults in {}:".format(out))
    print("  {} rows read, {} incidents, {} rejected (see rejected_rows.csv)".format(
        imported["READ_COUNT"], imported["IMPORTED_COUNT"], imported["REJECTED_COUNT"]))
    print("  weeks 43-46 of 2026: {} incidents, {} of them after dark".format(
        week["KEPT_COUNT"], dark["KEPT_COUNT"]))
    print("  kernel density: largest value {:.1f}; DBSCAN: {} clusters, {} incidents in none".format(
        density["MAX_VALUE"], clusters["NUM_CLUSTERS"], clusters["NOISE_COUNT"]))
    print("  hotspots of the weeks before 46 (top 5% of area) caught {:.0%} of week 46: PAI {:.1f}, "
          "RRI {:.2f}".format(judged["HIT_RATE"], judged["PAI"], judged["RRI"]))
    print("  situational factors: measures suggested for {} of {} hotspots (hotspot_factors.csv)".format(
        factors["SUGGESTED_COUNT"], clusters["NUM_CLUSTERS"]))
    print("  safety walk through the DBSCAN hotspots: {:.0f} m, {:.0f} minutes (walk_map.pdf)".format(
        walk["TOTAL_LENGTH_M"], walk["TOTAL_MINUTES"]))
    print("  week {}: {} incidents against a mean of {:.1f} in the 4 weeks before (weekly_report.pdf, "
          "{} pages)".format(weekly["REPORT_WEEK"], weekly["WEEK_COUNT"], weekly["COMPARE_MEAN"],
                             weekly["PAGE_COUNT"]))
    for path in sorted(out.iterdir()):
        print("  " + path.name)


if __name__ == "__main__":
    main()
