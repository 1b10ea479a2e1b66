"""The contract sync in the background: `zsdesk.sync.loop.SyncLoop` on its own thread (not the
operation pool, which it would hold for the whole session) from login to logout/close. Each round's
status comes back as a queued signal and lands in the status bar; `wake` (F5, a saved draft, a
queued consent or submit) starts the next round at once."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from zsdesk.services.app_context import AppContext, QueuedCommand

if TYPE_CHECKING:   # importing the sync stack costs ~100 ms: never on the GUI thread at login
    from zsdesk.services.sync_status import SyncStatus
    from zsdesk.sync.loop import SyncLoop

log = logging.getLogger(__name__)

INTERVAL_S = 60.0
# The first round waits until the window is up and the user's first clicks are served: opening the
# cache and importing the sync stack (~2 s of imports) on another thread still competes for the GIL
# and the import lock with the pages the user opens right after login.
START_DELAY_MS = 3000


class BackgroundSync(QObject):
    status_changed = Signal(object, object)      # SyncStatus, list[QueuedCommand]
    round_finished = Signal()

    def __init__(self, ctx: AppContext, *, interval_s: float = INTERVAL_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.interval_s = interval_s
        self.loop: SyncLoop | None = None     # built on the sync thread: opening the cache takes a while
        self._lock = threading.Lock()
        self._stopped = False
        self.status_changed.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        self.worker: threading.Thread | None = None
        self.last: SyncStatus | None = None
        self.refresh_pages_next = False

    def start(self) -> None:
        if self.worker is None and not self._stopped:
            self.worker = threading.Thread(target=self._run, name="zsdesk-sync", daemon=True)
            self.worker.start()

    def _run(self) -> None:
        from zsdesk.services.sync_status import contract_sync_loop

        try:
            loop = contract_sync_loop(self.ctx, interval_s=self.interval_s, on_round=self.status_changed.emit,
                                      on_error=lambda exc: log.error("background sync: %s", type(exc).__name__))
        except Exception:
            log.exception("background sync not started")
            return
        with self._lock:
            if self._stopped:
                return
            self.loop = loop
        loop.run()

    def wake(self) -> None:
        """Thread-safe. Before the loop exists there is nothing to do: its first round runs at once."""
        with self._lock:
            loop = self.loop
        if loop is not None:
            loop.wake()

    def sync_now(self) -> None:
        """F5: a round now, and the open lists re-read once it is done."""
        self.refresh_pages_next = True
        if self.worker is None:
            self.start()            # F5 before the delayed start: start now (its first round runs at once)
        self.wake()

    def stop(self, timeout_s: float = 2.0) -> None:
        with self._lock:
            self._stopped = True
            loop = self.loop
        if loop is not None:
            loop.stop()
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.join(timeout_s)

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.is_alive()

    def _apply(self, status: SyncStatus, queued: list[QueuedCommand]) -> None:
        from zsdesk.services.sync_status import apply_status

        # Lists are re-read when the user asked (F5) or when the registry answered commands of this
        # round (statuses moved on: sent, or refused); not every minute, which would reset the view
        # under the user's scrolling. Counted by the round itself: comparing the waiting count
        # between rounds missed a round that sent one command while another was queued.
        sent = status.answered > 0
        self.last = status
        apply_status(self.ctx, status, queued)
        window = self.parent()
        refresh = getattr(window, "refresh_status", None)
        if callable(refresh):
            refresh()
        if self.refresh_pages_next or sent:
            self.refresh_pages_next = False
            self._refresh_pages(window)
        self.round_finished.emit()

    @staticmethod
    def _refresh_pages(window: object) -> None:
        for item in getattr(window, "nav_items", ()):
            page = window.page(item.key)  # type: ignore[attr-defined]
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()


def attach(window: Any) -> BackgroundSync | None:
    """Start the sync for the signed-in account of ``window`` (a MainWindow); None when there is no
    registry connection (the status bar then keeps showing 离线)."""
    ctx: AppContext = window.ctx
    if ctx.client is None or ctx.account is None:
        return None
    runner = BackgroundSync(ctx, parent=window)
    ctx.background_sync = runner  # type: ignore[attr-defined]
    QTimer.singleShot(START_DELAY_MS, runner, runner.start)
    return runner


def wake(ctx: AppContext) -> None:
    """Thread-safe: tell the loop there is work (used as the wizard's ``on_queued``)."""
    runner = getattr(ctx, "background_sync", None)
    if isinstance(runner, BackgroundSync):
        runner.wake()


def detach(ctx: AppContext) -> None:
    runner = getattr(ctx, "background_sync", None)
    if isinstance(runner, BackgroundSync):
        runner.stop()
    ctx.background_sync = None  # type: ignore[attr-defined]
