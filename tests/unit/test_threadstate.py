"""core.threadstate: held once per worker thread, never on threads Python keeps itself."""
import threading

from est_plugin.core.threadstate import hold_thread_state


def test_main_thread_and_python_threads_are_left_alone():
    assert hold_thread_state() is False  # the main thread
    result = []
    worker = threading.Thread(target=lambda: result.extend([hold_thread_state(), hold_thread_state()]))
    worker.start()
    worker.join()
    assert result == [False, False]
