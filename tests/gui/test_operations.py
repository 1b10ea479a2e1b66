import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget

from zsdesk.gui.operations import run_operation
from zsdesk.services.errors import ServiceError
from zsdesk.services.progress import Progress


def test_result_arrives_on_gui_thread_and_work_runs_elsewhere(qtbot):
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = threading.current_thread().name
        progress.step(1, 2, "half")
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is gui_thread

    steps: list[tuple[int, int, str]] = []
    op = run_operation(None, work, on_success=done, on_progress=lambda d, t, s: steps.append((d, t, s)))
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert seen["value"] == 42
    assert seen["on_gui"] is True
    assert seen["worker"] != threading.main_thread().name
    assert steps in ([(1, 2, "half")], [])  # progress may be dropped once done, never delivered twice


def test_failure_goes_to_on_failure(qtbot):
    errors: list[BaseException] = []

    def work(progress: Progress) -> None:
        raise ServiceError("名称不能为空", field="name")

    op = run_operation(None, work, on_failure=errors.append)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert isinstance(errors[0], ServiceError)
    assert errors[0].field == "name"


def test_cancel_stops_at_next_step_and_reports_cancelled(qtbot):
    started = threading.Event()
    release = threading.Event()
    outcome: list[str] = []

    def work(progress: Progress) -> str:
        started.set()
        release.wait(5)
        progress.step(1, 1)
        return "finished"

    op = run_operation(None, work, on_success=outcome.append, on_cancelled=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    op.cancel()
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert outcome == ["cancelled"]


def test_callbacks_dropped_when_parent_widget_is_gone(qtbot):
    widget = QWidget()
    release = threading.Event()
    called: list[object] = []
    op = run_operation(widget, lambda p: release.wait(5), on_success=called.append)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _valid(widget), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert called == []


def _valid(obj: object) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


@pytest.mark.parametrize("exc", [RuntimeError("boom")])
def test_unexpected_failure_without_handler_opens_bug_dialog(qtbot, exc):
    from PySide6.QtWidgets import QApplication, QMessageBox

    def work(progress: Progress) -> None:
        raise exc

    op = run_operation(None, work)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == "bugDialog"]
    assert boxes, "an unexpected error must be shown"
    assert "zsdesk.log" in boxes[-1].informativeText()
    for box in boxes:
        box.close()
        box.deleteLater()
