"""Account look-ups shared by the auth routes, the center and the feed."""

from __future__ import annotations

from sqlalchemy.orm import Session

from zsdesk.registry.schemas.accounts import AccountInfo, AgencyOut
from zsdesk.registry.schemas.common import Role
from zsdesk.registry.server.auth import Principal
from zsdesk.registry.server.models.accounts import Agency, NetSignAccount, UnifiedAccount
from zsdesk.registry.server.models.staff import StaffMember


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
