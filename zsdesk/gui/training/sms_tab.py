"""短信 — what the sandbox "texted": a staff member's login account and password go out by SMS once
the center approves them (guide, 四（二）). Newest first; phone numbers masked, the text whole (the
password in it is what the trainee needs)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zsdesk.gui.i18n import translate
from zsdesk.gui.training.tab import TrainingTab
from zsdesk.services import training
from zsdesk.services.app_context import AppContext


class SmsTab(TrainingTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.texts: list[training.SmsText] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("smsTable")
        self.table.setHorizontalHeaderLabels([translate("SmsTab", "发送时间"), translate("SmsTab", "手机号码"),
                                              translate("SmsTab", "短信内容")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(translate("SmsTab", "刷新"))
        self.refresh_button.setObjectName("smsRefresh")
        self.refresh_button.clicked.connect(self.load)
        row.addWidget(self.refresh_button)
        row.addWidget(self.message, 1)
        layout.addLayout(row)

    def load(self) -> None:
        self.read(lambda p: training.sms_inbox(self.ctx), self._show, "sms inbox")

    def _show(self, texts: list[training.SmsText]) -> None:
        self.texts = texts
        self.loaded = True
        self.table.setRowCount(len(texts))
        for row, sms in enumerate(texts):
            for col, text in enumerate((sms.sent_at, sms.phone, sms.text)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text) if col == 2 else None
                self.table.setItem(row, col, cell)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeRowsToContents()
        self.say(translate("SmsTab", "共 {count} 条短信。").format(count=len(texts)) if texts
                 else translate("SmsTab", "还没有短信：登记中心审核通过从业人员后，登录账号和密码会发到这里。"))
