"""est:dbscanhotspots against scikit-learn's DBSCAN and pandas/shapely statistics on the Vancouver
extract, and est:hotspotaccuracy on hand-made layers whose hit rate, PAI and RRI are known."""
import numpy as np
import pandas as pd
import pytest
from osgeo import gdal, osr
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)
from shapely import wkb
from shapely.geometry import MultiPoint, Point
from sklearn.cluster import DBSCAN
from test_hotspot_algorithms import attribute, memory_layer, table_rows, vancouver_rows, write_gpkg

# (EPS, MIN_SIZE): the first two find no cluster among the 358 scattered points of the extract
# (scikit-learn agrees), the others find 20, 11 and 8 clusters with border points and noise.
SETTINGS = [(50, 5), (100, 10), (100, 3), (150, 4), (250, 5)]


@pytest.fixture(scope="module")
def rows() -> pd.DataFrame:
    return vancouver_rows()


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory, rows) -> str:
    return write_gpkg(tmp_path_factory.mktemp("dbscan") / "incidents.gpkg", rows)


def _source(kind, gpkg, rows):
    return gpkg if kind == "gpkg" else memory_layer(rows)


def _cluster(run_alg, tmp_path, source, eps, min_size, **extra):
    """Run est:dbscanhotspots (OUTPUT a GeoPackage for a GeoPackage input, else memory);
    (run, DataFrame of the output: x, y, cluster, size, event_time, category)."""
    output = str(tmp_path / "clusters.gpkg") if isinstance(source, str) else "memory:"
    run = run_alg("est:dbscanhotspots", dict({"INPUT": source, "EPS": eps, "MIN_SIZE": min_size,
                                              "OUTPUT": output}, **extra))
    layer = run.results["OUTPUT"]
    layer = QgsVectorLayer(layer, "clusters", "ogr") if isinstance(layer, str) else layer
    assert layer.isValid()
    found = []
    for feature in layer.getFeatures():
        point = feature.geometry().asPoint()
        cluster, size = attribute(feature["CLUSTER_ID"]), attribute(feature["CLUSTER_SIZE"])
        found.append({"x": point.x(), "y": point.y(), "cluster": -1 if cluster is None else cluster,
                      "size": size, "event_time": feature["event_time"].toPyDateTime(),
                      "category": feature["category"]})
    return run, pd.DataFrame(found)


def _check_equals_sklearn(found: pd.DataFrame, eps, min_size, border_noise=False):
    xy = found[["x", "y"]].to_numpy()
    reference = DBSCAN(eps=eps, min_samples=min_size).fit(xy)
    core = np.zeros(len(xy), bool)
    core[reference.core_sample_indices_] = True
    labels = np.where(core, reference.labels_, -1) if border_noise else reference.labels_
    ids = found["cluster"].to_numpy()
    assert np.array_equal(ids == -1, labels == -1), "noise differs from scikit-learn's"
    pairs = set(zip(ids[core], labels[core]))
    clusters = labels.max() + 1
    assert len(pairs) == len({a for a, _ in pairs}) == len({b for _, b in pairs}) == clusters, \
        "core points not partitioned as scikit-learn's: {}".format(sorted(pairs))
    for index in np.flatnonzero(~core & (ids != -1)):  # border points
        own_cores = xy[core & (ids == ids[index])]
        assert np.hypot(*(own_cores - xy[index]).T).min() <= eps
    counts = found.loc[ids != -1, "cluster"].value_counts()
    assert sorted(counts.index) == list(range(1, clusters + 1))
    assert (np.diff(counts.sort_index().to_numpy()) <= 0).all(), "id 1 = the largest cluster"
    assert (found.loc[ids != -1, "size"].to_numpy() == counts[ids[ids != -1]].to_numpy()).all()
    assert found.loc[ids == -1, "size"].isna().all()
    return clusters, int((ids == -1).sum())


