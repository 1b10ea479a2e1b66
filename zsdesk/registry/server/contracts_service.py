"""Contracts on the registry side: drafts from a verification, optimistic updates, consents, filing,
changes after filing, cancellation, and the 24-hour deletion of drafts.

The rules themselves (state machine, draft lifetime, key fields, completeness) are the domain's
(`zsdesk.domain.lifecycle`, `zsdesk.domain.validation`); this module applies them to stored records
with the server's clock, and writes every change to the feed in the same transaction.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zsdesk.domain.china_time import CHINA_TZ
from zsdesk.domain.contract import Contract, Property
from zsdesk.domain.enums import ContractStatus, PartyRole
from zsdesk.domain.errors import RuleError
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, Text, msg
from zsdesk.domain.identity import upgrade_first_generation
from zsdesk.domain.lifecycle import ContractEvent, draft_expires_at, locked_changes, transition
from zsdesk.domain.text import validate_text
from zsdesk.domain.validation import validate_contract_entries, validate_contract_for_submit
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.i18n_wire import text_to_wire
from zsdesk.registry.schemas.center import PendingItem
from zsdesk.registry.schemas.changes import ChangeOp, Entity
from zsdesk.registry.schemas.common import Page, Role
from zsdesk.registry.schemas.contracts import (
    ChangeRequest,
    ChangeRequestItem,
    ConsentOut,
    ConsentRequest,
    ContractCreate,
    ContractOut,
    ContractSummary,
    ContractTerms,
    PartyWire,
    RevisionOut,
)
from zsdesk.registry.schemas.materials import MaterialOwnerKind
from zsdesk.registry.schemas.properties import PropertyOut
from zsdesk.registry.server.auth import Principal
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.draft_purge import Closed, purge_drafts
from zsdesk.registry.server.feed import record_change
from zsdesk.registry.server.materials_service import OwnerScope, register_owner
from zsdesk.registry.server.models.accounts import Agency, NetSignAccount
from zsdesk.registry.server.models.contracts import ContractRecord, ContractRevision
from zsdesk.registry.server.models.properties import RegisterProperty
from zsdesk.registry.server.problems import ApiError, issues_error, raise_on_issues
from zsdesk.registry.server.properties_service import get_verification, property_out
from zsdesk.registry.server.settings import ServerSettings
from zsdesk.registry.server.versioning import check_version

_EXPIRED_DETAIL = msg(QT_TRANSLATE_NOOP("messages", "该合同草稿创建后 24 小时内未提交，已被登记中心自动删除；"
                                                    "请重新进行房源验证并创建合同。"))
_NOT_FOUND = msg(QT_TRANSLATE_NOOP("messages", "合同不存在，或您无权查看。"))


# --- records <-> wire -----------------------------------------------------------------------------

def contract_out(rec: ContractRecord, revisions: list[RevisionOut] | None = None) -> ContractOut:
    return ContractOut(
        id=rec.id, contract_no=rec.contract_no, filing_no=rec.filing_no, status=ContractStatus(rec.status),
        version=rec.version, revision=rec.revision, created_at=rec.created_at, expires_at=rec.expires_at,
        submitted_at=rec.submitted_at, staff_account=rec.staff_login, agency_name=rec.agency_name,
        verification_id=rec.verification_id, property=PropertyOut.model_validate(rec.property_doc),
        terms=ContractTerms.model_validate(rec.terms_doc or {}),
        consents=[ConsentOut.model_validate(c) for c in rec.consents_doc or []], revisions=revisions or [])


def revision_list(session: Session, rec: ContractRecord) -> list[RevisionOut]:
    """The contract's accepted changes, oldest first (none before the first: revision 1 is the filing)."""
    if rec.revision <= 1:
        return []
    rows = session.scalars(select(ContractRevision).where(ContractRevision.contract_pk == rec.pk)
                           .order_by(ContractRevision.revision)).all()
    return [RevisionOut(revision=r.revision, created_at=r.created_at, staff_account=r.staff_login,
                        items=[ChangeRequestItem.model_validate(i) for i in r.items_doc]) for r in rows]


