"""Issue 13 §3/§4 on the contract wizard, through the real widgets against the real sandbox registry:
findings and required cues follow the typing on every page (not only when the page is entered
again), an unreadable share says why, nothing an input moves when a message appears, and every
page opens at its top."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from services.wizard_world import BUYER_IDS, Desk, form_for, free_property

from gui.helpers import type_text
from zsdesk.gui.contract_wizard.wizard_widget import ContractWizardWidget
from zsdesk.registry.exceptions import RegistryOffline
from zsdesk.services.wizard_pages import PAGES, PageId


def _settle() -> None:
    for _ in range(3):        # posted layout requests, then the resizes they cause
        QApplication.processEvents()


def _view(qtbot, desk: Desk) -> ContractWizardWidget:  # type: ignore[no-untyped-def]
    wiz = desk.wizard()
    assert wiz.verify_property(form_for(free_property())).ok
    view = ContractWizardWidget(wiz)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    _settle()
    return view


def _go(view: ContractWizardWidget, page: PageId) -> QWidget:
    assert view.go_to(page)
    _settle()
    return view.pages[page]


def _invalid(w: QWidget) -> bool:
    return bool(w.property("invalid"))


def _fields_with_issues(page: QWidget) -> set[str]:
    return {i.field for i in page.feedback.last.issues}  # type: ignore[attr-defined]


def _inputs(root: QWidget) -> list[QWidget]:
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        parent = w.parentWidget()
        inside = False
        while parent is not None and parent is not root:
            inside = inside or isinstance(parent, QAbstractSpinBox | QComboBox)
            parent = parent.parentWidget()
        if inside:
            continue
        if isinstance(w, QLineEdit | QPlainTextEdit | QComboBox | QAbstractSpinBox | QTableWidget) or (
                isinstance(w, QAbstractButton) and w.isCheckable()):
            out.append(w)
    return out


def geometry(window: QWidget, root: QWidget) -> dict[str, QRect]:
    """Every input under `root` where the user sees it (mapped to the window)."""
    return {f"{type(w).__name__}#{w.objectName()}@{i}": QRect(w.mapTo(window, QPoint(0, 0)), w.size())
            for i, w in enumerate(_inputs(root))}


def assert_still(before: dict[str, QRect], after: dict[str, QRect], what: str) -> None:
    moved = {k: (before[k], after.get(k)) for k in before if after.get(k) != before[k]}
    assert not moved, f"{what} moved: {moved}"


# -- §3: findings follow the typing ------------------------------------------------------------------

def test_price_page_messages_and_frames_follow_the_typing(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, desk)
    page = _go(view, PageId.PRICE)
    total = page.edits["total_price"]  # type: ignore[attr-defined]
    assert "payment.total_price" in _fields_with_issues(page) and "payment.method" in _fields_with_issues(page)
    qtbot.keyClicks(total, "12a")
    assert _invalid(total) and "成交总价" in page.issues_label.text()  # type: ignore[attr-defined]
    total.clear()
    qtbot.keyClicks(total, "1280000")
    # no page change: the red frame and the message went as the amount became readable
    assert not _invalid(total) and "payment.total_price" not in _fields_with_issues(page)
    assert page.upper.text() == "壹佰贰拾捌万元整"  # type: ignore[attr-defined]
    qtbot.keyClick(page.method, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert page.method.currentIndex() == 1 and "payment.method" not in _fields_with_issues(page)  # type: ignore[attr-defined]
    assert view.wizard.contract is not None and view.wizard.contract.payment.total_price == 1280000


def test_escrow_yes_marks_its_fields_at_once(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, desk)
    page = _go(view, PageId.ESCROW)
    bank, amount = page.bank, page.amount  # type: ignore[attr-defined]
    assert not bank.property("required") and not amount.property("required")
    qtbot.keyClick(page.enabled, Qt.Key.Key_Down)  # type: ignore[attr-defined]  # 否 → 是
    assert page.enabled.currentIndex() == 1  # type: ignore[attr-defined]
    assert bank.property("required") and amount.property("required")
    assert {"escrow.bank", "escrow.amount"} <= _fields_with_issues(page)
    qtbot.keyClick(bank, Qt.Key.Key_Down)
    qtbot.keyClicks(amount, "1000000")
    assert {"escrow.bank", "escrow.amount"}.isdisjoint(_fields_with_issues(page))
    qtbot.keyClick(page.enabled, Qt.Key.Key_Up)  # type: ignore[attr-defined]  # back to 否
    assert not bank.property("required") and not amount.property("required")


def test_handover_and_applicant_messages_go_as_fields_are_filled(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, desk)
    other = _go(view, PageId.HANDOVER_OTHER)
    assert "other.dispute" in _fields_with_issues(other)
    qtbot.keyClick(other.dispute, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert "other.dispute" not in _fields_with_issues(other) and not _invalid(other.dispute)  # type: ignore[attr-defined]
    type_text(other.transfer_days, "三十")  # type: ignore[attr-defined]
    assert _invalid(other.transfer_days) and "整数天数" in other.issues_label.text()  # type: ignore[attr-defined]
    other.transfer_days.clear()  # type: ignore[attr-defined]
    assert not _invalid(other.transfer_days) and "整数天数" not in other.issues_label.text()  # type: ignore[attr-defined]

    page = _go(view, PageId.APPLICANT_CONSENT)
    before = page.issues_label.text()  # type: ignore[attr-defined]
    assert {"applicant.name", "applicant.phone", "notices_read"} <= _fields_with_issues(page)
    type_text(page.name, "王晓东")  # type: ignore[attr-defined]
    qtbot.keyClicks(page.phone, "13812345678")  # type: ignore[attr-defined]
    qtbot.keyClicks(page.id_number, BUYER_IDS[0])  # type: ignore[attr-defined]
    page.notices.click()  # type: ignore[attr-defined]
    left = _fields_with_issues(page)
    assert {"applicant.name", "applicant.phone", "applicant.id_number", "notices_read"}.isdisjoint(left)
    assert page.issues_label.text() != before  # type: ignore[attr-defined]
    assert not any(_invalid(w) for w in (page.name, page.phone, page.id_number, page.notices))  # type: ignore[attr-defined]


def test_unreadable_share_shows_the_share_parsers_message(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, desk)
    page = _go(view, PageId.BUYERS)
    page.ownership.setCurrentIndex(page.ownership.findData("by_shares"))  # type: ignore[attr-defined]
    page.table.item(0, 7).setText("一半")  # type: ignore[attr-defined]
    assert "乙方1的份额（%）应为 0–100 之间的数字" in page.issues_label.text()  # type: ignore[attr-defined]
    page.table.item(0, 7).setText("100")  # type: ignore[attr-defined]
    assert "应为 0–100" not in page.issues_label.text()  # type: ignore[attr-defined]
    assert view.wizard.contract is not None and view.wizard.contract.buyers[0].share == 100


# -- §4: a layout that stays still ------------------------------------------------------------------

def _poke(page: QWidget, window: QWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Type into every line edit and move every choice, checking after each that no input moved."""
    base = geometry(window, page)
    for w in _inputs(page):
        if not w.isEnabled():
            continue
        if isinstance(w, QLineEdit) and not w.isReadOnly():
            old = w.text()
            qtbot.keyClicks(w, "x9")
            _settle()
            assert_still(base, geometry(window, page), f"typing into {w.objectName() or type(w).__name__}")
            w.setText(old)
        elif isinstance(w, QComboBox) and w.count() > 1:
            old_index = w.currentIndex()
            for index in range(w.count()):
                w.setCurrentIndex(index)
                _settle()
                after = geometry(window, page)
                # a choice may enable a field; it may not move one
                assert_still(base, after, f"choosing {w.itemText(index)!r}")
            w.setCurrentIndex(old_index)
        elif isinstance(w, QAbstractButton):
            w.click()
            _settle()
            assert_still(base, geometry(window, page), f"ticking {w.text()!r}")
            w.click()
        _settle()


