"""The sync engine: drains the outbox (push) and pulls the change feed (pull).

Push, one command at a time, oldest first, never two of one entity out of order:
1. read the command and what it needs from the cache, end the read transaction;
2. send it (with its stored Idempotency-Key — the transport retries transient failures);
3. in one transaction: record the answer in the cache and mark the command done.
A crash between 2 and 3 leaves the command pending; its next send carries the same key, the
registry replays the first answer, and the command takes effect exactly once.

Failure handling: registry unreachable → the command waits (``next_attempt_at``, exponential
backoff with jitter) and the push stops, since every other command would fail the same way;
401 → :class:`AuthExpired` propagates (the GUI logs in again; nothing is lost); a refusal
(validation, locked key field, expired draft, ...) → the command is marked failed with the
registry's code/field/detail and blocks only its own entity, until retried or discarded.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from zsdesk.registry.exceptions import AuthExpired, RegistryError, RegistryOffline
from zsdesk.store.models import OutboxCommand
from zsdesk.sync import outbox
from zsdesk.sync.handlers import ChangeApplier, CommandHandler, CommandView
from zsdesk.sync.pull import ProgressCallback, PullReport, StopCheck, pull

if TYPE_CHECKING:
    from zsdesk.registry.client import RegistryClient

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class PushReport:
    sent: int = 0
    failed: int = 0
    offline: bool = False
    remaining: int = 0


@dataclass(slots=True)
class SyncStatus:
    """What the status bar shows. ``online`` is None before the first attempt."""

    online: bool | None = None
    last_sync: datetime | None = None
    last_attempt: datetime | None = None
    pending: int = 0            # commands waiting to be sent (outbox.pending_count)
    failed: int = 0             # commands the registry refused, waiting for the agent
    answered: int = 0           # commands the registry accepted or refused in the latest round
    needs_login: bool = False
    message: str = ""
    syncing: bool = False


@dataclass(slots=True)
class Backoff:
    """Exponential backoff with full jitter for retrying a command after the registry was unreachable."""

    base_s: float = 2.0
    cap_s: float = 300.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempts: int) -> float:
        ceiling: float = min(self.cap_s, self.base_s * float(2 ** max(0, attempts - 1)))
        jitter: float = self.rng.uniform(0, ceiling / 2)
        return ceiling / 2 + jitter


class SyncEngine:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        client: RegistryClient,
        handlers: Mapping[str, CommandHandler],
        appliers: Mapping[str, ChangeApplier],
        *,
        scope: str,
        page_size: int = 500,
        clock: Clock = _utcnow,
        backoff: Backoff | None = None,
    ) -> None:
        self.sessions = sessions
        self.client = client
        self.handlers = dict(handlers)
        self.appliers = dict(appliers)
        self.scope = scope
        self.page_size = page_size
        self.clock = clock
        self.backoff = backoff or Backoff()
        self._lock = threading.Lock()   # one push/pull at a time per engine
        self._closed_payloads_forgotten = False
        self._status = SyncStatus()
        self._status_lock = threading.Lock()

    # -- status ------------------------------------------------------------------------------
    def status(self) -> SyncStatus:
        with self.sessions() as s:
            pending, failed = outbox.counts(s)
        with self._status_lock:
            st = SyncStatus(**{k: getattr(self._status, k) for k in SyncStatus.__slots__})
        st.pending, st.failed = pending, failed
        return st

    def _note(self, **changes: object) -> None:
        with self._status_lock:
            for k, v in changes.items():
                setattr(self._status, k, v)

    # -- push --------------------------------------------------------------------------------
    def push(self, *, force: bool = False, should_stop: StopCheck | None = None) -> PushReport:
        """Send every due command. ``force`` ignores the backoff (the user pressed "sync now")."""
        with self._lock:
            return self._push(force, should_stop)

    def _push(self, force: bool, should_stop: StopCheck | None) -> PushReport:
        report = PushReport()
        if not self._closed_payloads_forgotten:      # once per engine: older caches kept them
            with self.sessions.begin() as s:
                outbox.forget_closed_payloads(s)
            self._closed_payloads_forgotten = True
        # Each round sends the current head of every entity; a sent command is done and a refused
        # one is failed, so every round makes progress and the loop ends.
        while should_stop is None or not should_stop():
            with self.sessions() as s:
                due = datetime.max.replace(tzinfo=UTC) if force else self.clock()
                batch = [CommandView.of(c) for c in outbox.ready(s, due)]
            if not batch:
                break
            for cmd in batch:
                try:
                    if self._send_one(cmd):
                        report.sent += 1
                    else:
                        report.failed += 1
                except RegistryOffline:
                    report.offline = True
                    break
                if should_stop is not None and should_stop():
                    break
            if report.offline:
                break
        with self.sessions() as s:
            report.remaining = outbox.pending_count(s)
        return report

    def _send_one(self, cmd: CommandView) -> bool:
        """True when the command is done; False when refused for good. Raises RegistryOffline
        (after scheduling the retry) and AuthExpired."""
        handler = self.handlers.get(cmd.kind)
        if handler is None:
            raise LookupError(f"no handler for outbox command kind {cmd.kind!r}")
        with self.sessions() as s:
            send = handler.prepare(s, cmd)
        try:
            result = send(self.client)
        except AuthExpired:
            raise
        except RegistryOffline as err:
            with self.sessions.begin() as s:
                row = s.get(OutboxCommand, cmd.id)
                if row is not None:
                    outbox.mark_retry(row, err, self.clock() + timedelta(seconds=self.backoff.delay(row.attempts + 1)))
            log.info("outbox %s #%d waits: %s", cmd.kind, cmd.id, err.code)
            raise
        except RegistryError as err:
            with self.sessions.begin() as s:
                row = s.get(OutboxCommand, cmd.id)
                if row is not None:
                    outbox.mark_failed(row, err)
                handler.refused(s, cmd, err)
            log.warning("outbox %s #%d refused: %s %s", cmd.kind, cmd.id, err.code, err.field or "")
            return False
        with self.sessions.begin() as s:
            row = s.get(OutboxCommand, cmd.id)
            handler.apply(s, cmd, result)
            if row is not None:
                outbox.mark_done(row)
        return True

    # -- pull --------------------------------------------------------------------------------
    def pull(self, *, progress: ProgressCallback | None = None, should_stop: StopCheck | None = None) -> PullReport:
        with self._lock:
            return pull(self.sessions, self.client.changes, self.appliers, self.scope, page_size=self.page_size,
                        progress=progress, should_stop=should_stop)

    # -- both --------------------------------------------------------------------------------
    def sync(self, *, force: bool = False, progress: ProgressCallback | None = None,
             should_stop: StopCheck | None = None) -> tuple[PushReport, PullReport | None]:
        """Push, then pull (so the pull also brings back what the push changed). Raises
        RegistryOffline / AuthExpired after recording them in the status."""
        self._note(syncing=True, last_attempt=self.clock(), answered=0)
        try:
            pushed = self.push(force=force, should_stop=should_stop)
            self._note(answered=pushed.sent + pushed.failed)
            if pushed.offline:
                raise RegistryOffline()
            pulled = None
            if should_stop is None or not should_stop():
                pulled = self.pull(progress=progress, should_stop=should_stop)
        except AuthExpired as exc:
            self._note(online=True, needs_login=True, message=exc.detail)
            raise
        except RegistryOffline as exc:
            self._note(online=False, message=exc.detail)
            raise
        finally:
            self._note(syncing=False)
        self._note(online=True, needs_login=False, message="",
                   last_sync=self.clock() if pulled is not None and not pulled.cancelled else self._status.last_sync)
        return pushed, pulled
