"""Python's cyclic garbage collector runs on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate: a worker thread (a registry call,
the sync loop) may then free the last reference to a Qt wrapper, and destroying it off the GUI
thread takes Qt's signal-slot lock while waiting for the GIL, which the GUI thread holds while it
waits for that lock: both stop for good. This was seen in a test (a watchdog thread's collection
deadlocked with the main window's construction). So automatic collection is switched off and a
timer on the GUI thread collects with the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 200) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.collections = 0
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """What the automatic collector would have done by now, here on the GUI thread."""
        count0, count1, count2 = gc.get_count()
        if count0 <= self.threshold[0]:
            return
        generation = 2 if count2 > self.threshold[2] and count1 > self.threshold[1] else (
            1 if count1 > self.threshold[1] else 0)
        gc.collect(generation)
        self.collections += 1

    def stop(self) -> None:
        self.timer.stop()
        if self._was_enabled:
            gc.enable()