@pytest.mark.parametrize("page_id", [p for p in PAGES if p not in (PageId.VERIFY, PageId.CONFIRM)])
def test_no_input_moves_when_messages_appear(qtbot, desk: Desk, page_id: PageId) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, desk)
    page = _go(view, page_id)
    seen: set[tuple[str, str]] = set()
    original = page.feedback.evaluate  # type: ignore[attr-defined]

    def recording():  # type: ignore[no-untyped-def]
        found = original()
        seen.update(i.field for i in found.issues)
        return found

    page.feedback.evaluate = recording  # type: ignore[attr-defined]
    shown_before = {(i.field, str(i.message)) for i in page.feedback.last.issues}  # type: ignore[attr-defined]
    _poke(page, view, qtbot)
    # the pokes did bring messages the page did not show before (else the test proved nothing)
    assert seen - shown_before, page_id


def test_offline_practice_notice_does_not_push_the_verify_form(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    wiz = desk.wizard()

    def offline() -> list:  # type: ignore[type-arg]
        raise RegistryOffline("无法连接登记中心，请检查网络")

    wiz.demo_source = offline
    view = ContractWizardWidget(wiz)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    page = view.pages[PageId.VERIFY]
    _settle()
    before = geometry(view, page)
    type_text(page.owner, "张三")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(page.practice_detail.text()), timeout=10000)  # type: ignore[attr-defined]
    _settle()
    assert_still(before, geometry(view, page), "the offline notice")
    qtbot.keyClicks(page.owner_id, "440102750101123")  # type: ignore[attr-defined]  # 15 digits: a notice appears
    _settle()
    assert "一代身份证" in page.issues_label.text()  # type: ignore[attr-defined]
    assert_still(before, geometry(view, page), "the first-generation ID notice")
    assert page.owner.text() == "张三" and page.owner_id.text() == "440102750101123"  # type: ignore[attr-defined]


def test_every_page_opens_scrolled_to_the_top(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, desk)
    view.resize(1366, 500)       # short enough that pages scroll
    _settle()
    bar = view.page_scroll.verticalScrollBar()
    for page in PAGES[1:]:
        _go(view, page)
        assert bar.value() == 0, page
        bar.setValue(bar.maximum())
        _settle()
    assert bar.maximum() > 0     # the pages did scroll, so "0" was a reset
