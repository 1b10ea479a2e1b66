"""POST /api/v1/properties/verify — 房源验证 (staff only: agency accounts cannot sign)."""

from __future__ import annotations

from fastapi import APIRouter

from zsdesk.registry.schemas.common import problem_responses
from zsdesk.registry.schemas.properties import VerificationOut, VerifyMethod, VerifyRequest
from zsdesk.registry.server.auth import StaffDep
from zsdesk.registry.server.deps import ClockDep, SessionDep
from zsdesk.registry.server.properties_service import get_verification, property_out, verify_property

router = APIRouter(prefix="/api/v1/properties", tags=["properties"])


@router.post("/verify", response_model=VerificationOut, responses=problem_responses(401, 403, 404, 409, 422))
def verify(body: VerifyRequest, session: SessionDep, clock: ClockDep, who: StaffDep) -> VerificationOut:
    """By 房产证号, 不动产权证号 or 姓名+不动产单元号, with one owner's name and ID number as registered.
    Failures: PROPERTY_NOT_FOUND, OWNER_MISMATCH, FIRST_GEN_FLAG_MISMATCH, PROPERTY_SEALED,
    PROPERTY_UNDER_CONTRACT (and 422 for a malformed number, naming the wrong part)."""
    out = verify_property(session, who, body, clock.now())
    session.commit()
    return out


@router.get("/verifications/{verification_id}", response_model=VerificationOut,
            responses=problem_responses(401, 403, 404))
def read_verification(verification_id: str, session: SessionDep, who: StaffDep) -> VerificationOut:
    v = get_verification(session, who, verification_id)
    return VerificationOut(verification_id=v.id, method=VerifyMethod(v.method), verified_at=v.created_at,
                           property=property_out(v.property))
