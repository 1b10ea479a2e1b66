"""The contract sync in the background: `zsdesk.sync.loop.SyncLoop` on its own thread (not the
operation pool, which it would hold for the whole session) from login to logout/close. Each round's
status comes back as a queued signal and lands in the status bar; `wake` (F5, a saved draft, a
queued consent or submit) starts the next round at once."""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from zsdesk.services.app_context import AppContext, QueuedCommand
from zsdesk.sync.engine import SyncStatus
from zsdesk.sync.loop import SyncLoop

log = logging.getLogger(__name__)

INTERVAL_S = 60.0


class BackgroundSync(QObject):
    status_changed = Signal(object, object)      # SyncStatus, list[QueuedCommand]
    round_finished = Signal()

    def __init__(self, ctx: AppContext, *, interval_s: float = INTERVAL_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from zsdesk.services import contract_desk

        self.ctx = ctx
        self.engine = contract_desk.engine(ctx)
        self.loop = SyncLoop(self.engine, interval_s=interval_s, on_status=self._report,
                             on_error=lambda exc: log.error("background sync: %s", type(exc).__name__))
        self.status_changed.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        self.worker: threading.Thread | None = None
        self.last: SyncStatus | None = None

    def start(self) -> None:
        if self.worker is None:
            self.worker = threading.Thread(target=self.loop.run, name="zsdesk-sync", daemon=True)
            self.worker.start()

    def wake(self) -> None:
        self.loop.wake()

    def stop(self, timeout_s: float = 5.0) -> None:
        self.loop.stop()
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.join(timeout_s)

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.is_alive()

    def _report(self, status: SyncStatus) -> None:
        """Runs on the sync thread: gather what the status bar needs, hand it to the GUI thread."""
        from zsdesk.services.sync_status import queued_commands

        try:
            queued = queued_commands(self.engine.sessions)
        except Exception:  # the status must not kill the loop
            log.exception("reading the outbox for the status bar")
            queued = []
        self.status_changed.emit(status, queued)

    def _apply(self, status: SyncStatus, queued: list[QueuedCommand]) -> None:
        from zsdesk.services.sync_status import apply_status

        self.last = status
        apply_status(self.ctx, status, queued)
        refresh = getattr(self.parent(), "refresh_status", None)
        if callable(refresh):
            refresh()
        self.round_finished.emit()


def attach(window: Any) -> BackgroundSync | None:
    """Start the sync for the signed-in account of ``window`` (a MainWindow); None when there is no
    registry connection (the status bar then keeps showing 离线)."""
    ctx: AppContext = window.ctx
    if ctx.client is None or ctx.account is None:
        return None
    try:
        runner = BackgroundSync(ctx, parent=window)
    except Exception:
        log.exception("background sync not started")
        return None
    ctx.background_sync = runner  # type: ignore[attr-defined]
    runner.start()
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
