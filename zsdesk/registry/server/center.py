"""The registry center's actions (交易中心): open agency accounts, review enterprise records and
staff applications. Used by the center CLI, the center routes and the training-mode auto-approval;
each function works on a Session and leaves committing to the caller.

The review queue (`list_pending`) is built from pending sources that `create_app` (and the center
CLI) are given: the two here, and contract cancellations from `contracts_service`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from zsdesk.domain.enums import ReviewStatus
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.text import validate_text
from zsdesk.domain.uscc import normalize_uscc, validate_uscc
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.schemas.center import PendingItem
from zsdesk.registry.schemas.changes import ChangeOp, Entity
from zsdesk.registry.schemas.common import Role
from zsdesk.registry.server.auth import hash_password, new_password
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.deps import PendingSource
from zsdesk.registry.server.feed import record_change
from zsdesk.registry.server.models.accounts import Agency, NetSignAccount, SmsMessage
from zsdesk.registry.server.models.enterprise import EnterpriseRecord
from zsdesk.registry.server.models.staff import StaffMember
from zsdesk.registry.server.problems import ApiError, not_found, raise_on_issues
from zsdesk.registry.server.reviews import publish_enterprise, publish_staff

CENTER_LOGIN = "center"
CENTER_NAME = "中山市房地产交易管理事务中心"

_ENTERPRISE_RECORD = QT_TRANSLATE_NOOP("labels", "企业信息核查记录")
_ENTERPRISE = QT_TRANSLATE_NOOP("labels", "企业信息")
_STAFF_APPLICATION = QT_TRANSLATE_NOOP("labels", "从业人员申请")
_ACTIVE_ELSEWHERE = msg(QT_TRANSLATE_NOOP("messages", "该人员已是其他中介机构的在职从业人员，一个从业人员只能从属于"
                                                      "一个中介机构。"))
ACTIVE_ELSEWHERE_ASK = msg(QT_TRANSLATE_NOOP("messages", "该人员已是其他中介机构的在职从业人员，一个从业人员只能从属于"
                                                         "一个中介机构；请原机构先注销其账号。"))


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
    name = name.strip()
    # The name becomes the net-sign login and heads every contract: the filed-text rule applies.
    raise_on_issues(validate_text(name, "name", QT_TRANSLATE_NOOP("labels", "机构名称")))
    raise_on_issues(validate_uscc(uscc, "uscc"))
    code = normalize_uscc(uscc)
    if not name:
        raise ApiError(422, ErrorCode.VALIDATION_FAILED,
                       msg(QT_TRANSLATE_NOOP("messages", "机构名称必须填写营业执照上的全称。")), "name")
    exists = session.scalar(select(Agency.id).where((Agency.name == name) | (Agency.uscc == code)))
    if exists is not None or session.scalar(select(NetSignAccount.id).where(NetSignAccount.login == name)):
        raise ApiError(409, ErrorCode.AGENCY_EXISTS,
                       msg(QT_TRANSLATE_NOOP("messages", "该机构名称或统一社会信用代码已开通网签账号。")), "uscc")
    now = clock.now()
    agency = Agency(name=name, uscc=code, created_at=now)
    session.add(agency)
    session.flush()
    session.add(NetSignAccount(kind=Role.AGENCY.value, login=name, password_hash=hash_password(password),
                               agency_id=agency.id, staff_id=None, active=True, failed_logins=0, created_at=now))
    record_change(session, agency.id, None, Entity.AGENCY, agency.id, ChangeOp.UPSERT,
                  {"id": agency.id, "name": name, "uscc": code}, at=now)
    session.flush()
    return agency


def send_sms(session: Session, clock: Clock, phone: str, text: str) -> None:
    session.add(SmsMessage(phone=phone, text=text, created_at=clock.now()))


def _need_reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise ApiError(422, ErrorCode.VALIDATION_FAILED,
                       msg(QT_TRANSLATE_NOOP("messages", "审核不通过时必须填写原因，便于机构修改后重新提交。")),
                       "reason")
    return text


def _need_submitted(status: str, what: str) -> None:
    if status != ReviewStatus.SUBMITTED.value:
        raise ApiError(409, ErrorCode.INVALID_STATE,
                       msg(QT_TRANSLATE_NOOP("messages", "该{what}当前状态为「{status}」，不在待审核状态。"),
                           what=what, status=ReviewStatus(status).label))


def _record_review(item: EnterpriseRecord | StaffMember, status: ReviewStatus, reason: str | None,
                   now: datetime) -> None:
    """The center's decision on a submitted record or application: status, reason, a new version."""
    item.status = status.value
    item.review_reason = reason
    item.reviewed_at = now
    item.updated_at = now
    item.version += 1


