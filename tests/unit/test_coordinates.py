"""coordinates: reading X/Y columns, plausibility checks (0,0, CRS area, strays, extent), source CRS."""
import numpy as np
import pandas as pd
import pytest
from pyproj import Transformer

from est_plugin.core.coordinates import crs_name, guess_source_crs, locate, read_xy_columns
from est_plugin.core.errors import InputError
from est_plugin.core.rejections import Rejections

RNG_SEED = 20261116


def _cluster(x0, y0, count, spread=300.0, seed=RNG_SEED):
    rng = np.random.default_rng(seed)
    return x0 + rng.normal(0, spread, count), y0 + rng.normal(0, spread, count)


def _locate(x, y, source="EPSG:3006", target=None, **options):
    rejections = Rejections(len(x))
    located = locate(np.asarray(x, float), np.asarray(y, float), source, target, rejections, **options)
    return located, rejections


def test_read_xy_columns_reads_decimal_commas_and_rejects_empty_and_text():
    rejections = Rejections(4)
    x, y = read_xy_columns(pd.Series(["24,9372", "", "abc", "24.5"], dtype=object),
                           pd.Series(["60,1684", "", "60,1", "60.2"], dtype=object),
                           ("lon", "lat"), rejections)
    assert x[0] == pytest.approx(24.9372) and y[0] == pytest.approx(60.1684) and x[3] == 24.5
    assert rejections.codes.tolist() == ["", "no_coordinates", "bad_coordinates", ""]
    assert "lon" in rejections.reasons[1] and "'abc'" in rejections.reasons[2]


def test_zero_coordinates_are_rejected_and_the_rest_kept():
    x, y = _cluster(674000.0, 6580000.0, 10)
    x = np.r_[x, 0.0, 0.0]
    y = np.r_[y, 0.0, 5.0]
    located, rejections = _locate(x, y)
    assert rejections.codes[10] == "zero_coordinates"
    assert rejections.codes[11] == "outside_crs_area"   # (0, 5) in SWEREF 99 TM is far off Sweden
    assert (rejections.codes[:10] == "").all()
    assert np.isnan(located.x[10:]).all() and np.isfinite(located.x[:10]).all()


def test_points_outside_the_area_of_the_source_crs_are_rejected():
    # Stockholm's SWEREF 99 TM (EPSG:3006) coordinates claimed to be British National Grid.
    x, y = _cluster(674032.0, 6580822.0, 5, spread=50.0)
    lon, lat = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True).transform(x, y)
    # independently: EPSG:27700's area of use is 9W..2.01E, 49.75N..61.01N
    assert not ((np.asarray(lon) > -9 - 2) & (np.asarray(lon) < 2.01 + 2)).any()
    located, rejections = _locate(x, y, source="EPSG:27700")
    assert rejections.codes.tolist() == ["outside_crs_area"] * 5
    assert "EPSG:27700" in rejections.reasons[0]
    assert np.isnan(located.x).all()


def test_vancouver_coordinates_claimed_as_sweref99_tm_are_outside_its_area():
    x, y = _cluster(491163.0, 5459274.0, 5, spread=50.0)
    lon, lat = Transformer.from_crs("EPSG:3006", "EPSG:4326", always_xy=True).transform(x, y)
    assert (np.asarray(lat) < 54.96 - 2).all()      # independently: south of the widened area
    located, rejections = _locate(x, y, source="EPSG:3006")
    assert rejections.codes.tolist() == ["outside_crs_area"] * 5


def test_a_lone_stray_far_from_the_others_is_rejected():
    x, y = _cluster(800000.0, 6600000.0, 50)
    x = np.r_[x, 400000.0]
    y = np.r_[y, 6900000.0]   # 500 km away
    located, rejections = _locate(x, y)
    assert rejections.by_code() == {"far_from_others": 1}
    assert rejections.first_row_with("far_from_others") == 50
    assert "100 km" in rejections.reasons[50]


def test_two_clusters_20_km_apart_are_both_kept():
    x1, y1 = _cluster(800000.0, 6600000.0, 25, seed=1)
    x2, y2 = _cluster(820000.0, 6600000.0, 25, seed=2)
    located, rejections = _locate(np.r_[x1, x2], np.r_[y1, y2])
    assert rejections.count() == 0
    assert np.isfinite(located.x).all()


def test_max_distance_zero_disables_the_stray_check():
    x, y = _cluster(800000.0, 6600000.0, 50)
    located, rejections = _locate(np.r_[x, 400000.0], np.r_[y, 6900000.0], max_distance_km=0)
    assert rejections.count() == 0


