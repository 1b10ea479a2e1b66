"""Cyclic garbage is collected on the GUI thread only (zsdesk/gui/gui_thread_gc.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from zsdesk.gui.gui_thread_gc import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_garbage_made_in_a_worker_is_collected_by_the_gui_threads_timer(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    collector = GuiThreadCollector(qapp, interval_ms=20)
    try:
        assert not gc.isenabled()
        collected_in: list[str] = []
        watch = _Cycle()
        gone = weakref.ref(watch)
        weakref.finalize(watch, lambda: collected_in.append(threading.current_thread().name))
        del watch

        def churn() -> None:       # far past the threshold: automatic collection would run here
            for _ in range(50_000):
                _Cycle()

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        assert gone() is not None and collected_in == []    # nothing was collected on the worker
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
        assert collected_in == [threading.main_thread().name] and collector.collections > 0
    finally:
        collector.stop()
        collector.deleteLater()


def test_stopping_gives_back_automatic_collection(qapp) -> None:  # type: ignore[no-untyped-def]
    gc.enable()                      # as at the app's start (the test fixture's collector switched it off)
    try:
        collector = GuiThreadCollector(qapp)
        assert not gc.isenabled()
        collector.stop()
        collector.deleteLater()
        assert gc.isenabled()
    finally:
        gc.disable()                 # back to the fixture's state; it re-enables at the end of the test
