"""Staff on the registry side: applications (人员添加), the approved list (已审核从业人员查询),
deactivation (注销). The center's decisions are in `center.py`, the shared views in `reviews.py`.
Nothing here commits: the route does (idempotent commands through `run_idempotent`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from zsdesk.domain.enums import IdType, MaterialKind, ReviewStatus
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.identity import normalize_id
from zsdesk.domain.materials import missing_id_pictures
from zsdesk.domain.text import validate_text
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.rules.staff import staff_issues
from zsdesk.registry.schemas.changes import ChangeOp, Entity
from zsdesk.registry.schemas.common import Role
from zsdesk.registry.schemas.materials import MaterialOwnerKind
from zsdesk.registry.schemas.staff import ApprovedStaff, StaffFields, StaffListFilter, StaffOut, StaffSubmit
from zsdesk.registry.server.auth import Principal
from zsdesk.registry.server.center import ACTIVE_ELSEWHERE_ASK
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.feed import record_change
from zsdesk.registry.server.models.accounts import AccessToken, NetSignAccount
from zsdesk.registry.server.models.materials import Material
from zsdesk.registry.server.models.staff import StaffMember
from zsdesk.registry.server.problems import ApiError, not_found, raise_on_issues
from zsdesk.registry.server.reviews import EDITABLE, enterprise_record, publish_staff, staff_out
from zsdesk.registry.server.versioning import check_version

_STAFF_MEMBER = QT_TRANSLATE_NOOP("labels", "从业人员")


def _own(session: Session, who: Principal, staff_id: int) -> StaffMember:
    member = session.get(StaffMember, staff_id)
    if member is None or member.agency_id != who.agency_id:
        raise not_found(_STAFF_MEMBER)
    if who.role is Role.STAFF and who.staff_id != member.id:
        raise not_found(_STAFF_MEMBER)
    return member


def _check_person(session: Session, who: Principal, fields: StaffFields, exclude_id: int | None,
                  today: date) -> str:
    """Normalised ID number, after the domain rules and the one-agency rule."""
    raise_on_issues(staff_issues(fields, today))
    number = normalize_id(fields.id_type, fields.id_number)
    q = select(StaffMember).where(StaffMember.id_type == fields.id_type.value, StaffMember.id_number == number)
    if exclude_id is not None:
        q = q.where(StaffMember.id != exclude_id)
    for other in session.scalars(q):
        if other.active and other.agency_id != who.agency_id:
            raise ApiError(409, ErrorCode.STAFF_ACTIVE_ELSEWHERE,
                           ACTIVE_ELSEWHERE_ASK, "id_number")
        if other.agency_id == who.agency_id and (other.active or other.status in
                                                 (ReviewStatus.DRAFT.value, ReviewStatus.SUBMITTED.value)):
            raise ApiError(409, ErrorCode.STAFF_DUPLICATE,
                           msg(QT_TRANSLATE_NOOP("messages", "本机构已有该人员的在职记录或未审核的申请，"
                                                             "请勿重复添加。")),
                           "id_number")
    return number


def _apply(member: StaffMember, fields: StaffFields, number: str) -> None:
    member.name = fields.name.strip()
    member.id_type = fields.id_type.value
    member.id_number = number
    member.phone = fields.phone.strip()
    member.data = fields.model_dump(mode="json", exclude={"name", "id_type", "id_number", "phone"})


def add(session: Session, who: Principal, body: StaffFields, clock: Clock) -> StaffOut:
    """中介服务机构人员添加. Only after the enterprise record is approved."""
    assert who.agency_id is not None
    rec = enterprise_record(session, who.agency_id, clock)
    if rec.status != ReviewStatus.APPROVED.value:
        raise ApiError(409, ErrorCode.AGENCY_NOT_APPROVED,
                       msg(QT_TRANSLATE_NOOP("messages", "企业信息核查经交易中心审核通过后才能添加从业人员。")))
    number = _check_person(session, who, body, None, clock.today())
    now = clock.now()
    member = StaffMember(agency_id=who.agency_id, status=ReviewStatus.DRAFT.value, active=False, version=1,
                         created_at=now, updated_at=now)
    _apply(member, body, number)
    session.add(member)
    session.flush()
    publish_staff(session, member, now)
    return staff_out(session, member)


def list_staff(session: Session, who: Principal, status: StaffListFilter) -> list[StaffOut]:
    q = select(StaffMember).where(StaffMember.agency_id == who.agency_id).order_by(StaffMember.id)
    if status is StaffListFilter.PENDING:
        q = q.where(StaffMember.status == ReviewStatus.SUBMITTED.value)
    elif status is StaffListFilter.DEACTIVATED:
        q = q.where(StaffMember.deactivated_at.is_not(None))
    elif status is StaffListFilter.APPROVED:
        q = q.where(StaffMember.status == ReviewStatus.APPROVED.value, StaffMember.active.is_(True))
    elif status is not StaffListFilter.ALL:
        q = q.where(StaffMember.status == status.value)
    return [staff_out(session, m) for m in session.scalars(q)]


def approved(session: Session, who: Principal) -> list[ApprovedStaff]:
    """已审核从业人员查询: approved staff with their net-sign login accounts (deactivated ones too)."""
    rows = session.execute(
        select(StaffMember, NetSignAccount).join(NetSignAccount, NetSignAccount.id == StaffMember.account_id)
        .where(StaffMember.agency_id == who.agency_id, StaffMember.status == ReviewStatus.APPROVED.value)
        .order_by(StaffMember.id)).all()
    return [ApprovedStaff.model_validate({"id": m.id, "name": m.name, "id_type": m.id_type,
                                          "id_number": m.id_number, "phone": m.phone, "login": a.login,
                                          "active": m.active, "approved_at": m.reviewed_at,
                                          "deactivated_at": m.deactivated_at}) for m, a in rows]


def read(session: Session, who: Principal, staff_id: int) -> StaffOut:
    return staff_out(session, _own(session, who, staff_id))


def update(session: Session, who: Principal, staff_id: int, body: StaffFields, if_match: str | None,
           clock: Clock) -> StaffOut:
    member = _own(session, who, staff_id)
    check_version(member.version, if_match)
    if member.status not in EDITABLE:
        raise ApiError(409, ErrorCode.INVALID_STATE,
                       msg(QT_TRANSLATE_NOOP("messages", "该从业人员申请当前状态为「{status}」，不能修改。"),
                           status=ReviewStatus(member.status).label))
    number = _check_person(session, who, body, member.id, clock.today())
    now = clock.now()
    _apply(member, body, number)
    member.status = ReviewStatus.DRAFT.value
    member.version += 1
    member.updated_at = now
    publish_staff(session, member, now)
    return staff_out(session, member)


def delete_draft(session: Session, who: Principal, staff_id: int, if_match: str | None, clock: Clock) -> None:
    """Delete an application that was never approved (draft or rejected); leaves a tombstone."""
    member = _own(session, who, staff_id)
    check_version(member.version, if_match, required=False)
    if member.status not in EDITABLE:
        raise ApiError(409, ErrorCode.INVALID_STATE,
                       msg(QT_TRANSLATE_NOOP("messages", "只能删除未提交或审核不通过的申请；已通过的人员请使用注销。")))
    now = clock.now()
    for m in session.scalars(select(Material).where(Material.owner_kind == MaterialOwnerKind.STAFF.value,
                                                    Material.owner_id == str(member.id))):
        record_change(session, m.agency_id, m.feed_staff_id, Entity.MATERIAL, m.id, ChangeOp.DELETE, None, at=now)
        session.delete(m)
    record_change(session, member.agency_id, member.id, Entity.STAFF, member.id, ChangeOp.DELETE, None, at=now)
    session.delete(member)


def submit(session: Session, who: Principal, staff_id: int, body: StaffSubmit, if_match: str | None,
           clock: Clock) -> StaffOut:
    """提交 for review; needs the ID pictures among the application's materials (a 居民身份证: both sides)."""
    member = _own(session, who, staff_id)
    check_version(member.version, if_match, required=False)
    if member.status not in EDITABLE:
        raise ApiError(409, ErrorCode.INVALID_STATE,
                       msg(QT_TRANSLATE_NOOP("messages", "该从业人员申请当前状态为「{status}」，不能提交。"),
                           status=ReviewStatus(member.status).label))
    kinds = {MaterialKind(k) for k in session.scalars(select(Material.kind).where(
        Material.owner_kind == MaterialOwnerKind.STAFF.value, Material.owner_id == str(member.id)))}
    missing = missing_id_pictures(IdType(member.id_type), kinds)
    if missing is not None:
        raise ApiError(422, ErrorCode.MATERIAL_MISSING, missing.message, missing.field)
    raise_on_issues(validate_text(body.comment or "", "comment", QT_TRANSLATE_NOOP("labels", "提交意见"),
                                  multiline=True))
    now = clock.now()
    member.status = ReviewStatus.SUBMITTED.value
    member.submit_comment = (body.comment or "").strip() or None
    member.submitted_at = now
    member.review_reason = None
    member.version += 1
    member.updated_at = now
    publish_staff(session, member, now)
    return staff_out(session, member)


def deactivate(session: Session, who: Principal, staff_id: int, clock: Clock) -> StaffOut:
    """注销 a staff account: it can no longer log in, and the person may join another agency."""
    member = _own(session, who, staff_id)
    if not member.active:
        raise ApiError(409, ErrorCode.INVALID_STATE,
                       msg(QT_TRANSLATE_NOOP("messages", "该从业人员账号未生效或已注销。")))
    now = clock.now()
    member.active = False
    member.deactivated_at = now
    member.version += 1
    member.updated_at = now
    account = session.get(NetSignAccount, member.account_id) if member.account_id else None
    if account is not None:
        account.active = False
        for token in session.scalars(select(AccessToken).where(AccessToken.netsign_account_id == account.id,
                                                               AccessToken.revoked.is_(False))):
            token.revoked = True
    publish_staff(session, member, now)
    return staff_out(session, member)
