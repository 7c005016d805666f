"""Benchmark: est:importincidents and est:filterincidents against QGIS's own algorithms.

QGIS's way is native:createpointslayerfromtable on the CSV (read by OGR) followed by
native:reprojectlayer to the same metric CRS. It reads no times and checks nothing, so it is a
floor, not an equal: est:importincidents also parses times, maps categories and rejects bad rows.
Both run in this process, on the same files, best of REPEATS; the ratio is ours / QGIS's.

The filter (a year and the hours 22-04) is compared with native:extractbyexpression on the same
imported layer with the equivalent expression; both must keep the same number of incidents.

Data: the full Chicago (148,636 rows) and Vancouver 2020 (37,512 rows) files in ../shared/data.
When that folder is missing the benchmark says so and stops.

    QT_QPA_PLATFORM=offscreen python3 scripts/bench.py [--repeats 3]
"""
import argparse
import gzip
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from headless import ROOT, start

SHARED = ROOT.parent / "shared" / "data"
CASES = (
    # name, file, columns X/Y, source CRS, target CRS, extra parameters for est:importincidents
    ("Chicago assaults 2010-2019", "chicago/aggravated_assaults_2010_2019.csv.gz",
     ("longitude", "latitude"), "EPSG:4326", "EPSG:32616", {}),
    ("Vancouver crimes 2020", "vancouver/vpd_crimes_2020.csv", ("X", "Y"), "EPSG:26910",
     "EPSG:32610", {"SOURCE_CRS": "EPSG:26910"}),
)


def best_of(repeats, function):
    """The shortest wall time of ``repeats`` runs and the last result."""
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return min(times), result


def plain_csv(path: Path, folder: Path) -> Path:
    """The file itself, or a decompressed copy (OGR reads the CSV for QGIS's algorithms)."""
    if path.suffix != ".gz":
        return path
    target = folder / path.stem
    with gzip.open(path, "rb") as source, open(target, "wb") as out:
        shutil.copyfileobj(source, out)
    return target


def qgis_way(csv: Path, xy, source_crs, target_crs):
    import processing

    points = processing.run("native:createpointslayerfromtable", {
        "INPUT": str(csv), "XFIELD": xy[0], "YFIELD": xy[1], "TARGET_CRS": source_crs,
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    layer = processing.run("native:reprojectlayer", {
        "INPUT": points, "TARGET_CRS": target_crs, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    return layer.featureCount()


def est_way(csv: Path, target_crs, extra):
    import processing

    result = processing.run("est:importincidents", dict(
        INPUT=str(csv), TARGET_CRS=target_crs, OUTPUT="TEMPORARY_OUTPUT",
        REJECTED="TEMPORARY_OUTPUT", **extra))
    return result["IMPORTED_COUNT"], result["REJECTED_COUNT"]


def measure(case, folder: Path, repeats: int) -> str:
    """One table row: both ways on one data set."""
    name, relative, xy, source_crs, target_crs, extra = case
    csv = plain_csv(SHARED / relative, folder)
    qgis_time, count = best_of(repeats, lambda: qgis_way(csv, xy, source_crs, target_crs))
    est_time, (imported, rejected) = best_of(repeats, lambda: est_way(csv, target_crs, extra))
    return "| import {} | {:,} | {:.2f} | {:.2f} | {:.2f} | {:,} imported, {:,} rejected |".format(
        name, count, qgis_time, est_time, est_time / qgis_time, imported, rejected)


FILTER_EXPRESSION = ('"event_time" >= to_datetime(\'2015-01-01 00:00:00\') AND '
                     '"event_time" < to_datetime(\'2016-01-01 00:00:00\') AND '
                     '"time_known" AND (hour("event_time") >= 22 OR hour("event_time") < 4)')


def measure_filter(folder: Path, repeats: int) -> str:
    """est:filterincidents against native:extractbyexpression on the imported Chicago data."""
    import processing

    csv = plain_csv(SHARED / CASES[0][1], folder)
    layer = processing.run("est:importincidents", {"INPUT": str(csv), "OUTPUT": str(folder / "chicago.gpkg")})
    source = layer["OUTPUT"]
    qgis_time, qgis_kept = best_of(repeats, lambda: processing.run("native:extractbyexpression", {
        "INPUT": source, "EXPRESSION": FILTER_EXPRESSION,
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"].featureCount())
    est_time, est_kept = best_of(repeats, lambda: processing.run("est:filterincidents", {
        "INPUT": source, "DATE_FROM": "2015-01-01", "DATE_TO": "2015-12-31", "HOURS": "22-04",
        "OUTPUT": "TEMPORARY_OUTPUT"})["KEPT_COUNT"])
    if qgis_kept != est_kept:
        raise SystemExit("The filters disagree: QGIS kept {}, est kept {}".format(qgis_kept, est_kept))
    row = "| filter 2015, 22-04 (Chicago, {:,} kept) | {:,} | {:.2f} | {:.2f} | {:.2f} | same count |"
    return row.format(est_kept, 148636, qgis_time, est_time, est_time / qgis_time)


def main() -> None:
    parser = argparse.ArgumentParser(description="est:importincidents against QGIS's own algorithms")
    parser.add_argument("--repeats", type=int, default=3)
    repeats = parser.parse_args().repeats
    if not SHARED.is_dir():
        print("The benchmark needs the real data in {} (not present here): nothing measured.".format(SHARED))
        sys.exit(0)
    start()
    rows = ["| task | rows | QGIS's own (s) | est (s) | ratio est/QGIS | result |",
            "|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as folder:
        for case in CASES:
            rows.append(measure(case, Path(folder), repeats))
        rows.append(measure_filter(Path(folder), repeats))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    rows.append("")
    rows.append("Best of {} runs each; peak memory of the whole benchmark process {:.0f} MB.".format(
        repeats, peak_mb))
    report = "\n".join(rows)
    print(report)
    out = ROOT / "out"
    out.mkdir(exist_ok=True)
    (out / "bench_import.md").write_text(report + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
