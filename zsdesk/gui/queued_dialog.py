"""Lists the commands still waiting to reach the registry (the status bar's counter)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from zsdesk.domain.china_time import format_china_time
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.gui.i18n import label, translate
from zsdesk.services.app_context import QueuedCommand

_STATES = {"pending": QT_TRANSLATE_NOOP("QueuedCommandsDialog", "等待发送"),
           "sending": QT_TRANSLATE_NOOP("QueuedCommandsDialog", "发送中"),
           "failed": QT_TRANSLATE_NOOP("QueuedCommandsDialog", "被拒绝，需要处理"),
           "blocked": QT_TRANSLATE_NOOP("QueuedCommandsDialog", "等待前一项")}


class QueuedCommandsDialog(QDialog):
    def __init__(self, commands: list[QueuedCommand], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("QueuedCommandsDialog", "待发送的操作"))
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        if commands:
            text = translate("QueuedCommandsDialog", "以下操作已保存在本机，联网后会按顺序自动发送到登记中心；"
                                                     "被拒绝的操作会保留，等待您修改或放弃。")
        else:
            text = translate("QueuedCommandsDialog", "没有待发送的操作：所有修改都已送达登记中心。")
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(commands), 5, self)
        self.table.setHorizontalHeaderLabels([
            translate("QueuedCommandsDialog", "操作"), translate("QueuedCommandsDialog", "创建时间"),
            translate("QueuedCommandsDialog", "状态"), translate("QueuedCommandsDialog", "尝试次数"),
            translate("QueuedCommandsDialog", "最近错误")])
        for row, cmd in enumerate(commands):
            state = translate("QueuedCommandsDialog", _STATES[cmd.state]) if cmd.state in _STATES else cmd.state
            values = [label(cmd.summary), format_china_time(cmd.created_at), state,
                      str(cmd.attempts), label(cmd.last_error)]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.table.setVisible(bool(commands))
        if not commands:
            self.resize(self.width(), 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
