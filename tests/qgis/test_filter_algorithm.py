"""est:filterincidents on the imported Helsinki sample. Expected rows are found by reading the
sample CSV with pandas (dates and clock times parsed here), the 6 bad rows dropped by case number."""
import datetime

import pandas as pd
import pytest
from qgis.PyQt.QtCore import QDate
from qgis_helpers import HELSINKI_CSV, by_field, helsinki_good, layer

from est_plugin import compat  # noqa: E402

SUNSET = -0.833  # degrees: geometric elevation of the sun's centre at apparent sunset


@pytest.fixture(scope="module")
def incidents(qgis_app, tmp_path_factory):
    import processing

    path = tmp_path_factory.mktemp("filter") / "incidents.gpkg"
    results = processing.run("est:importincidents", {"INPUT": str(HELSINKI_CSV), "OUTPUT": str(path)})
    assert results["IMPORTED_COUNT"] == 885
    return layer(path, "incidents")


@pytest.fixture(scope="module")
def good():
    return helsinki_good()


@pytest.fixture
def filtered(run_alg, incidents, tmp_path):
    """filtered(**parameters) -> set of source_row kept; checks what every filter output must keep."""

    def run(**parameters):
        result = run_alg("est:filterincidents", {"INPUT": incidents.source(),
                                                 "OUTPUT": str(tmp_path / "filtered.gpkg"), **parameters})
        output = layer(result.results["OUTPUT"], "filtered")
        assert result.results["KEPT_COUNT"] == output.featureCount()
        assert output.crs() == incidents.crs()
        assert [(f.name(), f.type()) for f in output.fields()] == \
            [(f.name(), f.type()) for f in incidents.fields()]
        kept = by_field(output, "source_row")
        originals = by_field(incidents, "source_row")
        for row, feature in list(kept.items())[:50]:
            assert feature.attributes()[1:] == originals[row].attributes()[1:]
            assert feature.geometry().equals(originals[row].geometry())
        return set(kept)

    return run


def _rows(frame, mask):
    return set(frame.loc[mask, "row"])


def _iso(day):
    return day.isocalendar()[:2]


def test_iso_week_alone(filtered, good):
    expected = _rows(good, good["day"].map(lambda d: _iso(d) == (2026, 46)))
    assert len(expected) > 50
    assert filtered(ISO_WEEK="2026-W46", WEEKS_BEFORE=0) == expected


def test_iso_week_with_three_weeks_before(filtered, good):
    expected = _rows(good, good["day"].map(lambda d: _iso(d) in {(2026, w) for w in (43, 44, 45, 46)}))
    assert filtered(ISO_WEEK="2026-W46", WEEKS_BEFORE=3) == expected
    assert len(expected) > len(_rows(good, good["day"].map(lambda d: _iso(d) == (2026, 46))))


def test_weekdays_friday_and_saturday(filtered, good):
    expected = _rows(good, good["day"].map(lambda d: d.weekday() in (4, 5)))
    assert 0 < len(expected) < len(good)
    assert filtered(WEEKDAYS=[4, 5]) == expected


def test_hours_across_midnight_keep_known_times_only(filtered, good):
    hour = good["clock"].map(lambda c: c.hour if c is not None else -1)
    expected = _rows(good, (hour >= 22) | ((hour >= 0) & (hour < 4)))
    assert filtered(HOURS="22-04") == expected
    unknown = _rows(good, good["clock"].isna())
    assert unknown and not unknown & expected


@pytest.mark.parametrize("hours, start, end", [("22:45-01:06", (22, 45), (1, 6)),
                                               ("19:12-20.52", (19, 12), (20, 52))])
def test_hours_include_the_start_minute_and_exclude_the_end_minute(filtered, good, hours, start, end):
    minute = good["clock"].map(lambda c: c.hour * 60 + c.minute if c is not None else -1)
    first, last = start[0] * 60 + start[1], end[0] * 60 + end[1]
    assert (minute == first).any() and (minute == last).any()  # events on both edges
    inside = ((minute >= first) & (minute < last) if first < last
              else (minute >= first) | ((minute >= 0) & (minute < last)))
    assert filtered(HOURS=hours) == _rows(good, inside)


def test_categories_by_code(filtered, good):
    expected = _rows(good, good["Kategori"].isin(["Klotter", "Brand"]))
    assert expected
    assert filtered(CATEGORIES="klotter, brand") == expected


@pytest.mark.parametrize("as_given", [lambda d: QDate(d.year, d.month, d.day), lambda d: d.isoformat()],
                         ids=["QDate", "text"])
def test_date_range_includes_both_days(filtered, good, as_given):
    first, last = datetime.date(2026, 10, 1), datetime.date(2026, 10, 7)
    expected = _rows(good, good["day"].map(lambda d: first <= d <= last))
    on_edges = good[good["day"].isin([first, last])]
    assert set(on_edges["day"]) == {first, last}  # the sample has events on both edge days
    assert (on_edges["clock"].map(lambda c: c is not None and c.hour >= 12)).any()
    assert filtered(DATE_FROM=as_given(first), DATE_TO=as_given(last)) == expected


