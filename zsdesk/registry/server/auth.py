"""Passwords (argon2), expiring bearer tokens, and the dependencies that put a `Principal` into
every handler and enforce roles. Counting wrong passwords and locking: `lockout`."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.orm import Session

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.schemas.common import Role
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.deps import ClockDep, SessionDep
from zsdesk.registry.server.models.accounts import AccessToken, NetSignAccount, UnifiedAccount
from zsdesk.registry.server.problems import ApiError
from zsdesk.registry.server.settings import ServerSettings

# OWASP's argon2id minimum (19 MiB, t=2, p=1): a login costs ~15 ms, so 50 agents do not
# saturate two cores, while offline guessing stays expensive.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
# Checked instead when no account has the name given: the same work, so no probing by timing.
DUMMY_HASH = _hasher.hash("zsdesk-dummy-password")

_bearer = HTTPBearer(auto_error=False, description="登录后取得的访问令牌（Bearer）")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_password(length: int = 10) -> str:
    """Random password for staff accounts (sent by SMS): no look-alike characters."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789"
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in pw) and any(c.isalpha() for c in pw):
            return pw


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(session: Session, clock: Clock, settings: ServerSettings, *,
                unified_account_id: int | None, netsign_account_id: int | None) -> tuple[str, datetime]:
    token = secrets.token_urlsafe(32)
    now = clock.now()
    expires = now + timedelta(seconds=settings.token_ttl_s)
    session.add(AccessToken(token_hash=token_hash(token), unified_account_id=unified_account_id,
                            netsign_account_id=netsign_account_id, expires_at=expires, revoked=False,
                            created_at=now))
    return token, expires


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling. `account_id` is the net-sign account (None for an unbound unified login)."""

    role: Role
    token_hash: str
    unified_account_id: int | None = None
    account_id: int | None = None
    agency_id: int | None = None
    staff_id: int | None = None

    @property
    def key(self) -> str:
        """Stable identity for per-account records (idempotency keys)."""
        if self.account_id is not None:
            return f"netsign:{self.account_id}"
        return f"unified:{self.unified_account_id}"


_UNAUTHORIZED = msg(QT_TRANSLATE_NOOP("messages", "请先登录。"))


def _unauthorized(detail: str = _UNAUTHORIZED, code: ErrorCode = ErrorCode.UNAUTHORIZED) -> ApiError:
    return ApiError(401, code, detail, headers={"WWW-Authenticate": "Bearer"})


def principal_for_token(session: Session, clock: Clock, token: str) -> Principal:
    th = token_hash(token)
    row = session.get(AccessToken, th)
    if row is None or row.revoked:
        raise _unauthorized(msg(QT_TRANSLATE_NOOP("messages", "登录已失效，请重新登录。")))
    if row.expires_at <= clock.now():
        raise _unauthorized(msg(QT_TRANSLATE_NOOP("messages", "登录已过期，请重新登录。")), ErrorCode.TOKEN_EXPIRED)
    if row.netsign_account_id is None:
        return Principal(Role.UNIFIED, th, unified_account_id=row.unified_account_id)
    acc = session.get(NetSignAccount, row.netsign_account_id)
    if acc is None or not acc.active:
        raise _unauthorized(msg(QT_TRANSLATE_NOOP("messages", "该网签账号已注销或停用，无法登录。")),
                            ErrorCode.ACCOUNT_DISABLED)
    return Principal(Role(acc.kind), th, unified_account_id=row.unified_account_id, account_id=acc.id,
                     agency_id=acc.agency_id, staff_id=acc.staff_id)


def current_principal(
    session: SessionDep,
    clock: ClockDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise _unauthorized()
    try:
        return principal_for_token(session, clock, credentials.credentials)
    finally:
        # End the token lookup's transaction here. FastAPI runs this dependency and the handler in
        # separate thread-pool calls: on SQLite (BEGIN IMMEDIATE) a transaction left open would hold
        # the write lock while the request waits for a pool thread that other requests, blocked on
        # that very lock, occupy — a deadlock until the busy timeout (seen under 50 agents).
        session.commit()


PrincipalDep = Annotated[Principal, Depends(current_principal)]

_ROLE_TEXT = {Role.UNIFIED: QT_TRANSLATE_NOOP("labels", "统一身份认证账号（未关联网签账号）"),
              Role.AGENCY: QT_TRANSLATE_NOOP("labels", "中介机构账号"),
              Role.STAFF: QT_TRANSLATE_NOOP("labels", "从业人员账号"),
              Role.CENTER: QT_TRANSLATE_NOOP("labels", "交易中心审核账号")}


def _role_list(roles: tuple[Role, ...]) -> str:
    """"A、B、C", built pairwise so that each role stays a label the client can translate."""
    listed: str = _ROLE_TEXT[roles[0]]
    for role in roles[1:]:
        listed = msg(QT_TRANSLATE_NOOP("messages", "{first}、{second}"), first=listed, second=_ROLE_TEXT[role])
    return listed


def require_roles(*roles: Role) -> object:
    allowed = _role_list(roles)

    def dependency(principal: PrincipalDep) -> Principal:
        if principal.role not in roles:
            raise ApiError(403, ErrorCode.FORBIDDEN,
                           msg(QT_TRANSLATE_NOOP("messages", "{role}无权执行此操作，仅限{allowed}。"),
                               role=_ROLE_TEXT[principal.role], allowed=allowed))
        return principal

    return Depends(dependency)


AgencyDep = Annotated[Principal, require_roles(Role.AGENCY)]
StaffDep = Annotated[Principal, require_roles(Role.STAFF)]
CenterDep = Annotated[Principal, require_roles(Role.CENTER)]
MemberDep = Annotated[Principal, require_roles(Role.AGENCY, Role.STAFF)]  # anyone inside an agency
UnifiedDep = Annotated[Principal, require_roles(Role.UNIFIED)]


def find_unified(session: Session, login: str) -> UnifiedAccount | None:
    return session.scalar(select(UnifiedAccount).where(UnifiedAccount.login == login))


def find_netsign(session: Session, login: str) -> NetSignAccount | None:
    return session.scalar(select(NetSignAccount).where(NetSignAccount.login == login))
