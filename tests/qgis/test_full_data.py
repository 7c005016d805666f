"""The whole real exports in ../shared/data through est:importincidents (skipped, and reported as
skipped, on machines without that folder; the same checks run on extracts in the other tests).

Expected values come from pandas and pyproj reading the raw files, never from the plugin.
"""
import gzip

import numpy as np
import pandas as pd
import pytest
from pyproj import Transformer
from qgis.core import QgsVectorLayer

pytestmark = pytest.mark.realdata


def _features(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    rows = []
    for feature in layer.getFeatures():
        point = feature.geometry().asPoint()
        rows.append({"source_row": feature["source_row"], "x": point.x(), "y": point.y(),
                     "event_time": feature["event_time"].toPyDateTime()})
    return layer, pd.DataFrame(rows).set_index("source_row").sort_index()


def test_vancouver_2020_every_row_imported_or_rejected(run_alg, shared_data, tmp_path):
    source = shared_data / "vancouver" / "vpd_crimes_2020.csv"
    raw = pd.read_csv(source)
    raw.index = raw.index + 2  # spreadsheet row numbers: the header is row 1
    run = run_alg("est:importincidents", {
        "INPUT": str(source), "SOURCE_CRS": "EPSG:26910",
        "OUTPUT": str(tmp_path / "inc.gpkg"), "REJECTED": str(tmp_path / "rejected.csv")})
    rejected = pd.read_csv(tmp_path / "rejected.csv").set_index("source_row")
    layer, imported = _features(tmp_path / "inc.gpkg")

    assert run.results["READ_COUNT"] == len(raw) == 37512
    assert run.results["IMPORTED_COUNT"] + run.results["REJECTED_COUNT"] == len(raw)
    assert set(imported.index) | set(rejected.index) == set(raw.index)
    assert not set(imported.index) & set(rejected.index)
    at_zero = raw[(raw.X == 0) & (raw.Y == 0)].index
    assert len(at_zero) == 3750
    assert (rejected.loc[at_zero, "reason_code"] == "zero_coordinates").all()
    assert (rejected["reason"].str.len() > 0).all()
    assert layer.crs().authid() == "EPSG:32610"
    expected_time = pd.to_datetime(raw.loc[imported.index, ["YEAR", "MONTH", "DAY", "HOUR", "MINUTE"]]
                                   .rename(columns=str.lower))
    assert (pd.to_datetime(imported["event_time"]) == expected_time).all()
    x, y = Transformer.from_crs(26910, 32610, always_xy=True).transform(
        raw.loc[imported.index, "X"].to_numpy(), raw.loc[imported.index, "Y"].to_numpy())
    assert np.abs(imported["x"].to_numpy() - x).max() < 0.01
    assert np.abs(imported["y"].to_numpy() - y).max() < 0.01


def test_chicago_assaults_lonlat_to_metric_with_correct_times(run_alg, shared_data, tmp_path):
    source = shared_data / "chicago" / "aggravated_assaults_2010_2019.csv.gz"
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        raw = pd.read_csv(handle)
    raw.index = raw.index + 2
    run = run_alg("est:importincidents", {"INPUT": str(source), "OUTPUT": str(tmp_path / "inc.gpkg")})
    layer, imported = _features(tmp_path / "inc.gpkg")

    assert run.results["READ_COUNT"] == len(raw) == 148636
    assert run.results["IMPORTED_COUNT"] + run.results["REJECTED_COUNT"] == len(raw)
    assert layer.crs().authid() == "EPSG:32616"
    assert layer.crs().mapUnits() == 0  # QgsUnitTypes.DistanceMeters
    expected = pd.to_datetime(raw.loc[imported.index, "date"], format="%Y-%m-%d %H:%M")
    assert (pd.to_datetime(imported["event_time"]) == expected).all()
    x, y = Transformer.from_crs(4326, 32616, always_xy=True).transform(
        raw.loc[imported.index, "longitude"].to_numpy(), raw.loc[imported.index, "latitude"].to_numpy())
    assert np.abs(imported["x"].to_numpy() - x).max() < 0.01
    assert np.abs(imported["y"].to_numpy() - y).max() < 0.01
