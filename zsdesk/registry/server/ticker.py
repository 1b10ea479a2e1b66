"""The registry's periodic work (expiry sweeps, training auto-approval): the tasks `create_app` is
given, run every `tick_interval_s` in a background thread, or at once by the sandbox's /tick."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.settings import ServerSettings

log = logging.getLogger(__name__)

# fn(session, settings, clock): runs in its own session and commits its own work.
PeriodicTask = Callable[[Session, ServerSettings, Clock], None]


class Ticker:
    """Runs one app's periodic tasks in a background thread until stopped."""

    def __init__(self, db: Database, settings: ServerSettings, clock: Clock,
                 tasks: Sequence[PeriodicTask]) -> None:
        self._db, self._settings, self._clock = db, settings, clock
        self.tasks: tuple[PeriodicTask, ...] = tuple(tasks)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="registry-ticker", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def run_once(self) -> int:
        """Run every task once; answers how many there are."""
        for task in self.tasks:
            try:
                with self._db.session() as session:
                    task(session, self._settings, self._clock)
            except Exception:  # a failing task must not stop the others or the ticker
                log.exception("periodic task %s failed", getattr(task, "__name__", task))
        return len(self.tasks)

    def _run(self) -> None:
        while not self._stop.wait(self._settings.tick_interval_s):
            self.run_once()
