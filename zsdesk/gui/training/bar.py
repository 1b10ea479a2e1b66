"""The row under the 练习环境 banner (login window and main window, training mode only): 练习环境…
opens the panel; on the login window 注册统一认证账号… opens the registration; when the embedded
sandbox's process has died, the row says so and offers 重启练习环境 at once.

`attach` builds the row only when the app is connected to a training sandbox: against a real
registry none of it exists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from zsdesk.gui.i18n import translate
from zsdesk.gui.pages.common import set_role
from zsdesk.services import training
from zsdesk.services.app_context import AppContext

if TYPE_CHECKING:
    from zsdesk.gui.training.panel import TrainingPanel

WATCH_MS = 2000


class TrainingBar(QWidget):
    registered = Signal(object, str)      # training.RegisteredAccount, its password
    registry_changed = Signal()
    restarted = Signal()

    def __init__(self, ctx: AppContext, *, registration: bool, margins: tuple[int, int, int, int] = (0, 0, 0, 0),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("trainingBar")
        self.panel: TrainingPanel | None = None
        self.register_dialog: QWidget | None = None
        self.last_registration: training.RegisteredAccount | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(*margins)
        self.stopped_label = QLabel(translate("TrainingBar", "⚠ 本机练习环境已停止运行"))
        self.stopped_label.setObjectName("sandboxStopped")
        set_role(self.stopped_label, "status-bad")
        self.restart_button = QPushButton(translate("TrainingBar", "重启练习环境"))
        self.restart_button.setObjectName("barRestart")
        self.restart_button.clicked.connect(self.restart)
        row.addWidget(self.stopped_label)
        row.addWidget(self.restart_button)
        self.hint = QLabel(translate("TrainingBar", "像新机构一样从头练习：") if registration else "")
        set_role(self.hint, "hint")
        row.addWidget(self.hint)
        row.addStretch(1)
        self.register_button: QPushButton | None = None
        if registration:
            self.register_button = QPushButton(translate("TrainingBar", "注册统一认证账号…"))
            self.register_button.setObjectName("registerAccount")
            self.register_button.clicked.connect(self.open_registration)
            row.addWidget(self.register_button)
        self.panel_button = QPushButton(translate("TrainingBar", "练习环境…"))
        self.panel_button.setObjectName("openTrainingPanel")
        self.panel_button.setToolTip(translate("TrainingBar", "开通练习机构、登记中心审核、短信、调整时钟"))
        self.panel_button.clicked.connect(lambda: self.open_panel())
        row.addWidget(self.panel_button)
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self.check_sandbox)
        self.watch.start()
        self.check_sandbox()

    def check_sandbox(self) -> None:
        stopped = training.sandbox_stopped(self.ctx)
        op = self.panel.restart_op if self.panel is not None else None
        restarting = op is not None and not op.done
        self.stopped_label.setVisible(stopped and not restarting)
        self.restart_button.setVisible(stopped and not restarting)
        self.hint.setVisible(bool(self.hint.text()) and not self.stopped_label.isVisibleTo(self))

    def open_panel(self, tab: str = "") -> TrainingPanel:
        from zsdesk.gui.training.panel import TrainingPanel

        if self.panel is None:
            panel = TrainingPanel(self.ctx, self.window())
            panel.registry_changed.connect(self.registry_changed.emit)
            panel.restarted.connect(self.restarted.emit)
            panel.restarted.connect(self.check_sandbox)
            self.panel = panel
        panel = self.panel
        if self.last_registration is not None:
            panel.agency.prefill(self.last_registration.company_name, self.last_registration.uscc)
        if tab:
            panel.show_tab(getattr(panel, tab))
        if panel.isVisible():          # open behind other windows: bring it forward
            panel.raise_()
            panel.activateWindow()
        else:
            panel.show()
        return panel

    def restart(self) -> None:
        panel = self.open_panel()
        panel.restart()
        self.check_sandbox()

    def open_registration(self) -> QWidget:
        from zsdesk.gui.training.register_dialog import RegisterDialog

        dialog = RegisterDialog(self.ctx, self.window())
        dialog.registered.connect(self._registered)
        self.register_dialog = dialog
        dialog.open()
        return dialog

    def _registered(self, account: training.RegisteredAccount, password: str) -> None:
        self.last_registration = account
        if self.panel is not None:
            self.panel.agency.prefill(account.company_name, account.uscc)
        self.registered.emit(account, password)


    def dispose(self) -> None:
        """Connected elsewhere, to a registry that is not a training sandbox: nothing of it stays."""
        self.watch.stop()
        for window in (self.panel, self.register_dialog):
            if window is not None:
                window.close()
                window.deleteLater()
        self.panel = self.register_dialog = None
        self.deleteLater()


def attach(ctx: AppContext, layout: QBoxLayout, after: QWidget, *, registration: bool,
           existing: TrainingBar | None = None,
           margins: tuple[int, int, int, int] = (0, 0, 0, 0)) -> TrainingBar | None:
    """The bar under `after` in `layout` when connected to a training sandbox (built once, shown again
    after a reconnect); None otherwise, and an existing bar is then disposed of."""
    if not training.available(ctx):
        if existing is not None:
            existing.dispose()
        return None
    if existing is not None:
        existing.setVisible(True)
        return existing
    bar = TrainingBar(ctx, registration=registration, margins=margins)
    layout.insertWidget(layout.indexOf(after) + 1, bar)
    bar.setVisible(True)      # now, not at the layout's queued show: the window fits its height to it next
    return bar
