"""/api/v1/contracts — 存量房买卖合同: drafts, consents, filing, changes, cancellation.

Staff create, edit and submit (only the creator may change a contract); the agency account reads
every contract of its agency but can never create, edit or submit one. The center completes
cancellations (/api/v1/center/...)."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from zsdesk.domain.enums import ContractStatus
from zsdesk.registry.schemas.common import Ok, problem_responses
from zsdesk.registry.schemas.contracts import (
    CancellationRequest,
    ChangeRequest,
    ConsentRequest,
    ContractCreate,
    ContractList,
    ContractOut,
    ContractSummary,
    ContractTerms,
    RevisionOut,
)
from zsdesk.registry.server import contracts_service as svc
from zsdesk.registry.server.auth import CenterDep, MemberDep, StaffDep
from zsdesk.registry.server.deps import ClockDep, SessionDep
from zsdesk.registry.server.idempotency import IdempotencyKeyDep, run_idempotent
from zsdesk.registry.server.versioning import IfMatchDep, etag

router = APIRouter(prefix="/api/v1/contracts", tags=["contracts"])
center_router = APIRouter(prefix="/api/v1/center", tags=["center"])

ContractId = Annotated[str, Path(min_length=1, max_length=32, description="合同 id（创建时返回）")]


def _with_etag(out: ContractOut, response: Response) -> ContractOut:
    response.headers["ETag"] = etag(out.version)
    return out


def _idempotent_json(resp: JSONResponse) -> JSONResponse:
    body = resp.body
    if resp.status_code < 300 and isinstance(body, bytes | bytearray | memoryview):
        version = json.loads(bytes(body)).get("version")
        if isinstance(version, int):
            resp.headers["ETag"] = etag(version)
    return resp


@router.post("", status_code=201, response_model=ContractOut,
             responses=problem_responses(401, 403, 404, 410, 422))   # 410: a replay after the draft was deleted
def create_contract(body: ContractCreate, request: Request, session: SessionDep, clock: ClockDep, who: StaffDep,
                    idem_key: IdempotencyKeyDep = None) -> JSONResponse:
    """Creates a draft from a verification; it is deleted 24 h after creation unless submitted."""
    def command() -> tuple[int, BaseModel]:
        return 201, svc.create(session, who, body, clock.now())
    return _idempotent_json(run_idempotent(session, who, idem_key, request, body, command))


@router.get("", response_model=ContractList, responses=problem_responses(401, 403, 422))
def list_contracts(
    session: SessionDep, clock: ClockDep, who: MemberDep,
    status: ContractStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> ContractList:
    page = svc.list_contracts(session, who, status, limit, offset, clock.now())
    session.commit()  # drafts found past their lifetime were deleted on the way
    return page


@router.get("/{contract_id}", response_model=ContractOut, responses=problem_responses(401, 403, 404, 410))
def read_contract(contract_id: ContractId, response: Response, session: SessionDep, clock: ClockDep,
                  who: MemberDep) -> ContractOut:
    return _with_etag(svc.read(session, who, contract_id, clock.now()), response)


@router.put("/{contract_id}", response_model=ContractOut,
            responses=problem_responses(401, 403, 404, 409, 410, 412, 422, 428))
def update_contract(contract_id: ContractId, terms: ContractTerms, response: Response, session: SessionDep,
                    clock: ClockDep, who: StaffDep, if_match: IfMatchDep = None) -> ContractOut:
    """Replaces the draft's terms. Needs If-Match with the version read; a stale one gets 412."""
    out = svc.update(session, who, contract_id, terms, if_match, clock.now())
    session.commit()
    return _with_etag(out, response)


@router.delete("/{contract_id}", response_model=Ok, responses=problem_responses(401, 403, 404, 409, 410, 412))
def delete_contract(contract_id: ContractId, session: SessionDep, clock: ClockDep, who: StaffDep,
                    if_match: IfMatchDep = None) -> Ok:
    """Discards a draft (the feed carries a tombstone)."""
    svc.delete_draft(session, who, contract_id, if_match, clock.now())
    session.commit()
    return Ok()


