"""The outbox: commands the registry has not confirmed yet, kept in the local cache.

A use case writes its local change and calls :func:`enqueue` in the *same* SQLite transaction,
so either both the edit and its command exist or neither does; nothing typed is ever lost.
Per entity (e.g. one contract) commands keep their order (``seq``); the ``Idempotency-Key`` is
made here, once, and sent with every retry, so the registry executes each command once.

States: ``pending`` (waiting or retrying), ``failed`` (refused for good — blocks the entity's
later commands until the user corrects and retries, or discards), ``done``, ``discarded``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session, aliased

from zsdesk.registry.exceptions import RegistryError
from zsdesk.registry.i18n_wire import text_from_wire, text_to_wire
from zsdesk.store.models import OutboxCommand


class CommandState(StrEnum):
    PENDING = "pending"
    FAILED = "failed"
    DONE = "done"
    DISCARDED = "discarded"


OPEN_STATES = (CommandState.PENDING, CommandState.FAILED)


def _now() -> datetime:
    return datetime.now(UTC)


def new_idempotency_key() -> str:
    return uuid.uuid4().hex


def enqueue(session: Session, entity_type: str, entity_id: str, kind: str, payload: Mapping[str, Any],
            *, now: datetime | None = None) -> OutboxCommand:
    """Add a command inside the caller's transaction (the caller commits)."""
    last = session.scalar(select(func.max(OutboxCommand.seq)).where(
        OutboxCommand.entity_type == entity_type, OutboxCommand.entity_id == entity_id))
    cmd = OutboxCommand(entity_type=entity_type, entity_id=entity_id, seq=(last or 0) + 1, kind=kind,
                        payload=dict(payload), idempotency_key=new_idempotency_key(),
                        state=CommandState.PENDING, attempts=0, created_at=now or _now(), next_attempt_at=None)
    session.add(cmd)
    session.flush()
    return cmd


def heads(session: Session) -> list[OutboxCommand]:
    """The first open command of every entity, oldest first (a failed head blocks its entity)."""
    later = aliased(OutboxCommand)
    earlier_open = (select(later.id).where(
        later.entity_type == OutboxCommand.entity_type, later.entity_id == OutboxCommand.entity_id,
        later.seq < OutboxCommand.seq, later.state.in_(OPEN_STATES)).exists())
    stmt = (select(OutboxCommand).where(OutboxCommand.state.in_(OPEN_STATES), ~earlier_open)
            .order_by(OutboxCommand.id))
    return list(session.scalars(stmt))


def ready(session: Session, now: datetime | None = None, limit: int | None = None) -> list[OutboxCommand]:
    """Heads that are pending and due."""
    now = now or _now()
    out = [c for c in heads(session) if c.state == CommandState.PENDING
           and (c.next_attempt_at is None or c.next_attempt_at <= now)]
    return out[:limit] if limit is not None else out


def counts(session: Session) -> tuple[int, int]:
    """(waiting to be sent, refused by the registry): the two kinds of open command, in one query.
    A command waiting behind a refused one of its contract is still waiting."""
    rows = dict(session.execute(select(OutboxCommand.state, func.count()).where(
        OutboxCommand.state.in_([str(x) for x in OPEN_STATES])).group_by(OutboxCommand.state)).tuples().all())
    return int(rows.get(str(CommandState.PENDING), 0)), int(rows.get(str(CommandState.FAILED), 0))


def pending_count(session: Session) -> int:
    """Commands waiting to be sent; refused ones are not (they wait for the agent, see `counts`)."""
    return counts(session)[0]


def open_count(session: Session) -> int:
    """Every command still in the outbox: waiting or refused (0 means the outbox is drained)."""
    return sum(counts(session))


def open_commands(session: Session, entity_type: str | None = None,
                  entity_id: str | None = None) -> list[OutboxCommand]:
    conds: list[ColumnElement[bool]] = [OutboxCommand.state.in_(OPEN_STATES)]
    if entity_type is not None:
        conds.append(OutboxCommand.entity_type == entity_type)
    if entity_id is not None:
        conds.append(OutboxCommand.entity_id == entity_id)
    return list(session.scalars(select(OutboxCommand).where(and_(*conds)).order_by(OutboxCommand.id)))


def has_open(session: Session, entity_type: str, entity_id: str) -> bool:
    return session.scalar(select(OutboxCommand.id).where(
        OutboxCommand.entity_type == entity_type, OutboxCommand.entity_id == entity_id,
        OutboxCommand.state.in_(OPEN_STATES)).limit(1)) is not None


def list_failed(session: Session) -> list[OutboxCommand]:
    """Commands the registry refused for good: the GUI shows each with its error."""
    return list(session.scalars(select(OutboxCommand).where(OutboxCommand.state == CommandState.FAILED)
                                .order_by(OutboxCommand.id)))


