"""est:kerneldensity against the brute-force definition (test_hotspot_algorithms.brute_density),
QGIS's own heatmap, and its edge cases, on the Vancouver and Chicago extracts."""
import math

import numpy as np
import pandas as pd
import pytest
from pyproj import Transformer
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsRectangle, QgsVectorLayer
from scipy import ndimage
from shapely import wkb
from shapely.vectorized import contains, touches
from test_hotspot_algorithms import (
    NODATA,
    Raster,
    brute_density,
    chicago_rows,
    memory_layer,
    relative_error,
    vancouver_rows,
    write_gpkg,
)

RADIUS, PIXEL = 150.0, 10.0
FLOAT32 = 1e-5  # the GeoTIFF holds float32: relative error allowed against the float64 reference


@pytest.fixture(scope="module")
def rows() -> pd.DataFrame:
    return vancouver_rows()


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory, rows) -> str:
    return write_gpkg(tmp_path_factory.mktemp("kde") / "incidents.gpkg", rows)


def _density(run_alg, tmp_path, name="density", **parameters):
    """Run est:kerneldensity (RADIUS 150, PIXEL_SIZE 10 unless given); (run, raster)."""
    values = {"RADIUS": RADIUS, "PIXEL_SIZE": PIXEL, "OUTPUT": str(tmp_path / (name + ".tif"))}
    values.update(parameters)
    run = run_alg("est:kerneldensity", values)
    return run, Raster(values["OUTPUT"])


def _reference(raster, rows, kernel=0, weights=None, radius=RADIUS):
    return brute_density(rows["X"], rows["Y"], raster.transform, raster.shape, radius, kernel, weights)


@pytest.mark.parametrize("kernel", range(6), ids=["quartic", "triangular", "uniform", "triweight",
                                                  "epanechnikov", "gaussian"])
def test_raw_density_is_the_definition_cell_by_cell(run_alg, tmp_path, gpkg, rows, kernel):
    run, raster = _density(run_alg, tmp_path, INPUT=gpkg, KERNEL=kernel, OUTPUT_VALUE=0)
    expected = _reference(raster, rows, kernel)
    error = relative_error(raster.values, expected)
    assert error <= FLOAT32, "kernel {}: max |diff| {:.2e} of the maximum {:.3f}".format(
        kernel, error, expected.max())
    assert run.results["MAX_VALUE"] == pytest.approx(expected.max(), rel=1e-9)


def test_grid_is_qgis_heatmap_grid(run_alg, tmp_path, gpkg, rows):
    _run, raster = _density(run_alg, tmp_path, INPUT=gpkg)
    x0, pixel, skew_x, top, skew_y, negative = raster.transform
    width, height = rows["X"].max() - rows["X"].min(), rows["Y"].max() - rows["Y"].min()
    assert (pixel, skew_x, skew_y, negative) == (PIXEL, 0.0, 0.0, -PIXEL)
    assert x0 == pytest.approx(rows["X"].min() - RADIUS, abs=1e-6)
    assert top == pytest.approx(rows["Y"].max() + RADIUS, abs=1e-6)
    assert raster.shape == (math.ceil((height + 2 * RADIUS) / PIXEL) + 1,
                            math.ceil((width + 2 * RADIUS) / PIXEL) + 1)
    assert raster.epsg == 26910


def test_scaled_quartic_is_raw_times_three_over_pi_r_squared(run_alg, tmp_path, gpkg, rows):
    _run, raw = _density(run_alg, tmp_path, "raw", INPUT=gpkg, OUTPUT_VALUE=0)
    _run, scaled = _density(run_alg, tmp_path, "scaled", INPUT=gpkg, OUTPUT_VALUE=1)
    expected = _reference(raw, rows) * 3.0 / (math.pi * RADIUS ** 2)
    assert relative_error(scaled.values, expected) <= FLOAT32
    # scaled values are incidents per square metre: the raster sums to the number of points
    assert scaled.values.sum() * PIXEL ** 2 == pytest.approx(len(rows), rel=0.01)


def test_same_grid_and_values_as_qgis_heatmap(run_alg, tmp_path, gpkg):
    _run, ours = _density(run_alg, tmp_path, "est", INPUT=gpkg, KERNEL=0, OUTPUT_VALUE=0)
    run_alg("qgis:heatmapkerneldensityestimation", {
        "INPUT": gpkg, "RADIUS": RADIUS, "PIXEL_SIZE": PIXEL, "KERNEL": 0, "OUTPUT_VALUE": 0,
        "OUTPUT": str(tmp_path / "qgis.tif")})
    qgis = Raster(tmp_path / "qgis.tif")
    assert qgis.transform == ours.transform and qgis.shape == ours.shape
    theirs = qgis.zeroed
    ratio = theirs.sum() / ours.values.sum()
    correlation = np.corrcoef(theirs.ravel(), ours.values.ravel())[0, 1]
    figures = "total QGIS/est {:.6f}, correlation {:.5f}, QGIS max |diff| {:.2%} of est's maximum".format(
        ratio, correlation, relative_error(theirs, ours.values))
    print(figures)
    assert abs(ratio - 1) <= 0.005, figures
    assert correlation >= 0.998, figures


