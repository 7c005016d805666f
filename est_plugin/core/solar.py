"""Solar elevation for "after dark": was the sun below the horizon at the event's place and time?

NOAA's solar position equations (Meeus, as in NOAA's solar calculator spreadsheet), vectorised
with numpy. Written here rather than taken from pvlib or astropy because neither ships with QGIS
on Debian or Windows, and these ~25 lines are accurate to about 0.01 degree for 1900-2100, far
finer than the question needs (a test checks them against pvlib's NREL SPA).
"""
import numpy as np
import pandas as pd

from .pdcompat import epoch_seconds

# Apparent sunset: the upper edge of the sun at the horizon, refraction included.
SUNSET_ELEVATION = -0.833


def solar_elevation(lon: np.ndarray, lat: np.ndarray, utc: pd.Series) -> np.ndarray:
    """Geometric solar elevation in degrees (no refraction) at ``lon``/``lat`` for UTC times
    (naive ones are UTC; any datetime resolution)."""
    seconds = epoch_seconds(utc)
    julian_century = (seconds / 86400.0 + 2440587.5 - 2451545.0) / 36525.0
    declination, equation_of_time = _sun_declination_and_eot(julian_century)
    minutes = (seconds % 86400.0) / 60.0
    true_solar = (minutes + equation_of_time + 4.0 * np.asarray(lon, float)) % 1440.0
    hour_angle = np.radians(true_solar / 4.0 - 180.0)
    phi = np.radians(np.asarray(lat, float))
    cos_zenith = (np.sin(phi) * np.sin(declination)
                  + np.cos(phi) * np.cos(declination) * np.cos(hour_angle))
    return 90.0 - np.degrees(np.arccos(np.clip(cos_zenith, -1.0, 1.0)))


def _sun_declination_and_eot(jc: np.ndarray):
    """Declination (radians) and equation of time (minutes) for Julian centuries since J2000."""
    mean_long = np.radians((280.46646 + jc * (36000.76983 + jc * 0.0003032)) % 360.0)
    mean_anom = np.radians(357.52911 + jc * (35999.05029 - 0.0001537 * jc))
    eccentricity = 0.016708634 - jc * (0.000042037 + 0.0000001267 * jc)
    centre = (np.sin(mean_anom) * (1.914602 - jc * (0.004817 + 0.000014 * jc))
              + np.sin(2 * mean_anom) * (0.019993 - 0.000101 * jc)
              + np.sin(3 * mean_anom) * 0.000289)
    omega = np.radians(125.04 - 1934.136 * jc)
    apparent_long = np.radians(np.degrees(mean_long) + centre - 0.00569 - 0.00478 * np.sin(omega))
    mean_obliquity = 23.0 + (26.0 + (21.448 - jc * (46.815 + jc * (0.00059 - jc * 0.001813))) / 60.0) / 60.0
    obliquity = np.radians(mean_obliquity + 0.00256 * np.cos(omega))
    declination = np.arcsin(np.sin(obliquity) * np.sin(apparent_long))
    y = np.tan(obliquity / 2.0) ** 2
    eot = 4.0 * np.degrees(y * np.sin(2 * mean_long) - 2 * eccentricity * np.sin(mean_anom)
                           + 4 * eccentricity * y * np.sin(mean_anom) * np.cos(2 * mean_long)
                           - 0.5 * y * y * np.sin(4 * mean_long)
                           - 1.25 * eccentricity ** 2 * np.sin(2 * mean_anom))
    return declination, eot


def is_dark(lon: np.ndarray, lat: np.ndarray, utc: pd.Series,
            threshold: float = SUNSET_ELEVATION) -> np.ndarray:
    """True where the sun's elevation is below ``threshold`` degrees."""
    return solar_elevation(lon, lat, utc) < threshold
