"""Shared test set-up: the repository root on sys.path, fixture paths, the shared data sets."""
import datetime
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


# The day every test runs on, whatever the machine's calendar and time zone say (a Wednesday of
# ISO week 2026-W47, so "last week" is 2026-W46). Tests that need another day set it themselves.
TEST_TODAY = datetime.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def pinned_today():
    """est_plugin.core.clock.today() is TEST_TODAY during a test, restored after."""
    from est_plugin.core import clock

    clock.set_today(TEST_TODAY)
    yield TEST_TODAY
    clock.set_today(None)


@pytest.fixture(autouse=True)
def english_messages():
    """Core texts in English during a test (tests of Swedish set it themselves), restored after."""
    from est_plugin.core import messages

    before = messages.language()
    messages.set_language("en")
    yield
    messages.set_language(before)
