"""What a deleted or expired draft leaves behind: a tombstone, and no personal data.

A draft the agent deletes, or that passes its 24 hours, took names, ID numbers and phones of both
parties to the registry. The contract row keeps only its number and state (a late client gets
410), but copies of its content sit elsewhere: the pictures uploaded for it, the change feed's
earlier UPSERT rows (full contract states) and the stored first answers of idempotent commands.
`purge_draft` removes those in the transaction that closes the draft; the feed then holds one
tombstone per entity, so every client still learns that the draft (and its materials) are gone.
"""

from __future__ import annotations

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


def _owned_by(data: Any, contract_id: str) -> bool:
    return (isinstance(data, dict) and data.get("owner_kind") == _CONTRACT_OWNER
            and data.get("owner_id") == contract_id)


def _material_ids(session: Session, rec: ContractRecord) -> set[str]:
    """The draft's materials, present ones and ones removed earlier whose feed rows still name them
    (a material's feed row carries its file name, which may be a person's name)."""
    ids = {str(i) for i in session.scalars(select(Material.id).where(
        Material.owner_kind == _CONTRACT_OWNER, Material.owner_id == rec.id))}
    # A contract's materials are fed in its creator's scope (contract_material_owner), since its creation.
    scope = Change.staff_id.is_(None) if rec.staff_id is None else Change.staff_id == rec.staff_id
    rows = session.execute(select(Change.entity_id, Change.data).where(
        Change.agency_id == rec.agency_id, scope, Change.entity == Entity.MATERIAL.value,
        Change.created_at >= rec.created_at))
    ids.update(entity_id for entity_id, data in rows if _owned_by(data, rec.id))
    return ids


def purge_draft(session: Session, rec: ContractRecord, now: datetime, tombstone: dict[str, Any],
                gone: ApiError) -> None:
    """Remove the draft's materials and every stored copy of its content; leave tombstones.

    `tombstone`: the feed's DELETE payload for the contract (no personal data). `gone`: the
    problem a replayed idempotent command of this draft answers from now on."""
    material_ids = _material_ids(session, rec)
    session.execute(delete(Material).where(Material.owner_kind == _CONTRACT_OWNER, Material.owner_id == rec.id)
                    .execution_options(synchronize_session=False))
    tombstones = [record_change(session, rec.agency_id, rec.staff_id, Entity.MATERIAL, material_id, ChangeOp.DELETE,
                                None, at=now) for material_id in sorted(material_ids, key=int)]
    tombstones.append(record_change(session, rec.agency_id, rec.staff_id, Entity.CONTRACT, rec.id, ChangeOp.DELETE,
                                    tombstone, at=now))
    session.flush()
    # Only now do the earlier rows of the draft and its materials go (a client past them lost
    # nothing, one before them meets the tombstone). In this order the tombstones hold the feed's
    # highest ids: SQLite hands out max(id) + 1, and deleting the highest rows first would let a
    # later change take an id below a client's cursor.
    keep = [t.id for t in tombstones]
    session.execute(delete(Change).where(Change.entity == Entity.CONTRACT.value, Change.entity_id == rec.id,
                                         Change.id.not_in(keep)).execution_options(synchronize_session=False))
    if material_ids:
        session.execute(delete(Change).where(Change.entity == Entity.MATERIAL.value,
                                             Change.entity_id.in_(sorted(material_ids)), Change.id.not_in(keep))
                        .execution_options(synchronize_session=False))
    # Stored answers of create/submit/upload for this draft held its full content: a repeat of such a
    # command now learns that the draft is gone instead.
    redact_records(session, f"netsign:{rec.account_id}", rec.created_at,
                   lambda body: isinstance(body, dict) and (body.get("id") == rec.id or _owned_by(body, rec.id)),
                   gone.status, gone.body())


__all__ = ["purge_draft"]
