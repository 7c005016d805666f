"""A cache per thread, for objects that must not cross threads.

pyproj's CRS and Transformer objects belong to the PROJ context of the thread that made them: one
made in a Processing or QgsTask worker thread and used later from another thread can crash the
interpreter (seen with pyproj 3.7 / PROJ 9.6 in QGIS 3.40). GEOS prepared geometries are not safe
to share between threads either. :func:`per_thread_cache` keeps one ``functools.lru_cache`` per
thread, so each thread builds its own objects once and never sees another thread's.
"""
import functools
import threading

from .threadstate import hold_thread_state


def per_thread_cache(maxsize: int = 32):
    """Decorator: like ``functools.lru_cache(maxsize)``, with a separate cache in each thread."""

    def decorate(function):
        local = threading.local()

        @functools.wraps(function)
        def cached(*args):
            cache = getattr(local, "cache", None)
            if cache is None:
                hold_thread_state()  # a worker thread of QGIS: its objects must outlive the call
                cache = local.cache = functools.lru_cache(maxsize=maxsize)(function)
            return cache(*args)

        def cache_clear() -> None:
            """Empty this thread's cache."""
            local.__dict__.pop("cache", None)

        cached.cache_clear = cache_clear
        return cached

    return decorate
