"""Unusable input: a QgsProcessingException with a sentence that names the problem, no traceback."""
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis_helpers import DATA, HELSINKI_CSV, ROOT

from est_plugin import compat  # noqa: E402


def _failure(run_alg, algorithm_id, parameters) -> str:
    """The message of the QgsProcessingException the run raises (asserted to be one)."""
    with pytest.raises(QgsProcessingException) as raised:
        run_alg(algorithm_id, parameters)
    message = str(raised.value)
    assert "Traceback" not in message and 'File "' not in message
    return message


def _import_failure(run_alg, tmp_path, **parameters) -> str:
    return _failure(run_alg, "est:importincidents", {"OUTPUT": str(tmp_path / "out.gpkg"), **parameters})


def _csv(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return str(path)


def test_missing_file_is_named_as_not_found(run_alg, tmp_path):
    path = str(tmp_path / "händelser_saknas.csv")
    message = _import_failure(run_alg, tmp_path, INPUT=path)
    assert path in message
    assert "not found" in message or "does not exist" in message


def test_empty_file_says_it_is_empty(run_alg, tmp_path):
    path = _csv(tmp_path, "empty.csv", "")
    message = _import_failure(run_alg, tmp_path, INPUT=path)
    assert "empty" in message
    assert "not found" not in message


def test_header_only_csv_says_no_rows(run_alg, tmp_path):
    path = _csv(tmp_path, "header.csv", "date,longitude,latitude,category\n")
    message = _import_failure(run_alg, tmp_path, INPUT=path)
    assert "header.csv" in message and "no rows" in message


def test_csv_without_usable_columns_lists_the_columns(run_alg, tmp_path):
    path = _csv(tmp_path, "notes.csv", "a,b,c\nfoo,bar,baz\nqux,quux,corge\n")
    message = _import_failure(run_alg, tmp_path, INPUT=path)
    assert "a, b, c" in message
    assert "DATETIME_FIELD" in message or "X_FIELD" in message


@pytest.mark.parametrize("cells, reason", [(",", "no coordinates"), ("0,0", "0,0")], ids=["empty", "zero"])
def test_every_row_without_coordinates_says_all_rejected(run_alg, tmp_path, cells, reason):
    times = ("2026-11-09 22:00", "2026-11-10 23:30", "2026-11-11 01:15")
    rows = "".join("{},{}\n".format(t, cells) for t in times)
    path = _csv(tmp_path, "nocoords.csv", "date,longitude,latitude\n" + rows)
    message = _import_failure(run_alg, tmp_path, INPUT=path)
    assert "3 rows" in message and "rejected" in message and reason in message
    assert "SOURCE_CRS" not in message  # the coordinates are missing, the CRS is not the problem


def test_every_row_without_coordinates_with_source_crs_says_all_rejected(run_alg, tmp_path):
    path = _csv(tmp_path, "nocoords.csv",
                "date,longitude,latitude\n2026-11-09 22:00,,\n2026-11-10 23:30,,\n2026-11-11 01:15,,\n")
    message = _import_failure(run_alg, tmp_path, INPUT=path, SOURCE_CRS="EPSG:4326")
    assert "3 rows" in message and "rejected" in message and "no coordinates" in message


def test_polygon_layer_says_polygon_and_points(run_alg, tmp_path):
    message = _import_failure(run_alg, tmp_path, INPUT=str(DATA / "vancouver_neighbourhoods.gpkg"))
    assert "polygon" in message and "points" in message


@pytest.fixture
def point_layer_without_crs():
    memory = QgsVectorLayer("Point", "incidents without crs", "memory")
    memory.setCrs(QgsCoordinateReferenceSystem())
    memory.dataProvider().addAttributes([compat.field("date", "str")])
    memory.updateFields()
    feature = QgsFeature(memory.fields())
    feature.setAttributes(["2026-11-09 22:00"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(674000, 6580000)))
    memory.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(memory)
    assert not memory.crs().isValid()
    yield memory
    QgsProject.instance().removeMapLayer(memory.id())


def test_point_layer_without_crs_asks_for_one(run_alg, tmp_path, point_layer_without_crs):
    message = _import_failure(run_alg, tmp_path, INPUT=point_layer_without_crs.id())
    assert "coordinate reference system" in message
    assert "SOURCE_CRS" in message


def test_projected_xy_without_source_crs_asks_for_source_crs(run_alg, tmp_path):
    message = _import_failure(run_alg, tmp_path, INPUT=str(DATA / "vpd_crimes_2020_extract.csv"))
    assert "SOURCE_CRS" in message and "longitude/latitude" in message


def test_chosen_column_that_does_not_exist_is_named(run_alg, tmp_path):
    message = _import_failure(run_alg, tmp_path, INPUT=str(HELSINKI_CSV), X_FIELD="Östkoordinat",
                              Y_FIELD="Latitud")
    assert "Östkoordinat" in message and "X_FIELD" in message
    assert "Longitud" in message  # the columns that are there are listed


@pytest.fixture(scope="module")
def incidents(qgis_app, tmp_path_factory):
    import processing

    path = tmp_path_factory.mktemp("bad_filter") / "incidents.gpkg"
    processing.run("est:importincidents", {"INPUT": str(HELSINKI_CSV), "OUTPUT": str(path)})
    return str(path)


@pytest.mark.parametrize("week", ["2026-W60", "vecka 46", "46"])
def test_filter_unreadable_iso_week(run_alg, tmp_path, incidents, week):
    message = _failure(run_alg, "est:filterincidents",
                       {"INPUT": incidents, "ISO_WEEK": week, "OUTPUT": str(tmp_path / "f.gpkg")})
    assert week in message and "ISO week" in message and "2026-W46" in message


@pytest.mark.parametrize("hours", ["25-30", "late", "22-22"])
def test_filter_unreadable_hours(run_alg, tmp_path, incidents, hours):
    message = _failure(run_alg, "est:filterincidents",
                       {"INPUT": incidents, "HOURS": hours, "OUTPUT": str(tmp_path / "f.gpkg")})
    assert "'{}'".format(hours) in message and "hour range" in message


def test_filter_after_dark_and_daylight_together(run_alg, tmp_path, incidents):
    message = _failure(run_alg, "est:filterincidents", {
        "INPUT": incidents, "AFTER_DARK": True, "DAYLIGHT": True, "OUTPUT": str(tmp_path / "f.gpkg")})
    assert "AFTER_DARK" in message and "DAYLIGHT" in message


def test_filter_layer_without_event_time(run_alg, tmp_path):
    lamps = "{}|layername=street_lamps".format(ROOT / "resources" / "sample" / "helsinki_osm.gpkg")
    message = _failure(run_alg, "est:filterincidents", {"INPUT": lamps, "OUTPUT": str(tmp_path / "f.gpkg")})
    assert "event_time" in message and "Import incidents" in message
