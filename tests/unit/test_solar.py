"""solar: the NOAA solar elevation against pvlib's NREL SPA, and by hand in Stockholm."""
import numpy as np
import pandas as pd
import pvlib
import pytest

from est_plugin.core.solar import SUNSET_ELEVATION, is_dark, solar_elevation

STOCKHOLM_LON, STOCKHOLM_LAT = 18.07, 59.33


def _random_cases(count=2000, seed=2026):
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("1990-01-01").value
    end = pd.Timestamp("2041-01-01").value
    times = pd.DatetimeIndex(rng.integers(start, end, count, dtype=np.int64)).round("s")
    return times, rng.uniform(-65.0, 70.0, count), rng.uniform(-180.0, 180.0, count)


def test_solar_elevation_agrees_with_pvlib_nrel_spa_within_005_degrees():
    times, lat, lon = _random_cases()
    # pvlib's 'elevation' is the true (geometric) elevation; 'apparent_elevation' adds refraction.
    reference = pvlib.solarposition.get_solarposition(times.tz_localize("UTC"), lat, lon,
                                                      method="nrel_numpy")["elevation"].to_numpy()
    ours = solar_elevation(lon, lat, pd.Series(times))
    assert np.abs(ours - reference).max() < 0.05


def test_pvlib_reference_is_vectorised_per_row():
    # Guards the comparison above: row i of the vectorised call equals a call for row i alone.
    times, lat, lon = _random_cases(count=5, seed=7)
    together = pvlib.solarposition.get_solarposition(times.tz_localize("UTC"), lat, lon,
                                                     method="nrel_numpy")["elevation"].to_numpy()
    for i in range(5):
        alone = pvlib.solarposition.get_solarposition(times[i:i + 1].tz_localize("UTC"), lat[i], lon[i],
                                                      method="nrel_numpy")["elevation"].iloc[0]
        assert together[i] == pytest.approx(alone, abs=1e-9)


def test_noon_elevation_in_stockholm_at_midsummer_by_hand():
    # At the June 2026 solstice the declination is 23.44 degrees, so the sun culminates at
    # 90 - 59.33 + 23.44 = 54.11 degrees; local solar noon at 18.07E is near 10:50 UTC.
    times = pd.Series(pd.date_range("2026-06-21 10:00", "2026-06-21 11:40", freq="1min"))
    lon, lat = np.full(len(times), STOCKHOLM_LON), np.full(len(times), STOCKHOLM_LAT)
    elevations = solar_elevation(lon, lat, times)
    assert elevations.max() == pytest.approx(90 - STOCKHOLM_LAT + 23.44, abs=0.05)
    noon = times[int(np.argmax(elevations))]
    assert pd.Timestamp("2026-06-21 10:45") <= noon <= pd.Timestamp("2026-06-21 10:55")


def test_midsummer_sunset_in_stockholm_is_about_22_08_local_time():
    # 21:50 and 22:30 CEST are 19:50 and 20:30 UTC; sunset (apparent, -0.833 degrees) is ~22:08 CEST.
    utc = pd.Series(pd.to_datetime(["2026-06-21 19:50", "2026-06-21 20:30"]))
    lon = np.full(2, STOCKHOLM_LON)
    lat = np.full(2, STOCKHOLM_LAT)
    elevation = solar_elevation(lon, lat, utc)
    assert elevation[0] > SUNSET_ELEVATION > elevation[1]
    assert is_dark(lon, lat, utc).tolist() == [False, True]
    minutes = pd.Series(pd.date_range("2026-06-21 19:30", "2026-06-21 20:45", freq="1min"))
    below = solar_elevation(np.full(len(minutes), STOCKHOLM_LON), np.full(len(minutes), STOCKHOLM_LAT),
                            minutes) < SUNSET_ELEVATION
    first_dark = minutes[int(np.argmax(below))]
    assert pd.Timestamp("2026-06-21 20:04") <= first_dark <= pd.Timestamp("2026-06-21 20:12")


def test_polar_night_and_midnight_sun_in_kiruna():
    lon, lat = np.full(2, 20.23), np.full(2, 67.86)
    utc = pd.Series(pd.to_datetime(["2026-12-21 11:00", "2026-06-21 22:00"]))
    assert is_dark(lon, lat, utc).tolist() == [True, False]


def test_elevation_is_between_minus_90_and_90():
    times, lat, lon = _random_cases(count=500, seed=3)
    elevation = solar_elevation(lon, lat, pd.Series(times))
    assert ((elevation >= -90) & (elevation <= 90)).all()
