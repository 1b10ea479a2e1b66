"""Accounts on the registry side: unified-identity registration and login, binding to a net-sign
account, logout and password change (the /api/v1/auth routes call these), and the account look-ups
shared with the center and the feed.

Failed password checks are counted and locks kept (`lockout`), so the commands commit their own
work, also on the way to a refusal.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.identity import validate_id
from zsdesk.domain.uscc import normalize_uscc, validate_uscc
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.schemas.accounts import (
    AccountInfo,
    AgencyOut,
    BindRequest,
    LoginRequest,
    PasswordChange,
    TokenOut,
    UnifiedAccountOut,
    UnifiedRegistration,
)
from zsdesk.registry.schemas.changes import ChangeOp, Entity
from zsdesk.registry.schemas.common import Role
from zsdesk.registry.server.auth import Principal, find_netsign, find_unified, hash_password, issue_token
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.feed import record_change
from zsdesk.registry.server.lockout import Realm, Wording, check_password
from zsdesk.registry.server.models.accounts import AccessToken, Agency, NetSignAccount, UnifiedAccount
from zsdesk.registry.server.models.staff import StaffMember
from zsdesk.registry.server.problems import ApiError, raise_on_issues
from zsdesk.registry.server.settings import ServerSettings

_DISABLED = msg(QT_TRANSLATE_NOOP("messages", "该网签账号已注销或停用，无法登录。"
                                              "如有疑问请联系所属中介机构或交易中心。"))
_LOGIN_TAKEN = msg(QT_TRANSLATE_NOOP("messages", "该登录账号已被注册，请换一个账号名。"))
_NETSIGN_TAKEN = msg(QT_TRANSLATE_NOOP("messages", "该网签账号已关联其他统一身份认证账号，不能重复关联。"))
# One answer for an unknown net-sign name and a wrong password; the lock is the caller's own.
_BIND_WORDING = Wording(
    QT_TRANSLATE_NOOP("messages", "网签账号名或密码错误（机构账号名为营业执照上的公司全称，"
                                  "初始密码 123456）。（再错 {left} 次账号将被暂时锁定）。"),
    QT_TRANSLATE_NOOP("messages", "网签账号名或密码错误次数过多，本统一身份认证账号已暂时不能关联网签账号，"
                                  "请于 {time} 后再试。"))


def register(session: Session, body: UnifiedRegistration, clock: Clock) -> UnifiedAccountOut:
    """统一身份认证平台 法人账号注册. A company may register several; each binds to one net-sign account."""
    issues = validate_uscc(body.uscc, "uscc") + validate_id(body.legal_rep_id_type, body.legal_rep_id_number,
                                                            "legal_rep_id_number")
    if not body.company_name.strip():
        raise ApiError(422, ErrorCode.VALIDATION_FAILED, msg(QT_TRANSLATE_NOOP("messages", "请填写单位/企业名称。")),
                       "company_name")
    raise_on_issues(issues)
    if find_unified(session, body.login) is not None:
        raise ApiError(409, ErrorCode.LOGIN_TAKEN, _LOGIN_TAKEN, "login")
    account = UnifiedAccount(
        login=body.login, password_hash=hash_password(body.password), company_name=body.company_name.strip(),
        uscc=normalize_uscc(body.uscc), address=body.address.strip(), legal_rep_name=body.legal_rep_name.strip(),
        legal_rep_id_number=body.legal_rep_id_number.strip(), failed_logins=0, created_at=clock.now())
    session.add(account)
    try:
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise ApiError(409, ErrorCode.LOGIN_TAKEN, _LOGIN_TAKEN, "login") from exc
    return UnifiedAccountOut(id=account.id, login=account.login, company_name=account.company_name,
                             uscc=account.uscc, bound=False, created_at=account.created_at)


def login(session: Session, body: LoginRequest, clock: Clock, settings: ServerSettings) -> TokenOut:
    """法人登录（账号密码）. Bound accounts get a token for their net-sign account and its role."""
    account = find_unified(session, body.login)
    err = check_password(session, Realm.LOGIN, body.login, account.password_hash if account else None,
                         body.password, clock, settings, "password")
    if err is not None:
        session.commit()  # keep the failure count / lock
        raise err
    assert account is not None
    netsign = session.get(NetSignAccount, account.bound_account_id) if account.bound_account_id else None
    if netsign is not None and not netsign.active:
        session.commit()
        raise ApiError(403, ErrorCode.ACCOUNT_DISABLED, _DISABLED)
    token, expires = issue_token(session, clock, settings, unified_account_id=account.id,
                                 netsign_account_id=netsign.id if netsign else None)
    role = Role(netsign.kind) if netsign else Role.UNIFIED
    info = describe(session, role, account, netsign)
    session.commit()
    return TokenOut(access_token=token, expires_at=expires, role=role, account=info)


def bind(session: Session, who: Principal, body: BindRequest, clock: Clock, settings: ServerSettings) -> TokenOut:
    """关联本地用户: bind this unified account to a net-sign account (strictly one-to-one; the
    unified account's USCC must be the agency's). Answers a token for the net-sign account."""
    unified = session.get(UnifiedAccount, who.unified_account_id)
    assert unified is not None
    if unified.bound_account_id is not None:
        raise ApiError(409, ErrorCode.BINDING_TAKEN,
                       msg(QT_TRANSLATE_NOOP("messages", "该统一身份认证账号已关联其他网签账号；"
                                                         "每个网签账号需单独注册一个统一身份认证账号。")), "unified")
    netsign = find_netsign(session, body.netsign_login.strip())
    if netsign is not None and netsign.kind == Role.CENTER.value:
        netsign = None
    # Counted against the caller, never the target: guessing at an agency's password must not
    # lock that agency out of binding its own account.
    err = check_password(session, Realm.BIND, str(unified.id), netsign.password_hash if netsign else None,
                         body.netsign_password, clock, settings, "netsign_password", _BIND_WORDING)
    if err is not None:
        session.commit()
        raise err
    assert netsign is not None and netsign.agency_id is not None
    if not netsign.active:
        session.commit()
        raise ApiError(403, ErrorCode.ACCOUNT_DISABLED, _DISABLED, "netsign_login")
    taken = session.scalar(select(UnifiedAccount.id).where(UnifiedAccount.bound_account_id == netsign.id))
    if taken is not None:
        session.commit()
        raise ApiError(409, ErrorCode.BINDING_TAKEN, _NETSIGN_TAKEN, "netsign_login")
    agency = session.get(Agency, netsign.agency_id)
    assert agency is not None
    if normalize_uscc(unified.uscc) != agency.uscc:
        session.commit()
        raise ApiError(422, ErrorCode.USCC_MISMATCH,
                       msg(QT_TRANSLATE_NOOP("messages", "统一身份认证账号的单位证件号码与该网签账号所属机构的"
                                                         "统一社会信用代码不一致，不能关联。")), "uscc")
    now = clock.now()
    unified.bound_account_id = netsign.id
    unified.bound_at = now
    try:
        # The unique bound_account_id decides a concurrent bind of this net-sign account here:
        # left to a later query's autoflush, the loser's IntegrityError escaped as a 500.
        session.flush()
    except IntegrityError as exc:
        session.rollback()
        raise ApiError(409, ErrorCode.BINDING_TAKEN, _NETSIGN_TAKEN, "netsign_login") from exc
    old = session.get(AccessToken, who.token_hash)
    if old is not None:
        old.revoked = True  # the unbound session ends; the client continues with the new token
    token, expires = issue_token(session, clock, settings, unified_account_id=unified.id,
                                 netsign_account_id=netsign.id)
    role = Role(netsign.kind)
    info = describe(session, role, unified, netsign)
    record_change(session, agency.id, netsign.staff_id, Entity.ACCOUNT, netsign.id, ChangeOp.UPSERT,
                  {"netsign_login": netsign.login, "role": role.value, "bound": True,
                   "unified_login": unified.login}, at=now)
    session.commit()
    return TokenOut(access_token=token, expires_at=expires, role=role, account=info)


def logout(session: Session, who: Principal) -> None:
    """Ends the caller's session (its token is revoked)."""
    row = session.get(AccessToken, who.token_hash)
    if row is not None:
        row.revoked = True
    session.commit()


