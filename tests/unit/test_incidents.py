"""incidents.import_incidents on the real extracts and the simulated Helsinki export."""
import datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from pyproj import Transformer

from est_plugin.core.incidents import ImportSettings, IncidentSource, import_incidents, summary
from est_plugin.core.tables import read_table

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SAMPLE = ROOT / "resources" / "sample"
HELSINKI = "incidents_helsinki_simulated.csv"
HELSINKI_BAD = {"EST-2026-00059": "no_coordinates", "EST-2026-00551": "no_coordinates",
                "EST-2026-00564": "zero_coordinates", "EST-2026-00726": "zero_coordinates",
                "EST-2026-00783": "bad_date", "EST-2026-00890": "far_from_others"}
SWEDISH_CODES = {"Skadegörelse": "skadegorelse", "Klotter": "klotter", "Nedskräpning": "nedskrapning",
                 "Brand": "brand", "Ordningsstörning": "ordningsstorning",
                 "Otrygghetsskapande samling": "samling", "Hot/våld": "hot_vald",
                 "Narkotika": "narkotika", "Inbrott/stöld": "inbrott_stold",
                 "Olovlig trafik": "olovlig_trafik", "Otrygg plats": "otrygg_plats", "Övrigt": "ovrigt"}


def _import(path, **settings):
    return import_incidents(IncidentSource.from_table(read_table(str(path))), ImportSettings(**settings))


def _project(source, target, x, y):
    return Transformer.from_crs(source, target, always_xy=True).transform(np.asarray(x, float),
                                                                          np.asarray(y, float))


@pytest.fixture(scope="module")
def vancouver():
    raw = pd.read_csv(DATA / "vpd_crimes_2020_extract.csv")
    raw["source_row"] = raw.index + 2   # header is row 1
    return raw, _import(DATA / "vpd_crimes_2020_extract.csv", source_crs="EPSG:26910")


def test_vancouver_every_row_is_imported_or_rejected(vancouver):
    raw, result = vancouver
    assert result.read == len(raw) == 401
    assert result.imported + len(result.rejected) == result.read
    assert sorted(result.incidents.source_row.tolist() + result.rejected.source_row.tolist()) == \
        raw.source_row.tolist()


def test_vancouver_zero_and_empty_coordinates_are_the_rejected_rows(vancouver):
    raw, result = vancouver
    zero = raw[(raw.X == 0) & (raw.Y == 0)].source_row.tolist()
    empty = raw[raw.X.isna() & raw.Y.isna()].source_row.tolist()
    assert len(zero) > 0 and len(empty) == 1
    reasons = dict(zip(result.rejected.source_row, result.rejected.reason_code))
    expected = {row: "zero_coordinates" for row in zero}
    expected.update({row: "no_coordinates" for row in empty})
    assert reasons == expected
    assert result.rejected_by_reason == {"zero_coordinates": len(zero), "no_coordinates": 1}


def test_vancouver_event_times_equal_the_year_to_minute_columns(vancouver):
    raw, result = vancouver
    expected = pd.to_datetime(raw[["YEAR", "MONTH", "DAY", "HOUR", "MINUTE"]].rename(columns=str.lower))
    by_row = dict(zip(raw.source_row, expected))
    assert result.incidents.event_time.tolist() == [by_row[r] for r in result.incidents.source_row]
    assert result.incidents.time_known.all()


def test_vancouver_is_projected_to_utm_10n_like_pyproj_does(vancouver):
    raw, result = vancouver
    assert result.crs == "EPSG:32610"
    rows = raw.set_index("source_row").loc[result.incidents.source_row]
    x, y = _project("EPSG:26910", "EPSG:32610", rows.X, rows.Y)
    np.testing.assert_allclose(result.x, x, rtol=0, atol=1e-6)
    np.testing.assert_allclose(result.y, y, rtol=0, atol=1e-6)


def test_vancouver_keeps_the_source_columns_typed(vancouver):
    raw, result = vancouver
    first = raw[raw.source_row == result.incidents.source_row[0]].iloc[0]
    kept = result.incidents.iloc[0]
    assert kept.TYPE == first.TYPE and kept.HUNDRED_BLOCK == first.HUNDRED_BLOCK
    assert kept.YEAR == first.YEAR and kept.X == pytest.approx(first.X)
    assert result.incident_types["YEAR"] == "int" and result.incident_types["X"] == "float"
    assert result.incident_types["TYPE"] == "str" and result.incident_types["event_time"] == "datetime"


