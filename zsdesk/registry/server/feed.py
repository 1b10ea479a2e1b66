"""Record changes for the feed and read them back in a caller's scope.

Every handler that changes something a client caches calls `record_change` in the same
transaction. Scope: `staff_id=None` means everyone in the agency sees it (enterprise record,
agency info); a staff id limits it to that staff member and the agency account (their contracts,
their own staff record).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.schemas.changes import ChangeItem, ChangeOp, ChangesPage
from zsdesk.registry.schemas.common import Role
from zsdesk.registry.server.auth import Principal
from zsdesk.registry.server.models.feed import Change
from zsdesk.registry.server.problems import ApiError

# Arbitrary constant naming the PostgreSQL advisory lock that orders feed writers.
_FEED_LOCK_KEY = 0x7A5D_F33D


def record_change(session: Session, agency_id: int, staff_id: int | None, entity: str, entity_id: str | int,
                  op: ChangeOp | str, data: BaseModel | dict[str, Any] | None, *,
                  at: datetime | None = None) -> Change:
    if session.get_bind().dialect.name == "postgresql":
        # Ids come from a sequence: without this, a transaction that drew a smaller id could commit
        # after a client already read past a larger one, and the client would never see it. The lock
        # lasts until commit, so ids become visible in order.
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _FEED_LOCK_KEY})
    payload = data.model_dump(mode="json") if isinstance(data, BaseModel) else data
    change = Change(agency_id=agency_id, staff_id=staff_id, entity=str(entity), entity_id=str(entity_id),
                    op=str(ChangeOp(op)), data=payload, created_at=at or datetime.now(UTC))
    session.add(change)
    return change


def _scope(principal: Principal) -> Any:
    if principal.role is Role.AGENCY and principal.agency_id is not None:
        return Change.agency_id == principal.agency_id
    if principal.role is Role.STAFF and principal.agency_id is not None:
        return (Change.agency_id == principal.agency_id) & or_(Change.staff_id.is_(None),
                                                               Change.staff_id == principal.staff_id)
    raise ApiError(403, ErrorCode.FORBIDDEN,
                   msg(QT_TRANSLATE_NOOP("messages", "只有中介机构账号和从业人员账号可以同步变化。")))


def changes_since(session: Session, principal: Principal, since: int, limit: int) -> ChangesPage:
    scope = _scope(principal)
    rows = session.scalars(select(Change).where(scope, Change.id > since).order_by(Change.id).limit(limit)).all()
    next_cursor = rows[-1].id if rows else since
    remaining = session.scalar(select(func.count()).select_from(Change).where(scope, Change.id > next_cursor)) or 0
    items = [ChangeItem(cursor=r.id, entity=r.entity, entity_id=r.entity_id, op=ChangeOp(r.op), data=r.data,
                        changed_at=r.created_at) for r in rows]
    return ChangesPage(items=items, next_cursor=next_cursor, has_more=remaining > 0, total_remaining=remaining)