@router.post("/{contract_id}/consents", response_model=ContractOut,
             responses=problem_responses(401, 403, 404, 409, 410, 412, 422))
def record_consent(contract_id: ContractId, body: ConsentRequest, response: Response, session: SessionDep,
                   clock: ClockDep, who: StaffDep, if_match: IfMatchDep = None) -> ContractOut:
    """Records that a seller or buyer agreed to file (who recorded it and when, by the server clock)."""
    out = svc.record_consent(session, who, contract_id, body, if_match, clock.now())
    session.commit()
    return _with_etag(out, response)


@router.post("/{contract_id}/submit", response_model=ContractOut,
             responses=problem_responses(401, 403, 404, 409, 410, 412, 422))
def submit_contract(contract_id: ContractId, request: Request, session: SessionDep, clock: ClockDep,
                    who: StaffDep, idem_key: IdempotencyKeyDep = None, if_match: IfMatchDep = None) -> JSONResponse:
    """Files the contract: status 已签约 and a filing number. Needs every required field and both
    parties' consent. A repeat with the same Idempotency-Key returns the first result."""
    def command() -> tuple[int, BaseModel]:
        return 200, svc.submit(session, who, contract_id, if_match, clock)
    return _idempotent_json(run_idempotent(session, who, idem_key, request, None, command))


@router.post("/{contract_id}/changes", response_model=ContractOut,
             responses=problem_responses(401, 403, 404, 409, 410, 422))
def change_contract(contract_id: ContractId, body: ChangeRequest, request: Request, session: SessionDep,
                    clock: ClockDep, who: StaffDep, idem_key: IdempotencyKeyDep = None) -> JSONResponse:
    """存量房合同变更 by the creating staff member: items (before/after) plus the edited terms; key
    fields (names, ID numbers, property) refuse with KEY_FIELD_LOCKED. Creates a new revision."""
    def command() -> tuple[int, BaseModel]:
        return 200, svc.change(session, who, contract_id, body, clock.now())
    return _idempotent_json(run_idempotent(session, who, idem_key, request, body, command))


@router.get("/{contract_id}/revisions", response_model=list[RevisionOut],
            responses=problem_responses(401, 403, 404, 410))
def list_revisions(contract_id: ContractId, session: SessionDep, clock: ClockDep,
                   who: MemberDep) -> list[RevisionOut]:
    return svc.revisions(session, who, contract_id, clock.now())


@router.post("/{contract_id}/cancellation", response_model=ContractOut,
             responses=problem_responses(401, 403, 404, 409, 410, 422))
def request_cancellation(contract_id: ContractId, body: CancellationRequest, request: Request, session: SessionDep,
                         clock: ClockDep, who: StaffDep, idem_key: IdempotencyKeyDep = None) -> JSONResponse:
    """注销网签备案 requested; the center completes it when both parties attend in person."""
    def command() -> tuple[int, BaseModel]:
        return 200, svc.request_cancellation(session, who, contract_id, body.reason, clock.now())
    return _idempotent_json(run_idempotent(session, who, idem_key, request, body, command))


@center_router.get("/cancellations", response_model=list[ContractSummary], responses=problem_responses(401, 403))
def pending_cancellations(session: SessionDep, _who: CenterDep) -> list[ContractSummary]:
    return svc.pending_cancellations(session)


@center_router.post("/cancellations/{contract_id}/complete", response_model=ContractOut,
                    responses=problem_responses(401, 403, 404, 409))
def complete_cancellation(contract_id: ContractId, session: SessionDep, clock: ClockDep,
                          _who: CenterDep) -> ContractOut:
    out = svc.complete_cancellation(session, contract_id, clock.now())
    session.commit()
    return out
