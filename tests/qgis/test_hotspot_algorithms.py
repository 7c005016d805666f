"""The hotspot algorithms against references computed here, never by the plugin.

This module holds what test_kernel_density.py and test_dbscan_accuracy.py share: the Vancouver and
Chicago extracts read with pandas, test layers written with OGR (GeoPackage, the fast path) or as
memory layers (the per-feature path), rasters read with GDAL, and the kernel density computed by
brute force from its definition (the six kernel formulas are written out below). Its own tests are
est:tunehotspots on the extract and the full Vancouver data (realdata).
"""
import math
from pathlib import Path
from typing import Dict, Optional, Sequence

import numpy as np
import pandas as pd
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant
from qgis_helpers import DATA
from shapely.geometry import MultiPoint

gdal.UseExceptions()

VPD_EXTRACT = DATA / "vpd_crimes_2020_extract.csv"
CHICAGO_EXTRACT = DATA / "chicago_assaults_extract.csv"
VANCOUVER_EPSG = 26910
NODATA = -9999.0

# Raw kernels of u = distance / radius (QGIS's heatmap definitions), zero beyond the radius:
# 0 quartic, 1 triangular (decay 0), 2 uniform, 3 triweight, 4 Epanechnikov, 5 Gaussian (sd r/3).
KERNEL_FORMULAS = {
    0: lambda u: (1.0 - u * u) ** 2,
    1: lambda u: 1.0 - u,
    2: lambda u: np.ones_like(u),
    3: lambda u: (1.0 - u * u) ** 3,
    4: lambda u: 1.0 - u * u,
    5: lambda u: np.exp(-4.5 * u * u),
}


# --- data read independently of the plugin --------------------------------------------------------

def vancouver_rows(path: Path = VPD_EXTRACT) -> pd.DataFrame:
    """VPD rows with coordinates (X > 0), with event_time from YEAR..MINUTE and category = TYPE."""
    raw = pd.read_csv(path)
    rows = raw[raw["X"] > 0].reset_index(drop=True)
    parts = rows[["YEAR", "MONTH", "DAY", "HOUR", "MINUTE"]].rename(columns=str.lower)
    rows["event_time"] = pd.to_datetime(parts)
    rows["category"] = rows["TYPE"]
    return rows


def chicago_rows() -> pd.DataFrame:
    """The Chicago extract with X = longitude, Y = latitude."""
    raw = pd.read_csv(CHICAGO_EXTRACT)
    return raw.assign(X=raw["longitude"], Y=raw["latitude"])


def write_gpkg(path: Path, rows: pd.DataFrame, epsg: int = VANCOUVER_EPSG,
               weights: Optional[Sequence] = None, null_geometries: Sequence[int] = (),
               time_as_text: bool = False) -> str:
    """A GeoPackage with a point layer 'incidents' (OGR only): event_time (date-time, or text
    'YYYY-MM-DD HH:MM' with ``time_as_text``) and category when ``rows`` has them, weight (real,
    None = NULL) when given. Features numbered in ``null_geometries`` are written without a
    geometry before the row of that number."""
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = dataset.CreateLayer("incidents", srs, ogr.wkbPoint)
    has_time, has_category = "event_time" in rows, "category" in rows
    if has_time:
        layer.CreateField(ogr.FieldDefn("event_time", ogr.OFTString if time_as_text else ogr.OFTDateTime))
    if has_category:
        layer.CreateField(ogr.FieldDefn("category", ogr.OFTString))
    if weights is not None:
        layer.CreateField(ogr.FieldDefn("weight", ogr.OFTReal))
    layer.StartTransaction()
    for number, row in enumerate(rows.itertuples(index=False)):
        if number in null_geometries:
            layer.CreateFeature(ogr.Feature(layer.GetLayerDefn()))
        feature = ogr.Feature(layer.GetLayerDefn())
        if has_time:
            t = row.event_time
            if time_as_text:
                feature.SetField("event_time", t.strftime("%Y-%m-%d %H:%M"))
            else:
                feature.SetField("event_time", t.year, t.month, t.day, t.hour, t.minute, 0, 0)
        if has_category:
            feature.SetField("category", row.category)
        if weights is not None and weights[number] is not None:
            feature.SetField("weight", float(weights[number]))
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(row.X), float(row.Y))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    return str(path)


