"""What a deleted or expired draft leaves behind: a tombstone, and no personal data.

A draft the agent deletes, or that passes its 24 hours, took names, ID numbers and phones of both
parties to the registry. The contract row keeps only its number and state (a late client gets
410), but copies of its content sit elsewhere: the pictures uploaded for it, the change feed's
earlier UPSERT rows (full contract states) and the stored first answers of idempotent commands.
`purge_draft` removes those in the transaction that closes the draft; the feed then holds one
tombstone per entity, so every client still learns that the draft (and its materials) are gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from zsdesk.registry.schemas.changes import ChangeOp, Entity
from zsdesk.registry.schemas.materials import MaterialOwnerKind
from zsdesk.registry.server.feed import record_change
from zsdesk.registry.server.idempotency import redact_records
from zsdesk.registry.server.models.contracts import ContractRecord
from zsdesk.registry.server.models.feed import Change
from zsdesk.registry.server.models.materials import Material
from zsdesk.registry.server.problems import ApiError

_CONTRACT_OWNER = MaterialOwnerKind.CONTRACT.value


@dataclass(frozen=True, slots=True)
class Closed:
    """A draft being closed: its row, the feed's DELETE payload for it (no personal data) and the
    problem a replayed idempotent command of it answers from now on."""

    rec: ContractRecord
    tombstone: dict[str, Any]
    gone: ApiError


def _owner_of(data: Any) -> str | None:
    if isinstance(data, dict) and data.get("owner_kind") == _CONTRACT_OWNER:
        owner = data.get("owner_id")
        return owner if isinstance(owner, str) else None
    return None


def _scope(staff_id: int | None) -> Any:
    return Change.staff_id.is_(None) if staff_id is None else Change.staff_id == staff_id


def _material_ids(session: Session, recs: list[ContractRecord]) -> dict[str, set[str]]:
    """Per draft, its materials: present ones and ones removed earlier whose feed rows still name
    them (a material's feed row carries its file name, which may be a person's name)."""
    ids: dict[str, set[str]] = {r.id: set() for r in recs}
    for material_id, owner in session.execute(select(Material.id, Material.owner_id).where(
            Material.owner_kind == _CONTRACT_OWNER, Material.owner_id.in_(list(ids)))):
        ids[owner].add(str(material_id))
    # A contract's materials are fed in its creator's scope (contract_material_owner), since its creation.
    groups: dict[tuple[int, int | None], datetime] = {}
    for r in recs:
        key = (r.agency_id, r.staff_id)
        groups[key] = min(groups.get(key, r.created_at), r.created_at)
    for (agency_id, staff_id), since in groups.items():
        rows = session.execute(select(Change.entity_id, Change.data).where(
            Change.agency_id == agency_id, _scope(staff_id), Change.entity == Entity.MATERIAL.value,
            Change.created_at >= since))
        for entity_id, data in rows:
            owner = _owner_of(data)
            if owner in ids:
                ids[owner].add(entity_id)
    return ids


def purge_drafts(session: Session, closed: list[Closed], now: datetime) -> None:
    """Remove the drafts' materials and every stored copy of their content; leave tombstones.
    Works on many drafts at once (the expiry sweep closes hundreds) with a few statements."""
    if not closed:
        return
    recs = [c.rec for c in closed]
    materials = _material_ids(session, recs)
    session.execute(delete(Material).where(Material.owner_kind == _CONTRACT_OWNER,
                                           Material.owner_id.in_([r.id for r in recs]))
                    .execution_options(synchronize_session=False))
    tombstones = []
    for c in closed:
        rec = c.rec
        tombstones += [record_change(session, rec.agency_id, rec.staff_id, Entity.MATERIAL, material_id,
                                     ChangeOp.DELETE, None, at=now)
                       for material_id in sorted(materials[rec.id], key=int)]
        tombstones.append(record_change(session, rec.agency_id, rec.staff_id, Entity.CONTRACT, rec.id,
                                        ChangeOp.DELETE, c.tombstone, at=now))
    session.flush()
    # Only now do the earlier rows of the drafts and their materials go (a client past them lost
    # nothing, one before them meets the tombstone). In this order the tombstones hold the feed's
    # highest ids: SQLite hands out max(id) + 1, and deleting the highest rows first would let a
    # later change take an id below a client's cursor.
    keep = [t.id for t in tombstones]
    for agency_id in sorted({r.agency_id for r in recs}):
        # agency_id first: the feed's (agency_id, id) index bounds each statement to one agency's rows.
        theirs = [r for r in recs if r.agency_id == agency_id]
        mine = (Change.agency_id == agency_id) & Change.id.not_in(keep)
        session.execute(delete(Change).where(mine, Change.entity == Entity.CONTRACT.value,
                                             Change.entity_id.in_([r.id for r in theirs]))
                        .execution_options(synchronize_session=False))
        material_ids = sorted({m for r in theirs for m in materials[r.id]})
        if material_ids:
            session.execute(delete(Change).where(mine, Change.entity == Entity.MATERIAL.value,
                                                 Change.entity_id.in_(material_ids))
                            .execution_options(synchronize_session=False))
    # Stored answers of create/submit/upload for these drafts held their full content: a repeat of
    # such a command now learns that the draft is gone instead.
    by_principal: dict[str, list[Closed]] = {}
    for c in closed:
        by_principal.setdefault(f"netsign:{c.rec.account_id}", []).append(c)
    for principal, answered in by_principal.items():
        gone = {c.rec.id: c.gone for c in answered}

        def replacement(body: Any, gone: dict[str, ApiError] = gone) -> ApiError | None:
            if not isinstance(body, dict):
                return None
            key = body.get("id") if isinstance(body.get("id"), str) else _owner_of(body)
            return gone.get(key) if isinstance(key, str) else None

        redact_records(session, principal, min(c.rec.created_at for c in answered), replacement)


def purge_draft(session: Session, rec: ContractRecord, now: datetime, tombstone: dict[str, Any],
                gone: ApiError) -> None:
    """One draft (`purge_drafts`)."""
    purge_drafts(session, [Closed(rec, tombstone, gone)], now)


__all__ = ["Closed", "purge_draft", "purge_drafts"]
