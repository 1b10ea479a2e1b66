"""Background sync: a plain loop the GUI runs in a worker thread (no Qt here).

It syncs, then waits: the normal interval after success, an exponential backoff with jitter while
the registry is unreachable, and — after a 401 without a way to log in again — until woken
(the GUI calls :meth:`SyncLoop.wake` after the user logged in, saved something, or pressed
"sync now"). Every round reports the status through ``on_status``, so the status bar can show
online/offline, the last sync time and the number of pending commands.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from zsdesk.registry.exceptions import AuthExpired, RegistryOffline
from zsdesk.sync.engine import Backoff, SyncEngine, SyncStatus

log = logging.getLogger(__name__)


class SyncLoop:
    def __init__(self, engine: SyncEngine, *, interval_s: float = 60.0, backoff: Backoff | None = None,
                 on_status: Callable[[SyncStatus], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        self.engine = engine
        self.interval_s = interval_s
        self.backoff = backoff or Backoff(base_s=5.0, cap_s=300.0)
        self.on_status = on_status
        self.on_error = on_error
        self._wake = threading.Event()
        self._stop = threading.Event()
        self.failures = 0
        self.rounds = 0

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def run_once(self) -> float:
        """One round; returns how long to wait before the next one (None-like inf = until woken)."""
        self.rounds += 1
        delay: float
        try:
            self.engine.sync(should_stop=self._stop.is_set)
            self.failures = 0
            delay = self.interval_s
        except RegistryOffline:
            self.failures += 1
            delay = self.backoff.delay(self.failures)
        except AuthExpired:
            delay = float("inf")
        except Exception as exc:  # a bug must not kill the loop silently: report, back off, go on
            log.exception("sync round failed")
            if self.on_error is not None:
                self.on_error(exc)
            self.failures += 1
            delay = self.backoff.delay(self.failures)
        if self.on_status is not None:
            self.on_status(self.engine.status())
        return delay

    def run(self, wait: Callable[[float], object] | None = None) -> None:
        """Loop until :meth:`stop`. ``wait`` (tests) replaces the real wait on the wake event."""
        while not self._stop.is_set():
            delay = self.run_once()
            if self._stop.is_set():
                break
            if wait is not None:
                wait(delay)
            else:
                self._wake.wait(None if delay == float("inf") else delay)
            self._wake.clear()
