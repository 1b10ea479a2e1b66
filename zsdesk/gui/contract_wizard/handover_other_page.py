"""Page 6 — 交付与其他: handover, taxes and fees, breach, dispute resolution, supplementary terms."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from zsdesk.domain.contract import Contract
from zsdesk.domain.enums import DisputeResolution
from zsdesk.domain.errors import Issue
from zsdesk.gui.contract_wizard.base import WizardPage
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.widgets.date_field import contract_date_field
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.wizard_pages import PageId


class HandoverOtherPage(WizardPage):
    page_id = PageId.HANDOVER_OTHER

    def __init__(self, wizard: ContractWizard, parent: QWidget | None = None) -> None:
        super().__init__(wizard, parent)
        form = self.form()
        self.date = contract_date_field("handover.date", wizard.today)
        self.date.setObjectName("handoverDate")
        # empty, its calendar opens at the balance payment (page 4): handing over follows paying
        self.date.setAnchor(lambda: wizard.contract.payment.balance_date if wizard.contract is not None else None)
        form.addRow(translate("HandoverOtherPage", "交房日期"), self.date)
        self.conditions = QLineEdit()
        form.addRow(translate("HandoverOtherPage", "交房条件"), self.conditions)
        self.transfer_days = QLineEdit()
        form.addRow(translate("HandoverOtherPage", "办理转移登记期限（日）"), self.transfer_days)
        self.seller_taxes = QLineEdit()
        form.addRow(translate("HandoverOtherPage", "甲方承担税费"), self.seller_taxes)
        self.buyer_taxes = QLineEdit()
        form.addRow(translate("HandoverOtherPage", "乙方承担税费"), self.buyer_taxes)
        self.breach = QLineEdit()
        form.addRow(translate("HandoverOtherPage", "逾期违约金（‰/日）"), self.breach)
        self.breach_terms = QLineEdit()
        form.addRow(translate("HandoverOtherPage", "违约责任"), self.breach_terms)
        self.dispute = QComboBox()
        self.dispute.setObjectName("dispute")
        self.dispute.addItem(translate("HandoverOtherPage", "（请选择）"), "")
        for d in DisputeResolution:
            self.dispute.addItem(label(d.label), d.value)
        form.addRow(translate("HandoverOtherPage", "争议解决方式"), self.dispute)
        self.commission = QLineEdit()
        self.commission.setPlaceholderText(translate("HandoverOtherPage", "如：中山仲裁委员会"))
        form.addRow(translate("HandoverOtherPage", "仲裁委员会"), self.commission)
        self.supplementary = QPlainTextEdit()
        self.supplementary.setMaximumHeight(90)
        form.addRow(translate("HandoverOtherPage", "补充条款"), self.supplementary)
        self.fields = {"handover.date": self.date, "handover.conditions": self.conditions,
                       "other.dispute": self.dispute, "other.arbitration_commission": self.commission,
                       "other.breach_daily_rate_permille": self.breach,
                       "handover.transfer_registration_days": self.transfer_days}
        self.dispute.currentIndexChanged.connect(
            lambda _i: self.commission.setEnabled(self.dispute.currentData() == DisputeResolution.ARBITRATION.value))
        self.finish_layout()

    def entry_issues(self) -> list[Issue]:
        out = super().entry_issues()
        days = self.transfer_days.text().strip()
        if days and not days.isdigit():
            out.append(Issue("handover.transfer_registration_days", "NOT_A_NUMBER", translate(
                "HandoverOtherPage", "「办理转移登记期限（日）」请填写整数天数，如 30")))
        rate = self.breach.text().strip()
        if rate:
            try:
                ok = Decimal(rate).is_finite()
            except InvalidOperation:
                ok = False
            if not ok:
                out.append(Issue("other.breach_daily_rate_permille", "NOT_A_NUMBER", translate(
                    "HandoverOtherPage", "「逾期违约金（‰/日）」请填写数字，如 0.5")))
        return out

    def load(self, contract: Contract) -> None:
        h, o = contract.handover, contract.other
        self.date.setValue(h.date)
        self.conditions.setText(h.conditions)
        self.transfer_days.setText("" if h.transfer_registration_days is None else str(h.transfer_registration_days))
        self.seller_taxes.setText(o.seller_taxes)
        self.buyer_taxes.setText(o.buyer_taxes)
        self.breach.setText("" if o.breach_daily_rate_permille is None else format(o.breach_daily_rate_permille, "f"))
        self.breach_terms.setText(o.breach_terms)
        self.dispute.setCurrentIndex(max(0, self.dispute.findData(o.dispute.value if o.dispute else "")))
        self.commission.setText(o.arbitration_commission)
        self.commission.setEnabled(o.dispute is DisputeResolution.ARBITRATION)
        self.supplementary.setPlainText(o.supplementary)

    def store(self, contract: Contract) -> None:
        h, o = contract.handover, contract.other
        h.date = self.date.value()
        h.conditions = self.conditions.text().strip()
        days = self.transfer_days.text().strip()
        h.transfer_registration_days = int(days) if days.isdigit() else None
        o.seller_taxes = self.seller_taxes.text().strip()
        o.buyer_taxes = self.buyer_taxes.text().strip()
        try:
            o.breach_daily_rate_permille = Decimal(self.breach.text().strip()) if self.breach.text().strip() else None
        except InvalidOperation:
            o.breach_daily_rate_permille = None
        o.breach_terms = self.breach_terms.text().strip()
        data = self.dispute.currentData()
        o.dispute = DisputeResolution(data) if data else None
        o.arbitration_commission = self.commission.text().strip()
        o.supplementary = self.supplementary.toPlainText().strip()
