"""The wizard's 买受人 table read as an agent reads it against the ID cards, at a 1366×768 window:
whole ID numbers and phones, the whole address (on a second line when long), 份额 only for 按份共有.
Through the real widgets, against the real sandbox registry and an encrypted SQLite cache."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from services.wizard_world import BUYER_IDS, Desk, form_for, free_property

from gui.helpers import type_text
from zsdesk.domain.enums import Ownership
from zsdesk.gui.contract_wizard.buyers_page import SHARE_COLUMN
from zsdesk.gui.contract_wizard.wizard_widget import ContractWizardWidget
from zsdesk.services.wizard_pages import PageId

LONG_ADDRESS = "广东省中山市东区博爱六路22号远洋城天骄广场3座1502房"


def _shown_whole(table: QTableWidget, row: int, col: int) -> bool:
    """The cell's text fits its cell (wrapped where the table wraps), so nothing is elided."""
    item = table.item(row, col)
    rect = table.visualItemRect(item).adjusted(3, 0, -3, 0)
    flags = int(Qt.TextFlag.TextWordWrap) if table.wordWrap() else 0
    needed = table.fontMetrics().boundingRect(rect, flags, item.text())
    return needed.width() <= rect.width() and needed.height() <= rect.height()


def _buyers_page(qtbot, desk: Desk):  # type: ignore[no-untyped-def]
    wiz = desk.wizard()
    assert wiz.verify_property(form_for(free_property())).ok
    view = ContractWizardWidget(wiz)
    qtbot.addWidget(view)
    view.resize(1366 - 216, 768 - 120)      # what the main window leaves the wizard on a 1366×768 screen
    view.show()
    qtbot.waitExposed(view)
    assert view.go_to(PageId.BUYERS)
    return wiz, view.pages[PageId.BUYERS]


def test_buyers_table_shows_whole_ids_phones_and_addresses(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    _wiz, page = _buyers_page(qtbot, desk)
    page.add_row()
    table = page.table
    for row, (name, address) in enumerate((("王晓东", LONG_ADDRESS), ("欧阳思琪", "广东省中山市石岐区悦来南路38号"))):
        for col, text in ((0, name), (3, BUYER_IDS[row]), (4, address), (6, "1381234567" + str(row))):
            table.item(row, col).setText(text)
    qtbot.waitUntil(lambda: _shown_whole(table, 0, 4))
    for row in range(2):
        for col in (0, 3, 4, 6):
            assert _shown_whole(table, row, col), (row, col, table.item(row, col).text())
    # the table is the entry form: the full number, never a masked copy
    assert table.item(0, 3).text() == BUYER_IDS[0]
    guardians = page.guardians
    for col in (2, 4):   # 证件号码, 联系电话 of a guardian
        assert guardians.columnWidth(col) > guardians.fontMetrics().horizontalAdvance(BUYER_IDS[0] if col == 2
                                                                                       else "13812345678")


def test_share_column_only_for_shares_and_a_hidden_share_does_not_count(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    wiz, page = _buyers_page(qtbot, desk)
    page.add_row()
    table = page.table
    for row in range(2):
        table.item(row, 0).setText(("王晓东", "李丽华")[row])
        table.item(row, 3).setText(BUYER_IDS[row])
    ownership = page.ownership
    assert table.isColumnHidden(SHARE_COLUMN)          # a new contract: 单独所有
    ownership.setCurrentIndex(ownership.findData(Ownership.BY_SHARES.value))
    assert not table.isColumnHidden(SHARE_COLUMN)
    table.setCurrentCell(0, SHARE_COLUMN)
    table.editItem(table.item(0, SHARE_COLUMN))
    editor = table.focusWidget()
    type_text(editor, "60")
    table.commitData(editor)
    table.item(1, SHARE_COLUMN).setText("40")
    assert [b.share for b in wiz.contract.buyers] == [60, 40]
    assert page.share_label.isVisible()
    ownership.setCurrentIndex(ownership.findData(Ownership.JOINT.value))
    assert table.isColumnHidden(SHARE_COLUMN)
    # the typed shares stay in their cells but no longer count: no "share not allowed" error unseen
    assert [b.share for b in wiz.contract.buyers] == [None, None]
    assert not any(i.code == "OWNERSHIP_SHARE_NOT_ALLOWED" for i in wiz.page_issues(PageId.BUYERS))
    ownership.setCurrentIndex(ownership.findData(Ownership.BY_SHARES.value))
    assert [b.share for b in wiz.contract.buyers] == [60, 40]