def approve_enterprise(session: Session, clock: Clock, record_id: int) -> EnterpriseRecord:
    rec = session.get(EnterpriseRecord, record_id)
    if rec is None:
        raise not_found(_ENTERPRISE_RECORD)
    _need_submitted(rec.status, _ENTERPRISE)
    now = clock.now()
    _record_review(rec, ReviewStatus.APPROVED, None, now)
    publish_enterprise(session, rec, now)
    return rec


def reject_enterprise(session: Session, clock: Clock, record_id: int, reason: str | None) -> EnterpriseRecord:
    text = _need_reason(reason)
    rec = session.get(EnterpriseRecord, record_id)
    if rec is None:
        raise not_found(_ENTERPRISE_RECORD)
    _need_submitted(rec.status, _ENTERPRISE)
    now = clock.now()
    _record_review(rec, ReviewStatus.REJECTED, text, now)
    publish_enterprise(session, rec, now)
    return rec


def staff_login_name(member: StaffMember) -> str:
    """Net-sign login of a staff account: agency and staff number, unique by construction."""
    return f"zs{member.agency_id:04d}{member.id:05d}"


def approve_staff(session: Session, clock: Clock, staff_id: int) -> StaffMember:
    """Approve: the person becomes active staff, gets a net-sign account, and the password goes out
    by SMS. Refused when the person is already active staff of another agency."""
    member = session.get(StaffMember, staff_id)
    if member is None:
        raise not_found(_STAFF_APPLICATION)
    _need_submitted(member.status, _STAFF_APPLICATION)
    other = session.scalar(select(StaffMember).where(StaffMember.id_type == member.id_type,
                                                     StaffMember.id_number == member.id_number,
                                                     StaffMember.active.is_(True)))
    if other is not None:
        raise ApiError(409, ErrorCode.STAFF_ACTIVE_ELSEWHERE,
                       ACTIVE_ELSEWHERE_ASK, "id_number")
    now = clock.now()
    password = new_password()
    account = NetSignAccount(kind=Role.STAFF.value, login=staff_login_name(member),
                             password_hash=hash_password(password), agency_id=member.agency_id,
                             staff_id=member.id, active=True, failed_logins=0, created_at=now)
    session.add(account)
    member.active = True
    _record_review(member, ReviewStatus.APPROVED, None, now)
    try:
        session.flush()
    except IntegrityError as exc:  # a concurrent approval in another agency won the partial unique index
        session.rollback()
        raise ApiError(409, ErrorCode.STAFF_ACTIVE_ELSEWHERE,
                       _ACTIVE_ELSEWHERE, "id_number") from exc
    member.account_id = account.id
    send_sms(session, clock, member.phone,
             f"【{CENTER_NAME}】{member.name}您好，您的存量房网签从业人员账号已开通。登录账号：{account.login}，"
             f"初始密码：{password}。请先注册统一身份认证账号并关联本网签账号。")
    publish_staff(session, member, now)
    return member


def reject_staff(session: Session, clock: Clock, staff_id: int, reason: str | None) -> StaffMember:
    text = _need_reason(reason)
    member = session.get(StaffMember, staff_id)
    if member is None:
        raise not_found(_STAFF_APPLICATION)
    _need_submitted(member.status, _STAFF_APPLICATION)
    now = clock.now()
    _record_review(member, ReviewStatus.REJECTED, text, now)
    publish_staff(session, member, now)
    return member


def pending_enterprise_records(session: Session) -> list[PendingItem]:
    rows = session.execute(select(EnterpriseRecord, Agency).join(Agency, Agency.id == EnterpriseRecord.agency_id)
                           .where(EnterpriseRecord.status == ReviewStatus.SUBMITTED.value)
                           .order_by(EnterpriseRecord.submitted_at)).all()
    return [PendingItem(kind="enterprise", id=rec.id, agency_id=agency.id, agency_name=agency.name,
                        title=f"企业信息核查：{agency.name}", submitted_at=rec.submitted_at) for rec, agency in rows]


def pending_staff_applications(session: Session) -> list[PendingItem]:
    rows = session.execute(select(StaffMember, Agency).join(Agency, Agency.id == StaffMember.agency_id)
                           .where(StaffMember.status == ReviewStatus.SUBMITTED.value)
                           .order_by(StaffMember.submitted_at)).all()
    return [PendingItem(kind="staff", id=member.id, agency_id=agency.id, agency_name=agency.name,
                        title=f"从业人员添加：{member.name}", submitted_at=member.submitted_at)
            for member, agency in rows]


def list_pending(session: Session, sources: Sequence[PendingSource]) -> list[PendingItem]:
    """The center's review queue: each source's items, in the order of the sources."""
    return [item for source in sources for item in source(session)]
