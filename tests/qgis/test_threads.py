"""Objects of the core that must not cross threads (pyproj CRSs, seen crashing QGIS 3.40)."""
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).parent / "scripts" / "crs_across_tasks.py"


def test_core_crs_used_from_successive_qgstasks_does_not_crash():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=300,
                          env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "RESULTS 3 True -123.0" in done.stdout, done.stdout[-2000:] + done.stderr[-2000:]
