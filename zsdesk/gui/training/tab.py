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
        self.busy: Operation[Any] | None = None
        self.loaded = False

    def load(self) -> None:
        """Read what the tab shows (tabs override)."""

    def say(self, text: str, role: str = "hint") -> None:
        self.message.setText(text)
        set_role(self.message, role)

    def run(self, fn: Callable[[Progress], Any], done: Callable[[Any], None], name: str,
            *, changes: bool = False, field_error: Callable[[str | None, str], bool] | None = None) -> None:
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

        self.busy = run_operation(self, fn, on_success=succeeded, on_failure=failed, name=name)
