"""Test helpers: typing Chinese the way an input method does, and an event-loop stall probe."""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
import traceback

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

# Every way Python code talks over a socket (requests and http.client end in these).
_SOCKET_CALLS = ("connect", "connect_ex", "send", "sendall", "recv", "recv_into")


def type_text(widget: QWidget, text: str) -> None:
    """qtbot.keyClicks aborts on non-ASCII; an input method commits whole strings instead."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


class StallProbe(QObject):
    """Whether the GUI thread stays free for the event loop: a 10 ms timer on the GUI thread and,
    while it runs, a record of any socket use on that thread.

    `check()` fails on what is the app's own doing and does not depend on how loaded the machine
    is: network I/O on the GUI thread (a request there freezes the window for as long as the
    registry takes), or a gap between two ticks in which the GUI thread itself computed for more
    than `limit` seconds of CPU time (a call that keeps the event loop from turning).

    Wall-clock gaps are measured too, and reported, but not asserted: they also hold time spent
    waiting for the GIL behind other threads (in these tests the sandbox registry runs in the test
    process) and time the OS kept the thread off the CPU, which depend on the machine. The bench
    `bench/gui_stall.py` collects them (ZSDESK_STALL_RECORD) and compares them with an idle event
    loop in the same run. A watchdog thread samples the GUI thread's stack while a gap is open, so
    the report says what was blocking."""

    def __init__(self, limit: float = 0.1) -> None:
        super().__init__()
        self.limit = limit
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.last_cpu = 0.0
        self.worst = 0.0          # wall clock, seconds
        self.worst_cpu = 0.0      # GUI-thread CPU time within one gap, seconds
        self.ticks = 0
        self.phase = ""
        self.worst_phase = ""
        self.worst_cpu_phase = ""
        self.long_gaps: list[tuple[str, float]] = []
        self.worst_stack = ""
        self.worst_cpu_stack = ""
        self.socket_calls: list[str] = []
        self._samples: dict[float, str] = {}
        self._gui_ident = 0
        self._halt = threading.Event()
        self._watch: threading.Thread | None = None
        self._patched: dict[str, object] = {}

    def mark(self, phase: str) -> None:
        """Name what the test does next, so a failure says where the event loop was blocked."""
        self.phase = phase

    def start(self) -> None:
        self._gui_ident = threading.get_ident()
        self._watch_sockets()
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self._halt.clear()
        self._watch = threading.Thread(target=self._watchdog, name="stall-watchdog", daemon=True)
        self._watch.start()
        self.timer.start()

    def _watch_sockets(self) -> None:
        probe = self

        def guarded(name: str, original):  # type: ignore[no-untyped-def]
            def call(sock, *args, **kwargs):  # type: ignore[no-untyped-def]
                if threading.get_ident() == probe._gui_ident:
                    probe.socket_calls.append(f"socket.{name} during {probe.phase or '(unnamed)'}:\n"
                                              + "".join(traceback.format_stack()[-10:-1]))
                return original(sock, *args, **kwargs)
            return call

        for name in _SOCKET_CALLS:
            self._patched[name] = socket.socket.__dict__.get(name)   # None: inherited from _socket
            setattr(socket.socket, name, guarded(name, getattr(socket.socket, name)))

    def _unwatch_sockets(self) -> None:
        for name, original in self._patched.items():
            if original is None:
                delattr(socket.socket, name)
            else:
                setattr(socket.socket, name, original)
        self._patched.clear()

    def _watchdog(self) -> None:
        while not self._halt.wait(0.02):
            opened = self.last
            if time.perf_counter() - opened > 0.06:
                frame = sys._current_frames().get(self._gui_ident)
                if frame is not None:
                    self._samples[opened] = "".join(traceback.format_stack(frame)[-14:])

    def _tick(self) -> None:
        now = time.perf_counter()
        cpu = time.thread_time()
        gap, used = now - self.last, cpu - self.last_cpu
        if gap > 0.05:
            self.long_gaps.append((self.phase, round(gap * 1000)))
        if gap > self.worst:
            self.worst = gap
            self.worst_phase = self.phase
            self.worst_stack = self._samples.get(self.last, "")
        if used > self.worst_cpu:
            self.worst_cpu = used
            self.worst_cpu_phase = self.phase
            self.worst_cpu_stack = self._samples.get(self.last, "")
        self._samples.clear()
        self.last, self.last_cpu = now, cpu
        self.ticks += 1

    def stop(self) -> float:
        self.timer.stop()
        self._halt.set()
        self._unwatch_sockets()
        if self._watch is not None:
            self._watch.join(timeout=1)
        self._record()
        return self.worst

    def _record(self) -> None:
        target = os.environ.get("ZSDESK_STALL_RECORD")
        if not target:
            return
        line = {"test": os.environ.get("PYTEST_CURRENT_TEST", "").split(" ")[0], "ticks": self.ticks,
                "worst_wall_ms": round(self.worst * 1000, 1), "worst_wall_phase": self.worst_phase,
                "worst_cpu_ms": round(self.worst_cpu * 1000, 1), "worst_cpu_phase": self.worst_cpu_phase,
                "gaps_over_50ms": len(self.long_gaps)}
        with open(target, "a", encoding="utf-8") as f:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")

    def check(self) -> None:
        """Fail if the GUI thread used the network or computed for over `limit` without a break."""
        assert not self.socket_calls, "network I/O on the GUI thread:\n" + "\n".join(self.socket_calls[:3])
        assert self.ticks > 0, "the probe's timer never ran"
        assert self.worst_cpu < self.limit, self.report()

    def report(self) -> str:
        return (f"GUI thread computed for {self.worst_cpu * 1000:.0f} ms without returning to the event loop "
                f"during {self.worst_cpu_phase or '(unnamed)'}; its stack then:\n{self.worst_cpu_stack}\n"
                f"(wall clock: worst gap {self.worst * 1000:.0f} ms during {self.worst_phase or '(unnamed)'}; "
                f"gaps > 50 ms: {self.long_gaps})")


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


# The date field's calendar is a popup window: offscreen has no window manager to raise it or to hand
# it the keyboard grab a popup asks for, and says so (a real display does both). For a module's pytestmark.
CALENDAR_POPUP_LOG = ("This plugin does not support raise\\(\\)", "This plugin does not support grabbing the keyboard")


def type_date(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace a date field's text as a person does (select all, type, Enter); Chinese through an input method."""
    field.setFocus()
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        type_text(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def calendar_month(qtbot, field) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Open a date field's calendar with Alt+Down; the (year, month) it shows. It stays open."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    cal = field.calendar()
    assert cal is not None
    qtbot.waitUntil(cal.isVisible, timeout=2000)
    return cal.yearShown(), cal.monthShown()


def text_fits(field: QLineEdit, text: str) -> bool:
    """Whether `text` shows whole in the line edit, left of its trailing button(s): Qt scrolls text that
    does not fit so that the cursor stays visible, so with the cursor at the end the text's start is
    then left of the text area, or its end under a button."""
    from PySide6.QtWidgets import QToolButton

    buttons = [b.geometry().left() for b in field.findChildren(QToolButton) if b.isVisible()]
    field.setText(text)
    field.setCursorPosition(len(text))
    end = field.cursorRect().center().x()
    start = end - field.fontMetrics().horizontalAdvance(text)
    return start >= 0 and end < min(buttons, default=field.width())