def change_password(session: Session, who: Principal, body: PasswordChange, clock: Clock,
                    settings: ServerSettings) -> None:
    """Change the bound net-sign account's password (e.g. the agency's initial 123456)."""
    netsign = session.get(NetSignAccount, who.account_id)
    assert netsign is not None
    err = check_password(session, Realm.PASSWORD, str(netsign.id), netsign.password_hash, body.old_password,
                         clock, settings, "old_password")
    if err is not None:
        session.commit()
        raise err
    netsign.password_hash = hash_password(body.new_password)
    session.commit()


# --- look-ups ------------------------------------------------------------------------------------

def account_info(session: Session, principal: Principal) -> AccountInfo:
    unified = session.get(UnifiedAccount, principal.unified_account_id) if principal.unified_account_id else None
    netsign = session.get(NetSignAccount, principal.account_id) if principal.account_id else None
    return describe(session, principal.role, unified, netsign)


def describe(session: Session, role: Role, unified: UnifiedAccount | None,
             netsign: NetSignAccount | None) -> AccountInfo:
    agency = session.get(Agency, netsign.agency_id) if netsign and netsign.agency_id else None
    staff = session.get(StaffMember, netsign.staff_id) if netsign and netsign.staff_id else None
    return AccountInfo(
        role=role,
        unified_login=unified.login if unified else None,
        company_name=unified.company_name if unified else None,
        netsign_login=netsign.login if netsign else None,
        agency_id=agency.id if agency else None,
        agency_name=agency.name if agency else None,
        agency_uscc=agency.uscc if agency else None,
        staff_id=staff.id if staff else None,
        staff_name=staff.name if staff else None,
    )


def agency_out(session: Session, agency: Agency) -> AgencyOut:
    return AgencyOut(id=agency.id, name=agency.name, uscc=agency.uscc, netsign_login=agency.name,
                     created_at=agency.created_at)
