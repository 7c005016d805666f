"""Benchmark input: real Chicago assault locations resampled to N points with a small jitter.

    python3 scripts/make_bench_points.py --count 1000000 --out out/bench/chicago_1m.gpkg

Source: ../shared/data/chicago/aggravated_assaults_2010_2019.csv.gz (148,636 real incidents,
City of Chicago data portal). Points are drawn with replacement (seed 42), projected to UTM 16N
(EPSG:32616) and moved by a normal jitter of JITTER_M metres in x and y, so the density keeps the
city's real pattern while few points coincide. Each point keeps its source row's date (a DateTime
field, as est:importincidents writes) and location category. Written with OGR in one transaction.
"""
import argparse
import gzip
from pathlib import Path

import numpy as np
import pandas as pd
from osgeo import ogr, osr
from pyproj import Transformer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "chicago" / "aggravated_assaults_2010_2019.csv.gz"
JITTER_M = 10.0
CHUNK = 200_000


def sample_points(count: int, seed: int = 42) -> pd.DataFrame:
    """``count`` jittered points in EPSG:32616 with date and loc_cat."""
    with gzip.open(SOURCE, "rt") as stream:
        frame = pd.read_csv(stream).dropna(subset=["longitude", "latitude"])
    rng = np.random.default_rng(seed)
    rows = frame.iloc[rng.integers(0, len(frame), count)].reset_index(drop=True)
    x, y = Transformer.from_crs("EPSG:4326", "EPSG:32616", always_xy=True).transform(
        rows["longitude"].to_numpy(), rows["latitude"].to_numpy())
    rows["x"] = x + rng.normal(0, JITTER_M, count)
    rows["y"] = y + rng.normal(0, JITTER_M, count)
    return rows


def write_gpkg(rows: pd.DataFrame, path: Path) -> None:
    """The points as a GeoPackage layer 'incidents' (fields event_time, category)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32616)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("incidents", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("event_time", ogr.OFTDateTime))
    layer.CreateField(ogr.FieldDefn("category", ogr.OFTString))
    definition = layer.GetLayerDefn()
    for start in range(0, len(rows), CHUNK):
        layer.StartTransaction()
        part = rows.iloc[start:start + CHUNK]
        for date, category, x, y in zip(part["date"], part["loc_cat"], part["x"], part["y"]):
            feature = ogr.Feature(definition)
            feature.SetField(0, date)
            feature.SetField(1, category)
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(float(x), float(y))
            feature.SetGeometryDirectly(point)
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    dataset = None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, required=True)
    arguments = parser.parse_args()
    write_gpkg(sample_points(arguments.count), arguments.out)
    print("wrote {:,} points to {}".format(arguments.count, arguments.out))


if __name__ == "__main__":
    main()
