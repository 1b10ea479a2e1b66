"""The Qt wizard walked page by page against the real sandbox registry: verify, fill every page,
consent, submit, 已签约 with the filing number. Each page is grabbed to a PNG (for review)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton, QWidget
from services.wizard_world import BUYER_IDS, Desk, form_for, free_property

from gui.helpers import type_text
from zsdesk.domain.enums import PartyRole
from zsdesk.gui.contract_wizard.wizard_widget import ContractWizardWidget
from zsdesk.services.wizard_pages import PAGES, PageId


def _grab(widget: QWidget, name: str) -> None:
    out = os.environ.get("ZSDESK_WIZARD_SHOTS")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(out) / f"{name}.png"))


# offscreen has no browser: QDesktopServices.openUrl says so and returns False, as on a PC without one
@pytest.mark.qt_log_ignore("This plugin does not support QPlatformServices::openUrl", extend=True)
def test_walk_every_page_and_submit(qtbot, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    wiz = desk.wizard()
    view = ContractWizardWidget(wiz, sync=desk.sync)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    verify = view.pages[PageId.VERIFY]
    # Next is refused until the property is verified
    view.next_button.click()
    assert wiz.page is PageId.VERIFY and "房源验证" in view.status.text()
    prop = free_property()
    form = form_for(prop)
    view.pages[PageId.VERIFY].method.setCurrentIndex(1)  # type: ignore[attr-defined]
    type_text(verify.cert, form.title_cert_no)  # type: ignore[attr-defined]
    type_text(verify.owner, form.owner_name)  # type: ignore[attr-defined]
    verify.owner_id.setText(form.owner_id_number)  # type: ignore[attr-defined]
    assert verify.query.isEnabled()  # type: ignore[attr-defined]
    _grab(view, "1_verify")
    verify.query.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: wiz.local_id is not None and "成功" in verify.result.text(), timeout=20000)  # type: ignore[attr-defined]

    view.next_button.click()
    assert wiz.page is PageId.PROPERTY_SELLERS
    sellers = view.pages[PageId.PROPERTY_SELLERS]
    for address, postal, phone in sellers.rows:  # type: ignore[attr-defined]
        type_text(address, "广东省中山市石岐街道孙文中路1号")
        postal.setText("528400")
        phone.setText("13912345678")
    _grab(view, "2_property_sellers")

    view.next_button.click()
    buyers = view.pages[PageId.BUYERS]
    table = buyers.table  # type: ignore[attr-defined]
    for col, text in ((0, "王晓东"), (3, BUYER_IDS[0]), (4, "广东省中山市东区博爱六路22号"), (6, "13812345678")):
        table.item(0, col).setText(text)
    _grab(view, "3_buyers")

    view.next_button.click()
    price = view.pages[PageId.PRICE]
    price.edits["total_price"].setText("1234500.60")  # type: ignore[attr-defined]
    assert price.upper.text() == "壹佰贰拾叁万肆仟伍佰元陆角整"  # type: ignore[attr-defined]
    assert "元/平方米" in price.unit.text()  # type: ignore[attr-defined]
    price.method.setCurrentIndex(1)  # type: ignore[attr-defined]
    _grab(view, "4_price")

    view.next_button.click()
    escrow = view.pages[PageId.ESCROW]
    escrow.enabled.setCurrentIndex(1)  # type: ignore[attr-defined]
    escrow.bank.setCurrentIndex(1)  # type: ignore[attr-defined]  # 建设银行
    escrow.amount.setText("1000000")  # type: ignore[attr-defined]
    assert not escrow.open_ccb.isHidden() and "龙存管" in escrow.route.text()  # type: ignore[attr-defined]
    # offscreen has no browser (as a PC without a default one): the click says so, with the address to copy
    escrow.open_ccb.click()  # type: ignore[attr-defined]
    failed = escrow.open_failed  # type: ignore[attr-defined]
    assert failed is not None and failed.isVisible()
    assert "未能打开浏览器" in failed.text() and "https://www.ccb.com/" in failed.text()
    failed.accept()
    _grab(view, "5_escrow")

    view.next_button.click()
    other = view.pages[PageId.HANDOVER_OTHER]
    # typed, in the way it is written on paper, into the empty field
    assert other.date.text() == "" and other.date.placeholderText() == "未填写"  # type: ignore[attr-defined]
    type_text(other.date, "2027年3月31日")  # type: ignore[attr-defined]
    qtbot.keyClick(other.date, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert other.date.value() == date(2027, 3, 31)  # type: ignore[attr-defined]
    other.conditions.setText("现状交付")  # type: ignore[attr-defined]
    dispute: QComboBox = other.dispute  # type: ignore[attr-defined]
    dispute.setCurrentIndex(2)   # 诉讼
    _grab(view, "6_handover_other")

    view.next_button.click()
    assert wiz.page is PageId.APPLICANT_CONSENT
    page7 = view.pages[PageId.APPLICANT_CONSENT]
    type_text(page7.name, "王晓东")  # type: ignore[attr-defined]
    page7.phone.setText("13812345678")  # type: ignore[attr-defined]
    page7.id_number.setText(BUYER_IDS[0])  # type: ignore[attr-defined]
    page7.rating.setCurrentIndex(1)  # type: ignore[attr-defined]
    page7.notices.setChecked(True)  # type: ignore[attr-defined]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for role, index, _n, _g in wiz.parties_for_consent():
        view.consent(role, index)
    assert all(g is not None for *_, g in wiz.parties_for_consent())
    assert "已同意" in page7.consents.item(0, 2).text()  # type: ignore[attr-defined]
    _grab(view, "7_applicant_consent")

    view.next_button.click()
    assert wiz.page is PageId.CONFIRM
    confirm = view.pages[PageId.CONFIRM]
    assert confirm.submit.isEnabled(), [confirm.list.item(i).text() for i in range(confirm.list.count())]  # type: ignore[attr-defined]
    _grab(view, "8_confirm")
    confirm.submit.click()  # type: ignore[attr-defined]
    assert view.filing_box is not None
    view.filing_box.button(QMessageBox.StandardButton.Cancel).click()     # 取消: nothing is filed
    qtbot.waitUntil(lambda: view.filing_box is None)
    assert wiz.submit_state().filing_no == "" and not confirm.result.text()  # type: ignore[attr-defined]
    confirm.submit.click()  # type: ignore[attr-defined]
    box = view.filing_box       # the last check: what can never change after filing, with the guide's words
    assert box is not None and box.isVisible() and wiz.submit_state().filing_no == ""
    listed = box.informativeText()
    for party in [*wiz.contract.sellers, *wiz.contract.buyers]:  # type: ignore[union-attr]
        assert party.name in listed and party.id_number in listed
    assert wiz.contract.property.unit_no in listed and wiz.contract.property.address in listed  # type: ignore[union-attr]
    assert "不可修改" in box.text() and "违规" in box.text()
    _grab(box, "8b_filing_check")
    box.findChild(QPushButton, "confirmFilingButton").click()
    qtbot.waitUntil(lambda: "已签约" in confirm.result.text(), timeout=20000)  # type: ignore[attr-defined]
    assert "草稿" not in confirm.preview.text()  # type: ignore[attr-defined]
    assert wiz.submit_state().filing_no in confirm.result.text()  # type: ignore[attr-defined]
    assert confirm.new.isVisible()  # type: ignore[attr-defined]
    _grab(view, "9_result")
    assert wiz.contract is not None and wiz.contract.escrow.enabled
    assert [c.role for c in wiz.contract.consents].count(PartyRole.BUYER) == 1
    assert len(PAGES) == 8


def test_summary_click_jumps_to_the_page(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    wiz = desk.wizard()
    assert wiz.verify_property(form_for(free_property())).ok
    view = ContractWizardWidget(wiz)
    qtbot.addWidget(view)
    view.go_to(PageId.CONFIRM)
    confirm = view.pages[PageId.CONFIRM]
    lst = confirm.list  # type: ignore[attr-defined]
    assert lst.count() > 0 and not confirm.submit.isEnabled()  # type: ignore[attr-defined]
    target = next(i for i in range(lst.count()) if "价款与付款" in lst.item(i).text())
    confirm._jump(lst.item(target))  # type: ignore[attr-defined]
    assert wiz.page is PageId.PRICE and view.stack.currentWidget() is view.pages[PageId.PRICE]


def test_draft_preview_saves_first_and_previews_the_local_copy(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    from zsdesk.store.contracts import load_contract

    wiz = desk.wizard()
    assert wiz.verify_property(form_for(free_property())).ok
    asked: list[str] = []
    view = ContractWizardWidget(wiz, on_preview=asked.append)
    qtbot.addWidget(view)
    view.go_to(PageId.CONFIRM)
    confirm = view.pages[PageId.CONFIRM]
    assert confirm.preview.isVisibleTo(view)  # type: ignore[attr-defined]
    assert wiz.contract is not None
    wiz.contract.handover.conditions = "预览前刚改的交付条件"
    confirm.preview.click()  # type: ignore[attr-defined]
    assert asked == [wiz.local_id]
    with wiz.sessions() as s:
        assert load_contract(s, asked[0]).handover.conditions == "预览前刚改的交付条件"


def test_no_preview_button_without_a_preview_hook(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    wiz = desk.wizard()
    view = ContractWizardWidget(wiz)
    qtbot.addWidget(view)
    assert not view.pages[PageId.CONFIRM].preview.isVisibleTo(view)  # type: ignore[attr-defined]
