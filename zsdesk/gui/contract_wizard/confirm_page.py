"""Page 8 — 确认提交: every missing or invalid field (click to jump), the draft clock, submit, the result."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from zsdesk.domain.contract import Contract
from zsdesk.gui.contract_wizard.base import WizardPage
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.pages.common import set_role
from zsdesk.services.contract_wizard import ContractWizard, SubmitState
from zsdesk.services.wizard_pages import PageId


class ConfirmPage(WizardPage):
    page_id = PageId.CONFIRM

    def __init__(self, wizard: ContractWizard, on_jump: Callable[[PageId, str], None],
                 on_submit: Callable[[], None], on_new: Callable[[], None],
                 on_preview: Callable[[], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(wizard, parent)
        self.on_jump = on_jump
        self.overview = QLabel()
        self.overview.setWordWrap(True)
        self.overview.setObjectName("overview")
        self.outer.addWidget(self.overview)
        self.list = QListWidget()
        self.list.setObjectName("summaryList")
        self.list.itemActivated.connect(self._jump)
        self.list.itemClicked.connect(self._jump)
        self.outer.addWidget(self.list, 1)
        self.clock = QLabel()
        self.clock.setObjectName("draftClock")
        self.outer.addWidget(self.clock)
        bar = QHBoxLayout()
        self.submit = QPushButton(translate("ConfirmPage", "提交备案"))
        self.submit.setObjectName("submitContract")
        self.submit.clicked.connect(on_submit)
        self.new = QPushButton(translate("ConfirmPage", "新建合同"))
        self.new.setObjectName("newContract")
        self.new.clicked.connect(on_new)
        bar.addWidget(self.submit)
        # The draft copy prints with the 草稿 — 未备案 watermark: both parties can read it before consenting.
        self.preview = QPushButton(translate("ConfirmPage", "打印预览（草稿）"))
        self.preview.setObjectName("previewDraft")
        self.preview.setVisible(on_preview is not None)
        if on_preview is not None:
            self.preview.clicked.connect(on_preview)
        bar.addWidget(self.preview)
        bar.addWidget(self.new)
        bar.addStretch(1)
        self.outer.addLayout(bar)
        self.result = QLabel()
        self.result.setObjectName("submitResult")
        self.result.setWordWrap(True)
        self.outer.addWidget(self.result)
        self.new.setVisible(False)
        self.finish_layout()

    def load(self, contract: Contract) -> None:
        p = contract.property
        comma = translate("ConfirmPage", "、")
        buyers = comma.join(b.name for b in contract.buyers if b.name)
        sellers = comma.join(s.name for s in contract.sellers)
        price = contract.payment.total_price
        self.overview.setText(translate("ConfirmPage", "房屋：{address}\n甲方：{sellers}　乙方：{buyers}\n"
                                                       "成交总价：{price} 元　资金监管：{escrow}").format(
            address=p.address, sellers=sellers, buyers=buyers or translate("ConfirmPage", "（未填写）"),
            price="" if price is None else format(price, ",.2f"),
            escrow=translate("ConfirmPage", "是") if contract.escrow.enabled else translate("ConfirmPage", "否")))
        self.list.clear()
        for line in self.wizard.summary():
            mark = "✗" if line.is_error else "!"
            item = QListWidgetItem(translate("ConfirmPage", "{mark} 第{number}步 {page}：{message}").format(
                mark=mark, number=line.page.number, page=label(line.page.label), message=label(line.message)))
            item.setData(Qt.ItemDataRole.UserRole, (line.page.value, line.field))
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(translate("ConfirmPage", "所有必填项已填写完整，买卖双方已确认同意，可以提交。"))
        self.clock.setText(label(self.wizard.draft_clock().text))
        set_role(self.clock, "error" if self.wizard.draft_clock().warning else "hint")
        self.submit.setEnabled(self.wizard.can_submit())

    def show_state(self) -> None:
        self.issues_label.setVisible(False)

    def _jump(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.on_jump(PageId(data[0]), data[1])

    def show_result(self, state: SubmitState) -> None:
        if state.signed:
            set_role(self.result, "ok")
            self.result.setText(translate(
                "ConfirmPage", "提交成功：合同状态「{status}」，备案号 {filing_no}（合同编号 {contract_no}）。"
                               "买卖双方可到相关部门办理不动产转移登记手续。").format(
                status=label(state.status.label), filing_no=state.filing_no, contract_no=state.contract_no))
            self.submit.setEnabled(False)
            self.preview.setText(translate("ConfirmPage", "打印预览"))   # filed: the copy carries no 草稿 mark now
            self.new.setVisible(True)
            self.clock.setText("")
        elif state.failure:
            set_role(self.result, "error")
            self.result.setText(
                translate("ConfirmPage", "登记中心未受理：{reason}").format(reason=label(state.failure)))
        elif state.queued:
            set_role(self.result, "hint")
            self.result.setText(translate("ConfirmPage",
                                          "已提交，正在等待与登记中心同步（断网时恢复连接后自动提交）。"))
