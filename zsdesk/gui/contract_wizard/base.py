"""What every wizard page shares: loading from / storing into the contract, required and invalid cues."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from zsdesk.domain.contract import Contract
from zsdesk.domain.errors import Issue, RuleError
from zsdesk.domain.money import format_money, parse_money
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.pages.common import page_title, required_legend, set_role
from zsdesk.gui.widgets.field_state import mark_required, set_invalid
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.wizard_pages import PageId

NO_DATE = QDate(2000, 1, 1)


class WizardPage(QWidget):
    page_id: PageId = PageId.CONFIRM

    def __init__(self, wizard: ContractWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wizard = wizard
        self.fields: dict[str, QWidget] = {}       # field path → widget (cues, jump-to focus)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(page_title(f"{self.page_id.number}. {label(self.page_id.label)}"))
        self.outer.addWidget(required_legend())
        self.issues_label = QLabel()
        self.issues_label.setWordWrap(True)
        set_role(self.issues_label, "error")

    def finish_layout(self) -> None:
        self.outer.addWidget(self.issues_label)
        self.outer.addStretch(1)

    def form(self) -> QFormLayout:
        box = QWidget()
        form = QFormLayout(box)
        self.outer.addWidget(box)
        return form

    # overridden per page
    def load(self, contract: Contract) -> None: ...

    def store(self, contract: Contract) -> None: ...

    def show_state(self) -> None:
        """Cues from the core: blue = required now, red = a finding on this page."""
        required = self.wizard.required_fields(self.page_id)
        issues = self.wizard.page_issues(self.page_id) if self.wizard.contract is not None else []
        bad = {i.field for i in issues if i.is_error}
        for path, widget in self.fields.items():
            mark_required(widget, path in required)
            set_invalid(widget, path in bad)
        self.issues_label.setText("\n".join(f"• {label(i.message)}" for i in issues))
        self.issues_label.setVisible(bool(issues))

    def focus_field(self, field: str) -> None:
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()


def money_text(value: Decimal | None) -> str:
    return "" if value is None else format_money(value)


def read_money(edit: QLineEdit, field: str) -> tuple[Decimal | None, Issue | None]:
    text = edit.text().strip()
    if not text:
        return None, None
    try:
        return parse_money(text, field), None
    except RuleError as exc:
        return None, exc.first


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(translate("WizardPage", "（未填写）"))
    edit.setDate(NO_DATE)
    return edit


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))


def get_date(edit: QDateEdit) -> date | None:
    d = edit.date()
    return None if d == NO_DATE else date(d.year(), d.month(), d.day())
