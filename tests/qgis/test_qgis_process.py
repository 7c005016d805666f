"""Headless qgis_process with the plugin deployed into a fresh profile (a temporary HOME)."""
import subprocess

import pytest
from qgis_helpers import (
    HELSINKI_CSV,
    PLUGIN,
    QGIS_PROCESS,
    ROOT,
    SYSTEM_PYTHON,
    TIMEOUT,
    headless_env,
    helsinki_good,
    layer,
    profile_of,
    qgis_process,
    qgis_process_json,
)


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    """A fresh HOME with the plugin deployed into its default profile by scripts/plugin_files.py."""
    home = tmp_path_factory.mktemp("home")
    profile = profile_of(home)
    done = subprocess.run([SYSTEM_PYTHON, str(ROOT / "scripts" / "plugin_files.py"), "deploy",
                           "--name", PLUGIN, "--profile", str(profile)],
                          env=headless_env(home), capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr
    folder = profile / "python" / "plugins" / PLUGIN
    assert (folder / "metadata.txt").is_file() and (folder / "__init__.py").is_file()
    ini = (profile / "QGIS" / "QGIS3.ini").read_text(encoding="utf-8")
    assert "[PythonPlugins]" in ini and "{}=true".format(PLUGIN) in ini
    return home


@pytest.fixture(scope="module")
def imported(home, tmp_path_factory):
    out = tmp_path_factory.mktemp("qgis_process_out")
    result = qgis_process_json(home, "run", "est:importincidents", "--",
                               "INPUT={}".format(HELSINKI_CSV), "OUTPUT={}".format(out / "inc.gpkg"),
                               "REJECTED={}".format(out / "rej.csv"))
    return result, out


def test_plugins_command_shows_the_plugin_loaded(home):
    plugins = qgis_process_json(home, "plugins")["plugins"]
    assert plugins[PLUGIN]["loaded"] is True
    text = qgis_process(home, "plugins").stdout
    assert "* {}".format(PLUGIN) in text


def test_list_command_shows_every_algorithm(home):
    providers = qgis_process_json(home, "list")["providers"]
    assert "est" in providers
    assert sorted(providers["est"]["algorithms"]) == [
        "est:dbscanhotspots", "est:filterincidents", "est:hotspotaccuracy", "est:importincidents",
        "est:kerneldensity", "est:riskterrain", "est:situationalfactors", "est:tunehotspots", "est:walkmap",
        "est:walkroute", "est:weeklyreport"]


def test_run_import_writes_outputs_and_counts(imported):
    result, out = imported
    counts = {k: result["results"][k] for k in ("READ_COUNT", "IMPORTED_COUNT", "REJECTED_COUNT")}
    assert counts == {"READ_COUNT": 891, "IMPORTED_COUNT": 885, "REJECTED_COUNT": 6}
    assert (out / "inc.gpkg").is_file() and (out / "rej.csv").is_file()
    assert layer(out / "inc.gpkg").featureCount() == 885
    assert len((out / "rej.csv").read_text(encoding="utf-8").strip().splitlines()) == 1 + 6
    assert any("891" in line and "885" in line for line in result["log"]["info"])  # the summary


def test_run_filter_on_the_import_output(home, imported, tmp_path):
    _, out = imported
    result = qgis_process_json(home, "run", "est:filterincidents", "--",
                               "INPUT={}".format(out / "inc.gpkg"), "ISO_WEEK=2026-W46",
                               "WEEKDAYS=4", "WEEKDAYS=5", "OUTPUT={}".format(tmp_path / "w46.gpkg"))
    good = helsinki_good()
    expected = int(good["day"].map(lambda d: d.isocalendar()[:2] == (2026, 46)
                                   and d.weekday() in (4, 5)).sum())
    assert expected > 0
    assert result["results"]["KEPT_COUNT"] == expected
    assert layer(tmp_path / "w46.gpkg").featureCount() == expected


def test_run_with_bad_parameter_fails_with_the_message(home, imported, tmp_path):
    _, out = imported
    done = subprocess.run([QGIS_PROCESS, "run", "est:filterincidents", "--",
                           "INPUT={}".format(out / "inc.gpkg"), "HOURS=late",
                           "OUTPUT={}".format(tmp_path / "x.gpkg")],
                          env=headless_env(home), capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode != 0
    assert "hour range" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
