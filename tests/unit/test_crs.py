"""crs: UTM zones, the metric CRS for a place, transformations, areas of use."""
import numpy as np
import pytest
from pyproj import Transformer

from est_plugin.core import crs
from est_plugin.core.errors import InputError


@pytest.mark.parametrize("lon, lat, expected", [
    (24.94, 60.17, "EPSG:32635"),     # Helsinki
    (-123.12, 49.28, "EPSG:32610"),   # Vancouver
    (-87.63, 41.88, "EPSG:32616"),    # Chicago
    (-2.5, 53.75, "EPSG:32630"),      # Blackburn, Lancashire
    (5.3, 60.4, "EPSG:32632"),        # Bergen: Norway exception (would be zone 31)
    (3.0, 56.0, "EPSG:32632"),        # south-west corner of the Norway exception
    (2.99, 60.0, "EPSG:32631"),       # just west of it
    (12.0, 60.0, "EPSG:32633"),       # just east of it
    (15.6, 78.2, "EPSG:32633"),       # Longyearbyen, Svalbard
    (8.0, 78.0, "EPSG:32631"),        # Svalbard west of 9E
    (25.0, 78.0, "EPSG:32635"),
    (35.0, 78.0, "EPSG:32637"),
    (-58.4, -34.6, "EPSG:32721"),     # Buenos Aires, southern hemisphere
    (151.2, -33.9, "EPSG:32756"),     # Sydney
    (18.42, -33.92, "EPSG:32734"),    # Cape Town
    (-179.9, 10.0, "EPSG:32601"),
    (179.9, 10.0, "EPSG:32660"),
])
def test_utm_epsg(lon, lat, expected):
    assert crs.utm_epsg(lon, lat) == expected


@pytest.mark.parametrize("lon, lat", [(18.07, 59.33), (13.0, 55.6), (20.23, 67.86), (11.97, 57.71)],
                         ids=["stockholm", "malmo", "kiruna", "goteborg"])
def test_choose_metric_crs_is_sweref99_tm_in_sweden(lon, lat):
    assert crs.choose_metric_crs(np.array([lon, lon + 0.01]), np.array([lat, lat])) == "EPSG:3006"


def test_choose_metric_crs_is_the_utm_zone_outside_sweden():
    assert crs.choose_metric_crs(np.array([24.94, 24.95]), np.array([60.17, 60.16])) == "EPSG:32635"
    assert crs.choose_metric_crs(np.array([-123.1]), np.array([49.28])) == "EPSG:32610"


def test_choose_metric_crs_follows_the_median_place():
    lon = np.array([18.07, 18.08, 18.06, 24.94])
    lat = np.array([59.33, 59.34, 59.32, 60.17])
    assert crs.choose_metric_crs(lon, lat) == "EPSG:3006"


@pytest.mark.parametrize("lon, lat, zone", [(10.75, 59.91, "EPSG:32632"), (24.11, 56.95, "EPSG:32635"),
                                            (22.27, 60.45, "EPSG:32634")],
                         ids=["oslo", "riga", "turku"])
def test_choose_metric_crs_outside_sweden_but_inside_the_sweref_box(lon, lat, zone):
    assert crs.choose_metric_crs(np.array([lon]), np.array([lat])) == zone


@pytest.mark.parametrize("source, target, x, y", [
    ("EPSG:4326", "EPSG:3006", [18.07, 13.0, 20.23], [59.33, 55.6, 67.86]),
    ("EPSG:26910", "EPSG:32610", [491163.0187, 490672.055], [5459274.3069, 5456938.9266]),
    ("EPSG:3006", "EPSG:4326", [674032.0, 500000.0], [6580822.0, 6600000.0]),
    ("EPSG:4326", "EPSG:32635", [24.937201, 24.9534], [60.16837, 60.1791]),
])
def test_transform_matches_pyproj(source, target, x, y):
    expected_x, expected_y = Transformer.from_crs(source, target, always_xy=True).transform(x, y)
    got_x, got_y = crs.transform(np.array(x), np.array(y), source, target)
    np.testing.assert_allclose(got_x, expected_x, rtol=0, atol=1e-6)
    np.testing.assert_allclose(got_y, expected_y, rtol=0, atol=1e-6)


def test_transform_to_the_same_crs_returns_the_coordinates():
    x, y = crs.transform([1.5, 2.5], [3.5, 4.5], "EPSG:3006", "EPSG:3006")
    assert x.tolist() == [1.5, 2.5] and y.tolist() == [3.5, 4.5]


def test_to_lonlat_of_stockholm_in_sweref99_tm():
    lon, lat = crs.to_lonlat(np.array([674032.0]), np.array([6580822.0]), "EPSG:3006")
    expected = Transformer.from_crs("EPSG:3006", "EPSG:4326", always_xy=True).transform(674032.0, 6580822.0)
    assert (lon[0], lat[0]) == pytest.approx(expected, abs=1e-9)
    assert (lon[0], lat[0]) == pytest.approx((18.06, 59.33), abs=0.01)  # central Stockholm


def test_parse_crs_rejects_an_unknown_crs_naming_it():
    with pytest.raises(InputError) as caught:
        crs.parse_crs("EPSG:999999")
    assert "EPSG:999999" in str(caught.value)


def test_is_geographic():
    assert crs.is_geographic("EPSG:4326") and not crs.is_geographic("EPSG:3006")


def test_looks_like_lonlat():
    assert crs.looks_like_lonlat(np.array([24.9, -123.0, 0.0]), np.array([60.1, 49.3, 0.0]))
    assert not crs.looks_like_lonlat(np.array([491163.0]), np.array([5459274.0]))
    assert not crs.looks_like_lonlat(np.array([0.0]), np.array([0.0]))
    assert not crs.looks_like_lonlat(np.array([10.0]), np.array([95.0]))


def test_area_of_use_is_the_epsg_area_widened_by_two_degrees():
    west, south, east, north = crs.area_of_use("EPSG:3006")
    assert (west, south, east, north) == pytest.approx((8.03, 52.96, 26.17, 71.07), abs=1e-9)
    assert crs.area_of_use("EPSG:4326") is None


def test_inside_bounds_handles_the_antimeridian():
    lon = np.array([179.0, -179.0, 0.0])
    lat = np.array([0.0, 0.0, 0.0])
    assert crs.inside_bounds(lon, lat, (170.0, -10.0, -170.0, 10.0)).tolist() == [True, True, False]
    assert crs.inside_bounds(lon, lat, (-10.0, -10.0, 10.0, 10.0)).tolist() == [False, False, True]