@pytest.mark.parametrize("kind", ["gpkg", "memory"])
@pytest.mark.parametrize("eps, min_size", SETTINGS)
def test_clusters_equal_scikit_learn(run_alg, tmp_path, gpkg, rows, kind, eps, min_size):
    run, found = _cluster(run_alg, tmp_path, _source(kind, gpkg, rows), eps, min_size)
    assert len(found) == len(rows)
    clusters, noise = _check_equals_sklearn(found, eps, min_size)
    assert run.results["NUM_CLUSTERS"] == clusters and run.results["NOISE_COUNT"] == noise


@pytest.mark.parametrize("kind", ["gpkg", "memory"])
@pytest.mark.parametrize("eps, min_size", [(150, 4), (250, 5)])
def test_dbscan_star_makes_border_points_noise(run_alg, tmp_path, gpkg, rows, kind, eps, min_size):
    run, found = _cluster(run_alg, tmp_path, _source(kind, gpkg, rows), eps, min_size, **{"DBSCAN*": True})
    clusters, noise = _check_equals_sklearn(found, eps, min_size, border_noise=True)
    assert run.results["NUM_CLUSTERS"] == clusters and run.results["NOISE_COUNT"] == noise


def test_plain_point_layer_without_incident_fields(run_alg, tmp_path, rows):
    layer = memory_layer(rows, attributes=False)
    run = run_alg("est:dbscanhotspots", {"INPUT": layer, "EPS": 150, "MIN_SIZE": 4, "OUTPUT": "memory:"})
    ids = [attribute(f["CLUSTER_ID"]) for f in run.results["OUTPUT"].getFeatures()]
    reference = DBSCAN(eps=150, min_samples=4).fit(rows[["X", "Y"]].to_numpy())
    assert run.results["NUM_CLUSTERS"] == reference.labels_.max() + 1
    assert sum(i is None for i in ids) == (reference.labels_ == -1).sum()


def test_eps_zero_refused(run_alg, gpkg):
    with pytest.raises(QgsProcessingException, match="EPS must be larger than 0"):
        run_alg("est:dbscanhotspots", {"INPUT": gpkg, "EPS": 0, "MIN_SIZE": 5, "OUTPUT": "memory:"})


def test_existing_cluster_field_refused(run_alg, tmp_path, gpkg):
    run, _found = _cluster(run_alg, tmp_path, gpkg, 150, 4)
    for source in (run.results["OUTPUT"], QgsVectorLayer("Point?crs=EPSG:26910&field=cluster_id:integer",
                                                         "has_field", "memory")):
        with pytest.raises(QgsProcessingException) as error:
            run_alg("est:dbscanhotspots", {"INPUT": source, "EPS": 50, "MIN_SIZE": 5, "OUTPUT": "memory:"})
        assert "'CLUSTER_ID'" in str(error.value) and "Unexpected error" not in str(error.value)


def _hotspots(run_alg, tmp_path, source, eps, min_size):
    run, found = _cluster(run_alg, tmp_path, source, eps, min_size,
                          HOTSPOTS=str(tmp_path / "hotspots.gpkg"))
    layer = QgsVectorLayer(run.results["HOTSPOTS"], "hotspots", "ogr")
    assert layer.isValid()
    features = sorted(layer.getFeatures(), key=lambda f: f["rank"])
    return run, found, features


