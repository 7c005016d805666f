"""Helpers for the QGIS tests: reading outputs back, and the sample data read independently
of the plugin (plain pandas and the standard library), to compute expected values by hand."""
import datetime
import json
import math
import os
import subprocess
from pathlib import Path
from typing import Dict, Optional

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
HELSINKI_CSV = ROOT / "resources" / "sample" / "incidents_helsinki_simulated.csv"

# The six deliberately bad rows of the Helsinki sample and why (resources/sample/README.md).
HELSINKI_BAD = {
    "EST-2026-00059": "no_coordinates",
    "EST-2026-00551": "no_coordinates",
    "EST-2026-00564": "zero_coordinates",
    "EST-2026-00726": "zero_coordinates",
    "EST-2026-00783": "bad_date",
    "EST-2026-00890": "far_from_others",
}

# Swedish labels of the default EST categories -> their codes, written out by hand.
LABEL_TO_CODE = {
    "Skadegörelse": "skadegorelse", "Klotter": "klotter", "Nedskräpning": "nedskrapning",
    "Brand": "brand", "Ordningsstörning": "ordningsstorning",
    "Otrygghetsskapande samling": "samling", "Hot/våld": "hot_vald", "Narkotika": "narkotika",
    "Inbrott/stöld": "inbrott_stold", "Olovlig trafik": "olovlig_trafik",
    "Otrygg plats": "otrygg_plats", "Övrigt": "ovrigt",
}


def layer(path, name: str = "layer"):
    """A valid QgsVectorLayer read from an output path (asserted)."""
    from qgis.core import QgsVectorLayer

    result = QgsVectorLayer(str(path), name, "ogr")
    assert result.isValid(), "output {} could not be opened".format(path)
    return result


def by_field(vector_layer, name: str) -> Dict[object, object]:
    """Features of a layer keyed by the value of one field."""
    features = {}
    for feature in vector_layer.getFeatures():
        key = feature[name]
        assert key not in features, "{}={} occurs twice".format(name, key)
        features[key] = feature
    return features


def field_types(vector_layer) -> Dict[str, str]:
    """Field name -> its type as est_plugin.compat's exact kind word ('int', 'long', 'datetime', ...),
    which reads the same whether QGIS gives QVariant or QMetaType types."""
    from est_plugin import compat

    return {field.name(): compat.field_kind(field, exact=True) for field in vector_layer.fields()}


def py_datetime(value) -> Optional[datetime.datetime]:
    """A QDateTime attribute as a Python datetime (asserting it is one)."""
    from qgis.PyQt.QtCore import QDateTime

    assert isinstance(value, QDateTime), "expected a QDateTime, got {!r}".format(value)
    return value.toPyDateTime()


def _decimal_comma(text: str) -> float:
    return float(text.replace(",", ".")) if text.strip() else math.nan


def _day(text: str) -> Optional[datetime.date]:
    for form in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return datetime.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    return None


def _clock(text: str) -> Optional[datetime.time]:
    if not text.strip():
        return None
    hour, minute = text.strip().replace(".", ":").split(":")
    return datetime.time(int(hour), int(minute))


def helsinki_raw() -> pd.DataFrame:
    """The sample export read with pandas: every cell as text, plus the spreadsheet row number
    ('row', header = row 1), lat/lon, the day, the clock time (None when empty) and the local
    event time (the day at 00:00 when the clock time is unknown)."""
    raw = pd.read_csv(HELSINKI_CSV, sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
    raw["row"] = raw.index + 2
    raw["lat"] = raw["Latitud"].map(_decimal_comma)
    raw["lon"] = raw["Longitud"].map(_decimal_comma)
    raw["day"] = raw["Datum"].map(_day)
    raw["clock"] = raw["Klockslag"].map(_clock)
    raw["local"] = [datetime.datetime.combine(d, c or datetime.time(0)) if d else None
                    for d, c in zip(raw["day"], raw["clock"])]
    return raw


def helsinki_good() -> pd.DataFrame:
    """The sample without its six bad rows (dropped by their case number)."""
    raw = helsinki_raw()
    good = raw[~raw["Ärendenr"].isin(HELSINKI_BAD)].reset_index(drop=True)
    assert len(good) == len(raw) - len(HELSINKI_BAD)
    return good


# qgis_process with a profile in a temporary HOME.
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
SYSTEM_PYTHON = "/usr/bin/python3"
PLUGIN = "est_trygghet"
TIMEOUT = 300


def profile_of(home: Path) -> Path:
    return home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default"


def headless_env(home: Path) -> dict:
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen",
               XDG_RUNTIME_DIR=str(home / "runtime"), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    return env


def qgis_process(home: Path, *arguments: str) -> subprocess.CompletedProcess:
    """Run qgis_process.bin; assert success and no Python traceback on stderr."""
    done = subprocess.run([QGIS_PROCESS, *arguments], env=headless_env(home), capture_output=True,
                          text=True, timeout=TIMEOUT)
    assert done.returncode == 0, "qgis_process {} failed:\n{}\n{}".format(
        " ".join(arguments), done.stdout[-3000:], done.stderr[-3000:])
    assert "Traceback" not in done.stderr, done.stderr
    return done


def qgis_process_json(home: Path, *arguments: str) -> dict:
    return json.loads(qgis_process(home, "--json", *arguments).stdout)
