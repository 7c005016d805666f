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


def test_panel_runs_keep_the_threads_that_run_qgstasks_alive(qgis_app):
    """The thread pool that runs QgsTasks (the task manager's own from QGIS 3.34 on) never lets its
    threads expire after a panel run: an expired thread takes the PROJ context of the CRSs made in it."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QThreadPool

    from est_plugin import compat
    from est_plugin.gui.runner import keep_worker_threads

    manager = QgsApplication.taskManager()
    runs_tasks = manager.threadPool() if hasattr(manager, "threadPool") else QThreadPool.globalInstance()
    pools = compat.task_thread_pools()
    assert any(pool is runs_tasks for pool in pools)
    before = [pool.expiryTimeout() for pool in pools]
    try:
        keep_worker_threads()
        assert runs_tasks.expiryTimeout() == -1
    finally:
        for pool, timeout in zip(pools, before):
            pool.setExpiryTimeout(timeout)
