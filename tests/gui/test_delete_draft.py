"""删除草稿 from the contract list: the button is there for the agent's own drafts only, the
confirmation says that this computer's copy with the parties' personal data goes too, Cancel
keeps everything, and 删除 removes the draft from the cache and the list."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from services.printing_world import close, new_context, store_contracts

from zsdesk.gui.pages.contracts_page import ContractsPage
from zsdesk.services.app_context import AppContext, cache_of
from zsdesk.store.models import Contract as ContractRow
from zsdesk.store.models import ContractParty


@pytest.fixture
def world() -> Iterator[tuple[AppContext, list[str]]]:
    ctx = new_context()
    ids = store_contracts(ctx, 3)          # signed, draft, cancelled
    yield ctx, ids
    close(ctx)


def _select(page: ContractsPage, local_id: str) -> None:
    row = next(r for r, i in enumerate(page.model.items) if i.local_id == local_id)
    page.table.selectRow(row)


def _box(qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "confirmDeleteDraft" and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[0]


def _in_cache(ctx: AppContext, local_id: str) -> tuple[bool, int]:
    with cache_of(ctx).sessions() as s:
        parties = s.query(ContractParty).filter(ContractParty.contract_id == local_id).count()
        return s.get(ContractRow, local_id) is not None, parties


def test_delete_draft_asks_then_removes_the_local_copy(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = world
    page = ContractsPage("my_contracts", ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        page.activate()
    _select(page, ids[0])
    assert not page.buttons["delete"].isEnabled()      # a filed contract is never deleted here
    _select(page, ids[1])
    assert page.buttons["delete"].isEnabled()
    assert _in_cache(ctx, ids[1])[0] and _in_cache(ctx, ids[1])[1] > 0

    page.buttons["delete"].click()
    box = _box(qtbot)
    assert "本机" in box.text() and "证件号码" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: page.delete_box is None, timeout=5000)
    assert _in_cache(ctx, ids[1])[0]                  # Cancel keeps it

    page.buttons["delete"].click()
    box = _box(qtbot)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: _in_cache(ctx, ids[1]) == (False, 0), timeout=10000)
    qtbot.waitUntil(lambda: all(i.local_id != ids[1] for i in page.model.items), timeout=10000)
