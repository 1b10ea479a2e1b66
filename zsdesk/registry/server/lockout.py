"""Password checks that cannot be used to probe for accounts, and the lock after repeated failures.

Failures are counted per *name* in a realm (`FailedLogins`), not per account: an unknown login
name gets the same "再错 N 次" countdown and the same 423 as a real one, and the password is
checked against a dummy hash so both take the same time. Whose name counts is the caller's
choice of realm: a login counts against the login name typed; a bind (the caller proving a
net-sign password) counts against the calling unified account, so that nobody can lock someone
else's net-sign account by guessing at it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from zsdesk.domain.china_time import CHINA_TZ
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.server.auth import DUMMY_HASH, verify_password
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.models.accounts import FailedLogins
from zsdesk.registry.server.problems import ApiError
from zsdesk.registry.server.settings import ServerSettings


class Realm(StrEnum):
    LOGIN = "login"        # unified-account login, by the login name typed
    BIND = "bind"          # net-sign passwords tried by a unified account, by that account
    PASSWORD = "password"  # the old password of a password change, by the net-sign account


@dataclass(frozen=True, slots=True)
class Wording:
    """Marked "messages" templates: `wrong` has `{left}`, `locked` has `{time}`."""

    wrong: str
    locked: str


LOGIN_WORDING = Wording(
    QT_TRANSLATE_NOOP("messages", "账号或密码错误，请重新输入（再错 {left} 次账号将被暂时锁定）。"),
    QT_TRANSLATE_NOOP("messages", "密码错误次数过多，账号已暂时锁定，请于 {time} 后再试。"))


def name_key(name: str) -> str:
    """One key for every way of writing a name (width, case, surrounding blanks), so that "Alice",
    "alice" and "ａｌｉｃｅ" share one count instead of giving five guesses each."""
    normalised = unicodedata.normalize("NFKC", name).strip().casefold()
    return hashlib.sha256(normalised.encode("utf-8", "surrogatepass")).hexdigest()


def check_password(session: Session, realm: Realm, name: str, password_hash: str | None, password: str,
                   clock: Clock, settings: ServerSettings, field: str,
                   wording: Wording = LOGIN_WORDING) -> ApiError | None:
    """None when `password` matches `password_hash` (None: no such account) and `name` is not locked;
    otherwise the problem to raise after committing (the count and the lock must stay)."""
    key = name_key(name)
    now = clock.now()
    row = _row(session, realm, key)
    if row is not None and _is_locked(row, now):
        return _locked(row, field, wording)
    # Same work for an unknown name as for a real one: no probing by timing either.
    ok = verify_password(password_hash or DUMMY_HASH, password) and password_hash is not None
    # Decide under the row's lock: concurrent guesses must not each see a count below the limit.
    row = _row(session, realm, key, for_update=True)
    if row is None and not ok:
        _purge_stale(session, now, settings)
        _insert_missing(session, realm, key, now)  # waits for a concurrent first failure to commit
        row = _row(session, realm, key, for_update=True)
        assert row is not None
    if row is not None and _is_locked(row, now):
        return _locked(row, field, wording)
    if ok:
        if row is not None:
            session.delete(row)
        return None
    assert row is not None
    if row.last_failed_at <= now - timedelta(seconds=settings.lockout_duration_s):
        row.failures = 0   # failures further back than one lock period are forgotten
    row.failures += 1
    row.last_failed_at = now
    if row.failures >= settings.lockout_threshold:
        row.failures = 0
        row.locked_until = now + timedelta(seconds=settings.lockout_duration_s)
        return _locked(row, field, wording)
    row.locked_until = None
    return ApiError(401, ErrorCode.BAD_CREDENTIALS,
                    msg(wording.wrong, left=settings.lockout_threshold - row.failures), field)


def _row(session: Session, realm: Realm, key: str, *, for_update: bool = False) -> FailedLogins | None:
    stmt = select(FailedLogins).where(FailedLogins.realm == realm.value, FailedLogins.name_hash == key)
    if for_update:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    return session.scalar(stmt)


def _is_locked(row: FailedLogins, now: datetime) -> bool:
    return row.locked_until is not None and row.locked_until > now


def _locked(row: FailedLogins, field: str, wording: Wording) -> ApiError:
    assert row.locked_until is not None
    local = row.locked_until.astimezone(CHINA_TZ).strftime("%H:%M")
    return ApiError(423, ErrorCode.ACCOUNT_LOCKED, msg(wording.locked, time=local), field,
                    extra={"locked_until": row.locked_until.isoformat()})


def _insert_missing(session: Session, realm: Realm, key: str, now: datetime) -> None:
    """Insert the name's row unless a concurrent request just did (no IntegrityError, no 500)."""
    values = {"realm": realm.value, "name_hash": key, "failures": 0, "last_failed_at": now, "locked_until": None}
    if session.get_bind().dialect.name == "postgresql":
        session.execute(postgresql.insert(FailedLogins).values(values).on_conflict_do_nothing())
    else:
        session.execute(sqlite.insert(FailedLogins).values(values).on_conflict_do_nothing())


def _purge_stale(session: Session, now: datetime, settings: ServerSettings) -> None:
    """Names tried once and never again would pile up: rows past their lock and their window go
    (done on a new name's first failure, so the table stays as small as the recent guessing)."""
    horizon = now - timedelta(seconds=settings.lockout_duration_s)
    session.execute(delete(FailedLogins).where(
        FailedLogins.last_failed_at <= horizon,
        or_(FailedLogins.locked_until.is_(None), FailedLogins.locked_until <= now))
        .execution_options(synchronize_session=False))
