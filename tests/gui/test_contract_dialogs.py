"""Contract detail, 合同变更 and 注销申请 dialogs over contracts in a real cache (the printing tests'
contracts: two sellers, three buyers 按份共有 of whom one is a minor with a guardian)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton
from services.printing_world import ALL_IDS, BUYER_IDS, close, new_context, store_contracts

from zsdesk.domain.enums import ContractStatus
from zsdesk.gui.cancellation_dialog import CancellationDialog
from zsdesk.gui.contract_change_dialog import ContractChangeDialog
from zsdesk.gui.contract_detail import ContractDetailDialog
from zsdesk.gui.pages.contracts_page import ContractsPage
from zsdesk.services.app_context import AppContext, cache_of
from zsdesk.services.contract_change import LOCKED_EXPLANATION
from zsdesk.sync import contracts as sc
from zsdesk.sync import outbox


@pytest.fixture(autouse=True)
def _collect_after(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Closed dialogs are deleted here, not in a later test (whose None-refcount probe they would upset)."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()


@pytest.fixture
def world() -> Iterator[tuple[AppContext, list[str]]]:
    ctx = new_context()
    ids = store_contracts(ctx, 3)          # signed, draft, cancelled — created by the signed-in agent
    yield ctx, ids
    close(ctx)


def queued_kinds(ctx: AppContext, local_id: str) -> list[str]:
    with cache_of(ctx).sessions() as s:
        return [c.kind for c in outbox.open_commands(s, sc.ENTITY, local_id)]


def test_detail_shows_every_section_masked_and_the_creator_actions(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = world
    dialog = ContractDetailDialog(ctx, ids[0])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    text = dialog.text.toPlainText()
    for title in ("合同概况", "房屋信息", "出卖人（甲方）1", "买受人（乙方）3", "法定代理人", "价款与付款", "资金监管",
                  "交付与其他", "申请人、好差评与注意事项", "买卖双方同意记录"):
        assert title in text, title
    assert not any(n in text for n in ALL_IDS)                      # numbers masked by default
    assert f"{BUYER_IDS[0][:6]}********{BUYER_IDS[0][-4:]}" in text
    dialog.full.setChecked(True)
    assert BUYER_IDS[0] in dialog.text.toPlainText()
    visible = {name for name, b in dialog.buttons.items() if not b.isHidden()}
    assert visible == {"change", "cancel", "print_cancel", "print"}
    assert "已签约" in dialog.banner.text()
    assert dialog.tabs.count() == 3 and dialog.tabs.tabText(1) == "修订记录"
    assert "联网" in dialog.remote.text()                               # no registry id: offline note, no dead list


def test_detail_of_a_draft_offers_to_continue_not_to_change(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = world
    dialog = ContractDetailDialog(ctx, ids[1])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    visible = {name for name, b in dialog.buttons.items() if not b.isHidden()}
    assert visible == {"resume", "print"}
    assert "等待同步" in dialog.banner.text()                        # the 24-hour clock starts at the registry
    with qtbot.waitSignal(dialog.resume_requested, timeout=2000) as sig:
        dialog.buttons["resume"].click()
    assert sig.args == [ids[1]]


def test_change_refuses_a_key_field_and_offers_cancellation(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = world
    dialog = ContractChangeDialog.open_for(ctx, ids[0])
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.submit_button.isEnabled() and dialog.locked_box.isHidden()
    id_edit = dialog.findChild(QLineEdit, "key_buyers_0_id_number")
    assert id_edit is not None
    id_edit.selectAll()
    qtbot.keyClicks(id_edit, "440101199001011234")
    assert not dialog.locked_box.isHidden()
    assert "乙方1的证件号码" in dialog.locked_text.text() and LOCKED_EXPLANATION in dialog.locked_text.text()
    assert "注销网签备案" in dialog.locked_text.text()
    assert not dialog.submit_button.isEnabled()
    # a term changed alongside is listed, but the key edit still blocks the submit
    conditions = dialog.term_widgets["handover.conditions"]
    assert isinstance(conditions, QLineEdit)
    conditions.selectAll()
    qtbot.keyClicks(conditions, "xianzhuang")
    labels = [dialog.items.item(r, 0).text() for r in range(dialog.items.rowCount())]
    assert labels == ["交房条件"] and dialog.items.item(0, 2).text() == "xianzhuang"
    assert not dialog.submit_button.isEnabled()
    # the direct way out: cancellation (and a new contract)
    go = dialog.findChild(QPushButton, "toCancellation")
    assert go is not None and go.isVisible()
    with qtbot.waitSignal(dialog.cancellation_requested, timeout=2000) as sig:
        go.click()
    assert sig.args == [ids[0]]
    assert queued_kinds(ctx, ids[0]) == []


def test_change_of_a_term_is_queued_with_its_items(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = world
    dialog = ContractChangeDialog.open_for(ctx, ids[0])
    assert dialog is not None
    qtbot.addWidget(dialog)
    id_edit = dialog.findChild(QLineEdit, "key_buyers_0_id_number")
    assert id_edit is not None
    qtbot.keyClicks(id_edit, "9")
    assert not dialog.locked_box.isHidden()
    dialog.undo_key_edits()
    assert dialog.locked_box.isHidden() and id_edit.text() == BUYER_IDS[0]
    price = dialog.term_widgets["payment.total_price"]
    assert isinstance(price, QLineEdit)
    price.selectAll()
    qtbot.keyClicks(price, "1500000")
    assert dialog.items.item(0, 0).text() == "成交总价（元）" and dialog.items.item(0, 2).text() == "1500000"
    assert dialog.submit_button.isEnabled()
    dialog.reason.setText("双方协商调整价款")
    with qtbot.waitSignal(dialog.submitted, timeout=10000):
        dialog.submit_button.click()
    assert queued_kinds(ctx, ids[0]) == [sc.CHANGE]


def test_change_is_refused_for_someone_else_or_a_draft(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication, QMessageBox

    ctx, ids = world
    assert ContractChangeDialog.open_for(ctx, ids[1]) is None           # a draft: not filed yet
    assert ctx.account is not None
    ctx.account = replace(ctx.account, username="zs_agent99")
    assert ContractChangeDialog.open_for(ctx, ids[0]) is None           # not the creating staff member
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("创建该合同的从业人员" in b.text() for b in boxes)
    for b in boxes:
        b.close()


def test_cancellation_lists_the_minor_items_and_queues_the_request(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = world
    dialog = CancellationDialog(ctx, ids[0])
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.checklist.item(i).text() for i in range(dialog.checklist.count())]
    minor = [t for t in texts if "陈昇翀" in t]
    assert any("未成年人保证书" in t for t in minor)
    assert any("父母双方到场" in t for t in minor)
    assert any("户口本或出生证明" in t for t in minor)
    assert not any("公证" in t for t in texts)
    assert dialog.people.item(4, 2).text().startswith("是")                # the third buyer is the minor
    assert not dialog.submit_button.isEnabled() and "未核对" in dialog.message.text()
    # a seller who cannot come: a notarised power of attorney naming this cancellation
    _role, _i, box, name = dialog.proxy_boxes[0]
    box.setChecked(True)
    name.setText("张受托")
    name.textEdited.emit("张受托")
    texts = [dialog.checklist.item(i).text() for i in range(dialog.checklist.count())]
    assert any("公证" in t and "吉𠮷" in t for t in texts) and any("受托人张受托" in t for t in texts)
    for i in range(dialog.checklist.count()):
        dialog.checklist.item(i).setCheckState(dialog.checklist.item(i).checkState().Checked)
    assert dialog.submit_button.isEnabled()
    with qtbot.waitSignal(dialog.submitted, timeout=10000):
        dialog.submit_button.click()
    assert queued_kinds(ctx, ids[0]) == [sc.CANCEL]

    # the list shows 注销申请中 until the registry has it (then its own status says so)
    page = ContractsPage("cancellations", ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        page.activate()
    row = next(i for i in page.model.items if i.local_id == ids[0])
    assert row.status_text == "注销申请中（待发送）"
    detail = ContractDetailDialog(ctx, ids[0])
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=10000)
    assert "注销申请中" in detail.banner.text()
    assert detail.buttons["cancel"].isHidden() and detail.buttons["change"].isHidden()


def test_cancelled_contract_cannot_be_cancelled_again(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = world
    dialog = CancellationDialog(ctx, ids[2])
    qtbot.addWidget(dialog)
    assert dialog.plan.contract.status is ContractStatus.CANCELLED
    assert not dialog.submit_button.isEnabled() and "已注销" in dialog.message.text()


def test_change_of_a_date_is_typed_and_text_that_is_no_date_blocks_the_submit(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from zsdesk.gui.widgets.date_field import DateField

    ctx, ids = world
    dialog = ContractChangeDialog.open_for(ctx, ids[0])
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    handover = dialog.term_widgets["handover.date"]
    assert isinstance(handover, DateField)
    before = handover.text()
    handover.setFocus()
    handover.selectAll()
    qtbot.keyClicks(handover, "2027-02-30")
    qtbot.keyClick(handover, Qt.Key.Key_Return)
    assert handover.text() == "2027-02-30" and handover.property("invalid") is True
    assert "交房日期" in dialog.message.text() and "2 月只有 28 天" in dialog.message.text()
    assert dialog.items.rowCount() == 0            # the change keeps the date before, not "(empty)"
    assert not dialog.submit_button.isEnabled()
    handover.selectAll()
    qtbot.keyClicks(handover, "20270315")
    qtbot.keyClick(handover, Qt.Key.Key_Return)
    assert handover.text() == "2027-03-15" and handover.value() == date(2027, 3, 15)
    rows = {dialog.items.item(r, 0).text(): (dialog.items.item(r, 1).text(), dialog.items.item(r, 2).text())
            for r in range(dialog.items.rowCount())}
    assert rows["交房日期"][1] == "2027-03-15" and rows["交房日期"][0] == before
    assert dialog.submit_button.isEnabled()
    # emptied: no handover date agreed any more, listed as such
    handover.selectAll()
    qtbot.keyClick(handover, Qt.Key.Key_Delete)
    qtbot.keyClick(handover, Qt.Key.Key_Return)
    assert handover.value() is None and handover.placeholderText() == "未填写"
    assert any(dialog.items.item(r, 0).text() == "交房日期" and dialog.items.item(r, 2).text() == "（空）"
               for r in range(dialog.items.rowCount()))


def test_detail_offline_lists_the_revisions_kept_in_the_cache(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    """A changed contract opened with the registry unreachable: the 修订记录 tab lists the change from
    the cache (sent with the registry's answer) and the note says the list is the local copy."""
    from services.agency_world import close_context
    from services.wizard_world import change_handover, go_offline, signed_contract

    wiz = signed_contract(desk)
    assert wiz.local_id is not None
    change_handover(desk, wiz.local_id, date(2027, 5, 1), "卖方需延期搬迁")
    ctx = desk.context()
    try:
        go_offline(ctx)
        dialog = ContractDetailDialog(ctx, wiz.local_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: "离线" in dialog.remote.text(), timeout=15000)
        rows = [[dialog.revisions.item(r, c).text() for c in range(dialog.revisions.columnCount())]
                for r in range(dialog.revisions.rowCount())]
        assert [rows[0][0], *rows[0][3:]] == ["2", "交房日期", "2027-03-31", "2027-05-01"]
        assert any(row[3] == "变更原因" and row[5] == "卖方需延期搬迁" for row in rows)
        assert all(row[2] == desk.staff_account for row in rows)
        assert "本机保存" in dialog.remote.text() and "1 条" in dialog.remote.text()
    finally:
        ctx.cache = None          # the desk closes its own cache
        close_context(ctx)
