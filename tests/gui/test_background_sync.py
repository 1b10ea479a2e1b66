"""The background contract sync against the real sandbox registry: the main window starts the
SyncLoop on its own thread after login, the status bar shows online / last sync / pending, a queued
draft is sent as soon as the wizard wakes the loop, F5 runs a round, closing stops the thread."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from services.wizard_world import Registry, form_for, free_property, running_registry

from gui.helpers import off_gui_thread
from zsdesk.gui import background_sync
from zsdesk.gui.main_window import MainWindow
from zsdesk.services import contract_desk
from zsdesk.services.app_context import AppContext
from zsdesk.store.models import Contract as ContractRow


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    with running_registry(tmp_path_factory.mktemp("bg-sync") / "registry.sqlite3") as reg:
        yield reg


@pytest.fixture
def ctx(signed_in_staff_ctx: AppContext) -> AppContext:
    return signed_in_staff_ctx


def page_factory(key, ctx, window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    return QWidget()


def test_main_window_runs_the_sync_loop_until_closed(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, page_factory=page_factory)
    qtbot.addWidget(window)
    runner = window.background_sync
    assert runner is not None and getattr(ctx, "background_sync", None) is runner
    with qtbot.waitSignal(runner.round_finished, timeout=20000):
        pass
    assert runner.running
    assert "在线" in window.online_label.text()
    assert "尚未同步" not in window.sync_label.text()
    assert window.queued_button.text() == "待发送：0 项"

    # the wizard's on_queued wakes the loop: the draft's create command goes out without F5
    wizard = contract_desk.new_wizard(ctx)
    wizard.on_queued = lambda: background_sync.wake(ctx)
    with qtbot.waitSignal(runner.round_finished, timeout=20000):
        result = off_gui_thread(qtbot, lambda: wizard.verify_property(form_for(free_property())))
    assert result.ok and wizard.local_id is not None

    def created() -> bool:
        with ctx.cache.sessions() as s:  # type: ignore[attr-defined]
            row = s.get(ContractRow, wizard.local_id)
            return row is not None and bool(row.registry_id)

    qtbot.waitUntil(created, timeout=20000)
    qtbot.waitUntil(lambda: runner.last is not None and runner.last.pending == 0, timeout=20000)
    assert window.queued_button.text() == "待发送：0 项"

    # F5: one more round at once
    rounds = runner.loop.rounds if runner.loop is not None else 0
    with qtbot.waitSignal(runner.round_finished, timeout=20000):
        window.sync_now()
    assert runner.loop is not None and runner.loop.rounds > rounds

    worker = runner.worker
    window.close()
    assert window.background_sync is None and getattr(ctx, "background_sync", None) is None
    assert worker is not None and not worker.is_alive()


def test_lists_are_re_read_after_a_round_the_registry_answered(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """A round that sent one command while the agent queued another leaves as many waiting as
    before: the lists are re-read all the same (the round counts what the registry answered); a
    round that answered nothing re-reads nothing."""
    from PySide6.QtWidgets import QWidget

    from zsdesk.sync.engine import SyncStatus

    class CountingPage(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.refreshes = 0

        def refresh(self) -> None:
            self.refreshes += 1

    pages: list[CountingPage] = []

    def counting_factory(key, ctx, window):  # type: ignore[no-untyped-def]
        pages.append(CountingPage())
        return pages[-1]

    window = MainWindow(ctx, page_factory=counting_factory)
    qtbot.addWidget(window)
    runner = background_sync.BackgroundSync(ctx, parent=window)    # its rounds are played here

    def refreshes() -> int:
        return sum(p.refreshes for p in pages)

    runner._apply(SyncStatus(online=True, pending=1), [])
    before = refreshes()
    runner._apply(SyncStatus(online=True, pending=1, answered=1), [])
    assert refreshes() > before and pages
    after = refreshes()
    runner._apply(SyncStatus(online=True, pending=0, failed=0, answered=0), [])    # a command discarded
    assert refreshes() == after
    runner._apply(SyncStatus(online=True, pending=0, failed=1, answered=1), [])    # refused: statuses moved
    assert refreshes() > after
    window.close()


def test_no_registry_no_sync_thread(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    ctx.client = None
    window = MainWindow(ctx, page_factory=page_factory)
    qtbot.addWidget(window)
    assert window.background_sync is None
    window.close()


def test_open_wizard_follows_the_background_sync(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from zsdesk.gui.pages.contracts_page import ContractsPage

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_page("new_contract")
    assert isinstance(page, ContractsPage)
    page.new_contract()
    view = page.wizard_view
    assert view is not None
    wizard = view.wizard  # type: ignore[attr-defined]
    result = off_gui_thread(qtbot, lambda: wizard.verify_property(form_for(free_property())))
    assert result.ok
    # the create command goes out in the background; the wizard's 24-hour clock appears by itself
    qtbot.waitUntil(lambda: view.status.text().startswith("剩余"), timeout=20000)  # type: ignore[attr-defined]
    window.close()
