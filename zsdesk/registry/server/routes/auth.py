"""/api/v1/auth: unified-identity registration and login, binding to a net-sign account (the work is
`accounts_service`'s)."""

from __future__ import annotations

from fastapi import APIRouter

from zsdesk.registry.schemas.accounts import (
    AccountInfo,
    BindRequest,
    LoginRequest,
    PasswordChange,
    TokenOut,
    UnifiedAccountOut,
    UnifiedRegistration,
)
from zsdesk.registry.schemas.common import Ok, problem_responses
from zsdesk.registry.server import accounts_service as svc
from zsdesk.registry.server.auth import MemberDep, PrincipalDep, UnifiedDep
from zsdesk.registry.server.deps import ClockDep, SessionDep, SettingsDep

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


@router.post("/register", status_code=201, response_model=UnifiedAccountOut,
             responses=problem_responses(409, 422))
def register(body: UnifiedRegistration, session: SessionDep, clock: ClockDep) -> UnifiedAccountOut:
    """统一身份认证平台 法人账号注册. A company may register several; each binds to one net-sign account."""
    return svc.register(session, body, clock)


@router.post("/login", response_model=TokenOut, responses=problem_responses(401, 403, 422, 423))
def login(body: LoginRequest, session: SessionDep, clock: ClockDep, settings: SettingsDep) -> TokenOut:
    """法人登录（账号密码）. Bound accounts get a token for their net-sign account and its role."""
    return svc.login(session, body, clock, settings)


@router.post("/bind", response_model=TokenOut, responses=problem_responses(401, 403, 409, 422, 423))
def bind(body: BindRequest, who: UnifiedDep, session: SessionDep, clock: ClockDep,
         settings: SettingsDep) -> TokenOut:
    """关联本地用户: bind this unified account to a net-sign account (strictly one-to-one; the
    unified account's USCC must be the agency's). Answers a token for the net-sign account."""
    return svc.bind(session, who, body, clock, settings)


@router.get("/me", response_model=AccountInfo, responses=problem_responses(401))
def me(who: PrincipalDep, session: SessionDep) -> AccountInfo:
    return svc.account_info(session, who)


@router.post("/logout", response_model=Ok, responses=problem_responses(401))
def logout(who: PrincipalDep, session: SessionDep) -> Ok:
    svc.logout(session, who)
    return Ok()


@router.post("/password", response_model=Ok, responses=problem_responses(401, 403, 422, 423))
def change_password(body: PasswordChange, who: MemberDep, session: SessionDep, clock: ClockDep,
                    settings: SettingsDep) -> Ok:
    """Change the bound net-sign account's password (e.g. the agency's initial 123456)."""
    svc.change_password(session, who, body, clock, settings)
    return Ok()
