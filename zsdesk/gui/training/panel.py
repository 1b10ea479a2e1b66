"""练习环境 panel: what stands around the app on a real first day, played by the sandbox — the
registry's counter opening the agency (开通机构), its reviewers (审核), the SMS the staff password
comes by (短信), the passing of time (时间) — and, when the embedded sandbox's process has died,
重启练习环境. A window of its own (not modal): the trainee keeps working beside it.

Exists only in training mode; every sandbox call runs off the GUI thread. Looking at whether the
child process lives is a waitpid, not a network call, so it is polled on a timer."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import Operation, run_operation
from zsdesk.gui.pages.common import set_role
from zsdesk.gui.training.agency_tab import AgencyTab
from zsdesk.gui.training.clock_tab import ClockTab
from zsdesk.gui.training.review_tab import ReviewTab
from zsdesk.gui.training.sms_tab import SmsTab
from zsdesk.gui.training.tab import TrainingTab
from zsdesk.services import training
from zsdesk.services.app_context import AppContext
from zsdesk.services.errors import UserFacing, user_facing

WATCH_MS = 2000


class TrainingPanel(QDialog):
    registry_changed = Signal()      # a review, a clock move or a restart: screens should re-read
    restarted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert training.available(ctx), "the training panel exists in training mode only"
        self.ctx = ctx
        self.setObjectName("trainingPanel")
        self.setWindowTitle(translate("TrainingPanel", "练习环境（沙盒登记中心）"))
        self.setModal(False)
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.state_label = QLabel()
        self.state_label.setObjectName("sandboxState")
        self.state_label.setWordWrap(True)
        self.restart_button = QPushButton(translate("TrainingPanel", "重启练习环境"))
        self.restart_button.setObjectName("restartSandbox")
        self.restart_button.clicked.connect(self.restart)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.restart_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.agency = AgencyTab(ctx)
        self.review = ReviewTab(ctx)
        self.sms = SmsTab(ctx)
        self.clock = ClockTab(ctx)
        for tab, title in ((self.agency, translate("TrainingPanel", "开通机构")),
                           (self.review, translate("TrainingPanel", "登记中心审核")),
                           (self.sms, translate("TrainingPanel", "短信")),
                           (self.clock, translate("TrainingPanel", "时间"))):
            self.tabs.addTab(tab, title)
            tab.registry_changed.connect(self.registry_changed.emit)
            tab.unreachable.connect(self.check_sandbox)
        self.tabs.currentChanged.connect(lambda _i: self.load_current())
        layout.addWidget(self.tabs, 1)
        close = QPushButton(translate("TrainingPanel", "关闭"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.restart_op: Operation[str] | None = None
        self.stopped = False
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self.check_sandbox)
        self.check_sandbox()

    def current(self) -> TrainingTab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, TrainingTab)
        return tab

    def show_tab(self, tab: TrainingTab) -> None:
        if self.tabs.currentWidget() is tab:
            self.load_current()
        else:
            self.tabs.setCurrentWidget(tab)       # loads it

    def load_current(self) -> None:
        if not self.stopped:
            self.current().load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.watch.start()
        self.check_sandbox()
        self.load_current()

    def hideEvent(self, event: QHideEvent) -> None:
        self.watch.stop()
        super().hideEvent(event)

    # the sandbox's process --------------------------------------------------------------
    def check_sandbox(self) -> None:
        restarting = self.restart_op is not None and not self.restart_op.done
        self.stopped = training.sandbox_stopped(self.ctx) and not restarting
        self.restart_button.setVisible(self.stopped)
        if restarting:
            return
        if self.stopped:
            self.state_label.setText(translate("TrainingPanel", "本机练习环境已停止运行（沙盒登记中心的进程已退出）。"
                                                                "点「重启练习环境」重新启动，已有的账号和数据都在。"))
            set_role(self.state_label, "status-bad")
        elif training.embedded(self.ctx):
            self.state_label.setText(translate("TrainingPanel", "本机练习环境运行中：这里的数据不具法律效力。"))
            set_role(self.state_label, "status-ok")
        else:
            self.state_label.setText(translate("TrainingPanel", "练习环境：{url}（数据不具法律效力）")
                                     .format(url=self.ctx.registry_url))
            set_role(self.state_label, "status-ok")

    def restart(self) -> None:
        if self.restart_op is not None and not self.restart_op.done:
            return
        self.restart_button.setEnabled(False)
        self.state_label.setText(translate("TrainingPanel", "正在重启本机练习环境…"))
        set_role(self.state_label, "status-wait")

        def done(_url: str) -> None:
            self.restart_button.setEnabled(True)
            self.check_sandbox()
            self.state_label.setText(translate("TrainingPanel", "本机练习环境已重新启动，已有的账号和数据都在；"
                                                                "时钟已恢复为实际时间。"))
            set_role(self.state_label, "status-ok")
            self.load_current()
            self.restarted.emit()
            self.registry_changed.emit()

        def failed(exc: BaseException) -> None:
            self.restart_button.setEnabled(True)
            self.check_sandbox()
            from zsdesk.services.sandbox import SandboxStartError

            info = user_facing(exc)
            if info is None and isinstance(exc, SandboxStartError):
                info = UserFacing(exc.message)
            if info is None:
                from zsdesk.gui.errors import report_failure

                report_failure(exc, self, "restart sandbox")
                return
            self.state_label.setText(translate("TrainingPanel", "重启没有成功：{reason}")
                                     .format(reason=label(info.message)))
            set_role(self.state_label, "status-bad")

        self.restart_op = run_operation(self, lambda p: training.restart_sandbox(self.ctx, p), on_success=done,
                                        on_failure=failed, name="restart sandbox")