def _summary(rec: ContractRecord) -> ContractSummary:
    terms: dict[str, Any] = rec.terms_doc or {}
    prop: dict[str, Any] = rec.property_doc or {}
    return ContractSummary(
        id=rec.id, contract_no=rec.contract_no, filing_no=rec.filing_no, status=ContractStatus(rec.status),
        version=rec.version, revision=rec.revision, created_at=rec.created_at, expires_at=rec.expires_at,
        submitted_at=rec.submitted_at, staff_account=rec.staff_login, unit_no=prop.get("unit_no", ""),
        address=prop.get("address", ""), seller_names=[p.get("name", "") for p in terms.get("sellers", [])],
        buyer_names=[p.get("name", "") for p in terms.get("buyers", [])])


def to_domain(rec: ContractRecord) -> Contract:
    return contract_out(rec).to_domain()


def _record(session: Session, rec: ContractRecord, now: datetime) -> ContractOut:
    """Feed entry for the contract's new state; returns that state (built once per command). It
    carries the revision list, so a client keeps the history without asking for it."""
    out = contract_out(rec, revision_list(session, rec))
    record_change(session, rec.agency_id, rec.staff_id, Entity.CONTRACT, rec.id, ChangeOp.UPSERT, out, at=now)
    return out


# --- loading with scope, creator and expiry checks -------------------------------------------------

def _gone(rec: ContractRecord) -> ApiError:
    return ApiError(410, ErrorCode.DRAFT_EXPIRED, _EXPIRED_DETAIL, "contract_id",
                    extra={"contract_no": rec.contract_no})


def _close(rec: ContractRecord, now: datetime, reason: str) -> Closed:
    """The draft's own row keeps its number and state only: terms, consents and the register owners
    in the property snapshot go."""
    rec.status = transition(ContractStatus(rec.status), ContractEvent.EXPIRE).value
    rec.terms_doc = {}
    rec.consents_doc = []
    rec.property_doc = {**(rec.property_doc or {}), "owners": []}
    rec.closed_at = now
    rec.version += 1
    rec.updated_at = now
    return Closed(rec, {"reason": reason, "status": rec.status, "contract_no": rec.contract_no}, _gone(rec))


def _expire(session: Session, rec: ContractRecord, now: datetime, reason: str = "expired") -> None:
    """The registry deletes the draft: its content goes — its row's terms, its materials, its earlier
    feed rows and stored answers (draft_purge) — and a tombstone stays so a late client gets 410 and
    the feed tells every client."""
    purge_drafts(session, [_close(rec, now, reason)], now)


def _is_past_ttl(rec: ContractRecord, now: datetime) -> bool:
    return rec.status == ContractStatus.DRAFT.value and rec.expires_at is not None and rec.expires_at <= now


def load(session: Session, who: Principal, contract_id: str, now: datetime, *, write: bool = False,
         lock: bool = False) -> ContractRecord:
    stmt = select(ContractRecord).where(ContractRecord.id == contract_id)
    if lock:
        stmt = stmt.with_for_update()
    rec = session.scalar(stmt)
    if rec is None or rec.agency_id != who.agency_id:
        raise ApiError(404, ErrorCode.NOT_FOUND, _NOT_FOUND, "contract_id")
    if _is_past_ttl(rec, now):
        _expire(session, rec, now)
        session.commit()   # the deletion stands even though this request fails
    if rec.status == ContractStatus.EXPIRED.value:
        raise _gone(rec)
    if write and rec.account_id != who.account_id:
        raise ApiError(403, ErrorCode.NOT_CREATOR,
                       msg(QT_TRANSLATE_NOOP("messages", "只有创建该合同的从业人员才能修改、提交或变更该合同。")))
    return rec


def _transition(rec: ContractRecord, event: ContractEvent, hinted: str = "") -> ContractStatus:
    """The domain's state machine decides; an illegal step is a 409 with its message (`hinted`: a
    marked "messages" template adding a hint to the domain's `{reason}`)."""
    try:
        return transition(ContractStatus(rec.status), event)
    except RuleError as exc:
        reason = exc.first.message
        raise ApiError(409, ErrorCode.INVALID_STATE, msg(hinted, reason=reason) if hinted else reason, "status",
                       extra={"contract_status": rec.status}) from None


_PARTY_LABELS = {"sellers": QT_TRANSLATE_NOOP("labels", "甲方"), "buyers": QT_TRANSLATE_NOOP("labels", "乙方"),
                 "guardians": QT_TRANSLATE_NOOP("labels", "法定代理人")}