def test_fast_and_per_feature_paths_give_the_same_raster(run_alg, tmp_path, gpkg, rows):
    _run, fast = _density(run_alg, tmp_path, "fast", INPUT=gpkg)
    _run, slow = _density(run_alg, tmp_path, "slow", INPUT=memory_layer(rows))
    assert slow.transform == fast.transform
    assert np.array_equal(slow.values, fast.values)


@pytest.mark.parametrize("path", ["gpkg", "memory"])
def test_weight_field_and_null_weight_as_zero(run_alg, tmp_path, rows, path):
    weights = [None if i % 7 == 3 else 1 + i % 3 for i in range(len(rows))]
    layer = (write_gpkg(tmp_path / "weighted.gpkg", rows, weights=weights) if path == "gpkg"
             else memory_layer(rows, weights=weights))
    _run, raster = _density(run_alg, tmp_path, INPUT=layer, WEIGHT_FIELD="weight")
    expected = _reference(raster, rows, weights=[w or 0 for w in weights])
    assert relative_error(raster.values, expected) <= FLOAT32


def test_null_weight_counts_as_zero_as_in_qgis(run_alg, tmp_path):
    two = pd.DataFrame({"X": [491000.0, 491300.0], "Y": [5457000.0, 5457000.0]})
    for algorithm in ("est:kerneldensity", "qgis:heatmapkerneldensityestimation"):
        run_alg(algorithm, {"INPUT": memory_layer(two, weights=[None, 2.0]), "RADIUS": 100, "PIXEL_SIZE": 10,
                            "WEIGHT_FIELD": "weight", "KERNEL": 0, "OUTPUT_VALUE": 0,
                            "OUTPUT": str(tmp_path / (algorithm.split(":")[0] + ".tif"))})
        raster = Raster(tmp_path / (algorithm.split(":")[0] + ".tif"))
        values = raster.zeroed
        x, _y = raster.centres()
        assert values[:, x < 491150].max() == 0, algorithm
        assert values[:, x > 491150].max() > 1.5, algorithm


def test_extent_edges_are_exact_and_covered(run_alg, tmp_path, gpkg, rows):
    west, east, south, north = 490003.3, 493507.7, 5455001.1, 5458999.9
    _run, raster = _density(run_alg, tmp_path, INPUT=gpkg,
                            EXTENT="{},{},{},{} [EPSG:26910]".format(west, east, south, north))
    x0, pixel, _, top, _, _ = raster.transform
    rows_, cols = raster.shape
    assert (x0, top) == (west, north)
    assert east <= x0 + cols * pixel < east + pixel
    assert south >= top - rows_ * pixel > south - pixel
    assert relative_error(raster.values, _reference(raster, rows)) <= FLOAT32


def test_study_area_cells_outside_are_nodata(run_alg, tmp_path, gpkg, rows):
    west, south, east, north = 490003.3, 5455001.1, 493507.7, 5458999.9
    area = QgsVectorLayer("Polygon?crs=EPSG:26910", "area", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(west, south, east, north)))
    area.dataProvider().addFeatures([feature])
    _run, raster = _density(run_alg, tmp_path, INPUT=gpkg, STUDY_AREA=area)
    x, y = raster.centres()
    inside = ((x[None, :] > west) & (x[None, :] < east)) & ((y[:, None] > south) & (y[:, None] < north))
    assert raster.nodata == NODATA
    assert 0 < inside.sum() < inside.size
    assert (raster.values[~inside] == NODATA).all()
    assert (raster.values[inside] >= 0).all()
    expected = _reference(raster, rows)
    assert np.abs(raster.values[inside] - expected[inside]).max() <= FLOAT32 * expected.max()


def test_hotspots_are_the_densest_five_percent(run_alg, tmp_path, gpkg, rows):
    run, raster = _density(run_alg, tmp_path, INPUT=gpkg, HOTSPOT_SHARE=5,
                           HOTSPOTS=str(tmp_path / "hotspots.gpkg"))
    layer = QgsVectorLayer(run.results["HOTSPOTS"], "hotspots", "ogr")
    assert layer.isValid()
    features = sorted(layer.getFeatures(), key=lambda f: f["rank"])
    assert [f["rank"] for f in features] == list(range(1, len(features) + 1))
    assert all(f.geometry().isGeosValid() for f in features)
    peaks = [f["peak_density"] for f in features]
    assert peaks == sorted(peaks, reverse=True)
    shapes = [wkb.loads(bytes(f.geometry().asWkb())) for f in features]
    cell = PIXEL * PIXEL
    total_area = sum(f["area_m2"] for f in features)
    assert total_area == pytest.approx(sum(s.area for s in shapes), abs=1e-3)
    assert abs(total_area - 0.05 * raster.values.size * cell) <= 3 * cell

    x, y = rows["X"].to_numpy(), rows["Y"].to_numpy()
    counts = [int((contains(s, x, y) | touches(s, x, y)).sum()) for s in shapes]
    assert [f["incident_count"] for f in features] == counts

    expected = _reference(raster, rows)  # the same hotspots from the brute-force raster
    wanted = round(0.05 * expected.size)
    top = expected >= np.sort(expected, axis=None)[-wanted]
    _labels, groups = ndimage.label(top, structure=np.ones((3, 3)))
    assert len(features) == groups
    assert total_area == pytest.approx(top.sum() * cell)


