"""est_plugin/core must never import qgis or Qt (house style rule 1)."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "est_plugin" / "core"
MODULES_TODAY = {"tables", "values", "timeparse", "columns", "categories", "crs", "coordinates",
                 "rejections", "incidents", "filtering", "solar", "messages", "errors", "resources"}

FORBIDDEN_WORD = re.compile(r"\b(qgis|PyQt\d?|sip)\b")

# Runs in a fresh interpreter: imports every core module found on disk, then reports what it
# found and which qgis/Qt modules ended up loaded.
PROBE = """
import importlib, json, pkgutil, sys, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, {root!r})
import est_plugin.core as core
names = sorted(m.name for m in pkgutil.walk_packages(core.__path__, prefix="est_plugin.core."))
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules
                if m.split(".")[0].lower().startswith(("qgis", "pyqt", "sip", "pyqt5", "pyqt6")))
print(json.dumps({{"modules": names, "forbidden": loaded}}))
"""


@pytest.fixture(scope="module")
def report() -> dict:
    completed = subprocess.run([sys.executable, "-c", PROBE.format(root=str(ROOT))],
                               capture_output=True, text=True, cwd=str(ROOT), timeout=300)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_importing_every_core_module_loads_no_qgis_or_qt_module(report):
    assert report["modules"], "no core module was imported"
    assert report["forbidden"] == []


def test_discovery_finds_every_core_module_that_exists_today(report):
    assert {"est_plugin.core." + name for name in MODULES_TODAY} <= set(report["modules"])


def test_discovery_covers_every_python_file_under_core(report):
    on_disk = set()
    for path in CORE.rglob("*.py"):
        parts = path.relative_to(CORE).with_suffix("").parts
        parts = parts[:-1] if parts[-1] == "__init__" else parts
        if parts:
            on_disk.add(".".join(("est_plugin", "core") + parts))
    assert on_disk and on_disk <= set(report["modules"])


def test_no_core_source_file_mentions_a_qgis_or_qt_import():
    offenders = []
    for path in CORE.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")) and FORBIDDEN_WORD.search(stripped):
                offenders.append("{}:{}: {}".format(path.name, number, stripped))
    assert offenders == []