_KEY_LABELS = {"name": QT_TRANSLATE_NOOP("labels", "姓名"), "id_type": QT_TRANSLATE_NOOP("labels", "证件类型"),
               "id_number": QT_TRANSLATE_NOOP("labels", "证件号码")}


def _key_field_label(path: str) -> Text:
    parts = path.split(".")
    if parts[0] == "property":
        return msg(QT_TRANSLATE_NOOP("messages", "房屋信息（{field}）"), field=parts[1])
    who = _PARTY_LABELS.get(parts[0], parts[0])
    if parts[1] == "count":
        return msg(QT_TRANSLATE_NOOP("messages", "{who}人数"), who=who)
    return msg(QT_TRANSLATE_NOOP("messages", "{who}{number}的{item}"), who=who, number=int(parts[1]) + 1,
               item=_KEY_LABELS.get(parts[2], parts[2]))


# --- commands ----------------------------------------------------------------------------------------

def _refuse_unfileable(terms: ContractTerms, now: datetime) -> None:
    """A draft may be incomplete, but never hold what could not be filed (control characters, bidi
    controls, dates such as 0001-01-01): refused when saved, not only when submitted."""
    contract = terms.apply_to(Contract(property=Property(unit_no="", address="")))
    raise_on_issues(validate_contract_entries(contract, now.astimezone(CHINA_TZ).date()))


_CHANGE_ITEM_LABELS = (("item", QT_TRANSLATE_NOOP("labels", "变更事项"), False),
                       ("before", QT_TRANSLATE_NOOP("labels", "变更前内容"), True),
                       ("after", QT_TRANSLATE_NOOP("labels", "变更后内容"), True))


def create(session: Session, who: Principal, body: ContractCreate, now: datetime) -> ContractOut:
    verification = get_verification(session, who, body.verification_id)
    prop: RegisterProperty = verification.property
    snapshot = property_out(prop)
    terms = body.terms or ContractTerms()
    _refuse_unfileable(terms, now)
    if not terms.sellers:
        # The sellers are the registered owners; the agent completes address and phone.
        terms = terms.model_copy(update={"sellers": [
            PartyWire(role=PartyRole.SELLER, name=o.name, id_type=o.id_type, nationality=o.nationality,
                      # a contract carries the current 18-digit number, not the certificate's old one
                      id_number=upgrade_first_generation(o.id_number) if o.first_generation_id else o.id_number,
                      share=o.share) for o in snapshot.owners]})
    account = session.get(NetSignAccount, who.account_id)
    agency = session.get(Agency, who.agency_id)
    assert account is not None and agency is not None and who.agency_id is not None and who.account_id is not None
    rec = ContractRecord(
        id=uuid.uuid4().hex, status=ContractStatus.DRAFT.value, version=1, revision=1, agency_id=who.agency_id,
        account_id=who.account_id, staff_id=who.staff_id, staff_login=account.login, agency_name=agency.name,
        verification_id=verification.id, property_id=prop.id, property_doc=snapshot.model_dump(mode="json"),
        terms_doc=terms.model_dump(mode="json"), consents_doc=[], created_at=now, expires_at=draft_expires_at(now),
        updated_at=now, cancellation_reason="")
    session.add(rec)
    session.flush()
    rec.contract_no = f"HT{now.astimezone(CHINA_TZ):%Y%m%d}{rec.pk:06d}"
    return _record(session, rec, now)


def update(session: Session, who: Principal, contract_id: str, terms: ContractTerms, if_match: str | None,
           now: datetime) -> ContractOut:
    rec = load(session, who, contract_id, now, write=True)
    if rec.status != ContractStatus.DRAFT.value:
        # After filing only a change request may alter terms; say which key field is locked first.
        _refuse_locked(rec, terms)
    _transition(rec, ContractEvent.EDIT_DRAFT,
                QT_TRANSLATE_NOOP("messages", "{reason}；已备案的合同请通过「存量房合同变更」修改"))
    check_version(rec.version, if_match)
    _refuse_unfileable(terms, now)
    rec.terms_doc = terms.model_dump(mode="json")
    # Consents were given to the terms as they were: changed names invalidate them.
    names = {(p.role.value, p.name) for p in [*terms.sellers, *terms.buyers]}
    rec.consents_doc = [c for c in rec.consents_doc or [] if (c["role"], c["party_name"]) in names]
    return _bump(session, rec, now)


