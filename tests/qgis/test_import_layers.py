"""est:importincidents from vector layers: a GeoPackage, a project layer, a table without geometry."""
import datetime

import pandas as pd
import pytest
from pyproj import Transformer
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from qgis_helpers import DATA, by_field, field_types, layer, py_datetime

from est_plugin import compat  # noqa: E402

CHICAGO = DATA / "chicago_assaults_extract.csv"
TO_UTM16 = Transformer.from_crs("EPSG:4326", "EPSG:32616", always_xy=True)


@pytest.fixture(scope="module")
def chicago():
    frame = pd.read_csv(CHICAGO)
    frame["when"] = pd.to_datetime(frame["date"], format="%Y-%m-%d %H:%M").dt.to_pydatetime()
    return frame


def _qdatetime(value: datetime.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _point_layer(frame, crs="EPSG:4326", name="chicago points"):
    """A memory point layer of the Chicago rows with typed fields (DateTime, String, Int, Double)."""
    memory = QgsVectorLayer("Point?crs={}".format(crs), name, "memory")
    memory.dataProvider().addAttributes([
        compat.field("date", "datetime"), compat.field("loc_cat", "str"),
        compat.field("district", "int"), compat.field("weight", "float")])
    memory.updateFields()
    features = []
    for record in frame.itertuples():
        feature = QgsFeature(memory.fields())
        feature.setAttributes([_qdatetime(record.when), record.loc_cat, int(record.district),
                               record.Index + 0.5])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(record.longitude, record.latitude)))
        features.append(feature)
    assert memory.dataProvider().addFeatures(features)[0]
    return memory


@pytest.fixture
def project_layers():
    """Adds layers to the project for one test and removes them afterwards."""
    added = []

    def add(vector_layer):
        QgsProject.instance().addMapLayer(vector_layer)
        added.append(vector_layer.id())
        return vector_layer

    yield add
    QgsProject.instance().removeMapLayers(added)


def _check_points_and_attributes(output, expected_by_row):
    """Each output feature (by source_row) has the expected time, attributes and UTM point."""
    features = by_field(output, "source_row")
    assert set(features) == set(expected_by_row)
    for row, record in expected_by_row.items():
        feature = features[row]
        assert py_datetime(feature["event_time"]) == record.when, row
        assert (feature["loc_cat"], feature["district"]) == (record.loc_cat, record.district), row
        point = feature.geometry().asPoint()
        x, y = TO_UTM16.transform(record.longitude, record.latitude)
        assert abs(point.x() - x) < 0.01 and abs(point.y() - y) < 0.01, row


def test_geopackage_point_layer_imports_via_its_geometry(run_alg, chicago, tmp_path):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    path = tmp_path / "chicago_points.gpkg"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        _point_layer(chicago), str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    source = layer(path, "source")
    fid_of = {(f["loc_cat"], f["weight"]): f.id() for f in source.getFeatures()}

    run = run_alg("est:importincidents", {"INPUT": str(path), "OUTPUT": str(tmp_path / "out.gpkg")})
    assert (run.results["READ_COUNT"], run.results["IMPORTED_COUNT"]) == (300, 300)
    output = layer(run.results["OUTPUT"])
    assert output.crs().authid() == "EPSG:32616"
    types = field_types(output)
    assert (types["date"], types["loc_cat"], types["district"], types["weight"]) == (
        "datetime", "str", "int", "float")
    # source_row is the GeoPackage feature id of the row it came from.
    expected = {fid_of[(r.loc_cat, r.Index + 0.5)]: r for r in chicago.itertuples()}
    _check_points_and_attributes(output, expected)


def test_project_layer_passed_by_its_id(run_alg, chicago, project_layers, tmp_path):
    memory = project_layers(_point_layer(chicago.head(40), name="incidents in project"))
    fids = sorted(f.id() for f in memory.getFeatures())
    run = run_alg("est:importincidents", {"INPUT": memory.id(), "OUTPUT": str(tmp_path / "p.gpkg")})
    assert (run.results["READ_COUNT"], run.results["IMPORTED_COUNT"]) == (40, 40)
    by_weight = {f["weight"]: f.id() for f in memory.getFeatures()}
    expected = {by_weight[r.Index + 0.5]: r for r in chicago.head(40).itertuples()}
    assert sorted(expected) == fids
    _check_points_and_attributes(layer(run.results["OUTPUT"]), expected)


def test_layer_without_geometry_with_chosen_xy_fields(run_alg, chicago, project_layers, tmp_path):
    table = QgsVectorLayer("None", "exported table", "memory")
    table.dataProvider().addAttributes([
        compat.field("tidpunkt_text", "str"), compat.field("loc_cat", "str"),
        compat.field("district", "int"), compat.field("px", "float"),
        compat.field("py", "float")])
    table.updateFields()
    features = []
    for record in chicago.itertuples():
        feature = QgsFeature(table.fields())
        feature.setAttributes([record.date, record.loc_cat, int(record.district),
                               record.longitude, record.latitude])
        features.append(feature)
    assert table.dataProvider().addFeatures(features)[0]
    project_layers(table)
    run = run_alg("est:importincidents", {
        "INPUT": table.id(), "X_FIELD": "px", "Y_FIELD": "py", "DATETIME_FIELD": "tidpunkt_text",
        "OUTPUT": str(tmp_path / "t.gpkg")})
    assert run.results["IMPORTED_COUNT"] == 300
    output = layer(run.results["OUTPUT"])
    assert output.crs().authid() == "EPSG:32616"
    assert field_types(output)["px"] == "float"
    by_values = {(f["tidpunkt_text"], f["px"], f["py"]): f.id() for f in table.getFeatures()}
    assert len(by_values) == 300
    expected = {by_values[(r.date, r.longitude, r.latitude)]: r for r in chicago.itertuples()}
    _check_points_and_attributes(output, expected)
