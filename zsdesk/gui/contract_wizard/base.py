"""What every wizard page shares: loading from / storing into the contract, required and invalid cues."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from zsdesk.domain.contract import Contract
from zsdesk.domain.errors import Issue, RuleError
from zsdesk.domain.money import format_money, parse_money
from zsdesk.gui.i18n import label
from zsdesk.gui.pages.common import page_title, required_legend
from zsdesk.gui.widgets.date_field import DateField
from zsdesk.gui.widgets.field_feedback import FieldFeedback, Findings, GrowingSlot
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.wizard_pages import PageId


class WizardPage(QWidget):
    """A page's findings follow the typing (widgets/field_feedback): every edit writes the page
    into the contract and asks the core again, so cues and messages are those of what is on screen.
    The findings list sits after every input of the page and never shrinks while the page is open,
    so it moves no field and never scrolls one away."""

    page_id: PageId = PageId.CONFIRM

    def __init__(self, wizard: ContractWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wizard = wizard
        self.fields: dict[str, QWidget] = {}       # field path → widget (cues, jump-to focus)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(page_title(f"{self.page_id.number}. {label(self.page_id.label)}"))
        self.outer.addWidget(required_legend())
        self.issues_label = GrowingSlot()
        self.issues_label.setObjectName("pageIssues")
        self.feedback = FieldFeedback(self, self.findings, fields=lambda: self.fields, summary=self.issues_label,
                                      on_edit=self._edited)

    def __init_subclass__(cls, **kwargs: object) -> None:
        # Every load (the wizard entering the page, a page reloading itself after adding or removing a
        # row) fills widgets from the contract: those fills are not edits — storing half-filled rows
        # back would lose the rest — and the widgets it creates are watched from then on.
        super().__init_subclass__(**kwargs)
        if "load" in cls.__dict__:
            load = cls.__dict__["load"]

            def watched_load(self: WizardPage, contract: Contract) -> None:
                with self.feedback.paused():
                    load(self, contract)
                self.feedback.watch_children()
                self.feedback.refresh()

            watched_load.__doc__ = load.__doc__
            cls.load = watched_load  # type: ignore[method-assign]

    def finish_layout(self) -> None:
        self.outer.addWidget(self.issues_label)
        self.outer.addStretch(1)
        self.feedback.watch_children()

    def form(self) -> QFormLayout:
        box = QWidget()
        form = QFormLayout(box)
        self.outer.addWidget(box)
        return form

    # overridden per page
    def load(self, contract: Contract) -> None: ...

    def store(self, contract: Contract) -> None: ...

    def entry_issues(self) -> list[Issue]:
        """What the page cannot even read (a share or an amount that is not a number, a date that is
        no date): the core only sees the field as empty, so the page says what is wrong with what
        was typed. Pages that read more than dates add theirs to these."""
        return self.date_entry_issues()

    def date_entry_issues(self) -> list[Issue]:
        """Text in a date field that is no date: it stays in the field, and the page is not left
        while it is there (the contract would get the field empty, and the page, shown again, would
        no longer have the text)."""
        return [i for w in self.fields.values() if isinstance(w, DateField) and (i := w.parse_issue()) is not None]

    def _edited(self) -> None:
        if self.wizard.contract is not None and self.wizard.page is self.page_id:
            self.store(self.wizard.contract)

    def findings(self) -> Findings:
        """Cues from the core: blue = required now, red = a finding on this page."""
        if self.wizard.contract is None:
            return Findings(required=frozenset())
        typed = self.entry_issues()
        unread = {i.field for i in typed}
        issues = typed + [i for i in self.wizard.page_issues(self.page_id) if i.field not in unread]
        return Findings(issues=issues, required=self.wizard.required_fields(self.page_id))

    def show_state(self) -> None:
        self.feedback.refresh()

    def entered(self) -> None:
        """The wizard shows this page: findings may take less room than on the last visit."""
        self.issues_label.reset()

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
