"""The stall probe the GUI tests rely on fails where it should: work on the GUI thread that keeps
the event loop from turning, and network I/O there; time the GUI thread only waits is reported."""

from __future__ import annotations

import socket
import threading
import time

import pytest
import requests
from PySide6.QtCore import QTimer

from gui.helpers import StallProbe


def _busy(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_gui_thread_work_over_the_limit_fails(qtbot) -> None:  # type: ignore[no-untyped-def]
    probe = StallProbe()
    probe.start()
    probe.mark("busy slot")
    QTimer.singleShot(30, lambda: _busy(0.15))
    qtbot.wait(300)
    probe.stop()
    assert probe.worst_cpu >= 0.15 and probe.worst_cpu_phase == "busy slot"
    with pytest.raises(AssertionError, match="busy slot"):
        probe.check()


def test_short_slots_pass(qtbot) -> None:  # type: ignore[no-untyped-def]
    probe = StallProbe()
    probe.start()
    for delay in range(10, 200, 20):
        QTimer.singleShot(delay, lambda: _busy(0.01))
    qtbot.wait(300)
    probe.stop()
    probe.check()
    assert probe.ticks > 10


def test_network_on_the_gui_thread_fails(qtbot, sandbox_url: str) -> None:  # type: ignore[no-untyped-def]
    probe = StallProbe()
    probe.start()
    probe.mark("request")
    assert requests.get(f"{sandbox_url}/api/v1/health", timeout=10).status_code == 200
    probe.stop()
    with pytest.raises(AssertionError, match="network I/O on the GUI thread"):
        probe.check()
    assert socket.socket.connect is not None and "connect" not in socket.socket.__dict__   # put back


def test_network_in_a_worker_passes(qtbot, sandbox_url: str) -> None:  # type: ignore[no-untyped-def]
    probe = StallProbe()
    probe.start()
    done: list[int] = []
    worker = threading.Thread(target=lambda: done.append(
        requests.get(f"{sandbox_url}/api/v1/health", timeout=10).status_code))
    worker.start()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    probe.stop()
    assert done == [200]
    probe.check()


def test_waiting_for_the_gil_is_reported_not_failed(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A worker that holds the GIL in one long C call stalls the loop by the wall clock, but the GUI
    thread did nothing: reported (the bench collects it), not failed."""
    probe = StallProbe()
    probe.start()
    probe.mark("gil")
    worker = threading.Thread(target=lambda: sum(range(3_000_000)) and sorted(range(3_000_000), key=None))
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=10000)
    qtbot.wait(30)
    probe.stop()
    probe.check()
    assert probe.worst >= probe.worst_cpu