def memory_layer(rows: pd.DataFrame, epsg: int = VANCOUVER_EPSG, weights: Optional[Sequence] = None,
                 null_geometries: Sequence[int] = (), attributes: bool = True) -> QgsVectorLayer:
    """The same points in a memory layer (read feature by feature by the plugin)."""
    fields = ""
    if attributes and "event_time" in rows:
        fields += "&field=event_time:datetime"
    if attributes and "category" in rows:
        fields += "&field=category:string"
    if weights is not None:
        fields += "&field=weight:double"
    layer = QgsVectorLayer("Point?crs=EPSG:{}{}".format(epsg, fields), "points", "memory")
    assert layer.isValid()
    features = []
    for number, row in enumerate(rows.itertuples(index=False)):
        if number in null_geometries:
            features.append(QgsFeature(layer.fields()))
        feature = QgsFeature(layer.fields())
        values = []
        if attributes and "event_time" in rows:
            t = row.event_time
            values.append(QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute)))
        if attributes and "category" in rows:
            values.append(row.category)
        if weights is not None:
            values.append(weights[number])
        feature.setAttributes(values)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(row.X), float(row.Y))))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def attribute(value):
    """A QGIS attribute with NULL as None."""
    return None if isinstance(value, QVariant) and value.isNull() else value


def table_rows(layer: QgsVectorLayer) -> pd.DataFrame:
    """Attributes of a (geometry-less) output layer, NULL as None."""
    names = layer.fields().names()
    return pd.DataFrame([[attribute(v) for v in f.attributes()] for f in layer.getFeatures()],
                        columns=names)


# --- rasters and the brute-force density ------------------------------------------------------------

class Raster:
    """A one-band raster read with GDAL: values as stored, geotransform, EPSG code, NoData."""

    def __init__(self, path):
        dataset = gdal.Open(str(path))
        band = dataset.GetRasterBand(1)
        self.values = band.ReadAsArray().astype(np.float64)
        self.transform = dataset.GetGeoTransform()
        self.nodata = band.GetNoDataValue()
        srs = osr.SpatialReference(wkt=dataset.GetProjection())
        srs.AutoIdentifyEPSG()
        self.epsg = int(srs.GetAuthorityCode(None))
        self.shape = self.values.shape

    @property
    def zeroed(self) -> np.ndarray:
        """Values with NoData as 0."""
        return np.where(self.values == self.nodata, 0.0, self.values)

    def centres(self):
        """x of the column centres, y of the row centres."""
        x0, pixel, _, top, _, _ = self.transform
        rows, cols = self.shape
        return x0 + (np.arange(cols) + 0.5) * pixel, top - (np.arange(rows) + 0.5) * pixel


def brute_density(x, y, transform, shape, radius: float, kernel: int = 0,
                  weights: Optional[Sequence] = None) -> np.ndarray:
    """Raw density at every cell centre: sum over points of weight x kernel(distance / radius),
    zero beyond the radius. Each point is evaluated on every cell of a window reaching more than
    the radius around it (cells outside the window are farther than the radius)."""
    x0, pixel, _, top, _, _ = transform
    rows, cols = shape
    total = np.zeros(shape)
    weights = np.ones(len(x)) if weights is None else np.asarray(weights, float)
    formula = KERNEL_FORMULAS[kernel]
    for px, py, weight in zip(np.asarray(x, float), np.asarray(y, float), weights):
        c0 = max(int(math.floor((px - radius - x0) / pixel)) - 1, 0)
        c1 = min(int(math.ceil((px + radius - x0) / pixel)) + 2, cols)
        r0 = max(int(math.floor((top - py - radius) / pixel)) - 1, 0)
        r1 = min(int(math.ceil((top - py + radius) / pixel)) + 2, rows)
        if c0 >= c1 or r0 >= r1 or weight == 0:
            continue
        cx = x0 + (np.arange(c0, c1) + 0.5) * pixel
        cy = top - (np.arange(r0, r1) + 0.5) * pixel
        u = np.hypot(cx[None, :] - px, cy[:, None] - py) / radius
        total[r0:r1, c0:c1] += weight * np.where(u <= 1.0, formula(np.minimum(u, 1.0)), 0.0)
    return total


