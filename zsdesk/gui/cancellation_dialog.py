"""注销网签备案: the guided checklist of what each party brings (ID originals in person; for a minor,
both parents, the guarantee letter and proof of parentage; for someone who cannot come, a notarised
power of attorney naming this cancellation), the printable application, and the request that marks
the contract 注销申请中 until the registry completes it at the counter."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zsdesk.domain.china_time import china_now
from zsdesk.domain.enums import ContractStatus, PartyRole
from zsdesk.domain.identity import is_minor
from zsdesk.gui import background_sync
from zsdesk.gui.errors import failure_text
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import run_operation
from zsdesk.gui.pages.common import set_role
from zsdesk.services import contract_cancellation as cc
from zsdesk.services.app_context import AppContext, cache_of


class CancellationDialog(QDialog):
    submitted = Signal()

    def __init__(self, ctx: AppContext, local_id: str, parent: QWidget | None = None,
                 clock: type[datetime] = datetime) -> None:
        super().__init__(parent)
        self.setObjectName("cancellationDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.ctx = ctx
        self.local_id = local_id
        self.now = clock.now(UTC)
        account = ctx.account
        self.username = account.username if account is not None else ""
        self.plan = cc.open_plan(cache_of(ctx).sessions, local_id)
        c = self.plan.contract
        self.setWindowTitle(translate("CancellationDialog", "注销网签备案申请 — {contract_no}").format(
            contract_no=c.contract_no))
        self.resize(860, 700)
        layout = QVBoxLayout(self)
        head = QLabel(translate("CancellationDialog", "合同编号 {contract_no}　备案号 {filing_no}　状态：{status}\n"
                                                      "房屋坐落：{address}").format(
            contract_no=c.contract_no, filing_no=c.filing_no or "—", status=label(c.status.label),
            address=c.property.address))
        head.setWordWrap(True)
        layout.addWidget(head)
        rule = QLabel(label(cc.IN_PERSON))
        rule.setWordWrap(True)
        set_role(rule, "hint")
        layout.addWidget(rule)
        layout.addWidget(QLabel(translate(
            "CancellationDialog", "买卖双方（本人不能到场的，勾选并填写受托人：须提供载明注销事项的公证委托书）")))
        self.people = QTableWidget(0, 5)
        self.people.setObjectName("cancellationPeople")
        self.people.setHorizontalHeaderLabels([
            translate("CancellationDialog", "身份"), translate("CancellationDialog", "姓名"),
            translate("CancellationDialog", "未成年人"), translate("CancellationDialog", "本人不能到场"),
            translate("CancellationDialog", "受托人姓名")])
        self.people.verticalHeader().setVisible(False)
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.proxy_boxes: list[tuple[PartyRole, int, QCheckBox, QLineEdit]] = []
        rows = [(PartyRole.SELLER, i, p) for i, p in enumerate(c.sellers)] + \
               [(PartyRole.BUYER, i, p) for i, p in enumerate(c.buyers)]
        self.people.setRowCount(len(rows))
        for r, (role, i, party) in enumerate(rows):
            side = (translate("CancellationDialog", "甲方{number}") if role is PartyRole.SELLER
                    else translate("CancellationDialog", "乙方{number}")).format(number=i + 1)
            minor = is_minor(party.id_type, party.id_number, self.now.date())
            minor_text = (translate("CancellationDialog", "是（父母双方到场）") if minor
                          else translate("CancellationDialog", "否"))
            for col, text in enumerate((side, party.name, minor_text)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.people.setItem(r, col, item)
            box = QCheckBox()
            name = QLineEdit()
            name.setPlaceholderText(translate("CancellationDialog", "受托人姓名"))
            name.setEnabled(False)
            box.toggled.connect(name.setEnabled)
            box.toggled.connect(lambda _on: self._proxies_changed())
            name.textEdited.connect(lambda _t: self._proxies_changed())
            self.people.setCellWidget(r, 3, box)
            self.people.setCellWidget(r, 4, name)
            self.proxy_boxes.append((role, i, box, name))
        self.people.setFixedHeight(min(240, 32 + 30 * len(rows)))
        layout.addWidget(self.people)
        layout.addWidget(QLabel(translate("CancellationDialog", "收件清单（请逐项核对，备齐后勾选）")))
        self.checklist = QListWidget()
        self.checklist.setObjectName("cancellationChecklist")
        self.checklist.itemChanged.connect(lambda _i: self._update())
        layout.addWidget(self.checklist, 1)
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(translate("CancellationDialog", "注销原因")))
        self.reason = QLineEdit()
        self.reason.setObjectName("cancellationReason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(translate("CancellationDialog", "例如：买卖双方协商一致解除合同"))
        reason_row.addWidget(self.reason, 1)
        layout.addLayout(reason_row)
        hotline = QLabel(label(cc.HOTLINE))
        set_role(hotline, "hint")
        layout.addWidget(hotline)
        bar = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("cancellationMessage")
        self.message.setWordWrap(True)
        bar.addWidget(self.message, 1)
        self.print_button = QPushButton(translate("CancellationDialog", "打印注销申请"))
        self.print_button.setObjectName("printCancellation")
        self.print_button.clicked.connect(self.print_application)
        self.submit_button = QPushButton(translate("CancellationDialog", "提交注销申请"))
        self.submit_button.setObjectName("submitCancellation")
        self.submit_button.clicked.connect(self.submit)
        close = QPushButton(translate("CancellationDialog", "关闭"))
        close.clicked.connect(self.reject)
        bar.addWidget(self.print_button)
        bar.addWidget(self.submit_button)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.can_submit = cc.can_request(c, self.username)
        self.submit_button.setVisible(self.can_submit)
        self._fill_checklist()

    # -- checklist -------------------------------------------------------------------------------
    def _proxies_changed(self) -> None:
        for role, i, box, name in self.proxy_boxes:
            if box.isChecked() and name.text().strip():
                self.plan.set_proxy(role, i, name.text().strip())
            else:
                self.plan.clear_proxy(role, i)
        self._fill_checklist()

    def items(self) -> list[cc.ChecklistItem]:
        return self.plan.checklist(self.now)

    def _fill_checklist(self) -> None:
        ticked = {self.checklist.item(i).text() for i in range(self.checklist.count())
                  if self.checklist.item(i).checkState() == Qt.CheckState.Checked}
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for entry in self.items():
            text = (translate("CancellationDialog", "【{who}】{text}").format(
                who=label(entry.who), text=label(entry.text)) if entry.who else label(entry.text))
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if text in ticked else Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
        self.checklist.blockSignals(False)
        self._update()

    def all_ticked(self) -> bool:
        return all(self.checklist.item(i).checkState() == Qt.CheckState.Checked
                   for i in range(self.checklist.count()))

    def _update(self) -> None:
        status = self.plan.contract.status
        if status is not ContractStatus.SIGNED:
            self.submit_button.setEnabled(False)
            said = (translate("CancellationDialog", "合同状态为「{status}」，登记中心办结后显示「已注销」。")
                    if status is ContractStatus.CANCELLATION_PENDING
                    else translate("CancellationDialog", "合同状态为「{status}」。"))
            self._say(said.format(status=label(status.label)))
            return
        missing = sum(1 for i in range(self.checklist.count())
                      if self.checklist.item(i).checkState() != Qt.CheckState.Checked)
        self.submit_button.setEnabled(self.can_submit and missing == 0)
        if not self.can_submit:
            self._say(translate("CancellationDialog", "只有创建该合同的从业人员才能申请注销网签备案；可打印申请材料。"))
        elif missing:
            self._say(translate("CancellationDialog", "还有 {count} 项材料未核对。").format(count=missing))
        else:
            self._say(translate("CancellationDialog", "材料已核对，可以提交注销申请。"
                                                     "提交后合同显示「注销申请中」，直至登记中心办结。"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "hint")

    # -- print and submit ------------------------------------------------------------------------
    def print_application(self) -> QWidget:
        from zsdesk.documents import suggested_filename
        from zsdesk.gui.printing import PrintPreviewDialog
        from zsdesk.services.printing import PrintDocument

        self.plan.reason = self.reason.text()
        plan = self.plan
        title = translate("CancellationDialog", "注销网签备案申请 {contract_no}").format(
            contract_no=plan.contract.contract_no)
        name = suggested_filename(plan.contract, "cancellation")
        dialog = PrintPreviewDialog(
            lambda _p: PrintDocument(title, name, plan.application(china_now())),
            self, title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        self.preview = dialog
        return dialog

    def submit(self) -> None:
        self.plan.reason = self.reason.text()
        ctx, plan, local_id, user = self.ctx, self.plan, self.local_id, self.username
        self.submit_button.setEnabled(False)
        run_operation(self, lambda _p: cc.request_cancellation(cache_of(ctx).sessions, local_id, plan,
                                                                staff_account=user,
                                                                on_queued=lambda: background_sync.wake(ctx)),
                      on_success=self._submitted, on_failure=self._failed, name="request cancellation")

    def _submitted(self, _r: object) -> None:
        self.submitted.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._update()
        self._say(failure_text(exc)
                  or translate("CancellationDialog", "提交失败：{error}").format(error=exc), error=True)
