"""The contract lists the staff and agency pages show, read from the local cache."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from zsdesk.domain.enums import ContractStatus
from zsdesk.services.app_context import AppContext


@dataclass(frozen=True, slots=True)
class ContractSummary:
    local_id: str
    filing_no: str
    status: ContractStatus
    address: str
    seller_name: str
    buyer_name: str
    staff_account: str
    updated_at: datetime | None

    @property
    def status_text(self) -> str:
        return self.status.label


def _cache(ctx: AppContext):  # type: ignore[no-untyped-def]
    cache = getattr(ctx, "cache", None)
    if cache is None:
        from zsdesk.store.database import open_cache

        cache = open_cache(ctx.paths.database, ctx.paths.config_dir)
        ctx.cache = cache  # type: ignore[attr-defined]
    return cache


def list_contracts(ctx: AppContext, statuses: tuple[ContractStatus, ...] = (), text: str = "",
                   limit: int = 200) -> list[ContractSummary]:
    from zsdesk.store.models.contract import Contract

    cache = _cache(ctx)
    query = select(Contract).order_by(Contract.updated_at.desc()).limit(limit)
    if statuses:
        query = query.where(Contract.status.in_([s.value for s in statuses]))
    if ctx.account is not None and ctx.account.kind.value == "staff" and ctx.account.username:
        query = query.where(Contract.staff_account == ctx.account.username)
    text = text.strip()
    if text:
        like = f"%{text}%"
        query = query.where(or_(Contract.seller_name.like(like), Contract.buyer_name.like(like),
                                Contract.address.like(like), Contract.filing_no.like(like),
                                Contract.unit_no.like(like), Contract.property_cert_no.like(like),
                                Contract.title_cert_no.like(like)))
    with cache.sessions() as session:
        rows = session.scalars(query).all()
        return [ContractSummary(r.local_id, r.filing_no, _status(r.status), r.address, r.seller_name,
                                r.buyer_name, r.staff_account, r.updated_at) for r in rows]


def _status(value: str) -> ContractStatus:
    try:
        return ContractStatus(value)
    except ValueError:
        return ContractStatus.DRAFT