def relative_error(values: np.ndarray, reference: np.ndarray) -> float:
    """Largest absolute difference over the reference's largest value."""
    return float(np.abs(values - reference).max() / reference.max())


def points_per_cell(x, y, transform, shape) -> np.ndarray:
    """Number of points in each cell (rows from the top); points outside are dropped."""
    x0, pixel, _, top, _, _ = transform
    col = np.floor((np.asarray(x) - x0) / pixel).astype(int)
    row = np.floor((top - np.asarray(y)) / pixel).astype(int)
    ok = (col >= 0) & (col < shape[1]) & (row >= 0) & (row < shape[0])
    counts = np.zeros(shape, int)
    np.add.at(counts, (row[ok], col[ok]), 1)
    return counts


# --- est:tunehotspots ----------------------------------------------------------------------------------

SPLIT = pd.Timestamp("2020-07-01")


@pytest.fixture(scope="module")
def vancouver_gpkg(tmp_path_factory) -> str:
    return write_gpkg(tmp_path_factory.mktemp("tune") / "incidents.gpkg", vancouver_rows())


def _tuning_pai(rows: pd.DataFrame, radius: Optional[float], pixel: float, share: float = 0.05) -> Dict:
    """PAI of one candidate computed here: study area = convex hull of all incidents, cells from its
    left/top edges, valid where the centre is in the hull; hotspots = the densest valid cells with
    a value above 0 (quartic KDE of the training incidents, or their count per cell) up to
    ``share`` of the valid cells; PAI = (n / N) / (hotspot cells / valid cells)."""
    from shapely.vectorized import contains, touches

    train, test = rows[rows["event_time"] < SPLIT], rows[rows["event_time"] >= SPLIT]
    hull = MultiPoint(list(zip(rows["X"], rows["Y"]))).convex_hull
    west, south, east, north = hull.bounds
    cols, nrows = math.ceil((east - west) / pixel - 1e-9), math.ceil((north - south) / pixel - 1e-9)
    transform = (west, pixel, 0.0, north, 0.0, -pixel)
    cx = west + (np.arange(cols) + 0.5) * pixel
    cy = north - (np.arange(nrows) + 0.5) * pixel
    gx, gy = np.meshgrid(cx, cy)
    valid = contains(hull, gx, gy) | touches(hull, gx, gy)
    if radius is None:
        values = points_per_cell(train["X"], train["Y"], transform, (nrows, cols)).astype(float)
    else:
        values = brute_density(train["X"], train["Y"], transform, (nrows, cols), radius)
    wanted = max(int(round(share * valid.sum())), 1)
    ranked = np.sort(values[valid])[::-1]
    cells = min(wanted, int((ranked > 0).sum()))
    hot = valid & (values >= ranked[cells - 1]) & (values > 0)
    assert hot.sum() == cells, "ties at the threshold: the expected value would be ambiguous"
    test_counts = points_per_cell(test["X"], test["Y"], transform, (nrows, cols))
    hits, incidents = int(test_counts[hot].sum()), len(test)
    return {"pai": (hits / incidents) / (cells / valid.sum()), "incidents_in": hits,
            "area_share": cells / valid.sum()}


