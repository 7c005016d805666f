"""Keep the Python thread state of a worker thread that QGIS started, for the thread's whole life.

pyproj 3.7 keeps one PROJ context per thread: the pointer in the OS thread's storage, the object
that frees it in a ``threading.local``. A thread that Qt started (QgsTask, Processing) gets a new
Python thread state for each call into Python, and the old one, with its ``threading.local``
values, is deleted when the call returns: pyproj's context is freed, the OS thread still points at
it, and the next CRS made on that thread crashes the interpreter (pyproj issues #1509, #1541,
#1622; seen on QGIS 3.40 with pyproj 3.7.1: the panel's second run crashed QGIS). Taking one more
reference to the thread state (``PyGILState_Ensure`` without a release) makes it, and pyproj's
context, live as long as the thread. Nothing changes on the main thread or on threads Python
started itself. The cost is one thread state per worker thread, freed when Python exits.
"""
import ctypes
import threading

_local = threading.local()


def hold_thread_state() -> bool:
    """Keep this thread's Python thread state alive until the thread ends; True when it was taken
    now (False: the main thread, a thread Python started, or held already)."""
    if getattr(_local, "held", False):
        return False
    _local.held = True
    if not isinstance(threading.current_thread(), threading._DummyThread):  # noqa: SLF001
        return False  # the main thread or a threading.Thread: Python keeps its state itself
    ctypes.pythonapi.PyGILState_Ensure()
    return True