def delete_draft(session: Session, who: Principal, contract_id: str, if_match: str | None, now: datetime) -> None:
    rec = load(session, who, contract_id, now, write=True)
    _transition(rec, ContractEvent.EXPIRE)
    check_version(rec.version, if_match, required=False)
    _expire(session, rec, now, reason="deleted")


def record_consent(session: Session, who: Principal, contract_id: str, body: ConsentRequest, if_match: str | None,
                   now: datetime) -> ContractOut:
    rec = load(session, who, contract_id, now, write=True)
    _transition(rec, ContractEvent.EDIT_DRAFT)
    check_version(rec.version, if_match, required=False)
    if body.role not in (PartyRole.SELLER, PartyRole.BUYER):
        raise ApiError(422, ErrorCode.VALIDATION_FAILED,
                       msg(QT_TRANSLATE_NOOP("messages", "只记录甲方（转让方）或乙方（受让方）本人的同意。")), "role")
    raise_on_issues(validate_text(body.method, "method", QT_TRANSLATE_NOOP("labels", "确认方式")))
    terms = ContractTerms.model_validate(rec.terms_doc)
    parties = terms.sellers if body.role is PartyRole.SELLER else terms.buyers
    if body.party_name not in {p.name for p in parties}:
        raise ApiError(422, ErrorCode.VALIDATION_FAILED,
                       msg(QT_TRANSLATE_NOOP("messages", "合同的{role}中没有「{name}」，请先在合同中填写该当事人。"),
                           role=body.role.label, name=body.party_name), "party_name")
    consent = ConsentOut(party_name=body.party_name, role=body.role, confirmed_at=now, recorded_by=rec.staff_login,
                         method=body.method)
    rec.consents_doc = [c for c in rec.consents_doc or []
                        if (c["role"], c["party_name"]) != (body.role.value, body.party_name)]
    rec.consents_doc = [*rec.consents_doc, consent.model_dump(mode="json")]
    return _bump(session, rec, now)


def submit(session: Session, who: Principal, contract_id: str, if_match: str | None, clock: Clock) -> ContractOut:
    now = clock.now()
    # Row lock on the contract first: concurrent submits of one draft queue here and the later ones
    # see it filed (INVALID_STATE); unlocked, they passed the draft check on a stale read and were
    # refused as if another contract held the property.
    rec = load(session, who, contract_id, now, write=True, lock=True)
    new_status = _transition(rec, ContractEvent.SUBMIT)
    check_version(rec.version, if_match, required=False)
    contract = to_domain(rec)
    issues = validate_contract_for_submit(contract, clock.today())
    if any(i.is_error for i in issues):
        raise issues_error(issues)
    # Lock the property row so two contracts for one property cannot both be filed.
    prop = session.scalar(select(RegisterProperty).where(RegisterProperty.id == rec.property_id).with_for_update())
    assert prop is not None
    if prop.sealed:
        raise ApiError(409, ErrorCode.PROPERTY_SEALED,
                       msg(QT_TRANSLATE_NOOP("messages", "该房屋已被查封，不能提交备案。")), "property")
    if prop.under_contract:
        raise ApiError(409, ErrorCode.PROPERTY_UNDER_CONTRACT,
                       msg(QT_TRANSLATE_NOOP("messages", "该房屋已有已备案的存量房买卖合同，不能重复备案；"
                                                         "如需重新签约，须先注销原网签备案。")), "property")
    rec.filing_no = f"CL{now.astimezone(CHINA_TZ):%Y%m%d}{rec.pk:06d}"
    rec.status = new_status.value
    rec.submitted_at = now
    rec.expires_at = None
    prop.filed_contract_no = rec.filing_no
    snapshot = PropertyOut.model_validate(rec.property_doc).model_copy(update={"under_contract": True})
    rec.property_doc = snapshot.model_dump(mode="json")
    return _bump(session, rec, now)


def _refuse_locked(rec: ContractRecord, terms: ContractTerms) -> None:
    before = to_domain(rec)
    paths = locked_changes(before, terms.apply_to(to_domain(rec)))
    if paths:
        details = [msg(QT_TRANSLATE_NOOP("messages", "合同已备案，「{field}」不能修改；"
                                                     "如确有错误，须注销网签备案后重新签订合同。"),
                       field=_key_field_label(p)) for p in paths]
        errors = [{"field": p, "code": ErrorCode.KEY_FIELD_LOCKED.value, "detail": d, "detail_text": text_to_wire(d)}
                  for p, d in zip(paths, details, strict=True)]
        raise ApiError(409, ErrorCode.KEY_FIELD_LOCKED, details[0], paths[0], extra={"errors": errors})