def test_tune_ranks_candidates_by_pai_on_the_later_period(run_alg, vancouver_gpkg):
    rows = vancouver_rows()
    run = run_alg("est:tunehotspots", {
        "INPUT": vancouver_gpkg, "SPLIT_DATE": "2020-07-01", "RADII": "50, 150", "PIXEL_SIZES": "25",
        "CELL_SIZES": "100", "EPS_VALUES": "50", "MIN_SIZES": "5", "OUTPUT": "memory:"})
    table = table_rows(run.results["OUTPUT"])
    training = int((rows["event_time"] < SPLIT).sum())
    assert run.logged("{} training incidents before 2020-07-01, {} test incidents".format(
        training, len(rows) - training)), run.log

    assert len(table) == 4 and sorted(table["rank"]) == [1, 2, 3, 4]
    table = table.sort_values("rank").reset_index(drop=True)
    comparable = table["comparable"].to_numpy()
    assert (np.diff(comparable) <= 0).all(), "comparable candidates first:\n{}".format(table)
    for flag in (1, 0):
        pai = table.loc[table["comparable"] == flag, "pai"].astype(float).to_numpy()
        known = int((~np.isnan(pai)).sum())
        assert not np.isnan(pai[:known]).any(), "candidates without a PAI last:\n{}".format(table)
        assert (np.diff(pai[:known]) <= 0).all(), "PAI descending:\n{}".format(table)
    assert run.results["BEST_PAI"] == pytest.approx(table.loc[0, "pai"])
    assert (table["comparable"] == (table["area_share"] >= 0.8 * 0.05)).all()

    kde = {row.radius: row for row in table[table["method"] == "kde"].itertuples()}
    grid = table[table["method"] == "grid"].iloc[0]
    for label, found, radius, pixel in (("KDE 50", kde[50.0], 50.0, 25.0),
                                        ("KDE 150", kde[150.0], 150.0, 25.0),
                                        ("grid 100", grid, None, 100.0)):
        expected = _tuning_pai(rows, radius, pixel)
        assert found.incidents_in == expected["incidents_in"], label
        assert found.area_share == pytest.approx(expected["area_share"]), label
        assert found.pai == pytest.approx(expected["pai"]), "{}: {} vs {}".format(label, found, expected)
    dbscan = table[table["method"] == "dbscan"].iloc[0]
    assert pd.isna(dbscan["pai"]) and dbscan["rank"] == 4, "no cluster at EPS 50:\n{}".format(table)


def test_tune_reads_event_times_stored_as_text(run_alg, tmp_path):
    rows = vancouver_rows()
    path = write_gpkg(tmp_path / "text_times.gpkg", rows, time_as_text=True)
    run = run_alg("est:tunehotspots", {"INPUT": path, "SPLIT_DATE": "2020-07-01", "RADII": "150",
                                       "PIXEL_SIZES": "25", "CELL_SIZES": "", "EPS_VALUES": "",
                                       "OUTPUT": "memory:"})
    training = int((rows["event_time"] < SPLIT).sum())
    assert run.logged("{} training incidents".format(training)), run.log
    assert run.results["BEST_PAI"] == pytest.approx(_tuning_pai(rows, 150.0, 25.0)["pai"])


def test_tune_split_date_outside_the_data_is_explained(run_alg, vancouver_gpkg):
    for date in ("2019-06-01", "2021-03-01"):
        with pytest.raises(QgsProcessingException) as error:
            run_alg("est:tunehotspots", {"INPUT": vancouver_gpkg, "SPLIT_DATE": date, "OUTPUT": "memory:"})
        assert "SPLIT_DATE {}".format(date) in str(error.value)
        assert "Unexpected error" not in str(error.value)


# --- the full Vancouver 2020 data --------------------------------------------------------------------

_FULL: Dict[str, tuple] = {}


def full_vancouver(shared_data: Path, tmp_path_factory):
    """(rows, GeoPackage path) of the whole VPD 2020 export (rows with X > 0), written once."""
    if "vancouver" not in _FULL:
        rows = vancouver_rows(shared_data / "vancouver" / "vpd_crimes_2020.csv")
        path = write_gpkg(tmp_path_factory.mktemp("full") / "vancouver_2020.gpkg", rows[["X", "Y"]])
        _FULL["vancouver"] = (rows, path)
    return _FULL["vancouver"]


