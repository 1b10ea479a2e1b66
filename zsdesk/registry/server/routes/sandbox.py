"""Sandbox-only endpoints (/api/v1/_sandbox): move the server clock, read the SMS outbox, get a
center reviewer token; in training mode, the demo accounts and demo properties. Mounted only when
`settings.sandbox_enabled`; not part of the protocol document."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.schemas.common import Role
from zsdesk.registry.schemas.sandbox import DemoPropertyOut
from zsdesk.registry.server.auth import issue_token
from zsdesk.registry.server.center import ensure_center_account
from zsdesk.registry.server.clock import MAX_OFFSET, ClockOffsetError
from zsdesk.registry.server.deps import ClockDep, SessionDep, SettingsDep
from zsdesk.registry.server.models.accounts import SmsMessage
from zsdesk.registry.server.problems import ApiError
from zsdesk.registry.server.training import DEMO_ACCOUNTS, demo_property_list

router = APIRouter(prefix="/api/v1/_sandbox", tags=["sandbox"], include_in_schema=False)


class ClockState(BaseModel):
    now: datetime
    offset_s: float


_MAX_OFFSET_S = MAX_OFFSET.total_seconds()


class ClockSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Finite and bounded here, so that timedelta() never overflows; the clock checks the sum.
    offset_s: float | None = Field(default=None, ge=-_MAX_OFFSET_S, le=_MAX_OFFSET_S, allow_inf_nan=False)
    advance_s: float | None = Field(default=None, ge=-2 * _MAX_OFFSET_S, le=2 * _MAX_OFFSET_S,
                                    allow_inf_nan=False, description="added to the current offset")


class SmsOut(BaseModel):
    id: int
    phone: str
    text: str
    sent_at: datetime


class DemoAccountOut(BaseModel):
    label: str
    login: str
    password: str
    kind: str
    description: str
    ready: bool = True


# DemoPropertyOut (GET /demo-properties) sits in zsdesk.registry.schemas.sandbox: the client parses it.


class TickResult(BaseModel):
    ran: int


class CenterToken(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    role: Role = Role.CENTER


@router.get("/clock", response_model=ClockState)
def get_clock(clock: ClockDep) -> ClockState:
    return ClockState(now=clock.now(), offset_s=clock.offset.total_seconds())


@router.put("/clock", response_model=ClockState)
def set_clock(body: ClockSet, clock: ClockDep) -> ClockState:
    field = "offset_s"
    try:
        if body.offset_s is not None:
            clock.set_offset(timedelta(seconds=body.offset_s))
        field = "advance_s"
        if body.advance_s is not None:
            clock.advance(timedelta(seconds=body.advance_s))
    except ClockOffsetError as exc:
        raise ApiError(422, ErrorCode.VALIDATION_FAILED,
                       msg(QT_TRANSLATE_NOOP("messages", "「{name}」会使沙盒时钟偏离超过 {years} 年，"
                                                         "请改小后重试。"), name=field, years=10),
                       field, extra={"max_offset_s": _MAX_OFFSET_S}) from exc
    return ClockState(now=clock.now(), offset_s=clock.offset.total_seconds())


@router.get("/sms", response_model=list[SmsOut])
def list_sms(session: SessionDep, phone: Annotated[str | None, Query(max_length=32)] = None) -> list[SmsOut]:
    q = select(SmsMessage).order_by(SmsMessage.id)
    if phone is not None:
        q = q.where(SmsMessage.phone == phone)
    return [SmsOut(id=m.id, phone=m.phone, text=m.text, sent_at=m.created_at) for m in session.scalars(q)]


@router.post("/center-token", response_model=CenterToken)
def center_token(session: SessionDep, clock: ClockDep, settings: SettingsDep) -> CenterToken:
    account = ensure_center_account(session, clock)
    token, expires = issue_token(session, clock, settings, unified_account_id=None, netsign_account_id=account.id)
    session.commit()
    return CenterToken(access_token=token, expires_at=expires)


@router.get("/demo-accounts", response_model=list[DemoAccountOut])
def demo_accounts(settings: SettingsDep) -> list[DemoAccountOut]:
    """The training mode's demo logins (the app's login window lists them); empty otherwise."""
    if not settings.training:
        return []
    return [DemoAccountOut(label=a.label, login=a.login, password=a.password, kind=a.kind,
                           description=a.description) for a in DEMO_ACCOUNTS]


@router.get("/demo-properties", response_model=list[DemoPropertyOut])
def demo_properties_route(settings: SettingsDep) -> list[DemoPropertyOut]:
    """The register's demo properties with the data to verify each (training mode only: a plain
    sandbox is a protocol test server, and owners' ID numbers are not something to hand out)."""
    if not settings.training:
        raise ApiError(404, ErrorCode.NOT_FOUND, msg(QT_TRANSLATE_NOOP("messages", "演示房源只在练习环境中提供。")))
    return demo_property_list()


@router.post("/tick", response_model=TickResult)
def tick(request: Request) -> TickResult:
    """Run the periodic tasks (auto-approval, expiry sweeps) now, after moving the clock."""
    from zsdesk.registry.server.app import PERIODIC_TASKS

    request.app.state.ticker.run_once()
    return TickResult(ran=len(PERIODIC_TASKS))