def change(session: Session, who: Principal, contract_id: str, body: ChangeRequest, now: datetime) -> ContractOut:
    rec = load(session, who, contract_id, now, write=True)
    _transition(rec, ContractEvent.APPLY_CHANGE)
    _refuse_locked(rec, body.terms)
    _refuse_unfileable(body.terms, now)
    raise_on_issues([issue for i, item in enumerate(body.items) for attr, label, multiline in _CHANGE_ITEM_LABELS
                     for issue in validate_text(getattr(item, attr), f"items.{i}.{attr}", label,
                                                multiline=multiline)])
    rec.terms_doc = body.terms.model_dump(mode="json")
    rec.revision += 1
    session.add(ContractRevision(contract_pk=rec.pk, revision=rec.revision,
                                 items_doc=[i.model_dump(mode="json") for i in body.items],
                                 terms_doc=rec.terms_doc, staff_login=rec.staff_login, created_at=now))
    return _bump(session, rec, now)


def revisions(session: Session, who: Principal, contract_id: str, now: datetime) -> list[RevisionOut]:
    rec = load(session, who, contract_id, now)
    _check_reader(who, rec)
    return revision_list(session, rec)


def request_cancellation(session: Session, who: Principal, contract_id: str, reason: str,
                         now: datetime) -> ContractOut:
    # Locked like submit: without it concurrent requests all saw 已签约 and all "succeeded".
    rec = load(session, who, contract_id, now, write=True, lock=True)
    new_status = _transition(rec, ContractEvent.REQUEST_CANCELLATION)
    raise_on_issues(validate_text(reason, "reason", QT_TRANSLATE_NOOP("labels", "注销原因"), multiline=True))
    rec.status = new_status.value
    rec.cancellation_reason = reason
    rec.cancellation_requested_at = now
    return _bump(session, rec, now)


def complete_cancellation(session: Session, contract_id: str, now: datetime) -> ContractOut:
    """The center, with both parties present, completes the cancellation: the property is free again."""
    rec = session.scalar(select(ContractRecord).where(ContractRecord.id == contract_id).with_for_update())
    if rec is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, msg(QT_TRANSLATE_NOOP("messages", "合同不存在。")), "contract_id")
    new_status = _transition(rec, ContractEvent.COMPLETE_CANCELLATION,
                             QT_TRANSLATE_NOOP("messages", "{reason}（需先由从业人员提交注销申请）"))
    prop = session.scalar(select(RegisterProperty).where(RegisterProperty.id == rec.property_id).with_for_update())
    if prop is not None and prop.filed_contract_no == rec.filing_no:
        prop.filed_contract_no = ""
    rec.status = new_status.value
    rec.closed_at = now
    snapshot = PropertyOut.model_validate(rec.property_doc).model_copy(update={"under_contract": False})
    rec.property_doc = snapshot.model_dump(mode="json")
    return _bump(session, rec, now)


def resolve_contract_ref(session: Session, ref: str) -> str:
    """A contract id, contract number (HT…) or filing number (CL…) → the contract id."""
    ref = ref.strip()
    rec = session.scalar(select(ContractRecord).where(
        (ContractRecord.id == ref) | (ContractRecord.contract_no == ref) | (ContractRecord.filing_no == ref)))
    if rec is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, msg(QT_TRANSLATE_NOOP("messages", "找不到合同「{ref}」。"), ref=ref),
                       "contract_id")
    return rec.id


def pending_cancellation_items(session: Session) -> list[PendingItem]:
    """A source of the center's review queue (`center.list_pending`): cancellations awaiting the counter."""
    rows = session.execute(select(ContractRecord, Agency).join(Agency, Agency.id == ContractRecord.agency_id).where(
        ContractRecord.status == ContractStatus.CANCELLATION_PENDING.value)
        .order_by(ContractRecord.cancellation_requested_at)).all()
    return [PendingItem(kind="cancellation", id=rec.pk, agency_id=agency.id, agency_name=agency.name,
                        title=f"注销网签备案：{rec.filing_no}（{(rec.property_doc or {}).get('address', '')}）",
                        submitted_at=rec.cancellation_requested_at) for rec, agency in rows]


