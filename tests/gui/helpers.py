"""Test helpers: typing Chinese the way an input method does, and an event-loop stall probe."""

from __future__ import annotations

import sys
import threading
import time
import traceback

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """qtbot.keyClicks aborts on non-ASCII; an input method commits whole strings instead."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


class StallProbe(QObject):
    """A 10 ms timer on the GUI thread; the largest gap between ticks is the longest time the
    event loop was blocked (a GUI-thread call that took that long, or the GUI thread waiting on
    a lock or the GIL).

    Time the OS kept the GUI thread runnable but off the CPU (other processes on a loaded test
    machine) is not the app's doing: on Linux it is read from the thread's schedstat and left
    out of each gap. A watchdog thread samples the GUI thread's stack while a gap is open, so
    `report()` says what was blocking."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0
        self.ticks = 0
        self.phase = ""
        self.worst_phase = ""
        self.long_gaps: list[tuple[str, float]] = []
        self.worst_stack = ""
        self._samples: dict[float, str] = {}
        self._gui_ident = 0
        self._halt = threading.Event()
        self._schedstat = ""
        self._waited = 0.0
        self._watch: threading.Thread | None = None

    def mark(self, phase: str) -> None:
        """Name what the test does next, so a failure says where the event loop was blocked."""
        self.phase = phase

    def _runqueue_wait(self) -> float:
        try:
            with open(self._schedstat, "rb") as f:
                return int(f.read().split()[1]) / 1e9
        except (OSError, ValueError, IndexError):
            return 0.0

    def start(self) -> None:
        self._schedstat = f"/proc/self/task/{threading.get_native_id()}/schedstat"
        self._waited = self._runqueue_wait()
        self.last = time.perf_counter()
        self._gui_ident = threading.get_ident()
        self._halt.clear()
        self._watch = threading.Thread(target=self._watchdog, name="stall-watchdog", daemon=True)
        self._watch.start()
        self.timer.start()

    def _watchdog(self) -> None:
        while not self._halt.wait(0.02):
            opened = self.last
            if time.perf_counter() - opened > 0.06:
                frame = sys._current_frames().get(self._gui_ident)
                if frame is not None:
                    self._samples[opened] = "".join(traceback.format_stack(frame)[-14:])

    def _tick(self) -> None:
        now = time.perf_counter()
        waited = self._runqueue_wait()
        gap = now - self.last - (waited - self._waited)
        self._waited = waited
        if gap > 0.05:
            self.long_gaps.append((self.phase, round(gap * 1000)))
        if gap > self.worst:
            self.worst = gap
            self.worst_phase = self.phase
            self.worst_stack = self._samples.get(self.last, "")
        self._samples.clear()
        self.last = now
        self.ticks += 1

    def stop(self) -> float:
        self.timer.stop()
        self._halt.set()
        if self._watch is not None:
            self._watch.join(timeout=1)
        return self.worst

    def report(self) -> str:
        return (f"GUI thread blocked for {self.worst * 1000:.0f} ms during {self.worst_phase or '(unnamed)'}; "
                f"gaps > 50 ms: {self.long_gaps}\nGUI thread stack during the worst gap:\n{self.worst_stack}")


def off_gui_thread(qtbot, fn, timeout_ms: int = 15000):  # type: ignore[no-untyped-def]
    """Run a blocking call (e.g. the center's HTTP API) in a thread while the event loop keeps
    turning, so the test's own work never counts as a GUI-thread stall."""
    import threading

    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # re-raised on the test thread
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout_ms)
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("value")
