"""Shared test set-up: the repository root on sys.path, fixture paths, the shared data sets."""
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SAMPLE = ROOT / "resources" / "sample"
SHARED_DATA = ROOT.parent / "shared" / "data"
# pyproj looks for PROJ's data under sys.prefix, which in the test venv is .venv: point it at the
# system's data, where QGIS's own PROJ finds it.
if Path("/usr/share/proj/proj.db").exists():
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    os.environ.setdefault("PROJ_LIB", "/usr/share/proj")
for path in (str(ROOT), str(ROOT / "scripts")):
    if path not in sys.path:
        sys.path.insert(0, path)


@pytest.fixture
def data_dir() -> Path:
    """tests/data: small real extracts (see its README for their licences)."""
    return DATA


@pytest.fixture
def sample_dir() -> Path:
    """resources/sample: Helsinki OSM layers and the simulated incident export."""
    return SAMPLE


@pytest.fixture
def shared_data() -> Path:
    """../shared/data with the full real data sets; the test is skipped (and says so) without it."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present on this machine")
    return SHARED_DATA


@pytest.fixture(autouse=True)
def english_messages():
    """Core texts in English during a test (tests of Swedish set it themselves), restored after."""
    from est_plugin.core import messages

    before = messages.language()
    messages.set_language("en")
    yield
    messages.set_language(before)
