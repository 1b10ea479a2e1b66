"""存量房买卖合同 in the navigation after a contract was filed opens the next, new contract — whether
the agent clicks it on the result page itself or comes back from 我的合同 — while a draft still
being entered stays open. The real main window, the real sandbox registry, an encrypted cache."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from services.wizard_world import consent_all, fill_terms, form_for, free_property

from gui.helpers import off_gui_thread
from zsdesk.domain.enums import ContractStatus
from zsdesk.gui import background_sync
from zsdesk.gui.main_window import MainWindow
from zsdesk.gui.pages.contracts_page import ContractsPage
from zsdesk.services.app_context import AppContext
from zsdesk.services.wizard_pages import PageId


@pytest.fixture
def ctx(signed_in_staff_ctx: AppContext) -> AppContext:
    return signed_in_staff_ctx


def _click_nav(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    nav: QListWidget = window.ui.navList
    item = next(nav.item(i) for i in range(nav.count()) if nav.item(i).text() == text)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())


def test_nav_after_filing_opens_a_new_contract(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("new_contract")
    assert isinstance(page, ContractsPage)
    page.new_contract()
    view = page.wizard_view
    assert view is not None
    wizard = view.wizard  # type: ignore[attr-defined]
    assert off_gui_thread(qtbot, lambda: wizard.verify_property(form_for(free_property()))).ok

    # a draft being entered stays open when the agent clicks the entry or comes back to it
    _click_nav(qtbot, window, "存量房买卖合同")
    _click_nav(qtbot, window, "我的合同")
    _click_nav(qtbot, window, "存量房买卖合同")
    assert page.wizard_view is view and page.stack.currentWidget() is page._wizard_holder

    def file() -> None:
        fill_terms(wizard)
        consent_all(wizard)
        wizard.submit()

    off_gui_thread(qtbot, file)
    background_sync.wake(ctx)
    qtbot.waitUntil(lambda: wizard.submit_state().status is ContractStatus.SIGNED, timeout=30000)
    filed = wizard.local_id

    # on the result page: a click on 存量房买卖合同 starts the next contract
    _click_nav(qtbot, window, "存量房买卖合同")
    fresh = page.wizard_view
    assert fresh is not None and fresh is not view
    assert fresh.wizard.local_id is None and fresh.wizard.page is PageId.VERIFY  # type: ignore[attr-defined]
    assert page.stack.currentWidget() is page._wizard_holder

    # the same coming back from 我的合同 to a finished wizard
    second = fresh.wizard  # type: ignore[attr-defined]
    assert off_gui_thread(qtbot, lambda: second.verify_property(form_for(free_property()))).ok

    def file_second() -> None:
        fill_terms(second)
        consent_all(second)
        second.submit()

    off_gui_thread(qtbot, file_second)
    assert second.finished()                    # queued for filing: done here
    _click_nav(qtbot, window, "我的合同")
    _click_nav(qtbot, window, "存量房买卖合同")
    assert page.wizard_view is not fresh and page.wizard_view.wizard.local_id is None  # type: ignore[union-attr]
    assert filed is not None and window.current_key() == "new_contract"
    window.close()
