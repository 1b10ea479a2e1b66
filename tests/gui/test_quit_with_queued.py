"""Quitting with work still 待发送 asks once and says it will be sent at the next start; that is then
true: the next start on the same cache sends it to the real sandbox registry."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from services.wizard_world import PASSWORD, Registry, form_for, free_property

from gui.helpers import off_gui_thread
from zsdesk.domain.enums import AccountKind
from zsdesk.gui import background_sync
from zsdesk.gui.main_window import MainWindow
from zsdesk.paths import app_paths
from zsdesk.services import contract_desk
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.app_settings import AppSettings
from zsdesk.services.registry_access import RegistryAccess
from zsdesk.services.sync_status import outbox_counts
from zsdesk.store.database import open_cache
from zsdesk.store.models import Contract as ContractRow


def _start(registry: Registry, login: str, cache: Path, key: bytes) -> AppContext:
    """One start of the app: signed in, on the cache file kept between starts."""
    ctx = AppContext(app_paths().ensure(), AppSettings())
    access = RegistryAccess(registry.url)
    access.client.login(login, PASSWORD)
    info = access.client.account
    assert info is not None
    ctx.client = access
    ctx.account = Account(login, info.netsign_login or "", AccountKind.STAFF, "黄小明", "中山市向导测试经纪有限公司")
    ctx.cache = open_cache(cache, cache.parent / "config", master_key=key)
    return ctx


def _stop(ctx: AppContext) -> None:
    background_sync.detach(ctx)
    if isinstance(ctx.client, RegistryAccess):
        ctx.client.close()
    if ctx.cache is not None:
        ctx.cache.close()


def _blank_pages(key: str, ctx: AppContext, window: MainWindow) -> QWidget:
    return QWidget()


def test_quit_with_queued_work_asks_once_and_the_next_start_sends_it(qtbot, registry: Registry,  # type: ignore[no-untyped-def]
                                                                      tmp_path: Path) -> None:
    login, cache, key = registry.seed_staff(), tmp_path / "cache.sqlite3", os.urandom(32)
    first = _start(registry, login, cache, key)
    wizard = contract_desk.new_wizard(first)       # nothing wakes a sync loop: the create command waits
    result = off_gui_thread(qtbot, lambda: wizard.verify_property(form_for(free_property())))
    assert result.ok and wizard.local_id is not None
    waiting, refused = outbox_counts(first)
    assert waiting >= 1 and refused == 0

    first.client = None                            # the registry became unreachable before the sync ran
    window = MainWindow(first, page_factory=_blank_pages)
    qtbot.addWidget(window)
    window.show()

    window.close()                                 # asks, and stays open while it asks
    box = window.quit_box
    assert box is not None and box.isVisible() and window.isVisible()
    assert f"还有 {waiting} 项待发送" in box.text() and "下次启动 zsdesk 并登录后会自动发送" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: window.quit_box is None)
    assert window.isVisible()                      # 取消: keeps working

    window.close()                                 # the next quit asks again, once
    box = window.quit_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.quit_box is None
    _stop(first)

    second = _start(registry, login, cache, key)    # the next start, on the same cache
    try:
        assert outbox_counts(second) == (waiting, 0)     # kept across the restart
        again = MainWindow(second, page_factory=_blank_pages)
        qtbot.addWidget(again)
        qtbot.waitUntil(lambda: outbox_counts(second) == (0, 0), timeout=30000)
        with second.cache.sessions() as s:  # type: ignore[union-attr]
            row = s.get(ContractRow, wizard.local_id)
            assert row is not None and row.registry_id    # the registry has the draft
        again.close()                                  # nothing queued: no question
        assert again.quit_box is None and not again.isVisible()
    finally:
        _stop(second)