def pending_cancellations(session: Session) -> list[ContractSummary]:
    rows = session.scalars(select(ContractRecord).where(
        ContractRecord.status == ContractStatus.CANCELLATION_PENDING.value).order_by(ContractRecord.pk)).all()
    return [_summary(r) for r in rows]


def _bump(session: Session, rec: ContractRecord, now: datetime) -> ContractOut:
    rec.version += 1
    rec.updated_at = now
    return _record(session, rec, now)


# --- reading -----------------------------------------------------------------------------------------

def _check_reader(who: Principal, rec: ContractRecord) -> None:
    """The agency account sees every contract of its agency; a staff member sees the contracts they
    created (the same scope as the change feed)."""
    if who.role is Role.STAFF and rec.account_id != who.account_id:
        raise ApiError(404, ErrorCode.NOT_FOUND, _NOT_FOUND, "contract_id")


def read(session: Session, who: Principal, contract_id: str, now: datetime) -> ContractOut:
    rec = load(session, who, contract_id, now)
    _check_reader(who, rec)
    return contract_out(rec, revision_list(session, rec))


def list_contracts(session: Session, who: Principal, status: ContractStatus | None, limit: int, offset: int,
                   now: datetime) -> Page[ContractSummary]:
    expire_due(session, now, agency_id=who.agency_id)
    where = [ContractRecord.agency_id == who.agency_id, ContractRecord.status != ContractStatus.EXPIRED.value]
    if who.role is Role.STAFF:
        where.append(ContractRecord.account_id == who.account_id)
    if status is not None:
        where.append(ContractRecord.status == status.value)
    total = session.scalar(select(func.count()).select_from(ContractRecord).where(*where)) or 0
    rows = session.scalars(select(ContractRecord).where(*where).order_by(ContractRecord.created_at.desc(),
                                                                         ContractRecord.pk.desc())
                           .limit(limit).offset(offset)).all()
    return Page[ContractSummary](items=[_summary(r) for r in rows], total=total)


# --- the 24-hour deletion ----------------------------------------------------------------------------

def expire_due(session: Session, now: datetime, *, agency_id: int | None = None, limit: int = 500) -> int:
    """Delete drafts past their lifetime (tombstones in the feed). Does not commit."""
    stmt = select(ContractRecord).where(ContractRecord.status == ContractStatus.DRAFT.value,
                                        ContractRecord.expires_at <= now)
    if agency_id is not None:
        stmt = stmt.where(ContractRecord.agency_id == agency_id)
    rows = session.scalars(stmt.order_by(ContractRecord.pk).limit(limit)).all()
    purge_drafts(session, [_close(rec, now, "expired") for rec in rows], now)
    return len(rows)


def sweep_expired_drafts(session: Session, _settings: ServerSettings, clock: Clock) -> None:
    """A periodic task (given to `create_app`, see areas.DEFAULT_PERIODIC_TASKS)."""
    if expire_due(session, clock.now()):
        session.commit()


# --- materials bound to a contract (收件材料) -----------------------------------------------------

def contract_material_owner(session: Session, who: Principal, owner_id: str, write: bool) -> OwnerScope:
    """Materials of a contract: seen like the contract, changed only by its creator while a draft."""
    rec = session.scalar(select(ContractRecord).where(ContractRecord.id == owner_id))
    if rec is None or rec.agency_id != who.agency_id or (who.role is Role.STAFF and rec.account_id != who.account_id):
        raise ApiError(404, ErrorCode.NOT_FOUND, _NOT_FOUND, "owner_id")
    if rec.status == ContractStatus.EXPIRED.value:
        raise _gone(rec)   # its materials went with it (draft_purge)
    if write and who.role is not Role.STAFF:
        raise ApiError(403, ErrorCode.FORBIDDEN,
                       msg(QT_TRANSLATE_NOOP("messages", "中介机构账号不能办理网签，不能上传合同材料。")))
    return OwnerScope(rec.agency_id, rec.staff_id, rec.status == ContractStatus.DRAFT.value,
                      msg(QT_TRANSLATE_NOOP("messages", "合同已提交备案或已删除，不能再增删材料。")))


register_owner(MaterialOwnerKind.CONTRACT, contract_material_owner)
