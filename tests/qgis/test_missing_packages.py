"""A missing Python package leaves the plugin loadable: the provider registers, the algorithms
that need the package are left out, and the message log says which package is missing."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
sys.modules["pandas"] = None          # 'import pandas' now raises ImportError
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
logged = []
QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: logged.append((tag, message)))
sys.path.insert(0, sys.argv[1])
import est_trygghet as plugin_entry  # the plugin folder, under its installed name
plugin = plugin_entry.classFactory(None)
plugin.initProcessing()
provider = QgsApplication.processingRegistry().providerById("est")
print(json.dumps({"provider": provider is not None,
                  "algorithms": [a.id() for a in provider.algorithms()] if provider else None,
                  "log": [m for t, m in logged if t == "EST"]}))
"""


def test_plugin_loads_without_pandas_and_says_what_is_missing(tmp_path):
    (tmp_path / "est_trygghet").symlink_to(ROOT, target_is_directory=True)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True,
                          timeout=300, env=environment)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["provider"] is True
    assert result["algorithms"] == ["est:walkroute"]  # the only algorithm that needs no pandas
    assert any("pandas" in line for line in result["log"]), result["log"]


STARTUP_PROBE = r"""
import json, sys
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
before = set(sys.modules)
sys.path.insert(0, sys.argv[1])
import est_trygghet as plugin_entry
plugin = plugin_entry.classFactory(None)
plugin.initProcessing()
provider = QgsApplication.processingRegistry().providerById("est")
heavy = sorted(m for m in ("numpy", "pandas", "scipy", "pyproj", "shapely") if m in set(sys.modules) - before)
print(json.dumps({"algorithms": len(provider.algorithms()), "imported": heavy}))
"""


def test_loading_the_plugin_imports_no_science_packages(tmp_path):
    """numpy, pandas, scipy, pyproj and shapely load when an algorithm runs, not at QGIS start-up."""
    (tmp_path / "est_trygghet").symlink_to(ROOT, target_is_directory=True)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", STARTUP_PROBE, str(tmp_path)], capture_output=True,
                          text=True, timeout=300, env=environment)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["algorithms"] >= 2
    assert result["imported"] == []
