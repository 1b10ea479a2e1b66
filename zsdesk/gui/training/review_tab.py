"""登记中心审核 — the center's review queue as the sandbox holds it: submitted enterprise records and
staff applications, approved (通过) or rejected (驳回, with the reason the agency reads). The
training mode's automatic approval is switched here too: off, submissions wait for the trainee."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zsdesk.gui.i18n import label, translate
from zsdesk.gui.training.tab import TrainingTab
from zsdesk.gui.widgets.field_state import error_label, set_invalid, show_error
from zsdesk.services import training
from zsdesk.services.app_context import AppContext


class ReviewTab(TrainingTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.items: list[training.ReviewItem] = []
        self.state: training.SandboxState | None = None
        self._note = ""          # what the last decision did, shown over the re-read queue
        layout = QVBoxLayout(self)
        self.auto = QCheckBox(translate("ReviewTab", "练习环境自动审核"))
        self.auto.setObjectName("autoApprove")
        self.auto.setEnabled(False)
        self.auto.clicked.connect(self.set_auto)
        layout.addWidget(self.auto)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels([translate("ReviewTab", "类型"), translate("ReviewTab", "中介机构"),
                                              translate("ReviewTab", "内容"), translate("ReviewTab", "提交时间")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(translate("ReviewTab", "驳回原因")))
        cell = QWidget()
        cl = QVBoxLayout(cell)
        cl.setContentsMargins(0, 0, 0, 0)
        self.reason = QLineEdit()
        self.reason.setObjectName("rejectReason")
        self.reason.setPlaceholderText(translate("ReviewTab", "驳回时必填：机构按此修改后重新提交"))
        cl.addWidget(self.reason)
        self.reason_error = error_label(cell)
        self.reason.textEdited.connect(self._reason_edited)
        cl.addWidget(self.reason_error)
        reason_row.addWidget(cell, 1)
        layout.addLayout(reason_row)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(translate("ReviewTab", "刷新"))
        self.refresh_button.clicked.connect(self.load)
        self.approve_button = QPushButton(translate("ReviewTab", "通过"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(self.approve)
        self.reject_button = QPushButton(translate("ReviewTab", "驳回"))
        self.reject_button.setObjectName("rejectButton")
        self.reject_button.clicked.connect(self.reject)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._selection()

    def _reason_edited(self, _text: str) -> None:
        show_error(self.reason_error, None)
        set_invalid(self.reason, False)

    # reading ----------------------------------------------------------------------------
    def load(self) -> None:
        def read(_p: object) -> tuple[list[training.ReviewItem], training.SandboxState]:
            return training.review_queue(self.ctx), training.sandbox_state(self.ctx)

        self.read(read, self._show, "review queue")

    def _show(self, result: tuple[list[training.ReviewItem], training.SandboxState]) -> None:
        self.items, self.state = result
        self.loaded = True
        self._show_auto(self.state)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for col, text in enumerate((label(item.kind_label), item.agency_name, item.title, item.submitted_at)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._selection()
        if self._note:
            self.say(self._note, "status-ok")
            self._note = ""
        elif not self.items:
            self.say(translate("ReviewTab", "没有待审核的申请。机构提交企业信息核查或从业人员后，点「刷新」。"))
        else:
            self.say(translate("ReviewTab", "共 {count} 项待审核：选中一项，通过或填写原因后驳回。")
                     .format(count=len(self.items)))

    def _show_auto(self, state: training.SandboxState) -> None:
        self.auto.setEnabled(True)
        self.auto.setChecked(state.auto_approve)
        self.auto.setText(translate("ReviewTab", "练习环境自动审核（提交 {seconds} 秒后自动通过；"
                                                 "取消勾选后由您在这里审核）").format(seconds=f"{state.auto_approve_delay_s:g}"))

    def selected(self) -> training.ReviewItem | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.items[min(rows)] if rows and min(rows) < len(self.items) else None

    def _selection(self) -> None:
        chosen = self.selected() is not None
        self.approve_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    # deciding ---------------------------------------------------------------------------
    def select(self, kind: str, title_part: str = "") -> bool:
        """Select the first item of `kind` whose title contains `title_part` (tests, keyboard users)."""
        for row, item in enumerate(self.items):
            if item.kind == kind and title_part in item.title:
                self.table.selectRow(row)
                return True
        return False

    def approve(self) -> None:
        item = self.selected()
        if item is None or self.commanding:
            return
        self.say(translate("ReviewTab", "正在提交审核结果…"))
        self.run(lambda p: training.approve(self.ctx, item), lambda _r: self._decided(item, True), "approve",
                 changes=True)

    def reject(self) -> None:
        item = self.selected()
        if item is None or self.commanding:
            return
        reason = self.reason.text()

        def field_error(field: str | None, message: str) -> bool:
            if field != "reason":
                return False
            show_error(self.reason_error, message)
            set_invalid(self.reason, True)
            self.reason.setFocus()
            return True

        self.run(lambda p: training.reject(self.ctx, item, reason), lambda _r: self._decided(item, False), "reject",
                 changes=True, field_error=field_error)

    def _decided(self, item: training.ReviewItem, approved: bool) -> None:
        self.reason.clear()
        text = (translate("ReviewTab", "已通过：{title}").format(title=item.title) if approved
                else translate("ReviewTab", "已驳回：{title}").format(title=item.title))
        if approved and item.kind == "staff":
            text += translate("ReviewTab", "。登录账号和密码已发短信，见「短信」。")
        self._note = text
        self.load()

    def set_auto(self, enabled: bool) -> None:
        self.run(lambda p: training.set_auto_approve(self.ctx, enabled), self._show_auto, "auto approve")