def test_combined_week_weekdays_and_hours(filtered, good):
    hour = good["clock"].map(lambda c: c.hour if c is not None else -1)
    mask = (good["day"].map(lambda d: _iso(d) == (2026, 46) and d.weekday() in (4, 5))
            & ((hour >= 22) | ((hour >= 0) & (hour < 4))))
    assert filtered(ISO_WEEK="2026-W46", WEEKDAYS=[4, 5], HOURS="22-04") == _rows(good, mask)


@pytest.mark.parametrize("weekdays", ["unset", None, []])
def test_unset_weekdays_filter_nothing(filtered, good, weekdays):
    # Regression: parameterAsEnums answers [0] (Monday only) for an unset optional multiple enum.
    parameters = {} if weekdays == "unset" else {"WEEKDAYS": weekdays}
    assert filtered(**parameters) == set(good["row"])
    week = filtered(ISO_WEEK="2026-W46", **parameters)
    assert week == _rows(good, good["day"].map(lambda d: _iso(d) == (2026, 46)))
    assert len({good.set_index("row").at[row, "day"].weekday() for row in week}) == 7


@pytest.fixture(scope="module")
def solar_elevation(good):
    """Geometric solar elevation (pvlib, NREL SPA) for every row with a known clock time."""
    import pvlib  # in requirements-dev.txt
    elevation = {}
    for record in good[good["clock"].notna()].itertuples():
        moment = pd.DatetimeIndex([record.local]).tz_localize(
            "Europe/Helsinki", ambiguous=[False], nonexistent="shift_forward")
        position = pvlib.solarposition.get_solarposition(moment, record.lat, record.lon)
        elevation[record.row] = float(position["elevation"].iloc[0])
    return elevation


def _disagreements(kept, elevation, want_dark):
    wrong = []
    for row, value in elevation.items():
        if abs(value - SUNSET) < 0.1:
            continue
        if (row in kept) != ((value < SUNSET) == want_dark):
            wrong.append((row, round(value, 3)))
    return wrong


def test_after_dark_matches_pvlib(filtered, good, solar_elevation):
    kept = filtered(AFTER_DARK=True, TIME_ZONE="Europe/Helsinki")
    assert kept <= set(solar_elevation)  # unknown clock times are left out
    assert _disagreements(kept, solar_elevation, want_dark=True) == []
    dark = [row for row, value in solar_elevation.items() if value < SUNSET]
    assert 0 < len(dark) < len(solar_elevation)


def test_daylight_is_the_complement_of_after_dark(filtered, good, solar_elevation):
    dark = filtered(AFTER_DARK=True, TIME_ZONE="Europe/Helsinki")
    light = filtered(DAYLIGHT=True, TIME_ZONE="Europe/Helsinki")
    assert _disagreements(light, solar_elevation, want_dark=False) == []
    assert not dark & light
    assert dark | light == set(solar_elevation)


def _layer_without_crs():
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QDateTime

    layer = QgsVectorLayer("Point", "no_crs", "memory")  # memory layers start in EPSG:4326
    layer.setCrs(QgsCoordinateReferenceSystem())
    assert not layer.crs().isValid()
    layer.dataProvider().addAttributes([compat.field("event_time", "datetime")])
    layer.updateFields()
    features = []
    for day, hour in ((9, 22), (10, 23), (20, 12)):  # two in 2026-W46, one in W47
        feature = QgsFeature(layer.fields())
        feature.setAttributes([QDateTime(2026, 11, day, hour, 0, 0)])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(674000.0, 6580000.0)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_week_filter_works_on_a_layer_without_crs(run_alg):
    run = run_alg("est:filterincidents", {"INPUT": _layer_without_crs(), "ISO_WEEK": "2026-W46",
                                          "OUTPUT": "TEMPORARY_OUTPUT"})
    assert run.results["KEPT_COUNT"] == 2


def test_darkness_on_a_layer_without_crs_asks_for_the_crs(run_alg):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        run_alg("est:filterincidents", {"INPUT": _layer_without_crs(), "AFTER_DARK": True,
                                        "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "coordinate reference system" in str(raised.value)


def test_darkness_leaves_out_and_counts_positions_that_are_not_degrees(run_alg):
    layer = _layer_without_crs()  # SWEREF-like metres, but the layer claims WGS 84 degrees
    from qgis.core import QgsCoordinateReferenceSystem

    layer.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    run = run_alg("est:filterincidents", {"INPUT": layer, "AFTER_DARK": True,
                                          "OUTPUT": "TEMPORARY_OUTPUT"})
    assert run.results["KEPT_COUNT"] == 0
    assert run.logged("3 no valid position")