@pytest.mark.parametrize("kind", ["gpkg", "memory"])
@pytest.mark.parametrize("eps, min_size", [(100, 3), (150, 4)])
def test_hotspot_polygons_and_statistics(run_alg, tmp_path, gpkg, rows, kind, eps, min_size):
    run, found, features = _hotspots(run_alg, tmp_path, _source(kind, gpkg, rows), eps, min_size)
    expected = sorted(zip(rows["X"], rows["Y"], rows["event_time"], rows["category"]))
    assert sorted(zip(found["x"], found["y"], found["event_time"], found["category"])) == expected

    clusters = run.results["NUM_CLUSTERS"]
    assert clusters > 0 and len(features) == clusters
    assert [f["rank"] for f in features] == list(range(1, clusters + 1))
    counts = [f["incident_count"] for f in features]
    assert counts == sorted(counts, reverse=True)
    for feature in features:  # rank r is the polygon of CLUSTER_ID r
        members = found[found["cluster"] == feature["rank"]]
        assert feature["incident_count"] == len(members)
        assert feature.geometry().isGeosValid()
        shape = wkb.loads(bytes(feature.geometry().asWkb()))
        assert all(shape.covers(Point(x, y)) for x, y in zip(members["x"], members["y"]))
        assert feature["area_m2"] == pytest.approx(shape.area, rel=1e-6)
        assert feature["density_per_ha"] == pytest.approx(len(members) * 10000 / shape.area, rel=1e-6)
        days = pd.to_datetime(members["event_time"]).dt.date
        assert feature["first_date"].toPyDate() == days.min()
        assert feature["last_date"].toPyDate() == days.max()


@pytest.mark.parametrize("kind", [
    "gpkg",
    "memory"])
def test_hotspot_top_categories_begin_with_the_commonest(run_alg, tmp_path, gpkg, rows, kind):
    _run, found, features = _hotspots(run_alg, tmp_path, _source(kind, gpkg, rows), 150, 4)
    for feature in features:
        counts = found.loc[found["cluster"] == feature["rank"], "category"].value_counts()
        first = feature["top_categories"].split(", ")[0]
        name, _, number = first.rpartition(":")
        assert int(number) == counts.max() and counts.get(name) == counts.max(), \
            "{!r} vs {}".format(feature["top_categories"], dict(counts))


# --- est:hotspotaccuracy on hand-made layers (SWEREF 99 TM) ---------------------------------------------

X0, Y0 = 600000.0, 6600000.0  # south-west corner of the 1000 x 1000 m study area


def _polygons(rectangles, fields=""):
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006" + fields, "polygons", "memory")
    features = []
    for west, south, east, north, *values in rectangles:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + west, Y0 + south, X0 + east, Y0 + north)))
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _points(xy):
    layer = QgsVectorLayer("Point?crs=EPSG:3006", "points", "memory")
    features = []
    for x, y in xy:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _scatter(generator, count, inside):
    """``count`` points (metres from the corner) in the study area, inside or outside the hotspot
    square 200..300 m (kept 5 m off its edges)."""
    found = []
    while len(found) < count:
        x, y = generator.uniform(0, 1000, 2)
        near = 195 < x < 305 and 195 < y < 305
        if inside:
            found.append((205 + (x / 1000) * 90, 205 + (y / 1000) * 90))
        elif not near:
            found.append((x, y))
    return found


def test_accuracy_of_one_hotspot_polygon(run_alg):
    generator = np.random.default_rng(7)
    test = _scatter(generator, 10, True) + _scatter(generator, 90, False)
    training = _scatter(generator, 20, True) + _scatter(generator, 30, False)
    run = run_alg("est:hotspotaccuracy", {
        "HOTSPOTS": _polygons([(200, 200, 300, 300, 1)], "&field=rank:integer"),
        "TEST_INCIDENTS": _points(test), "TRAINING_INCIDENTS": _points(training),
        "STUDY_AREA": _polygons([(0, 0, 1000, 1000)]), "OUTPUT": "memory:"})
    assert run.results["HIT_RATE"] == pytest.approx(10 / 100)
    assert run.results["PAI"] == pytest.approx((10 / 100) / 0.01)
    assert run.results["RRI"] == pytest.approx(10 / ((20 / 50) / 0.01))
    table = table_rows(run.results["OUTPUT"])
    assert list(table["target_share"]) == [1.0, 2.0, 5.0, 10.0, 20.0]
    assert (table["incidents_in"] == 10).all() and (table["incidents"] == 100).all()
    assert table["pai"].to_numpy() == pytest.approx([10.0] * 5)
    assert table["rri"].to_numpy() == pytest.approx([0.25] * 5)

    # without a study area: the convex hull of the test incidents and the hotspots
    run = run_alg("est:hotspotaccuracy", {"HOTSPOTS": _polygons([(200, 200, 300, 300)]),
                                          "TEST_INCIDENTS": _points(test), "OUTPUT": "memory:"})
    hull = MultiPoint(test + [(200, 200), (300, 200), (300, 300), (200, 300)]).convex_hull
    assert run.results["PAI"] == pytest.approx((10 / 100) / (100 * 100 / hull.area))
    assert run.logged("No study area"), run.log


