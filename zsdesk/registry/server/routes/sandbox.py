"""Sandbox-only endpoints (/api/v1/_sandbox): move the server clock, read the SMS outbox, get a
center reviewer token, open an agency with its initial password handed over, switch the automatic
approval; in training mode, the demo accounts and demo properties. Mounted only when
`settings.sandbox_enabled`; not part of the protocol document."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.schemas.accounts import AgencyCreate
from zsdesk.registry.schemas.sandbox import (
    AutoApproveSet,
    AutoApproveState,
    CenterToken,
    ClockState,
    DemoPropertyOut,
    SmsOut,
    TickResult,
    TrainingAgencyOut,
)
from zsdesk.registry.server import center
from zsdesk.registry.server.auth import issue_token
from zsdesk.registry.server.center import ensure_center_account
from zsdesk.registry.server.clock import MAX_OFFSET, ClockOffsetError
from zsdesk.registry.server.deps import ClockDep, SessionDep, SettingsDep, TickerDep
from zsdesk.registry.server.models.accounts import AccessToken, SmsMessage
from zsdesk.registry.server.problems import ApiError
from zsdesk.registry.server.training import (
    DEMO_ACCOUNTS,
    auto_approve_enabled,
    demo_property_list,
    set_auto_approve,
)

router = APIRouter(prefix="/api/v1/_sandbox", tags=["sandbox"], include_in_schema=False)


_MAX_OFFSET_S = MAX_OFFSET.total_seconds()


class ClockSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Finite and bounded here, so that timedelta() never overflows; the clock checks the sum.
    offset_s: float | None = Field(default=None, ge=-_MAX_OFFSET_S, le=_MAX_OFFSET_S, allow_inf_nan=False)
    advance_s: float | None = Field(default=None, ge=-2 * _MAX_OFFSET_S, le=2 * _MAX_OFFSET_S,
                                    allow_inf_nan=False, description="added to the current offset")
    # 练习环境: a trainee moving the clock to watch the 24-hour rule stays signed in (live tokens move
    # with the clock); off, as tests of token expiry need it.
    keep_sessions: bool = False


class DemoAccountOut(BaseModel):
    label: str
    login: str
    password: str
    kind: str
    description: str
    ready: bool = True


# The answers the app parses (clock, SMS, center token, demo properties, agencies, automatic
# approval) sit in zsdesk.registry.schemas.sandbox.


@router.get("/clock", response_model=ClockState)
def get_clock(clock: ClockDep) -> ClockState:
    return ClockState(now=clock.now(), offset_s=clock.offset.total_seconds())


@router.put("/clock", response_model=ClockState)
def set_clock(body: ClockSet, clock: ClockDep, session: SessionDep) -> ClockState:
    field = "offset_s"
    before = clock.offset
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
    moved = clock.offset - before
    if body.keep_sessions and moved:
        # Tokens still valid before the move stay valid for what was left of them (row by row: date
        # arithmetic in SQL differs between SQLite and PostgreSQL; a sandbox has few live tokens).
        for token in session.scalars(select(AccessToken).where(AccessToken.revoked.is_(False),
                                                               AccessToken.expires_at > clock.now() - moved)):
            token.expires_at = token.expires_at + moved
        session.commit()
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


@router.post("/agencies", status_code=201, response_model=TrainingAgencyOut)
def open_agency(body: AgencyCreate, session: SessionDep, clock: ClockDep, settings: SettingsDep) -> TrainingAgencyOut:
    """开通中介机构网签账号 as the center does at its counter (练习：新建中介机构), answering what the
    center hands over: the login (the agency's full registered name) and the initial password."""
    password = settings.agency_initial_password
    agency = center.create_agency(session, clock, body.name, body.uscc, password)
    session.commit()
    return TrainingAgencyOut(id=agency.id, name=agency.name, uscc=agency.uscc, netsign_login=agency.name,
                             initial_password=password, created_at=agency.created_at)


@router.get("/auto-approve", response_model=AutoApproveState)
def get_auto_approve(session: SessionDep, settings: SettingsDep) -> AutoApproveState:
    return AutoApproveState(enabled=settings.training and auto_approve_enabled(session),
                            delay_s=settings.auto_approve_delay_s)


@router.put("/auto-approve", response_model=AutoApproveState)
def put_auto_approve(body: AutoApproveSet, session: SessionDep, settings: SettingsDep) -> AutoApproveState:
    """Switch the training mode's automatic approval (the trainee then reviews in the app)."""
    set_auto_approve(session, body.enabled)
    session.commit()
    return AutoApproveState(enabled=settings.training and body.enabled, delay_s=settings.auto_approve_delay_s)


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
def tick(ticker: TickerDep) -> TickResult:
    """Run this app's periodic tasks (auto-approval, expiry sweeps) now, after moving the clock."""
    return TickResult(ran=ticker.run_once())
