"""Page 4 — 价款与付款: total price with 人民币大写 live, unit price from the area, payment method and amounts."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from zsdesk.domain.contract import Contract
from zsdesk.domain.enums import PaymentMethod
from zsdesk.domain.errors import Issue
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.gui.contract_wizard.base import WizardPage, money_text, read_money
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.widgets.date_field import contract_date_field
from zsdesk.gui.widgets.field_feedback import MessageSlot
from zsdesk.services import wizard_terms as wt
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.wizard_pages import PageId

_AMOUNTS = (("total_price", QT_TRANSLATE_NOOP("PricePage", "成交总价（元）")),
            ("deposit", QT_TRANSLATE_NOOP("PricePage", "定金（元）")),
            ("down_payment", QT_TRANSLATE_NOOP("PricePage", "首付款（元）")),
            ("loan_amount", QT_TRANSLATE_NOOP("PricePage", "贷款金额（元）")))


class PricePage(WizardPage):
    page_id = PageId.PRICE

    def __init__(self, wizard: ContractWizard, parent: QWidget | None = None) -> None:
        super().__init__(wizard, parent)
        form = self.form()
        self.edits: dict[str, QLineEdit] = {}
        for key, caption in _AMOUNTS[:1]:
            self.edits[key] = QLineEdit()
            form.addRow(translate("PricePage", caption), self.edits[key])
        self.edits["total_price"].setObjectName("totalPrice")
        self.upper = MessageSlot(1, role="")      # the amount in words, or why it cannot be read
        self.upper.setObjectName("priceUpper")
        form.addRow(translate("PricePage", "人民币（大写）"), self.upper)
        self.unit = QLabel()
        self.unit.setObjectName("unitPrice")
        form.addRow(translate("PricePage", "成交单价"), self.unit)
        self.method = QComboBox()
        self.method.addItem(translate("PricePage", "（请选择）"), "")
        for m in PaymentMethod:
            self.method.addItem(label(m.label), m.value)
        form.addRow(translate("PricePage", "付款方式"), self.method)
        for key, caption in _AMOUNTS[1:]:
            self.edits[key] = QLineEdit()
            form.addRow(translate("PricePage", caption), self.edits[key])
        self.dates = {k: contract_date_field(f"payment.{k}", wizard.today)
                      for k in ("deposit_date", "down_payment_date", "balance_date")}
        # an empty payment date's calendar opens at the payment before it
        self.dates["down_payment_date"].setAnchor(self.dates["deposit_date"])
        self.dates["balance_date"].setAnchor(self.dates["down_payment_date"])
        for key, day in self.dates.items():
            day.setObjectName(key)
        form.addRow(translate("PricePage", "定金支付日期"), self.dates["deposit_date"])
        form.addRow(translate("PricePage", "首付款支付日期"), self.dates["down_payment_date"])
        form.addRow(translate("PricePage", "余款支付日期"), self.dates["balance_date"])
        self.bank = QLineEdit()
        form.addRow(translate("PricePage", "贷款银行"), self.bank)
        self.fields = {f"payment.{k}": w for k, w in self.edits.items()}
        self.fields.update({"payment.method": self.method, "payment.loan_bank": self.bank})
        self.fields.update({f"payment.{k}": w for k, w in self.dates.items()})
        self.edits["total_price"].textChanged.connect(self._live)
        self.finish_layout()

    def entry_issues(self) -> list[Issue]:
        captions = dict(_AMOUNTS)
        out = super().entry_issues()
        for key, edit in self.edits.items():
            issue = read_money(edit, f"payment.{key}")[1]
            if issue is not None:      # the parser's message does not say which amount: the list does
                out.append(Issue(issue.field, issue.code, translate("PricePage", "「{field}」{message}").format(
                    field=translate("PricePage", captions[key]), message=label(issue.message))))
        return out

    def _live(self) -> None:
        total, issue = read_money(self.edits["total_price"], "payment.total_price")
        self.upper.set_message(wt.price_uppercase(total) if issue is None else issue.message,
                               "error" if issue is not None else "")
        c = self.wizard.contract
        self.unit.setText(label(wt.unit_price_text(total, c.property.floor_area if c is not None else None)))

    def load(self, contract: Contract) -> None:
        p = contract.payment
        for key, edit in self.edits.items():
            edit.setText(money_text(getattr(p, key)))
        self.method.setCurrentIndex(max(0, self.method.findData(p.method.value if p.method else "")))
        for key, day in self.dates.items():
            day.setValue(getattr(p, key))
        self.bank.setText(p.loan_bank)
        self._live()

    def store(self, contract: Contract) -> None:
        p = contract.payment
        for key, edit in self.edits.items():
            value, _issue = read_money(edit, f"payment.{key}")
            setattr(p, key, value)
        data = self.method.currentData()
        p.method = PaymentMethod(data) if data else None
        for key, day in self.dates.items():
            setattr(p, key, day.value())
        p.loan_bank = self.bank.text().strip()
