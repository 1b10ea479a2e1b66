"""Page 5 — 资金监管: yes/no, the bank, the amount; 建设银行 online (龙存管), 农村商业银行 at a branch."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from zsdesk.domain.contract import Contract
from zsdesk.domain.enums import EscrowBank
from zsdesk.domain.errors import Issue
from zsdesk.gui.contract_wizard.base import WizardPage, money_text, read_money
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.pages.common import set_role
from zsdesk.gui.widgets.open_external import open_external
from zsdesk.services import wizard_terms as wt
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.wizard_pages import PageId


class EscrowPage(WizardPage):
    page_id = PageId.ESCROW

    def __init__(self, wizard: ContractWizard, parent: QWidget | None = None) -> None:
        super().__init__(wizard, parent)
        advice = QLabel(label(wt.ESCROW_ADVICE))
        set_role(advice, "hint")
        self.outer.addWidget(advice)
        form = self.form()
        self.enabled = QComboBox()
        self.enabled.setObjectName("escrowEnabled")
        self.enabled.addItems([translate("EscrowPage", "否"), translate("EscrowPage", "是")])
        form.addRow(translate("EscrowPage", "是否选择监管交易资金"), self.enabled)
        self.bank = QComboBox()
        self.bank.setObjectName("escrowBank")
        self.bank.addItem(translate("EscrowPage", "（请选择）"), "")
        for b in EscrowBank:
            self.bank.addItem(label(b.label), b.value)
        form.addRow(translate("EscrowPage", "监管银行"), self.bank)
        self.amount = QLineEdit()
        form.addRow(translate("EscrowPage", "监管金额（元）"), self.amount)
        self.branch = QLineEdit()
        form.addRow(translate("EscrowPage", "监管网点"), self.branch)
        self.route = QLabel()
        self.route.setWordWrap(True)
        self.route.setObjectName("escrowRoute")
        form.addRow("", self.route)
        self.open_ccb = QPushButton(translate("EscrowPage", "打开建设银行「龙存管」系统"))
        self.open_ccb.setObjectName("openCcb")
        self.open_ccb.clicked.connect(self._open_ccb)
        self.open_failed: QMessageBox | None = None
        form.addRow("", self.open_ccb)
        self.fields = {"escrow.enabled": self.enabled, "escrow.bank": self.bank, "escrow.amount": self.amount,
                       "escrow.branch": self.branch}
        self.enabled.currentIndexChanged.connect(lambda _i: self._live())
        self.bank.currentIndexChanged.connect(lambda _i: self._live())
        self.finish_layout()

    def entry_issues(self) -> list[Issue]:
        if self.enabled.currentIndex() != 1:
            return []
        issue = read_money(self.amount, "escrow.amount")[1]
        return [issue] if issue is not None else []

    def _route(self) -> wt.EscrowRoute | None:
        data = self.bank.currentData()
        if self.enabled.currentIndex() != 1 or not data:
            return None
        return wt.escrow_route(EscrowBank(data), self.wizard.ccb_url)

    def _live(self) -> None:
        on = self.enabled.currentIndex() == 1
        for w in (self.bank, self.amount, self.branch):
            w.setEnabled(on)
        route = self._route()
        if route is None:
            self.route.setText("")
        elif route.online:
            self.route.setText(label(route.text))
        else:
            docs = "\n".join(f"  · {label(d)}" for d in route.documents)
            self.route.setText(translate("EscrowPage", "{route}\n请买卖双方携带：\n{documents}\n参阅：{manual}").format(
                route=label(route.text), documents=docs, manual=label(route.manual)))
        # Only shown when it leads somewhere: the CCB route is chosen.
        self.open_ccb.setVisible(route is not None and route.online)

    def _open_ccb(self) -> None:
        route = self._route()
        if route is not None and route.url:
            self.open_failed = open_external(self, QUrl(route.url))

    def load(self, contract: Contract) -> None:
        e = contract.escrow
        self.enabled.setCurrentIndex(1 if e.enabled else 0)
        self.bank.setCurrentIndex(max(0, self.bank.findData(e.bank.value if e.bank else "")))
        self.amount.setText(money_text(e.amount))
        self.branch.setText(e.branch)
        self._live()

    def store(self, contract: Contract) -> None:
        e = contract.escrow
        e.enabled = self.enabled.currentIndex() == 1
        data = self.bank.currentData()
        e.bank = EscrowBank(data) if data and e.enabled else None
        e.amount = read_money(self.amount, "escrow.amount")[0] if e.enabled else None
        e.branch = self.branch.text().strip() if e.enabled else ""
