"""core.crs.transform of a single point: same numbers and shapes as for many, and no numpy warning
(pyproj's one-point path takes float() of its inputs; of a 1-element array numpy >= 1.25 warns)."""
import warnings

import numpy as np
import pytest

from est_plugin.core import crs

X, Y = 674032.0, 6580822.0  # Stockholm in SWEREF 99 TM


@pytest.mark.parametrize("x, y", [(np.array([X]), np.array([Y])), (np.array(X), np.array(Y)),
                                  (np.float64(X), np.float64(Y)), (X, Y)])
def test_one_point_like_many(x, y):
    many_lon, many_lat = crs.transform(np.array([X, X]), np.array([Y, Y]), "EPSG:3006", crs.WGS84)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        lon, lat = crs.transform(x, y, "EPSG:3006", crs.WGS84)
    assert np.shape(lon) == np.shape(x) and np.shape(lat) == np.shape(y)
    assert float(np.ravel(lon)[0]) == pytest.approx(many_lon[0], abs=1e-9)
    assert float(np.ravel(lat)[0]) == pytest.approx(many_lat[0], abs=1e-9)
    assert 18.0 < float(np.ravel(lon)[0]) < 18.2 and 59.3 < float(np.ravel(lat)[0]) < 59.4
