"""est:importincidents on real exports (CSV, XLSX); expected values computed with pandas/pyproj."""
import datetime

import pandas as pd
import pytest
from pyproj import Transformer
from qgis_helpers import (
    DATA,
    HELSINKI_BAD,
    HELSINKI_CSV,
    LABEL_TO_CODE,
    by_field,
    field_types,
    helsinki_good,
    helsinki_raw,
    layer,
    py_datetime,
)

CM = 0.01


def _transformer(source, target):
    return Transformer.from_crs(source, target, always_xy=True)


def _assert_point(feature, expected_x, expected_y):
    point = feature.geometry().asPoint()
    assert abs(point.x() - expected_x) < CM and abs(point.y() - expected_y) < CM, (
        feature["source_row"], point.x(), point.y(), expected_x, expected_y)


@pytest.fixture(scope="module")
def vancouver(qgis_app, tmp_path_factory):
    """The Vancouver extract imported once (GeoPackage outputs) and the raw rows by pandas."""
    import processing

    out = tmp_path_factory.mktemp("vancouver")
    path = DATA / "vpd_crimes_2020_extract.csv"
    results = processing.run("est:importincidents", {
        "INPUT": str(path), "SOURCE_CRS": "EPSG:26910",
        "OUTPUT": str(out / "incidents.gpkg"), "REJECTED": str(out / "rejected.gpkg")})
    raw = pd.read_csv(path)
    raw["row"] = raw.index + 2
    return results, raw


def test_vancouver_every_row_is_imported_or_rejected(vancouver):
    results, raw = vancouver
    assert results["READ_COUNT"] == len(raw) == 401
    assert results["IMPORTED_COUNT"] + results["REJECTED_COUNT"] == len(raw)
    imported = set(by_field(layer(results["OUTPUT"]), "source_row"))
    rejected = set(by_field(layer(results["REJECTED"]), "source_row"))
    assert imported.isdisjoint(rejected)
    assert imported | rejected == set(raw["row"])
    assert len(imported) == results["IMPORTED_COUNT"]


def test_vancouver_zero_and_empty_coordinates_are_rejected_with_their_reason(vancouver):
    results, raw = vancouver
    zero = set(raw.loc[(raw["X"] == 0) & (raw["Y"] == 0), "row"])
    empty = set(raw.loc[raw["X"].isna() & raw["Y"].isna(), "row"])
    assert len(zero) >= 20 and len(empty) == 1
    reasons = {row: feature["reason_code"]
               for row, feature in by_field(layer(results["REJECTED"]), "source_row").items()}
    assert {row for row, code in reasons.items() if code == "zero_coordinates"} == zero
    assert {row for row, code in reasons.items() if code == "no_coordinates"} == empty
    # Nothing else in this extract is wrong: the rest are all imported.
    assert set(reasons) == zero | empty
    assert results["REJECTED_COUNT"] == len(zero) + len(empty)


def test_vancouver_points_are_utm_10n_as_pyproj_transforms_them(vancouver):
    results, raw = vancouver
    output = layer(results["OUTPUT"])
    assert output.crs().authid() == "EPSG:32610"
    to_utm = _transformer("EPSG:26910", "EPSG:32610")
    rows = raw.set_index("row")
    features = by_field(output, "source_row")
    assert len(features) == results["IMPORTED_COUNT"]
    for row, feature in features.items():
        _assert_point(feature, *to_utm.transform(rows.at[row, "X"], rows.at[row, "Y"]))


def test_vancouver_event_time_is_built_from_year_to_minute(vancouver):
    results, raw = vancouver
    rows = raw.set_index("row")
    for row, feature in by_field(layer(results["OUTPUT"]), "source_row").items():
        expected = datetime.datetime(*(int(rows.at[row, c])
                                       for c in ("YEAR", "MONTH", "DAY", "HOUR", "MINUTE")))
        assert py_datetime(feature["event_time"]) == expected, row
        assert feature["time_known"] is True


def test_vancouver_output_has_typed_new_fields_and_every_original_value(vancouver):
    results, raw = vancouver
    output = layer(results["OUTPUT"])
    types = field_types(output)
    assert types["event_time"] == "datetime"
    assert types["time_known"] == "bool"
    assert types["category"] == "str"
    assert types["source_row"] == "int"
    original = [c for c in raw.columns if c != "row"]
    assert [c for c in original if c not in types] == []
    rows = raw.set_index("row")
    for row, feature in by_field(output, "source_row").items():
        for column in original:
            expected, actual = rows.at[row, column], feature[column]
            if isinstance(expected, str):
                assert actual == expected, (row, column)
            else:
                assert float(actual) == pytest.approx(float(expected), abs=1e-9), (row, column)


def test_chicago_lonlat_recognised_without_source_crs(run_alg, data_dir, tmp_path):
    path = data_dir / "chicago_assaults_extract.csv"
    run = run_alg("est:importincidents", {"INPUT": str(path), "OUTPUT": str(tmp_path / "c.gpkg")})
    raw = pd.read_csv(path)
    assert run.results["READ_COUNT"] == run.results["IMPORTED_COUNT"] == len(raw) == 300
    output = layer(run.results["OUTPUT"])
    assert output.crs().authid() == "EPSG:32616"
    assert run.logged("EPSG:4326")
    to_utm = _transformer("EPSG:4326", "EPSG:32616")
    features = by_field(output, "source_row")
    for index, record in raw.iterrows():
        feature = features[index + 2]
        expected = datetime.datetime.strptime(record["date"], "%Y-%m-%d %H:%M")
        assert py_datetime(feature["event_time"]) == expected
        _assert_point(feature, *to_utm.transform(record["longitude"], record["latitude"]))