def _write_density(path):
    """A 1000 x 1000 m GeoTIFF of 10 m cells whose values are a shuffled 1..10000; the outer ring
    of cells is NoData, leaving 98 x 98 = 9604 valid cells."""
    values = np.random.default_rng(3).permutation(10000).reshape(100, 100).astype(np.float32) + 1
    values[[0, -1], :] = -9999
    values[:, [0, -1]] = -9999
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 100, 100, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((X0, 10.0, 0.0, Y0 + 1000, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(-9999)
    band.WriteArray(values)
    dataset = None
    return values


def _cell_points(generator, cells, count):
    """``count`` points (metres from the corner) at random places inside random cells of ``cells``
    (pairs of row, column), kept 1 m off the cell edges."""
    chosen = cells[generator.integers(0, len(cells), count)]
    offsets = generator.uniform(1, 9, (count, 2))
    return [(10 * c + dx, 1000 - 10 * r - dy) for (r, c), (dx, dy) in zip(chosen, offsets)]


def test_accuracy_of_the_densest_cells_of_a_raster(run_alg, tmp_path):
    values = _write_density(tmp_path / "density.tif")
    valid = values != -9999
    order = np.argsort(-np.where(valid, values, -np.inf), axis=None)
    top = np.zeros(values.shape, bool)
    top.ravel()[order[:96]] = True  # 1% of 9604 valid cells
    generator = np.random.default_rng(11)
    hot, cold, outside = np.argwhere(top), np.argwhere(valid & ~top), np.argwhere(~valid)
    test = (_cell_points(generator, hot, 10) + _cell_points(generator, cold, 90)
            + _cell_points(generator, outside, 15))  # in NoData cells: not counted
    training = _cell_points(generator, hot, 5) + _cell_points(generator, cold, 45)
    run = run_alg("est:hotspotaccuracy", {
        "DENSITY": str(tmp_path / "density.tif"), "AREA_SHARE": 1, "TEST_INCIDENTS": _points(test),
        "TRAINING_INCIDENTS": _points(training), "OUTPUT": "memory:"})
    pai = (10 / 100) / (96 / 9604)
    assert run.results["HIT_RATE"] == pytest.approx(0.1)
    assert run.results["PAI"] == pytest.approx(pai)
    assert run.results["RRI"] == pytest.approx(pai / ((5 / 50) / (96 / 9604)))
    table = table_rows(run.results["OUTPUT"])
    test_cells = np.zeros(values.shape, int)
    for x, y in test:
        test_cells[int((1000 - y) // 10), int(x // 10)] += 1
    for share, row in zip((0.01, 0.02, 0.05, 0.10, 0.20), table.itertuples()):
        cells = round(share * 9604)
        hits = int(test_cells.ravel()[order[:cells]].sum())
        assert (row.incidents_in, row.incidents) == (hits, 100), share
        assert row.pai == pytest.approx((hits / 100) / (cells / 9604)), share


def test_polygons_and_raster_together_refused(run_alg, tmp_path):
    _write_density(tmp_path / "density.tif")
    with pytest.raises(QgsProcessingException) as error:
        run_alg("est:hotspotaccuracy", {
            "HOTSPOTS": _polygons([(200, 200, 300, 300)]), "DENSITY": str(tmp_path / "density.tif"),
            "TEST_INCIDENTS": _points([(250, 250)]), "OUTPUT": "memory:"})
    assert "HOTSPOTS" in str(error.value) and "DENSITY" in str(error.value)
