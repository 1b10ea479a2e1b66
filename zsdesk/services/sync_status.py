"""What the status bar shows about the background contract sync: online/offline, the last sync,
the commands still waiting in the outbox (no payloads: they may hold personal data)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.services.app_context import AppContext, QueuedCommand, cache_of
from zsdesk.store.models import Contract, OutboxCommand
from zsdesk.sync import contracts as sc
from zsdesk.sync import outbox
from zsdesk.sync.engine import SyncStatus
from zsdesk.sync.loop import SyncLoop
from zsdesk.sync.outbox import OPEN_STATES, stored_detail

log = logging.getLogger(__name__)

KIND_LABELS = {
    sc.CREATE: QT_TRANSLATE_NOOP("labels", "创建合同草稿"),
    sc.UPDATE: QT_TRANSLATE_NOOP("labels", "保存合同内容"),
    sc.CONSENT: QT_TRANSLATE_NOOP("labels", "记录当事人同意"),
    sc.SUBMIT: QT_TRANSLATE_NOOP("labels", "提交备案"),
    sc.CHANGE: QT_TRANSLATE_NOOP("labels", "合同变更"),
    sc.CANCEL: QT_TRANSLATE_NOOP("labels", "注销网签备案申请"),
}


def queued_commands(sessions: sessionmaker[Session], limit: int = 200) -> list[QueuedCommand]:
    """The open and refused commands, oldest first, named by the contract they belong to."""
    with sessions() as s:
        rows = s.execute(
            select(OutboxCommand.kind, OutboxCommand.created_at, OutboxCommand.attempts,
                   OutboxCommand.last_error_detail, OutboxCommand.last_error_text, OutboxCommand.state,
                   Contract.contract_no, Contract.address)
            .outerjoin(Contract, (OutboxCommand.entity_type == sc.ENTITY)
                       & (Contract.local_id == OutboxCommand.entity_id))
            .where(OutboxCommand.state.in_([str(x) for x in OPEN_STATES]))
            .order_by(OutboxCommand.id).limit(limit)).all()
    out: list[QueuedCommand] = []
    for kind, created, attempts, error, recipe, state, number, address in rows:
        what = KIND_LABELS.get(kind, kind)
        about = number or address or ""
        summary = msg(QT_TRANSLATE_NOOP("messages", "{what}：{about}"), what=what, about=about) if about else what
        out.append(QueuedCommand(summary, created, attempts, stored_detail(error or "", recipe or ""), state))
    return out


def outbox_counts(ctx: AppContext) -> tuple[int, int]:
    """(waiting to be sent, refused by the registry) as the outbox holds them now: what quitting
    must tell the user, read from the cache itself rather than from the last sync round (whose
    `SyncStatus.pending` and `failed` count the same two things)."""
    with cache_of(ctx).sessions() as s:
        return outbox.counts(s)


def apply_status(ctx: AppContext, status: SyncStatus, queued: list[QueuedCommand]) -> None:
    """Copy the engine's status into the context the main window's status bar reads."""
    if status.online is not None:
        ctx.mark_online(status.online, status.message)
    if status.last_sync is not None:
        ctx.status.last_sync = status.last_sync     # shown in China time (domain.china_time), not the PC's
    ctx.status.queued = queued


def contract_sync_loop(ctx: AppContext, *, interval_s: float,
                       on_round: Callable[[SyncStatus, list[QueuedCommand]], None],
                       on_error: Callable[[BaseException], None] | None = None) -> SyncLoop:
    """The signed-in account's contract sync as a loop (run it on its own thread: it opens the cache).
    After every round ``on_round`` gets the engine's status and the commands still waiting."""
    from zsdesk.services import contract_desk

    engine = contract_desk.engine(ctx)

    def report(status: SyncStatus) -> None:
        try:
            queued = queued_commands(engine.sessions)
        except Exception:  # the status bar must not kill the loop
            log.exception("reading the outbox for the status bar")
            queued = []
        on_round(status, queued)

    return SyncLoop(engine, interval_s=interval_s, on_status=report, on_error=on_error)


__all__ = ["KIND_LABELS", "SyncStatus", "apply_status", "contract_sync_loop", "queued_commands"]