def test_too_many_cells_refused_with_advice(run_alg, tmp_path, gpkg):
    with pytest.raises(QgsProcessingException) as error:
        _density(run_alg, tmp_path, INPUT=gpkg, PIXEL_SIZE=0.05)
    assert "PIXEL_SIZE" in str(error.value) and "Unexpected error" not in str(error.value)


def test_radius_zero_uses_silverman_rule(run_alg, tmp_path, gpkg, rows):
    run, raster = _density(run_alg, tmp_path, INPUT=gpkg, RADIUS=0)
    assert run.logged("Silverman"), run.log
    x, y = rows["X"].to_numpy(), rows["Y"].to_numpy()
    distance = np.hypot(x - x.mean(), y - y.mean())
    spread = min(math.sqrt(np.mean(distance ** 2)), math.sqrt(1 / math.log(2)) * np.median(distance))
    expected = round(0.9 * spread * len(x) ** -0.2 / 10) * 10
    assert run.results["RADIUS_USED"] == expected
    assert relative_error(raster.values, _reference(raster, rows, radius=expected)) <= FLOAT32


def test_pixel_size_zero_is_chosen_and_logged(run_alg, tmp_path, gpkg):
    run, raster = _density(run_alg, tmp_path, INPUT=gpkg, PIXEL_SIZE=0)
    pixel = run.results["PIXEL_SIZE_USED"]
    assert raster.transform[1] == pixel
    assert run.logged("PIXEL_SIZE 0: chose {:g} m".format(pixel)), run.log
    assert RADIUS / 20 <= pixel <= RADIUS / 10  # a tenth of the radius, rounded down to a nice number


def test_negative_radius_refused(run_alg, tmp_path, gpkg):
    with pytest.raises(QgsProcessingException, match="RADIUS"):
        _density(run_alg, tmp_path, INPUT=gpkg, RADIUS=-50)


@pytest.mark.parametrize("path", ["gpkg", "memory"])
def test_empty_layer_explained(run_alg, tmp_path, path):
    empty = pd.DataFrame({"X": [], "Y": []})
    layer = write_gpkg(tmp_path / "empty.gpkg", empty) if path == "gpkg" else memory_layer(empty)
    with pytest.raises(QgsProcessingException) as error:
        _density(run_alg, tmp_path, INPUT=layer)
    assert "no points" in str(error.value), str(error.value)
    assert "Unexpected error" not in str(error.value)


@pytest.mark.parametrize("copies", [1, 5])
def test_single_place(run_alg, tmp_path, copies):
    place = pd.DataFrame({"X": [491000.37] * copies, "Y": [5457000.71] * copies})
    run, raster = _density(run_alg, tmp_path, INPUT=memory_layer(place))
    expected = _reference(raster, place)
    assert raster.shape == (31, 31)  # ceil(2 r / pixel) + 1 each way
    assert raster.values.max() == pytest.approx(expected.max(), rel=FLOAT32)
    assert relative_error(raster.values, expected) <= FLOAT32
    assert run.results["MAX_VALUE"] == pytest.approx(expected.max())


@pytest.mark.parametrize("path", ["gpkg", "memory"])
def test_null_geometries_ignored(run_alg, tmp_path, gpkg, rows, path):
    _run, plain = _density(run_alg, tmp_path, "plain", INPUT=gpkg)
    nulls = (0, 57, len(rows) - 1)
    layer = (write_gpkg(tmp_path / "nulls.gpkg", rows, null_geometries=nulls) if path == "gpkg"
             else memory_layer(rows, null_geometries=nulls))
    _run, raster = _density(run_alg, tmp_path, "nulls", INPUT=layer)
    assert raster.transform == plain.transform
    assert np.array_equal(raster.values, plain.values)


def test_layer_in_degrees_projected_to_utm(run_alg, tmp_path):
    rows = chicago_rows()
    layer = write_gpkg(tmp_path / "chicago.gpkg", rows, epsg=4326)
    run, raster = _density(run_alg, tmp_path, INPUT=layer, PIXEL_SIZE=25)
    assert run.logged("EPSG:32616"), run.log
    assert raster.epsg == 32616
    to_utm = Transformer.from_crs(4326, 32616, always_xy=True)
    x, y = to_utm.transform(rows["X"].to_numpy(), rows["Y"].to_numpy())
    expected = brute_density(x, y, raster.transform, raster.shape, RADIUS)
    assert relative_error(raster.values, expected) <= FLOAT32
