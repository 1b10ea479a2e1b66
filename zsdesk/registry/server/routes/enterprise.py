"""/api/v1/enterprise: the agency's enterprise record (企业信息核查) — read, save draft, submit (the
work is `enterprise_service`'s)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from zsdesk.registry.schemas.common import problem_responses
from zsdesk.registry.schemas.enterprise import EnterpriseFields, EnterpriseOut, EnterpriseSubmit
from zsdesk.registry.server import enterprise_service as svc
from zsdesk.registry.server.auth import AgencyDep, MemberDep
from zsdesk.registry.server.deps import ClockDep, SessionDep
from zsdesk.registry.server.idempotency import IdempotencyKeyDep, run_idempotent
from zsdesk.registry.server.versioning import IfMatchDep, etag

router = APIRouter(prefix="/api/v1/enterprise", tags=["enterprise"])


@router.get("", response_model=EnterpriseOut, responses=problem_responses(401, 403))
def get_enterprise(who: MemberDep, session: SessionDep, clock: ClockDep, response: Response) -> EnterpriseOut:
    """The agency's record (created as an empty draft on first read). Staff may read it."""
    out = svc.read(session, who, clock)
    session.commit()
    response.headers["ETag"] = etag(out.version)
    return out


@router.put("", response_model=EnterpriseOut, responses=problem_responses(401, 403, 409, 412, 422, 428))
def save_enterprise(body: EnterpriseFields, who: AgencyDep, session: SessionDep, clock: ClockDep, response: Response,
                    if_match: IfMatchDep = None) -> EnterpriseOut:
    """Save the draft (保存). Needs If-Match with the version read; a rejected record becomes a
    draft again. Rules are checked on submit, so a half-filled form can be saved."""
    out = svc.save(session, who, body, if_match, clock)
    session.commit()
    response.headers["ETag"] = etag(out.version)
    return out


@router.post("/submit", response_model=EnterpriseOut,
             responses=problem_responses(401, 403, 409, 412, 422))
def submit_enterprise(body: EnterpriseSubmit, request: Request, who: AgencyDep, session: SessionDep, clock: ClockDep,
                      if_match: IfMatchDep = None, idem_key: IdempotencyKeyDep = None) -> JSONResponse:
    """提交 with a comment (提交意见, required). Checks every rule against the server's today and
    that at least one material (the business licence picture) is attached."""

    def command() -> tuple[int, BaseModel]:
        return 200, svc.submit(session, who, body, if_match, clock)

    return run_idempotent(session, who, idem_key, request, body, command)
