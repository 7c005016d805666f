"""The 'Install from ZIP' package: only runtime files, one top folder, and QGIS loads it."""
import json
import subprocess
import zipfile
from pathlib import PurePosixPath

import pytest
from qgis_helpers import PLUGIN, ROOT, SYSTEM_PYTHON, TIMEOUT, profile_of, qgis_process, qgis_process_json

REQUIRED = ["metadata.txt", "__init__.py", "est_plugin/__init__.py", "est_plugin/plugin.py",
            "est_plugin/processing/provider.py", "est_plugin/processing/algorithms/import_incidents.py",
            "est_plugin/core/incidents.py", "resources/categories.csv", "resources/icons/est.svg",
            "i18n/est_sv.qm"]


EVERY_ALGORITHM = {"est:importincidents", "est:filterincidents", "est:kerneldensity", "est:dbscanhotspots",
                   "est:hotspotaccuracy", "est:tunehotspots", "est:situationalfactors", "est:riskterrain",
                   "est:walkroute", "est:walkmap", "est:weeklyreport"}


def python_errors(stderr: str) -> list:
    """Lines of stderr that report a Python problem (a DeprecationWarning of sip is not one)."""
    return [line for line in stderr.splitlines()
            if any(word in line for word in ("Traceback", "Error", "error", "Exception"))]


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    dist = tmp_path_factory.mktemp("dist")
    done = subprocess.run([SYSTEM_PYTHON, str(ROOT / "scripts" / "plugin_files.py"), "package",
                           "--name", PLUGIN, "--dist", str(dist)],
                          capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr
    zips = list(dist.glob("*.zip"))
    assert len(zips) == 1, zips
    assert zips[0].name.startswith(PLUGIN + "-") and done.stdout.strip().endswith(zips[0].name)
    return zips[0]


@pytest.fixture(scope="module")
def names(package):
    with zipfile.ZipFile(package) as archive:
        assert archive.testzip() is None
        return [PurePosixPath(name) for name in archive.namelist()]


def test_zip_has_one_top_folder_named_after_the_plugin(names):
    assert names
    assert {name.parts[0] for name in names} == {PLUGIN}


def test_zip_holds_the_runtime_files(names):
    inside = {str(PurePosixPath(*name.parts[1:])) for name in names}
    assert [path for path in REQUIRED if path not in inside] == []
    version = [line for line in (ROOT / "metadata.txt").read_text(encoding="utf-8").splitlines()
               if line.startswith("version=")][0].split("=", 1)[1]
    assert version.strip()


def test_zip_leaves_out_development_files(names):
    unwanted = {"tests", "scripts", ".venv", "__pycache__", ".git", ".ci", "out", "dist"}
    assert [str(n) for n in names if unwanted & set(n.parts[1:])] == []
    assert [str(n) for n in names if n.suffix in (".ts", ".pyc")] == []
    assert [str(n) for n in names if n.name in ("Makefile", "pyproject.toml", "requirements-dev.txt")] == []


def test_unzipped_plugin_loads_in_qgis_process(package, tmp_path):
    home = tmp_path / "home"
    plugins = profile_of(home) / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins)
    assert (plugins / PLUGIN / "metadata.txt").is_file()
    enabled = qgis_process(home, "plugins", "enable", PLUGIN)
    listing = qgis_process(home, "--json", "list")
    assert python_errors(enabled.stderr) == [] and python_errors(listing.stderr) == []
    providers = json.loads(listing.stdout)["providers"]
    # an algorithm whose Python packages are missing would be left out (logged in QGIS's message log)
    assert set(providers["est"]["algorithms"]) == EVERY_ALGORITHM
    assert qgis_process_json(home, "plugins")["plugins"][PLUGIN]["loaded"] is True
