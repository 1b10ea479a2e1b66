"""时间 — the sandbox's clock: move it on to watch the registry's time rules happen (a draft not
submitted within 24 hours is deleted), and back to the real time. The signed-in session moves with
the clock, so the trainee stays logged in."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from zsdesk.gui.i18n import translate
from zsdesk.gui.pages.common import set_role
from zsdesk.gui.training.tab import TrainingTab
from zsdesk.services import training
from zsdesk.services.app_context import AppContext


def offset_text(offset: timedelta) -> str:
    hours = offset.total_seconds() / 3600
    if abs(hours) < 1 / 60:
        return translate("ClockTab", "与实际时间一致")
    if hours > 0:
        return translate("ClockTab", "比实际时间快 {hours} 小时").format(hours=f"{hours:g}")
    return translate("ClockTab", "比实际时间慢 {hours} 小时").format(hours=f"{-hours:g}")


class ClockTab(TrainingTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state: training.SandboxState | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(translate("ClockTab", "登记中心按自己的时钟执行时间规则：合同创建后 24 小时内未提交，"
                                             "登记中心删除该草稿。把练习环境的时钟拨快，就能看到规则生效；"
                                             "登录状态随时钟一起前进，不必重新登录。"))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        layout.addWidget(intro)
        form = QFormLayout()
        self.now_label = QLabel("—")
        self.now_label.setObjectName("sandboxNow")
        self.offset_label = QLabel("")
        self.offset_label.setObjectName("sandboxOffset")
        form.addRow(translate("ClockTab", "练习环境时间（北京时间）"), self.now_label)
        form.addRow("", self.offset_label)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("1h", translate("ClockTab", "拨快 1 小时")), ("24h", translate("ClockTab", "拨快 24 小时")),
                          ("reset", translate("ClockTab", "恢复实际时间"))):
            button = QPushButton(text)
            button.setObjectName(f"clock_{key}")
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons["1h"].clicked.connect(lambda: self.advance(1))
        self.buttons["24h"].clicked.connect(lambda: self.advance(24))
        self.buttons["reset"].clicked.connect(self.reset)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def load(self) -> None:
        self.read(lambda p: training.sandbox_state(self.ctx), self._show, "sandbox clock")

    def _show(self, state: training.SandboxState) -> None:
        self.state = state
        self.loaded = True
        self.now_label.setText(state.now)
        self.offset_label.setText(offset_text(state.offset))
        self._enable()

    def _moving(self) -> bool:
        if self.commanding:
            return False
        for button in self.buttons.values():
            button.setEnabled(False)
        return True

    def advance(self, hours: float) -> None:
        if not self._moving():
            return

        def done(state: training.SandboxState) -> None:
            self._show(state)
            self.say(translate("ClockTab", "已拨快 {hours} 小时；到期的草稿已由登记中心删除，"
                                           "列表在同步后显示「已过期」。").format(hours=f"{hours:g}"), "status-ok")

        self.run(lambda p: training.advance_clock(self.ctx, hours), done, "advance clock", changes=True)
        self._reenable()

    def reset(self) -> None:
        if not self._moving():
            return

        def done(state: training.SandboxState) -> None:
            self._show(state)
            self.say(translate("ClockTab", "已恢复实际时间。"), "status-ok")

        self.run(lambda p: training.reset_clock(self.ctx), done, "reset clock", changes=True)
        self._reenable()

    def _reenable(self) -> None:
        if self.command is not None:
            self.command.finished.connect(self._enable)

    def _enable(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(True)
