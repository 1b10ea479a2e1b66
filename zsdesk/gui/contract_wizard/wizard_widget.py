"""The wizard window body: the step list, the eight pages, Back/Next, the autosave timer. Network
and disk work runs through `run_operation`; the core decides what is saved and what is allowed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from zsdesk.domain.enums import PartyRole
from zsdesk.gui.contract_wizard.applicant_consent_page import ApplicantConsentPage
from zsdesk.gui.contract_wizard.base import WizardPage
from zsdesk.gui.contract_wizard.buyers_page import BuyersPage
from zsdesk.gui.contract_wizard.confirm_page import ConfirmPage
from zsdesk.gui.contract_wizard.escrow_page import EscrowPage
from zsdesk.gui.contract_wizard.handover_other_page import HandoverOtherPage
from zsdesk.gui.contract_wizard.price_page import PricePage
from zsdesk.gui.contract_wizard.property_sellers_page import PropertySellersPage
from zsdesk.gui.contract_wizard.verify_page import VerifyPage
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import run_operation
from zsdesk.gui.pages.common import set_role
from zsdesk.gui.widgets.field_feedback import MessageSlot
from zsdesk.services import filing_confirmation
from zsdesk.services.contract_wizard import ContractWizard, VerifyResult
from zsdesk.services.errors import ServiceError
from zsdesk.services.wizard_pages import PAGES, PageId

AUTOSAVE_MS = 3000


class ContractWizardWidget(QWidget):
    def __init__(self, wizard: ContractWizard, sync: Callable[[], None] | None = None,
                 on_new: Callable[[], None] | None = None,
                 on_preview: Callable[[str], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wizard = wizard
        self.sync = sync
        self.on_preview = on_preview
        self.filing_box: QMessageBox | None = None    # 提交备案's last check, while it is open
        row = QHBoxLayout(self)
        self.steps = QListWidget()
        self.steps.setObjectName("wizardSteps")
        self.steps.setMaximumWidth(200)
        # A step's name longer than the list (English) wraps instead of hiding behind a scroll bar.
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setResizeMode(QListWidget.ResizeMode.Adjust)
        for p in PAGES:
            self.steps.addItem(f"{p.number}. {label(p.label)}")
        self.steps.currentRowChanged.connect(lambda r: self.go_to(PAGES[r]) if 0 <= r < len(PAGES) else None)
        row.addWidget(self.steps)
        right = QVBoxLayout()
        row.addLayout(right, 1)
        self.stack = QStackedWidget()
        # pages scroll, the Back/Next bar stays in view: the tallest page must not push the window
        # past a 1366x768 screen
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("wizardPageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        right.addWidget(self.page_scroll, 1)
        self.pages: dict[PageId, WizardPage] = {
            PageId.VERIFY: VerifyPage(wizard, self.query),
            PageId.PROPERTY_SELLERS: PropertySellersPage(wizard),
            PageId.BUYERS: BuyersPage(wizard),
            PageId.PRICE: PricePage(wizard),
            PageId.ESCROW: EscrowPage(wizard),
            PageId.HANDOVER_OTHER: HandoverOtherPage(wizard),
            PageId.APPLICANT_CONSENT: ApplicantConsentPage(wizard, self.consent),
            PageId.CONFIRM: ConfirmPage(wizard, self.jump, self.confirm_submit, on_new or (lambda: None),
                                        self.preview if on_preview is not None else None),
        }
        for p in PAGES:
            self.stack.addWidget(self.pages[p])
        bar = QHBoxLayout()
        # Two lines reserved: a longer or shorter status (the draft clock, "saved offline") must not
        # resize the page area above it, which would scroll the page under the mouse.
        self.status = MessageSlot(2, role="hint")
        self.status.setObjectName("wizardStatus")
        bar.addWidget(self.status, 1)
        self.back_button = QPushButton(translate("ContractWizardWidget", "上一步"))
        self.back_button.setObjectName("wizardBack")
        self.back_button.clicked.connect(lambda: self.go_to(PAGES[max(0, PAGES.index(self.wizard.page) - 1)]))
        self.next_button = QPushButton(translate("ContractWizardWidget", "下一步"))
        self.next_button.setObjectName("wizardNext")
        self.next_button.clicked.connect(
            lambda: self.go_to(PAGES[min(len(PAGES) - 1, PAGES.index(self.wizard.page) + 1)]))
        bar.addWidget(self.back_button)
        bar.addWidget(self.next_button)
        right.addLayout(bar)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        self._show(wizard.page)

    # -- navigation ----------------------------------------------------------------------------
    def current(self) -> WizardPage:
        return self.pages[self.wizard.page]

    def _store(self) -> None:
        if self.wizard.contract is not None and self.wizard.page is not PageId.VERIFY:
            self.current().store(self.wizard.contract)

    def go_to(self, page: PageId, field: str = "") -> bool:
        if page is self.wizard.page and self.stack.currentWidget() is self.pages[page]:
            return True
        current = self.current()
        unread = current.date_entry_issues() if self.stack.currentWidget() is current else []
        if unread:
            # Leaving would store the date empty and the page, shown again, would no longer have the
            # text: the person corrects it (or clears the field) first.
            current.show_state()
            current.focus_field(unread[0].field)
            self._message(translate("ContractWizardWidget", "{problem}；改正（或清空）后才能离开本页。").format(
                problem=label(unread[0].message)), error=True)
            return False
        self._store()
        nav = self.wizard.go_to(page)
        self._show(self.wizard.page)
        if not nav.ok:
            self._message(label(nav.reason), error=True)
        if nav.ok and field:
            self.pages[page].focus_field(field)
            target = self.pages[page].fields.get(field)
            if target is not None:
                self.page_scroll.ensureWidgetVisible(target)
        return nav.ok

    def jump(self, page: PageId, field: str) -> None:
        self.go_to(page, field)

    def _show(self, page: PageId) -> None:
        widget = self.pages[page]
        widget.entered()
        if self.wizard.contract is not None and page is not PageId.VERIFY:
            widget.load(self.wizard.contract)
        widget.show_state()
        self.stack.setCurrentWidget(widget)
        # Each page opens at its top (the scroll position of the page left behind means nothing here).
        self.page_scroll.verticalScrollBar().setValue(0)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(PAGES.index(page))
        self.steps.blockSignals(False)
        self.back_button.setEnabled(page is not PAGES[0])
        self.next_button.setEnabled(page is not PAGES[-1])
        clock = self.wizard.draft_clock()
        self._message(label(clock.text), error=clock.warning or clock.expired, clock=True)

    def _message(self, text: str, *, error: bool = False, clock: bool = False) -> None:
        self.status.setText(text)
        # the contracts page refreshes the line after a background round only while it shows the clock
        self.status.setProperty("showsClock", clock)
        set_role(self.status, "error" if error else "hint")

    def autosave(self) -> None:
        self._store()
        self.wizard.autosave()

    # -- actions -------------------------------------------------------------------------------
    def preview(self) -> None:
        """Print preview of the contract as it stands: saved locally first, rendered from the cache."""
        self._store()
        self.wizard.save_local()
        if self.on_preview is not None and self.wizard.local_id is not None:
            self.on_preview(self.wizard.local_id)

    def query(self) -> None:
        page = self.pages[PageId.VERIFY]
        assert isinstance(page, VerifyPage)
        form = page.read_form()
        page.query.setEnabled(False)
        self._message(translate("ContractWizardWidget", "正在查询房源…"))
        run_operation(self, lambda _p: self.wizard.verify_property(form), on_success=self._verified,
                      on_failure=self._failed, name="verify property")

    def _verified(self, result: VerifyResult) -> None:
        page = self.pages[PageId.VERIFY]
        assert isinstance(page, VerifyPage)
        if not result.ok:
            assert result.failure is not None
            page.show_failure(result.failure)
            page.show_state()
            self._message(translate("ContractWizardWidget", "房源验证未通过"), error=True)
            return
        page.show_success()
        self._message(translate("ContractWizardWidget", "房源验证成功，合同草稿已保存"))
        self._sync()

    def _failed(self, exc: BaseException) -> None:
        from zsdesk.services.errors import user_facing

        shown = user_facing(exc)
        self._message(label(shown.message) if shown is not None else translate("ContractWizardWidget", "操作失败"),
                      error=True)
        self.pages[PageId.VERIFY].show_state()

    def consent(self, role: PartyRole, index: int) -> None:
        self._store()
        name = self.wizard.parties_for_consent()
        who = next((n for r, i, n, _g in name if r is role and i == index), "")
        answer = QMessageBox.question(
            self, translate("ContractWizardWidget", "记录同意"),
            translate("ContractWizardWidget", "「{name}」已当面确认同意按本合同内容办理网签备案？").format(name=who))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.wizard.record_consent(role, index)
        except ServiceError as exc:
            self._message(label(exc.message), error=True)
            return
        page = self.pages[PageId.APPLICANT_CONSENT]
        assert isinstance(page, ApplicantConsentPage)
        page.refresh_consents()
        self._sync()

    def confirm_submit(self) -> None:
        """提交备案 asks once more, listing what can never be changed after filing (the guide, 五（六））."""
        self._store()
        contract = self.wizard.contract
        if contract is None:
            return
        row = translate("ContractWizardWidget", "{label}：{value}")
        lines = "\n".join(row.format(label=label(f.label), value=f.value)
                          for f in filing_confirmation.never_changed_fields(contract))
        box = QMessageBox(QMessageBox.Icon.Warning, translate("ContractWizardWidget", "提交备案前请再核对一次"),
                          label(filing_confirmation.NEVER_CHANGED_WARNING) + "\n"
                          + label(filing_confirmation.CONSENT_WARNING), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmFiling")
        box.setInformativeText(lines)
        confirm = box.addButton(translate("ContractWizardWidget", "以上信息无误，提交备案"),
                                QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("confirmFilingButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        confirm.clicked.connect(self.submit)
        box.finished.connect(lambda _r: setattr(self, "filing_box", None))
        self.filing_box = box
        box.open()

    def submit(self) -> None:
        self._store()
        try:
            self.wizard.submit()
        except ServiceError as exc:
            self._message(label(exc.message), error=True)
            return
        page = self.pages[PageId.CONFIRM]
        assert isinstance(page, ConfirmPage)
        page.show_result(self.wizard.submit_state())
        self._sync(after=self._after_submit)

    def _after_submit(self) -> None:
        self.wizard.refresh()
        page = self.pages[PageId.CONFIRM]
        assert isinstance(page, ConfirmPage)
        state = self.wizard.submit_state()
        page.show_result(state)
        if state.signed:
            self._message(translate("ContractWizardWidget", "合同已签约，备案号 {filing_no}").format(
                filing_no=state.filing_no))

    def _sync(self, after: Callable[[], None] | None = None) -> None:
        if self.sync is None:
            return
        sync = self.sync
        offline = translate("ContractWizardWidget", "暂时无法与登记中心同步，已保存在本机，恢复连接后自动提交。")
        run_operation(self, lambda _p: sync(), on_success=lambda _r: after() if after else None,
                      on_failure=lambda exc: self._message(offline, error=True), name="sync contracts")

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._store()
        self.wizard.close()
        super().closeEvent(event)
