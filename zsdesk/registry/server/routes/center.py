"""/api/v1/center: the registry center's review actions over HTTP (role center)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from zsdesk.registry.schemas.accounts import AgencyCreate, AgencyOut
from zsdesk.registry.schemas.center import PendingItem
from zsdesk.registry.schemas.common import problem_responses
from zsdesk.registry.schemas.enterprise import EnterpriseOut, ReviewDecision
from zsdesk.registry.schemas.staff import StaffOut
from zsdesk.registry.server import center
from zsdesk.registry.server.accounts_service import agency_out
from zsdesk.registry.server.auth import CenterDep
from zsdesk.registry.server.deps import ClockDep, IdPath, PendingSourcesDep, SessionDep
from zsdesk.registry.server.idempotency import IdempotencyKeyDep, run_idempotent
from zsdesk.registry.server.reviews import enterprise_out, staff_out

router = APIRouter(prefix="/api/v1/center", tags=["center"])

_ERR = problem_responses(401, 403, 404, 409, 422)


@router.post("/agencies", status_code=201, response_model=AgencyOut, responses=_ERR)
def create_agency(body: AgencyCreate, request: Request, who: CenterDep, session: SessionDep, clock: ClockDep,
                  idem_key: IdempotencyKeyDep = None) -> JSONResponse:
    """开通中介机构网签账号: login = full registered name, initial password 123456."""

    def command() -> tuple[int, BaseModel]:
        agency = center.create_agency(session, clock, body.name, body.uscc)
        return 201, agency_out(session, agency)

    return run_idempotent(session, who, idem_key, request, body, command)


@router.get("/pending", response_model=list[PendingItem], responses=_ERR)
def pending(who: CenterDep, session: SessionDep, sources: PendingSourcesDep) -> list[PendingItem]:
    return center.list_pending(session, sources)


@router.post("/enterprise/{record_id}/approve", response_model=EnterpriseOut, responses=_ERR)
def approve_enterprise(record_id: IdPath, who: CenterDep, session: SessionDep, clock: ClockDep) -> EnterpriseOut:
    rec = center.approve_enterprise(session, clock, record_id)
    session.commit()
    return enterprise_out(rec)


@router.post("/enterprise/{record_id}/reject", response_model=EnterpriseOut, responses=_ERR)
def reject_enterprise(record_id: IdPath, body: ReviewDecision, who: CenterDep, session: SessionDep,
                      clock: ClockDep) -> EnterpriseOut:
    rec = center.reject_enterprise(session, clock, record_id, body.reason)
    session.commit()
    return enterprise_out(rec)


@router.post("/staff/{staff_id}/approve", response_model=StaffOut, responses=_ERR)
def approve_staff(staff_id: IdPath, who: CenterDep, session: SessionDep, clock: ClockDep) -> StaffOut:
    member = center.approve_staff(session, clock, staff_id)
    session.commit()
    return staff_out(session, member)


@router.post("/staff/{staff_id}/reject", response_model=StaffOut, responses=_ERR)
def reject_staff(staff_id: IdPath, body: ReviewDecision, who: CenterDep, session: SessionDep,
                 clock: ClockDep) -> StaffOut:
    member = center.reject_staff(session, clock, staff_id, body.reason)
    session.commit()
    return staff_out(session, member)
