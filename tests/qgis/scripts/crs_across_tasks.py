"""Run in its own process by test_threads.py: the CRS functions of the core used from two QgsTasks
in turn, the first task's worker thread expired in between (as in the panel: import, then filter).
Prints the two results; a crash shows as the process's exit code."""
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from headless import start  # noqa: E402

app = start()
from qgis.core import QgsApplication, QgsTask  # noqa: E402
from qgis.PyQt.QtCore import QThreadPool  # noqa: E402

from est_plugin.core import coordinates, crs  # noqa: E402

QThreadPool.globalInstance().setExpiryTimeout(50)
results = []


def work(task, definition):
    lon = crs.transform([500000.0], [6600000.0], definition, crs.WGS84)[0][0]
    results.append((crs.area_of_use(definition), crs.is_geographic(definition), coordinates.__name__, lon))
    return True


for round_no in range(3):
    task = QgsTask.fromFunction("crs {}".format(round_no), work, "EPSG:32610")
    QgsApplication.taskManager().addTask(task)
    deadline = time.time() + 30
    while len(results) <= round_no and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)
    time.sleep(0.3)  # the worker thread expires (50 ms) before the next task starts
    app.processEvents()
print("RESULTS", len(results), results[0][0] == results[-1][0], round(results[-1][3], 3))
QgsApplication.taskManager().cancelAll()
QThreadPool.globalInstance().waitForDone(10000)