def test_vancouver_summary_line_counts(vancouver):
    raw, result = vancouver
    zero = int(((raw.X == 0) & (raw.Y == 0)).sum())
    line = summary(result)
    assert "Rows read: 401" in line and "imported: {}".format(401 - zero - 1) in line
    assert "{} coordinates 0,0".format(zero) in line and "1 no coordinates" in line


def test_chicago_times_crs_and_coordinates(data_dir):
    raw = pd.read_csv(data_dir / "chicago_assaults_extract.csv")
    result = _import(data_dir / "chicago_assaults_extract.csv")
    assert result.imported == len(raw) == 300 and len(result.rejected) == 0
    assert result.crs == "EPSG:32616"
    expected = pd.to_datetime(raw["date"], format="%Y-%m-%d %H:%M")
    assert result.incidents.event_time.tolist() == expected.tolist()
    assert result.incidents.time_known.all()
    x, y = _project("EPSG:4326", "EPSG:32616", raw.longitude, raw.latitude)
    np.testing.assert_allclose(result.x, x, rtol=0, atol=1e-6)
    np.testing.assert_allclose(result.y, y, rtol=0, atol=1e-6)


def test_lancashire_month_only_dates_have_unknown_times(data_dir):
    raw = pd.read_csv(data_dir / "lancashire_asb_extract.tsv", sep="\t")
    result = _import(data_dir / "lancashire_asb_extract.tsv")
    assert result.imported == len(raw) == 200
    assert not result.incidents.time_known.any()
    assert result.incidents.event_time.tolist() == pd.to_datetime(raw["month"], format="%Y-%m-%d").tolist()
    assert result.crs == "EPSG:32630"


def _helsinki_raw(sample_dir):
    """The sample read by hand: (line number, fields) per data line; the header is line 1."""
    lines = (sample_dir / HELSINKI).read_bytes().decode("cp1252").split("\r\n")
    return [(number, line.split(";")) for number, line in enumerate(lines, start=1)
            if number > 1 and line]


def _hand_time(date_text, clock_text):
    for form in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            day = datetime.datetime.strptime(date_text, form)
            break
        except ValueError:
            continue
    if not clock_text:
        return day, False
    hour, minute = clock_text.replace(".", ":").split(":")
    return day.replace(hour=int(hour), minute=int(minute)), True


@pytest.fixture(scope="module")
def helsinki():
    return _import(SAMPLE / HELSINKI, map_categories=True)


def test_helsinki_imports_885_and_rejects_the_six_bad_rows(helsinki, sample_dir):
    raw = _helsinki_raw(sample_dir)
    assert helsinki.read == len(raw) == 891
    assert helsinki.imported == 885 and len(helsinki.rejected) == 6
    line_of = {fields[0]: number for number, fields in raw}
    expected = {line_of[case]: code for case, code in HELSINKI_BAD.items()}
    assert dict(zip(helsinki.rejected.source_row, helsinki.rejected.reason_code)) == expected
    assert sorted(helsinki.rejected["Ärendenr"]) == sorted(HELSINKI_BAD)


def test_helsinki_times_follow_datum_and_klockslag(helsinki, sample_dir):
    raw = {number: fields for number, fields in _helsinki_raw(sample_dir)}
    hand = [_hand_time(raw[row][1], raw[row][2]) for row in helsinki.incidents.source_row]
    assert helsinki.incidents.event_time.tolist() == [pd.Timestamp(t) for t, _ in hand]
    assert helsinki.incidents.time_known.tolist() == [known for _, known in hand]
    assert (~helsinki.incidents.time_known).sum() > 0   # some Klockslag cells are empty


def test_helsinki_decimal_comma_coordinates_are_read_right(helsinki, sample_dir):
    raw = {number: fields for number, fields in _helsinki_raw(sample_dir)}
    lat = [float(raw[row][5].replace(",", ".")) for row in helsinki.incidents.source_row]
    lon = [float(raw[row][6].replace(",", ".")) for row in helsinki.incidents.source_row]
    assert helsinki.crs == "EPSG:32635"
    x, y = _project("EPSG:4326", "EPSG:32635", lon, lat)
    np.testing.assert_allclose(helsinki.x, x, rtol=0, atol=1e-6)
    np.testing.assert_allclose(helsinki.y, y, rtol=0, atol=1e-6)
    assert helsinki.incidents.Latitud.tolist() == lat


def test_helsinki_swedish_labels_become_their_codes(helsinki):
    assert helsinki.incidents.category.tolist() == [SWEDISH_CODES[k] for k in helsinki.incidents.Kategori]
