"""The registry center's actions (交易中心): open agency accounts, review enterprise records and
staff applications, complete cancellations. Called by the center CLI and the center routes; each
function works on a Session and leaves committing to the caller."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.schemas.changes import ChangeOp, Entity
from zsdesk.registry.schemas.common import Role
from zsdesk.registry.server.auth import hash_password, new_password
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.feed import record_change
from zsdesk.registry.server.models.accounts import Agency, NetSignAccount
from zsdesk.registry.server.problems import ApiError

CENTER_LOGIN = "center"


def ensure_center_account(session: Session, clock: Clock) -> NetSignAccount:
    account = session.scalar(select(NetSignAccount).where(NetSignAccount.login == CENTER_LOGIN))
    if account is None:
        # Nobody logs in with this password: center tokens come from the CLI or the sandbox endpoint.
        account = NetSignAccount(kind=Role.CENTER.value, login=CENTER_LOGIN,
                                 password_hash=hash_password(new_password(24)), agency_id=None, staff_id=None,
                                 active=True, failed_logins=0, created_at=clock.now())
        session.add(account)
        session.flush()
    return account


def create_agency(session: Session, clock: Clock, name: str, uscc: str, password: str = "123456") -> Agency:
    """Open an agency's net-sign account: login = the agency's full registered name."""
    from zsdesk.domain.uscc import validate_uscc

    name = name.strip()
    uscc = uscc.strip().upper()
    issues = validate_uscc(uscc)
    if any(i.is_error for i in issues):
        from zsdesk.registry.server.problems import issues_error

        raise issues_error([i for i in issues])
    if not name:
        raise ApiError(422, ErrorCode.VALIDATION_FAILED, "机构名称必须填写营业执照上的全称。", "name")
    if session.scalar(select(Agency).where((Agency.name == name) | (Agency.uscc == uscc))) is not None or \
            session.scalar(select(NetSignAccount).where(NetSignAccount.login == name)) is not None:
        raise ApiError(409, ErrorCode.AGENCY_EXISTS, "该机构名称或统一社会信用代码已开通网签账号。", "uscc")
    now = clock.now()
    agency = Agency(name=name, uscc=uscc, created_at=now)
    session.add(agency)
    session.flush()
    session.add(NetSignAccount(kind=Role.AGENCY.value, login=name, password_hash=hash_password(password),
                               agency_id=agency.id, staff_id=None, active=True, failed_logins=0, created_at=now))
    record_change(session, agency.id, None, Entity.AGENCY, agency.id, ChangeOp.UPSERT,
                  {"id": agency.id, "name": name, "uscc": uscc}, at=now)
    session.flush()
    return agency
