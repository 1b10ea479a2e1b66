"""Run a command once per (account, Idempotency-Key); a repeat replays the stored first result.

Usage in a route::

    @router.post("/things", status_code=201, response_model=ThingOut)
    def create_thing(body: ThingIn, request: Request, session: SessionDep, who: StaffDep,
                     idem_key: IdempotencyKeyDep) -> Response:
        def command() -> tuple[int, BaseModel]:
            thing = ...; session.add(thing); session.flush()
            return 201, ThingOut(...)
        return run_idempotent(session, who, idem_key, request, body, command)

`run_idempotent` commits. A command that raises (ApiError) stores nothing, so a retry with the
same key runs it again. The same key with a different body is refused (IDEMPOTENCY_KEY_REUSED).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.schemas.common import IDEMPOTENCY_HEADER, PROBLEM_MEDIA_TYPE, REPLAYED_HEADER
from zsdesk.registry.server.auth import Principal
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.models.idempotency import IdempotencyRecord
from zsdesk.registry.server.problems import ApiError

IdempotencyKeyDep = Annotated[
    str | None,
    Header(alias=IDEMPOTENCY_HEADER, min_length=1, max_length=200,
           description="同一命令重试时使用同一个键：服务器只执行一次，重复请求返回第一次的结果。"),
]

Command = Callable[[], tuple[int, BaseModel]]


def fingerprint(request: Request, payload: BaseModel | bytes | None) -> str:
    h = hashlib.sha256()
    h.update(request.method.encode())
    h.update(b" ")
    h.update(request.url.path.encode())
    h.update(b"\n")
    if isinstance(payload, BaseModel):
        h.update(payload.model_dump_json().encode())
    elif payload is not None:
        h.update(payload)
    return h.hexdigest()


def _replay(row: IdempotencyRecord, fp: str) -> JSONResponse:
    if row.fingerprint != fp:
        raise ApiError(422, ErrorCode.IDEMPOTENCY_KEY_REUSED,
                       msg(QT_TRANSLATE_NOOP("messages", "该幂等键已用于另一个不同的请求，请为新请求生成新的键。")),
                       IDEMPOTENCY_HEADER)
    media_type = PROBLEM_MEDIA_TYPE if row.status_code >= 400 else None
    return JSONResponse(row.body, status_code=row.status_code, headers={REPLAYED_HEADER: "true"},
                        media_type=media_type)


def redact_records(session: Session, principal_key: str, since: datetime,
                   replacement: Callable[[Any], ApiError | None]) -> int:
    """Replace each stored answer of `principal_key` since `since` for which `replacement` gives a
    problem with that problem: the key still replays, but no longer the content it once returned
    (a deleted draft's parties). Does not commit; returns how many were replaced."""
    rows = session.execute(select(IdempotencyRecord.id, IdempotencyRecord.body).where(
        IdempotencyRecord.principal == principal_key, IdempotencyRecord.created_at >= since)).all()
    n = 0
    for row_id, body in rows:
        problem = replacement(body)
        if problem is not None:
            session.execute(update(IdempotencyRecord).where(IdempotencyRecord.id == row_id)
                            .values(status_code=problem.status, body=problem.body())
                            .execution_options(synchronize_session=False))
            n += 1
    return n


def _find(session: Session, principal: Principal, key: str) -> IdempotencyRecord | None:
    return session.scalar(select(IdempotencyRecord).where(IdempotencyRecord.principal == principal.key,
                                                         IdempotencyRecord.key == key))


def run_idempotent(session: Session, principal: Principal, key: str | None, request: Request,
                   payload: BaseModel | bytes | None, command: Command, clock: Clock | None = None) -> JSONResponse:
    fp = fingerprint(request, payload)
    if key is not None:
        existing = _find(session, principal, key)
        if existing is not None:
            return _replay(existing, fp)
    try:
        status, result = command()
    except ApiError:
        # The command may have failed only because a concurrent request with this key did it first
        # (e.g. it waited on that request's row lock, then found the contract filed): a retry
        # gets the first answer, not a refusal of its own effect.
        if key is None:
            raise
        session.rollback()
        winner = _find(session, principal, key)
        if winner is None:
            raise
        return _replay(winner, fp)
    body: Any = result.model_dump(mode="json")
    if key is not None:
        now_clock: Clock = clock if clock is not None else request.app.state.clock
        session.add(IdempotencyRecord(principal=principal.key, key=key, fingerprint=fp, status_code=status,
                                      body=body, created_at=now_clock.now()))
    try:
        session.commit()
    except IntegrityError:
        # A concurrent request with the same key won the race: undo ours, replay theirs.
        session.rollback()
        if key is None:
            raise
        winner = _find(session, principal, key)
        if winner is None:
            raise
        return _replay(winner, fp)
    return JSONResponse(body, status_code=status)