@dataclass(frozen=True, slots=True)
class FailedCommand:
    """What the GUI shows for a refused command (no payload: it may hold personal data)."""

    id: int
    entity_type: str
    entity_id: str
    kind: str
    code: str
    field: str
    detail: str
    attempts: int
    created_at: datetime


def describe_failed(session: Session) -> list[FailedCommand]:
    return [FailedCommand(c.id, c.entity_type, c.entity_id, c.kind, c.last_error_code, error_field(c),
                          stored_detail(c.last_error_detail, c.last_error_text), c.attempts, c.created_at)
            for c in list_failed(session)]


def stored_detail(detail: str, recipe: str) -> str:
    """The refusal's detail as kept, as a Text again when its recipe was kept with it."""
    if not recipe:
        return detail
    try:
        wire = json.loads(recipe)
    except ValueError:
        return detail
    return text_from_wire(detail, wire)


def _keep_error(cmd: OutboxCommand, err: RegistryError) -> None:
    cmd.last_error_code = str(err.code)[:64]
    cmd.last_error_detail = err.detail[:2000]
    wire = text_to_wire(err.detail) if len(err.detail) <= 2000 else None
    recipe = json.dumps(wire, ensure_ascii=False) if wire is not None else ""
    cmd.last_error_text = recipe if len(recipe) <= 4000 else ""


def error_field(cmd: OutboxCommand) -> str:
    return cmd.last_error_field or ""


# A command that will never be sent again keeps no body: its payload held the parties' names, ID
# numbers and phones, which must not stay in the cache for as long as it lives. The row (kind, entity,
# key, when) is kept for ordering and counting.
_NO_PAYLOAD: dict[str, Any] = {}


def forget_closed_payloads(session: Session) -> int:
    """Blank the bodies of sent and discarded commands kept by an older version; returns how many."""
    rows = list(session.scalars(select(OutboxCommand).where(
        OutboxCommand.state.in_([str(CommandState.DONE), str(CommandState.DISCARDED)]))))
    blanked = 0
    for cmd in rows:
        if cmd.payload:
            cmd.payload = dict(_NO_PAYLOAD)
            blanked += 1
    return blanked


def mark_done(cmd: OutboxCommand) -> None:
    cmd.state = CommandState.DONE
    cmd.payload = dict(_NO_PAYLOAD)
    cmd.attempts += 1
    cmd.next_attempt_at = None
    cmd.last_error_code = ""
    cmd.last_error_detail = ""
    cmd.last_error_field = ""
    cmd.last_error_text = ""


def mark_retry(cmd: OutboxCommand, err: RegistryError, next_at: datetime) -> None:
    cmd.attempts += 1
    cmd.next_attempt_at = next_at
    _keep_error(cmd, err)


def mark_failed(cmd: OutboxCommand, err: RegistryError) -> None:
    cmd.state = CommandState.FAILED
    cmd.attempts += 1
    cmd.next_attempt_at = None
    _keep_error(cmd, err)
    cmd.last_error_field = (err.field or "")[:200]


def retry(session: Session, cmd_id: int, payload: Mapping[str, Any] | None = None) -> OutboxCommand:
    """Send a refused command again, optionally with a corrected payload.

    A new Idempotency-Key is drawn: the registry refused the old one without executing it (and
    a corrected body under the old key would be refused as a reused key)."""
    cmd = _get(session, cmd_id)
    if cmd.state != CommandState.FAILED:
        raise ValueError(f"command {cmd_id} is {cmd.state}, not failed")
    if payload is not None:
        cmd.payload = dict(payload)
    cmd.idempotency_key = new_idempotency_key()
    cmd.state = CommandState.PENDING
    cmd.next_attempt_at = None
    return cmd


def discard(session: Session, cmd_id: int) -> OutboxCommand:
    """The user gave up on a refused (or still pending) command; it is kept as discarded."""
    cmd = _get(session, cmd_id)
    if cmd.state not in OPEN_STATES:
        raise ValueError(f"command {cmd_id} is {cmd.state}; only open commands can be discarded")
    cmd.state = CommandState.DISCARDED
    cmd.payload = dict(_NO_PAYLOAD)
    cmd.next_attempt_at = None
    return cmd


def discard_entity(session: Session, entity_type: str, entity_id: str) -> int:
    n = 0
    for cmd in open_commands(session, entity_type, entity_id):
        cmd.state = CommandState.DISCARDED
        n += 1
    return n


def _get(session: Session, cmd_id: int) -> OutboxCommand:
    cmd = session.get(OutboxCommand, cmd_id)
    if cmd is None:
        raise LookupError(f"no outbox command {cmd_id}")
    return cmd
