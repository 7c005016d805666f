"""core.threadcache: pyproj objects are never handed from one thread to another."""
import threading

from est_plugin.core import crs
from est_plugin.core.threadcache import per_thread_cache


def _in_thread(function):
    result = []
    worker = threading.Thread(target=lambda: result.append(function()))
    worker.start()
    worker.join()
    return result[0]


def test_each_thread_gets_its_own_pyproj_crs_and_reuses_it():
    here = crs.parse_crs("EPSG:3006")
    assert crs.parse_crs("EPSG:3006") is here  # cached within the thread
    there = _in_thread(lambda: crs.parse_crs("EPSG:3006"))
    assert there is not here and there == here  # the same CRS, another object
    assert crs.area_of_use("EPSG:3006") == _in_thread(lambda: crs.area_of_use("EPSG:3006"))


def test_transformer_is_per_thread_too():
    here = crs._transformer("EPSG:4326", "EPSG:3006")
    assert _in_thread(lambda: crs._transformer("EPSG:4326", "EPSG:3006")) is not here


def test_cache_clear_empties_only_the_calling_thread():
    calls = []

    @per_thread_cache(maxsize=2)
    def square(value):
        calls.append(value)
        return value * value

    assert square(3) == 9 and square(3) == 9
    assert calls == [3]
    square.cache_clear()
    assert square(3) == 9 and calls == [3, 3]
