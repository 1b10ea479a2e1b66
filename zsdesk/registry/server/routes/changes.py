"""GET /api/v1/changes — the change feed in the caller's scope."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from zsdesk.registry.schemas.changes import ChangesPage
from zsdesk.registry.schemas.common import problem_responses
from zsdesk.registry.server.auth import MemberDep
from zsdesk.registry.server.deps import SessionDep
from zsdesk.registry.server.feed import changes_since

router = APIRouter(prefix="/api/v1", tags=["changes"])


@router.get("/changes", response_model=ChangesPage, responses=problem_responses(401, 403, 422))
def get_changes(
    session: SessionDep,
    who: MemberDep,
    since: Annotated[int, Query(ge=0, le=2**62, description="上次取到的 next_cursor；首次为 0")] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> ChangesPage:
    return changes_since(session, who, since, limit)
