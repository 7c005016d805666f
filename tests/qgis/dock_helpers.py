"""Helpers of the dock tests: a clean project and settings, waiting for a dock run, comparing
the layers a dock run made with those of the same algorithm run directly."""
import math

import pytest


def wait_for(qtbot, dock, start, timeout_ms=180_000):
    """Call ``start()`` (which clicks a step's button), wait for that run; return it (asserted ok)."""
    before = dock.last_run
    start()
    run = dock.last_run
    assert run is not None and run is not before, dock.run_panel.status.text()
    qtbot.waitUntil(lambda: run.done, timeout=timeout_ms)
    assert run.ok, "{}: {}".format(run.algorithm.id(), run.error() or dock.run_panel.status.text())
    return run


def rows(layer, skip=("fid",)):
    """Sorted (attributes..., geometry WKT rounded to mm) of every feature."""
    names = [n for n in layer.fields().names() if n not in skip]
    found = []
    for feature in layer.getFeatures():
        values = []
        for name in names:
            value = feature[name]
            if hasattr(value, "isNull") and value.isNull():
                value = None
            if isinstance(value, float):
                value = None if math.isnan(value) else round(value, 6)
            values.append(str(value))
        geometry = feature.geometry()
        values.append(geometry.asWkt(3) if geometry is not None and not geometry.isNull() else "")
        found.append(tuple(values))
    return names, sorted(found)


def assert_same_layer(made, expected):
    """Same fields, same number of features and the same attribute values and geometries."""
    assert made.isValid() and expected.isValid()
    assert made.featureCount() == expected.featureCount()
    made_names, made_rows = rows(made)
    expected_names, expected_rows = rows(expected)
    assert made_names == expected_names
    assert made_rows == expected_rows


def assert_same_raster(made_path, expected_path):
    """Same grid and the same cell values."""
    import numpy as np
    from osgeo import gdal

    made, expected = gdal.Open(str(made_path)), gdal.Open(str(expected_path))
    assert made.GetGeoTransform() == pytest.approx(expected.GetGeoTransform())
    a, b = made.ReadAsArray(), expected.ReadAsArray()
    assert a.shape == b.shape
    np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-9)


def layer_outputs(algorithm_id):
    """Names of the algorithm's layer outputs (vector sinks and raster destinations)."""
    from qgis.core import QgsApplication, QgsProcessingParameterRasterDestination

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    names = {}
    for definition in algorithm.destinationParameterDefinitions():
        kind = "raster" if isinstance(definition, QgsProcessingParameterRasterDestination) else "vector"
        if definition.type() in ("sink", "vectorDestination", "rasterDestination"):
            names[definition.name()] = kind
    return names


def direct_parameters(run, tmp_path, inputs):
    """``inputs`` (written out by the test, layers as sources) with every output of the dock run
    written to a file of its own in tmp_path."""
    from qgis.core import QgsMapLayer

    parameters = {k: (v.source() if isinstance(v, QgsMapLayer) else v) for k, v in inputs.items()}
    for definition in run.algorithm.destinationParameterDefinitions():
        name = definition.name()
        if name not in run.parameters or run.parameters[name] is None:
            continue
        if definition.type() in ("fileDestination", "folderDestination"):
            suffix = str(run.parameters[name]).rsplit(".", 1)[-1]
        else:
            suffix = "tif" if layer_outputs(run.algorithm.id()).get(name) == "raster" else "gpkg"
        parameters[name] = str(tmp_path / "direct_{}.{}".format(name.lower(), suffix))
    return parameters


def assert_same_as_direct(run, run_alg, tmp_path, inputs):
    """Every layer output of the dock run equals that of the algorithm run directly with the
    parameters ``inputs`` the test expects the dock to pass; returns the direct results."""
    from qgis_helpers import layer

    direct = run_alg(run.algorithm.id(), direct_parameters(run, tmp_path, inputs)).results
    outputs = layer_outputs(run.algorithm.id())
    compared = 0
    for name, kind in outputs.items():
        if name not in direct or not direct[name]:
            continue
        assert run.results.get(name), "the dock run has no {}".format(name)
        if kind == "raster":
            assert_same_raster(run.results[name], direct[name])
        else:
            assert_same_layer(layer(run.results[name]), layer(direct[name]))
        compared += 1
    assert compared > 0
    return direct