def test_a_group_of_fewer_than_five_far_from_all_others_is_rejected_as_strays():
    xa, ya = _cluster(500000.0, 6600000.0, 3, seed=3)      # three events 300 km from the rest
    xb, yb = _cluster(800000.0, 6600000.0, 50, seed=4)     # the town
    located, rejections = _locate(np.r_[xa, xb], np.r_[ya, yb])
    assert rejections.codes.tolist() == ["far_from_others"] * 3 + [""] * 50
    assert "fewer than 5 events more than 100 km" in rejections.reasons[0]


def test_a_group_of_five_far_from_the_rest_is_kept():
    xa, ya = _cluster(500000.0, 6600000.0, 5, seed=3)
    xb, yb = _cluster(800000.0, 6600000.0, 50, seed=4)
    located, rejections = _locate(np.r_[xa, xb], np.r_[ya, yb])
    assert rejections.count() == 0


def test_two_equal_small_groups_far_apart_are_both_kept():
    xa, ya = _cluster(500000.0, 6600000.0, 3, seed=3)
    xb, yb = _cluster(800000.0, 6600000.0, 3, seed=4)
    located, rejections = _locate(np.r_[xa, xb], np.r_[ya, yb])
    assert rejections.count() == 0


def test_a_chain_of_steps_under_the_limit_keeps_far_ends_together():
    # events every 60 km along a line: each within 100 km of the next, 600 km end to end
    x = 300000.0 + 60000.0 * np.arange(11)
    y = np.full(11, 6600000.0)
    located, rejections = _locate(np.r_[x, 600000.0], np.r_[y, 7500000.0])  # 900 km north
    assert rejections.codes.tolist() == [""] * 11 + ["far_from_others"]


def test_extent_rejects_points_outside_it():
    lon = np.array([18.0, 18.1, 25.0])
    lat = np.array([59.3, 59.31, 60.2])
    located, rejections = _locate(lon, lat, source="EPSG:4326", max_distance_km=0,
                                  extent_lonlat=(17.0, 59.0, 19.0, 60.0))
    assert rejections.codes.tolist() == ["", "", "outside_extent"]
    assert located.target_crs == "EPSG:3006"


def test_target_crs_is_chosen_when_not_given_and_kept_when_given():
    lon, lat = np.array([-123.12, -123.11]), np.array([49.28, 49.27])
    located, _ = _locate(lon, lat, source="EPSG:4326")
    assert located.target_crs == "EPSG:32610"
    located, _ = _locate(lon, lat, source="EPSG:4326", target="EPSG:26910")
    assert located.target_crs == "EPSG:26910"
    expected = Transformer.from_crs("EPSG:4326", "EPSG:26910", always_xy=True).transform(lon, lat)
    np.testing.assert_allclose(located.x, expected[0], atol=1e-6)
    np.testing.assert_allclose(located.y, expected[1], atol=1e-6)


def test_rows_rejected_before_locate_keep_their_first_reason():
    rejections = Rejections(3)
    rejections.add(np.array([True, False, False]), "no_coordinates", field="x")
    x = np.array([np.nan, 18.0, 18.01])
    y = np.array([np.nan, 59.3, 59.31])
    located = locate(x, y, "EPSG:4326", None, rejections)
    assert rejections.codes.tolist() == ["no_coordinates", "", ""]
    assert np.isnan(located.x[0]) and np.isfinite(located.x[1:]).all()


def test_guess_source_crs_returns_wgs84_for_lon_lat():
    assert guess_source_crs(np.array([24.9, 24.95]), np.array([60.1, 60.2]), None, "h.csv") == (
        "EPSG:4326", True)


def test_guess_source_crs_keeps_the_users_choice():
    assert guess_source_crs(np.array([24.9]), np.array([60.1]), "EPSG:3067", "h.csv") == ("EPSG:3067", False)


def test_guess_source_crs_asks_for_a_crs_for_projected_numbers_quoting_ranges():
    x = np.array([491163.0, 490000.0, 492500.0])
    y = np.array([5459274.0, 5458000.0, 5459000.0])
    with pytest.raises(InputError) as caught:
        guess_source_crs(x, y, None, "vpd.csv")
    message = str(caught.value)
    assert "vpd.csv" in message and "SOURCE_CRS" in message
    assert "490000" in message and "492500" in message


def test_guess_source_crs_quotes_northings_in_full():
    x = np.array([491163.0, 490000.0])
    y = np.array([5459274.0, 5458000.0])
    with pytest.raises(InputError) as caught:
        guess_source_crs(x, y, None, "vpd.csv")
    assert "5458000" in str(caught.value) and "5459274" in str(caught.value)


def test_crs_name_is_the_authority_code():
    assert crs_name("EPSG:3006") == "EPSG:3006"
    assert crs_name("+proj=utm +zone=33 +datum=WGS84 +units=m +no_defs") != ""
