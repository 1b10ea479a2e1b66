"""What every tab of the 练习环境 panel shares: a message line, and sandbox calls run off the GUI
thread whose refusals show in that line (in the UI language) and whose success may tell the panel
that the registry's data changed (so the open screens re-read it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from zsdesk.gui.i18n import label
from zsdesk.gui.operations import Operation, run_operation
from zsdesk.gui.pages.common import set_role
from zsdesk.services.app_context import AppContext
from zsdesk.services.errors import user_facing
from zsdesk.services.progress import Progress


class TrainingTab(QWidget):
    registry_changed = Signal()          # the sandbox's data moved on: screens should re-read
    unreachable = Signal()               # a call found the sandbox gone: the panel checks the child

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = QLabel()
        self.message.setObjectName("tabMessage")
        self.message.setWordWrap(True)
        set_role(self.message, "hint")
        self.reading: Operation[Any] | None = None     # the tab's read (one at a time)
        self.command: Operation[Any] | None = None     # a change the user asked for (one at a time)
        self.loaded = False
        self._again: tuple[Callable[[Progress], Any], Callable[[Any], None], str] | None = None

    def load(self) -> None:
        """Read what the tab shows (tabs override)."""

    def say(self, text: str, role: str = "hint") -> None:
        self.message.setText(text)
        set_role(self.message, role)

    @staticmethod
    def _running(op: Operation[Any] | None) -> bool:
        return op is not None and not op.done

    @property
    def commanding(self) -> bool:
        return self._running(self.command)

    def read(self, fn: Callable[[Progress], Any], done: Callable[[Any], None], name: str) -> None:
        """Read what the tab shows. Asked again while a read is under way (e.g. right after a
        decision), it reads once more when that one is done: what is shown is never older than the
        last change."""
        if self._running(self.reading):
            self._again = (fn, done, name)
            return
        self.reading = self._run(fn, done, name)
        self.reading.finished.connect(self._read_finished)

    def _read_finished(self) -> None:
        again, self._again = self._again, None
        if again is not None:
            self.read(*again)

    def run(self, fn: Callable[[Progress], Any], done: Callable[[Any], None], name: str,
            *, changes: bool = False, field_error: Callable[[str | None, str], bool] | None = None) -> bool:
        """A change the user asked for; refused (False) while the previous one is under way."""
        if self.commanding:
            return False
        self.command = self._run(fn, done, name, changes=changes, field_error=field_error)
        return True

    def _run(self, fn: Callable[[Progress], Any], done: Callable[[Any], None], name: str,
             *, changes: bool = False,
             field_error: Callable[[str | None, str], bool] | None = None) -> Operation[Any]:
        def succeeded(value: Any) -> None:
            done(value)
            if changes:
                self.registry_changed.emit()

        def failed(exc: BaseException) -> None:
            info = user_facing(exc)
            if info is None:
                from zsdesk.gui.errors import report_failure

                report_failure(exc, self, name)
                return
            if info.offline:
                self.unreachable.emit()
            if field_error is not None and field_error(info.field, info.message):
                self.say("")
                return
            self.say(label(info.message), "error")

        return run_operation(self, fn, on_success=succeeded, on_failure=failed, name=name)