@pytest.fixture(scope="module")
def helsinki(qgis_app, tmp_path_factory):
    """The Helsinki sample imported once, with REJECTED as a CSV file."""
    import processing

    out = tmp_path_factory.mktemp("helsinki")
    return processing.run("est:importincidents", {
        "INPUT": str(HELSINKI_CSV), "OUTPUT": str(out / "incidents.gpkg"),
        "REJECTED": str(out / "rejected.csv")})


def test_helsinki_counts_and_swedish_letters_survive(helsinki):
    assert (helsinki["READ_COUNT"], helsinki["IMPORTED_COUNT"], helsinki["REJECTED_COUNT"]) == (891, 885, 6)
    output = layer(helsinki["OUTPUT"])
    types = field_types(output)
    assert "Ärendenr" in types and "Beskrivning" in types
    assert types["Latitud"] == "float" and types["Longitud"] == "float"
    features = by_field(output, "source_row")
    assert features[2]["Ärendenr"] == "EST-2026-00001"
    assert features[2]["Plats"] == "Yrjönkatu"
    assert any(f["Kategori"] == "Nedskräpning" for f in features.values())


def test_helsinki_categories_times_and_values_match_the_raw_rows(helsinki):
    features = by_field(layer(helsinki["OUTPUT"]), "source_row")
    good = helsinki_good()
    assert set(features) == set(good["row"])
    for record in good.itertuples():
        feature = features[record.row]
        assert feature["category"] == LABEL_TO_CODE[record.Kategori], record.row
        assert py_datetime(feature["event_time"]) == record.local, record.row
        assert feature["time_known"] is (record.clock is not None), record.row
        assert feature["Latitud"] == pytest.approx(record.lat, abs=1e-9)
        assert feature["Beskrivning"] == record.Beskrivning


def test_helsinki_rejected_csv_has_rows_and_reasons(helsinki):
    rejected = pd.read_csv(helsinki["REJECTED"])
    assert {"source_row", "reason", "reason_code"} <= set(rejected.columns)
    raw = helsinki_raw().set_index("Ärendenr")
    assert dict(zip(rejected["Ärendenr"], rejected["reason_code"])) == HELSINKI_BAD
    for case, row in zip(rejected["Ärendenr"], rejected["source_row"]):
        assert int(row) == raw.at[case, "row"]
    assert rejected["reason"].str.len().min() > 10


def test_target_crs_is_honoured(run_alg, tmp_path):
    run = run_alg("est:importincidents", {"INPUT": str(HELSINKI_CSV), "TARGET_CRS": "EPSG:3006",
                                          "OUTPUT": str(tmp_path / "h.gpkg")})
    output = layer(run.results["OUTPUT"])
    assert output.crs().authid() == "EPSG:3006"
    to_sweref = _transformer("EPSG:4326", "EPSG:3006")
    features = by_field(output, "source_row")
    for record in helsinki_good().itertuples():
        _assert_point(features[record.row], *to_sweref.transform(record.lon, record.lat))


def test_xlsx_with_swedish_headers_and_datetime_cells(run_alg, tmp_path):
    import openpyxl

    rows = [("V-1", datetime.datetime(2026, 11, 13, 22, 15), "Skadegörelse", "Centralvägen", 59.5186, 17.911),
            ("V-2", datetime.datetime(2026, 11, 14, 1, 40), "Klotter", "Väsby centrum", 59.5201, 17.9135),
            ("V-3", datetime.datetime(2026, 11, 14, 18, 5), "Hot/våld", "Runby torg", 59.5078, 17.9011),
            ("V-4", datetime.datetime(2026, 11, 15, 23, 59), "Brand", "Björkvägen", 59.5150, 17.9052)]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ärendenr", "Händelsetid", "Händelsetyp", "Plats", "Latitud", "Longitud"])
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / "händelser vecka 46.xlsx"
    book.save(path)
    run = run_alg("est:importincidents", {"INPUT": str(path), "OUTPUT": str(tmp_path / "x.gpkg")})
    assert (run.results["READ_COUNT"], run.results["IMPORTED_COUNT"]) == (4, 4)
    output = layer(run.results["OUTPUT"])
    assert output.crs().authid() == "EPSG:3006"  # the events are in Sweden
    assert field_types(output)["Händelsetid"] == "datetime"
    to_sweref = _transformer("EPSG:4326", "EPSG:3006")
    features = by_field(output, "source_row")
    assert set(features) == {2, 3, 4, 5}
    for number, (case, when, kind, place, lat, lon) in enumerate(rows, start=2):
        feature = features[number]
        assert (feature["Ärendenr"], feature["Plats"]) == (case, place)
        assert py_datetime(feature["event_time"]) == when
        assert feature["category"] == LABEL_TO_CODE[kind]
        _assert_point(feature, *to_sweref.transform(lon, lat))


def test_txt_export_imports_like_csv(run_alg, tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes((DATA / "chicago_assaults_extract.csv").read_bytes())
    run = run_alg("est:importincidents", {"INPUT": str(path), "OUTPUT": str(tmp_path / "t.gpkg")})
    assert run.results["IMPORTED_COUNT"] == 300