@pytest.mark.realdata
def test_full_vancouver_density_exact_and_qgis_heatmap(run_alg, shared_data, tmp_path_factory, tmp_path):
    rows, path = full_vancouver(shared_data, tmp_path_factory)
    assert 33000 < len(rows) < 34500
    run_alg("est:kerneldensity", {"INPUT": path, "RADIUS": 250, "PIXEL_SIZE": 25, "KERNEL": 0,
                                   "OUTPUT_VALUE": 0, "OUTPUT": str(tmp_path / "est.tif")})
    raster = Raster(tmp_path / "est.tif")
    exact = brute_density(rows["X"], rows["Y"], raster.transform, raster.shape, 250.0)
    error = relative_error(raster.values, exact)
    assert error <= 0.01, "est vs exact: {:.2e} of the maximum {:.1f}".format(error, exact.max())

    run_alg("qgis:heatmapkerneldensityestimation", {
        "INPUT": path, "RADIUS": 250, "PIXEL_SIZE": 25, "KERNEL": 0, "OUTPUT_VALUE": 0,
        "OUTPUT": str(tmp_path / "qgis.tif")})
    qgis = Raster(tmp_path / "qgis.tif")
    assert qgis.transform == raster.transform and qgis.shape == raster.shape
    qgis_error = relative_error(qgis.zeroed, exact)
    ratio = qgis.zeroed.sum() / raster.values.sum()
    correlation = np.corrcoef(qgis.zeroed.ravel(), raster.values.ravel())[0, 1]
    figures = ("full Vancouver 2020 ({} points), RADIUS 250 PIXEL_SIZE 25 quartic raw: est vs exact "
               "{:.2e}; QGIS heatmap vs exact {:.2%} of the maximum {:.1f}, total QGIS/est {:.6f}, "
               "correlation {:.5f}").format(len(rows), error, qgis_error, exact.max(), ratio, correlation)
    print(figures)
    assert abs(ratio - 1) <= 0.005, figures
    assert correlation >= 0.998, figures
    assert qgis_error < 0.10, figures


@pytest.mark.realdata
def test_full_vancouver_binned_density_within_its_stated_bound(run_alg, shared_data, tmp_path_factory,
                                                                tmp_path):
    """RADIUS 250 on 10 m pixels is 25 pixels: the quartic is binned and convolved, and the help
    promises every cell within 0.3% of the maximum of the exact sum."""
    rows, path = full_vancouver(shared_data, tmp_path_factory)
    run = run_alg("est:kerneldensity", {"INPUT": path, "RADIUS": 250, "PIXEL_SIZE": 10,
                                        "OUTPUT": str(tmp_path / "binned.tif")})
    assert run.logged("linear binning"), run.log
    raster = Raster(tmp_path / "binned.tif")
    exact = brute_density(rows["X"], rows["Y"], raster.transform, raster.shape, 250.0)
    error = relative_error(raster.values, exact)
    print("binned vs exact on the full Vancouver data: {:.3%} of the maximum".format(error))
    assert error <= 0.003, "binned vs exact: {:.3%} of the maximum".format(error)
    assert abs(raster.values.sum() / exact.sum() - 1) < 0.001


@pytest.mark.realdata
@pytest.mark.parametrize("eps, min_size", [(50, 5), (100, 10)])
def test_full_vancouver_dbscan_equals_scikit_learn(run_alg, shared_data, tmp_path_factory, tmp_path,
                                                    eps, min_size):
    from sklearn.cluster import DBSCAN

    _rows, path = full_vancouver(shared_data, tmp_path_factory)
    run = run_alg("est:dbscanhotspots", {"INPUT": path, "EPS": eps, "MIN_SIZE": min_size,
                                         "OUTPUT": str(tmp_path / "clusters.gpkg")})
    dataset = ogr.Open(str(tmp_path / "clusters.gpkg"))
    found = sorted((f.GetFID(), f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY(),
                    f.GetField("CLUSTER_ID")) for f in dataset.GetLayer(0))
    xy = np.array([(x, y) for _fid, x, y, _c in found])
    ids = np.array([-1 if c is None else c for *_rest, c in found])
    reference = DBSCAN(eps=eps, min_samples=min_size).fit(xy)
    core = np.zeros(len(xy), bool)
    core[reference.core_sample_indices_] = True
    assert np.array_equal(ids == -1, reference.labels_ == -1)
    pairs = set(zip(ids[core], reference.labels_[core]))
    clusters = reference.labels_.max() + 1
    assert len(pairs) == len({a for a, _b in pairs}) == len({b for _a, b in pairs}) == clusters
    assert run.results["NUM_CLUSTERS"] == clusters and run.results["NOISE_COUNT"] == (ids == -1).sum()
