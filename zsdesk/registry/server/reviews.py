"""Shared pieces of the two reviewed records (enterprise record, staff application): wire views
and feed publication. The center's decisions are in `center.py`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from zsdesk.domain.enums import ReviewStatus
from zsdesk.registry.schemas.changes import ChangeOp, Entity
from zsdesk.registry.schemas.enterprise import EnterpriseFields, EnterpriseOut
from zsdesk.registry.schemas.staff import StaffFields, StaffOut
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.feed import record_change
from zsdesk.registry.server.models.accounts import Agency, NetSignAccount
from zsdesk.registry.server.models.enterprise import EnterpriseRecord
from zsdesk.registry.server.models.staff import StaffMember

EDITABLE = (ReviewStatus.DRAFT.value, ReviewStatus.REJECTED.value)


def enterprise_record(session: Session, agency_id: int, clock: Clock) -> EnterpriseRecord:
    """The agency's record, created on first use with the name and USCC the center opened it with."""
    from sqlalchemy import select

    rec = session.scalar(select(EnterpriseRecord).where(EnterpriseRecord.agency_id == agency_id))
    if rec is None:
        agency = session.get(Agency, agency_id)
        assert agency is not None
        fields = EnterpriseFields(name=agency.name, uscc=agency.uscc)
        rec = EnterpriseRecord(agency_id=agency_id, status=ReviewStatus.DRAFT.value, version=1,
                               data=fields.model_dump(mode="json"), updated_at=clock.now())
        session.add(rec)
        session.flush()
    return rec


def enterprise_out(rec: EnterpriseRecord) -> EnterpriseOut:
    return EnterpriseOut(id=rec.id, agency_id=rec.agency_id, status=ReviewStatus(rec.status), version=rec.version,
                         fields=EnterpriseFields.model_validate(rec.data), submit_comment=rec.submit_comment,
                         review_reason=rec.review_reason, submitted_at=rec.submitted_at,
                         reviewed_at=rec.reviewed_at, updated_at=rec.updated_at)


def publish_enterprise(session: Session, rec: EnterpriseRecord, at: datetime) -> None:
    record_change(session, rec.agency_id, None, Entity.ENTERPRISE, rec.id, ChangeOp.UPSERT, enterprise_out(rec), at=at)


def staff_fields(member: StaffMember) -> StaffFields:
    return StaffFields.model_validate({**member.data, "name": member.name, "id_type": member.id_type,
                                       "id_number": member.id_number, "phone": member.phone})


def staff_out(session: Session, member: StaffMember) -> StaffOut:
    account = session.get(NetSignAccount, member.account_id) if member.account_id else None
    return StaffOut(id=member.id, agency_id=member.agency_id, status=ReviewStatus(member.status),
                    active=member.active, deactivated_at=member.deactivated_at, version=member.version,
                    fields=staff_fields(member), login=account.login if account else None,
                    submit_comment=member.submit_comment, review_reason=member.review_reason,
                    submitted_at=member.submitted_at, reviewed_at=member.reviewed_at,
                    created_at=member.created_at, updated_at=member.updated_at)


def publish_staff(session: Session, member: StaffMember, at: datetime) -> None:
    # Scope: the agency account and the staff member themself, not their colleagues.
    record_change(session, member.agency_id, member.id, Entity.STAFF, member.id, ChangeOp.UPSERT,
                  staff_out(session, member), at=at)
