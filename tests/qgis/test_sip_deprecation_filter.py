"""A deprecated QGIS API called from plugin code fails the tests (pyproject's filterwarnings).

sip raises its DeprecationWarning at the calling Python frame, so the call is attributed to the
module that made it. QgsVectorFileWriter.writeAsVectorFormat stands in for any deprecated QGIS call.
"""
import types
import warnings

import pytest

CODE = '''
from qgis.core import QgsVectorFileWriter, QgsVectorLayer

def write(path):
    layer = QgsVectorLayer("Point?crs=EPSG:3006", "points", "memory")
    return QgsVectorFileWriter.writeAsVectorFormat(layer, path, "utf-8")
'''


def _module(name):
    module = types.ModuleType(name)
    exec(compile(CODE, "/fake/{}.py".format(name.replace(".", "/")), "exec"), module.__dict__)  # noqa: S102
    return module


def _deprecated_in_this_qgis(tmp_path) -> bool:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            _module("elsewhere.writer").write(str(tmp_path / "probe.gpkg"))
        except AttributeError:
            return False
    return any(issubclass(w.category, DeprecationWarning) for w in caught)


def test_deprecated_qgis_call_from_plugin_code_fails(tmp_path):
    if not _deprecated_in_this_qgis(tmp_path):
        pytest.skip("QgsVectorFileWriter.writeAsVectorFormat is not a deprecated call in this QGIS")
    with pytest.raises(DeprecationWarning, match="deprecated"):
        _module("est_plugin.processing.fake_writer").write(str(tmp_path / "points.gpkg"))
