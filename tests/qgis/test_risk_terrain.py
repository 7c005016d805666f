"""est:riskterrain through Processing on real Vancouver data.

The committed extract (tests/data/vancouver_factors_extract.gpkg) holds the street lighting poles,
OpenStreetMap vegetation and graffiti sites of Downtown and the West End, and those two local areas
as the study area; the incidents are the committed VPD 2020 extract. Expected values are computed
independently: cell masks with geopandas/shapely, PAIs with est:hotspotaccuracy on the written
rasters and by hand with numpy.
"""
import math

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from qgis_helpers import DATA

EXTRACT = DATA / "vancouver_factors_extract.gpkg"
AREA = "{}|layername=area".format(EXTRACT)
CELL = 100.0


def _factor(name):
    return "{}|layername={}".format(EXTRACT, name)


def _memory_points(name, crs, coordinates):
    layer = QgsVectorLayer("Point?crs={}".format(crs), name, "memory")
    features = []
    for x, y in coordinates:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture(scope="module")
def incidents(qgis_app, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("rtm")
    result = processing.run("est:importincidents", {
        "INPUT": str(DATA / "vpd_crimes_2020_extract.csv"), "SOURCE_CRS": "EPSG:26910",
        "OUTPUT": str(out / "incidents.gpkg")})
    return out, result["OUTPUT"]


@pytest.fixture(scope="module")
def downtown(incidents):
    """One run with the three real factors, an empty layer (in another CRS) and a far-away one."""
    import processing

    out, path = incidents
    empty = _memory_points("empty layer", "EPSG:3857", [])
    stockholm = _memory_points("far away", "EPSG:4326", [(18.07, 59.33), (18.08, 59.34)])
    log = []
    from qgis.core import QgsProcessingFeedback

    class Logged(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            log.append(info)

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            log.append(error)

    results = processing.run("est:riskterrain", {
        "INCIDENTS": path, "STUDY_AREA": AREA, "CELL_SIZE": CELL,
        "FACTORS": [_factor("lights"), _factor("vegetation"), _factor("graffiti"), empty, stockholm],
        "TEST_INCIDENTS": path, "KDE_RADIUS": 300, "BOOTSTRAPS": 5, "SEED": 3,
        "OUTPUT": str(out / "risk.tif"), "OUTPUT_TABLE": str(out / "factors.csv")}, feedback=Logged())
    return results, log, out


def _table(results):
    import pandas as pd

    return pd.read_csv(results["OUTPUT_TABLE"]).set_index("factor")


def _cell_mask_by_shapely(transform, shape):
    """Valid cells computed independently: cell centres inside the two local areas (EPSG:32610)."""
    import geopandas as gpd
    from shapely.geometry import Point

    area = gpd.read_file(EXTRACT, layer="area").to_crs(32610).unary_union
    rows, cols = shape
    mask = np.zeros(shape, bool)
    for row in range(rows):
        for col in range(cols):
            x = transform[0] + (col + 0.5) * transform[1]
            y = transform[3] + (row + 0.5) * transform[5]
            mask[row, col] = area.covers(Point(x, y))
    return mask


def test_risk_raster_covers_the_study_area_with_minimum_one(downtown):
    results, _log, _out = downtown
    dataset = gdal.Open(results["OUTPUT"])
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(float)
    valid = values != band.GetNoDataValue()
    transform = dataset.GetGeoTransform()
    assert transform[1] == CELL and "UTM zone 10N" in dataset.GetProjection()
    assert np.array_equal(valid, _cell_mask_by_shapely(transform, values.shape))
    assert values[valid].min() == pytest.approx(1.0, abs=1e-6)
    assert values[valid].max() > 2.0  # selected factors make a real difference


def test_table_lists_every_factor_with_its_status_and_consistent_figures(downtown):
    results, log, _out = downtown
    table = _table(results)
    assert set(table.index) == {"lights", "vegetation (points)", "vegetation (polygons)", "graffiti",
                                "empty layer", "far away"}
    assert table.loc["empty layer", "status"] == "left_out"
    assert table.loc["far away", "status"] == "left_out"
    assert any("empty layer" in line and "left out" in line for line in log)
    assert any("mixes geometry types" in line for line in log)
    selected = table[table.status == "selected"]
    assert results["SELECTED_COUNT"] == len(selected) >= 1
    assert "graffiti" in selected.index  # graffiti sites go with crime downtown
    assert np.allclose(selected.relative_risk, np.exp(selected.coefficient))
    assert (selected.rrv_ci_low < selected.relative_risk).all()
    assert (selected.relative_risk < selected.rrv_ci_high).all()
    assert selected.operation.isin(["proximity", "density"]).all()
    assert selected.distance_m.isin([50.0, 100.0, 200.0]).all()
    measured = table[table.status != "left_out"].selected_share
    assert ((measured >= 0) & (measured <= 1)).all()
    assert table[table.status == "left_out"].selected_share.isna().all()
    assert table.loc["lights", "features"] == 1500 and table.loc["graffiti", "features"] == 1474
    assert results["MODEL_USED"] in ("poisson", "negbin")


def test_graffiti_proximity_cells_counted_independently(downtown):
    import geopandas as gpd
    from scipy.spatial import cKDTree

    results, _log, _out = downtown
    row = _table(results).loc["graffiti"]
    if row.operation != "proximity":
        pytest.skip("graffiti was selected as density in this run")
    dataset = gdal.Open(results["OUTPUT"])
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray()
    transform = dataset.GetGeoTransform()
    rows, cols = np.nonzero(values != band.GetNoDataValue())
    cx = transform[0] + (cols + 0.5) * transform[1]
    cy = transform[3] + (rows + 0.5) * transform[5]
    sites = gpd.read_file(EXTRACT, layer="graffiti").to_crs(32610)
    tree = cKDTree(np.column_stack([sites.geometry.x, sites.geometry.y]))
    distance, _ = tree.query(np.column_stack([cx, cy]))
    assert row.cells_exposed == int((distance <= row.distance_m).sum())


def test_pai_matches_hotspot_accuracy_on_the_written_rasters(downtown, incidents, run_alg):
    results, _log, out = downtown
    _out, path = incidents
    accuracy = run_alg("est:hotspotaccuracy", {"DENSITY": results["OUTPUT"], "TEST_INCIDENTS": path,
                                               "AREA_SHARE": 5.0, "OUTPUT": "memory:"})
    assert results["TEST_PAI_RISK"] == pytest.approx(accuracy.results["PAI"], rel=1e-9)
    assert results["TEST_PAI_RISK"] > 1.0
    dataset = gdal.Open(results["OUTPUT"])
    transform = dataset.GetGeoTransform()
    extent = "{},{},{},{} [EPSG:32610]".format(
        transform[0], transform[0] + dataset.RasterXSize * transform[1],
        transform[3] + dataset.RasterYSize * transform[5], transform[3])
    density = run_alg("est:kerneldensity", {"INPUT": path, "RADIUS": 300, "PIXEL_SIZE": CELL,
                                            "EXTENT": extent, "STUDY_AREA": AREA, "EXACT": True,
                                            "OUTPUT": str(out / "kde.tif")})
    on_kde = run_alg("est:hotspotaccuracy", {"DENSITY": density.results["OUTPUT"], "TEST_INCIDENTS": path,
                                             "AREA_SHARE": 5.0, "OUTPUT": "memory:"})
    assert results["TEST_PAI_KDE"] == pytest.approx(on_kde.results["PAI"], rel=0.02)


def test_pai_by_hand(downtown):
    """Top 5% of the valid cells by risk (ties in raster order), hits over all test incidents."""
    import geopandas as gpd

    results, _log, _out = downtown
    dataset = gdal.Open(results["OUTPUT"])
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(float)
    valid = values != band.GetNoDataValue()
    t = dataset.GetGeoTransform()
    points = gpd.read_file(_out / "incidents.gpkg")
    col = np.floor((points.geometry.x - t[0]) / t[1]).astype(int).to_numpy()
    row = np.floor((points.geometry.y - t[3]) / t[5]).astype(int).to_numpy()
    inside = (col >= 0) & (col < values.shape[1]) & (row >= 0) & (row < values.shape[0])
    counts = np.zeros(values.shape)
    np.add.at(counts, (row[inside], col[inside]), 1)
    order = np.argsort(-values[valid], kind="stable")
    k = int(round(0.05 * valid.sum()))
    hits = counts[valid][order][:k].sum()
    total = counts[valid].sum()
    assert results["TEST_PAI_RISK"] == pytest.approx((hits / total) / (k / valid.sum()), rel=1e-9)


def test_too_few_incidents_is_a_clear_error(run_alg, tmp_path):
    few = _memory_points("few", "EPSG:32610", [(491500 + 10 * i, 5458500) for i in range(5)])
    with pytest.raises(QgsProcessingException, match="incidents"):
        run_alg("est:riskterrain", {"INCIDENTS": few, "STUDY_AREA": AREA, "CELL_SIZE": CELL,
                                    "FACTORS": [_factor("graffiti")], "OUTPUT": str(tmp_path / "r.tif"),
                                    "OUTPUT_TABLE": "memory:"})


def test_bad_distances_are_refused_before_running(run_alg, incidents, tmp_path):
    _out, path = incidents
    with pytest.raises(QgsProcessingException):
        run_alg("est:riskterrain", {"INCIDENTS": path, "STUDY_AREA": AREA, "FACTORS": [_factor("graffiti")],
                                    "DISTANCES": "100,-5", "OUTPUT": str(tmp_path / "r.tif"),
                                    "OUTPUT_TABLE": "memory:"})


@pytest.mark.realdata
def test_full_vancouver_2020(run_alg, shared_data, tmp_path):
    """The whole city: Jan-Oct training, Nov-Dec test; graffiti is a risk factor and the risk raster
    predicts the test period far better than chance."""
    folder = shared_data / "vancouver"
    imported = run_alg("est:importincidents", {
        "INPUT": str(folder / "vpd_crimes_2020.csv"), "SOURCE_CRS": "EPSG:26910",
        "OUTPUT": str(tmp_path / "i.gpkg")})
    periods = {}
    for name, first, last in (("train", "2020-01-01", "2020-10-31"), ("test", "2020-11-01", "2020-12-31")):
        periods[name] = run_alg("est:filterincidents", {
            "INPUT": imported.results["OUTPUT"], "DATE_FROM": first, "DATE_TO": last,
            "OUTPUT": str(tmp_path / (name + ".gpkg"))}).results["OUTPUT"]
    run = run_alg("est:riskterrain", {
        "INCIDENTS": periods["train"], "TEST_INCIDENTS": periods["test"],
        "STUDY_AREA": str(folder / "neighbourhoods.gpkg"), "CELL_SIZE": 100,
        "FACTORS": [str(folder / "street_lighting_poles.gpkg"), str(folder / "vegetation_osm.gpkg"),
                    str(folder / "graffiti_sites.gpkg")], "BOOTSTRAPS": 3,
        "OUTPUT": str(tmp_path / "risk.tif"), "OUTPUT_TABLE": str(tmp_path / "t.csv")})
    table = _table(run.results)
    assert table.loc["graffiti_sites", "status"] == "selected"
    assert table.loc["graffiti_sites", "relative_risk"] > 1
    assert table.loc["street_lighting_poles", "features"] == 10000
    assert run.results["TEST_PAI_RISK"] > 3 and not math.isnan(run.results["TEST_PAI_KDE"])
