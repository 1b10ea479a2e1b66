"""/api/v1/staff: staff applications (人员添加), the approved list (已审核从业人员查询), deactivation
(注销) — the work is `staff_service`'s."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from zsdesk.registry.schemas.common import Ok, problem_responses
from zsdesk.registry.schemas.staff import ApprovedStaff, StaffFields, StaffListFilter, StaffOut, StaffSubmit
from zsdesk.registry.server import staff_service as svc
from zsdesk.registry.server.auth import AgencyDep, MemberDep
from zsdesk.registry.server.deps import ClockDep, IdPath, SessionDep
from zsdesk.registry.server.idempotency import IdempotencyKeyDep, run_idempotent
from zsdesk.registry.server.versioning import IfMatchDep, etag

router = APIRouter(prefix="/api/v1/staff", tags=["staff"])

_ERR = problem_responses(401, 403, 404, 409, 412, 422, 428)


@router.post("", status_code=201, response_model=StaffOut, responses=_ERR)
def add_staff(body: StaffFields, request: Request, who: AgencyDep, session: SessionDep, clock: ClockDep,
              idem_key: IdempotencyKeyDep = None) -> JSONResponse:
    """中介服务机构人员添加. Only after the enterprise record is approved."""

    def command() -> tuple[int, BaseModel]:
        return 201, svc.add(session, who, body, clock)

    return run_idempotent(session, who, idem_key, request, body, command)


@router.get("", response_model=list[StaffOut], responses=_ERR)
def list_staff(who: AgencyDep, session: SessionDep,
               status: Annotated[StaffListFilter, Query()] = StaffListFilter.ALL) -> list[StaffOut]:
    return svc.list_staff(session, who, status)


@router.get("/approved", response_model=list[ApprovedStaff], responses=_ERR)
def approved_staff(who: AgencyDep, session: SessionDep) -> list[ApprovedStaff]:
    """已审核从业人员查询: approved staff with their net-sign login accounts (deactivated ones too)."""
    return svc.approved(session, who)


@router.get("/{staff_id}", response_model=StaffOut, responses=_ERR)
def get_staff(staff_id: IdPath, who: MemberDep, session: SessionDep, response: Response) -> StaffOut:
    out = svc.read(session, who, staff_id)
    response.headers["ETag"] = etag(out.version)
    return out


@router.put("/{staff_id}", response_model=StaffOut, responses=_ERR)
def update_staff(staff_id: IdPath, body: StaffFields, who: AgencyDep, session: SessionDep, clock: ClockDep,
                 response: Response, if_match: IfMatchDep = None) -> StaffOut:
    out = svc.update(session, who, staff_id, body, if_match, clock)
    session.commit()
    response.headers["ETag"] = etag(out.version)
    return out


@router.delete("/{staff_id}", response_model=Ok, responses=_ERR)
def delete_staff_draft(staff_id: IdPath, who: AgencyDep, session: SessionDep, clock: ClockDep,
                       if_match: IfMatchDep = None) -> Ok:
    """Delete an application that was never approved (draft or rejected); leaves a tombstone."""
    svc.delete_draft(session, who, staff_id, if_match, clock)
    session.commit()
    return Ok()


@router.post("/{staff_id}/submit", response_model=StaffOut, responses=_ERR)
def submit_staff(staff_id: IdPath, body: StaffSubmit, request: Request, who: AgencyDep, session: SessionDep,
                 clock: ClockDep, if_match: IfMatchDep = None, idem_key: IdempotencyKeyDep = None) -> JSONResponse:
    """提交 for review; needs the ID pictures among the application's materials (a 居民身份证: both sides)."""

    def command() -> tuple[int, BaseModel]:
        return 200, svc.submit(session, who, staff_id, body, if_match, clock)

    return run_idempotent(session, who, idem_key, request, body, command)


@router.post("/{staff_id}/deactivate", response_model=StaffOut, responses=_ERR)
def deactivate_staff(staff_id: IdPath, request: Request, who: AgencyDep, session: SessionDep, clock: ClockDep,
                     idem_key: IdempotencyKeyDep = None) -> JSONResponse:
    """注销 a staff account: it can no longer log in, and the person may join another agency."""

    def command() -> tuple[int, BaseModel]:
        return 200, svc.deactivate(session, who, staff_id, clock)

    return run_idempotent(session, who, idem_key, request, None, command)
