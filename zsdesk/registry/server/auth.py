"""Passwords (argon2), lockout after repeated failures, expiring bearer tokens, and the
dependencies that put a `Principal` into every handler and enforce roles."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.orm import Session

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, Text, msg
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.schemas.common import Role
from zsdesk.registry.server.clock import CHINA_TZ, Clock
from zsdesk.registry.server.deps import ClockDep, SessionDep
from zsdesk.registry.server.models.accounts import AccessToken, NetSignAccount, UnifiedAccount
from zsdesk.registry.server.problems import ApiError
from zsdesk.registry.server.settings import ServerSettings

# OWASP's argon2id minimum (19 MiB, t=2, p=1): a login costs ~15 ms, so 50 agents do not
# saturate two cores, while offline guessing stays expensive.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
_DUMMY_HASH = _hasher.hash("zsdesk-dummy-password")

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


class _Lockable(Protocol):
    failed_logins: int
    locked_until: datetime | None
    password_hash: str


BAD_CREDENTIALS = msg(QT_TRANSLATE_NOOP("messages", "账号或密码错误，请重新输入。"))


def failures_left(err: ApiError) -> int | None:
    """How many more wrong passwords the account takes before it locks, when the refusal said so."""
    left = err.detail.params.get("left") if isinstance(err.detail, Text) else None
    return left if isinstance(left, int) else None


def password_or_error(account: _Lockable | None, password: str, clock: Clock, settings: ServerSettings,
                      field: str = "password") -> ApiError | None:
    """Check a password against an account, counting failures and locking after
    `lockout_threshold` in a row. Returns the problem to raise (after committing), or None."""
    bad = ApiError(401, ErrorCode.BAD_CREDENTIALS, BAD_CREDENTIALS, field)
    if account is None:
        verify_password(_DUMMY_HASH, password)  # same work as a real check: no login enumeration by timing
        return bad
    now = clock.now()
    if account.locked_until is not None and account.locked_until > now:
        return _locked(account.locked_until, field)
    if verify_password(account.password_hash, password):
        account.failed_logins = 0
        account.locked_until = None
        return None
    account.failed_logins += 1
    if account.failed_logins >= settings.lockout_threshold:
        account.failed_logins = 0
        account.locked_until = now + timedelta(seconds=settings.lockout_duration_s)
        return _locked(account.locked_until, field)
    left = settings.lockout_threshold - account.failed_logins
    bad.detail = msg(QT_TRANSLATE_NOOP("messages", "账号或密码错误，请重新输入（再错 {left} 次账号将被暂时锁定）。"),
                     left=left)
    return bad


def _locked(until: datetime, field: str) -> ApiError:
    local = until.astimezone(CHINA_TZ).strftime("%H:%M")
    return ApiError(423, ErrorCode.ACCOUNT_LOCKED,
                    msg(QT_TRANSLATE_NOOP("messages", "密码错误次数过多，账号已暂时锁定，请于 {time} 后再试。"),
                        time=local), field,
                    extra={"locked_until": until.isoformat()})


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
