"""Contracts between the domain (`zsdesk.domain.contract.Contract`) and the cache rows.

The row keeps searchable, non-personal facts in columns, the remaining non-personal terms in
`payload`, and the personal ones that are not parties (applicant, the register's owners) in the
encrypted `private_payload`. Each party is its own row with encrypted ID number and phone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import ContractStatus, IdType, Ownership, PartyRole
from zsdesk.domain.masking import mask_id
from zsdesk.domain.property_numbers import normalize_cert_no, normalize_unit_no, number_tail_key
from zsdesk.store.codec import from_jsonable, to_jsonable
from zsdesk.store.models import Contract as ContractRow
from zsdesk.store.models import ContractParty, ContractRevision
from zsdesk.store.models.base import utcnow

DRAFT_LIFETIME = timedelta(hours=24)   # the registry deletes unsubmitted drafts after 24 h
_SLOTS = ("sellers", "buyers", "guardians")
_PROPERTY_COLUMNS = ("unit_no", "address", "property_cert_no", "title_cert_no")


class ContractNotFoundError(LookupError):
    pass


def party_values(party: dc.Party, slot: str, ordinal: int) -> dict[str, Any]:
    """Plain column values of one party row (the ORM and bulk Core writes share them)."""
    return {
        "slot": slot,
        "ordinal": ordinal,
        "role": party.role.value,
        "name": party.name,
        "id_type": party.id_type.value,
        "id_number": party.id_number or None,
        "phone": party.phone or None,
        "nationality": party.nationality,
        "address": party.address,
        "postal_code": party.postal_code,
        "share": str(party.share) if party.share is not None else None,
        "guardian_of": party.guardian_of,
        "represents": party.represents.value if party.represents is not None else None,
    }


def _party_row(party: dc.Party, slot: str, ordinal: int) -> ContractParty:
    return ContractParty(**party_values(party, slot, ordinal))


def _party(row: ContractParty) -> dc.Party:
    return dc.Party(
        role=PartyRole(row.role),
        name=row.name,
        id_type=IdType(row.id_type),
        id_number=row.id_number or "",
        nationality=row.nationality,
        address=row.address,
        postal_code=row.postal_code,
        phone=row.phone or "",
        share=Decimal(row.share) if row.share is not None else None,
        guardian_of=row.guardian_of,
        represents=PartyRole(row.represents) if row.represents else None,
    )


def _payload(contract: dc.Contract) -> dict[str, Any]:
    prop = to_jsonable(contract.property)
    prop.pop("owners")
    for column in _PROPERTY_COLUMNS:
        prop.pop(column)
    return {
        "property": prop,
        "buyer_ownership": contract.buyer_ownership.value,
        "payment": to_jsonable(contract.payment),
        "escrow": to_jsonable(contract.escrow),
        "handover": to_jsonable(contract.handover),
        "other": to_jsonable(contract.other),
        "evaluation": to_jsonable(contract.evaluation),
        "notices_read": contract.notices_read,
        "consents": to_jsonable(contract.consents),
    }


def contract_values(contract: dc.Contract, *, dirty: bool = False) -> dict[str, Any]:
    """Plain column values of the contract row, without `local_id` and the parties (the ORM and
    bulk Core writes — e.g. the first sync of thousands of contracts — share them)."""
    prop = contract.property
    first_seller = contract.sellers[0] if contract.sellers else None
    first_buyer = contract.buyers[0] if contract.buyers else None
    return {
        "contract_no": contract.contract_no,
        "filing_no": contract.filing_no,
        "status": contract.status.value,
        "version": contract.version,
        "revision": contract.revision,
        "created_at": contract.created_at,
        "submitted_at": contract.submitted_at,
        "expires_at": (contract.created_at + DRAFT_LIFETIME
                       if contract.status is ContractStatus.DRAFT and contract.created_at else None),
        "updated_at": utcnow(),
        "staff_account": contract.staff_account,
        "agency_name": contract.agency_name,
        "unit_no": normalize_unit_no(prop.unit_no),
        "address": prop.address,
        "property_cert_no": prop.property_cert_no,
        "title_cert_no": prop.title_cert_no,
        "property_cert_key": normalize_cert_no(prop.property_cert_no),
        "title_cert_key": normalize_cert_no(prop.title_cert_no),
        "unit_no_tail": number_tail_key(prop.unit_no),
        "property_cert_tail": number_tail_key(prop.property_cert_no),
        "title_cert_tail": number_tail_key(prop.title_cert_no),
        "seller_name": first_seller.name if first_seller else "",
        "seller_id_masked": mask_id(first_seller.id_number) if first_seller else "",
        "buyer_name": first_buyer.name if first_buyer else "",
        "buyer_id_masked": mask_id(first_buyer.id_number) if first_buyer else "",
        "buyer_ownership": contract.buyer_ownership.value,
        "payload": _payload(contract),
        "private_payload": {"applicant": to_jsonable(contract.applicant), "owners": to_jsonable(prop.owners)},
        "local_dirty": dirty,
    }


def contract_party_values(contract: dc.Contract) -> list[dict[str, Any]]:
    return [party_values(p, slot, i) for slot in _SLOTS for i, p in enumerate(getattr(contract, slot))]


def save_contract(session: Session, contract: dc.Contract, local_id: str, *, dirty: bool = False) -> ContractRow:
    """Insert or replace the cached contract `local_id` (parties are replaced as a whole)."""
    row = session.get(ContractRow, local_id)
    if row is None:
        row = ContractRow(local_id=local_id)
        session.add(row)
    for name, value in contract_values(contract, dirty=dirty).items():
        setattr(row, name, value)
    row.parties = [ContractParty(**values) for values in contract_party_values(contract)]
    return row


def load_contract(session: Session, local_id: str) -> dc.Contract:
    row = session.get(ContractRow, local_id)
    if row is None:
        raise ContractNotFoundError(local_id)
    return contract_from_row(row)


def contract_from_row(row: ContractRow) -> dc.Contract:
    payload = row.payload
    private = row.private_payload or {}
    prop_data = dict(payload.get("property", {}))
    prop_data.update({c: getattr(row, c) for c in _PROPERTY_COLUMNS})
    prop_data["owners"] = private.get("owners", [])
    slots: dict[str, list[dc.Party]] = {s: [] for s in _SLOTS}
    for p in row.parties:
        slots[p.slot].append(_party(p))
    return dc.Contract(
        property=from_jsonable(dc.Property, prop_data),
        sellers=slots["sellers"],
        buyers=slots["buyers"],
        guardians=slots["guardians"],
        buyer_ownership=Ownership(row.buyer_ownership),
        payment=from_jsonable(dc.Payment, payload.get("payment", {})),
        escrow=from_jsonable(dc.Escrow, payload.get("escrow", {})),
        handover=from_jsonable(dc.Handover, payload.get("handover", {})),
        other=from_jsonable(dc.OtherTerms, payload.get("other", {})),
        applicant=from_jsonable(dc.Applicant, private.get("applicant", {})),
        evaluation=from_jsonable(dc.ServiceEvaluation, payload.get("evaluation", {})),
        notices_read=bool(payload.get("notices_read", False)),
        consents=[from_jsonable(dc.Consent, c) for c in payload.get("consents", [])],
        contract_no=row.contract_no,
        filing_no=row.filing_no,
        status=ContractStatus(row.status),
        version=row.version,
        revision=row.revision,
        created_at=row.created_at,
        submitted_at=row.submitted_at,
        staff_account=row.staff_account,
        agency_name=row.agency_name,
    )


def delete_contract(session: Session, local_id: str) -> None:
    row = session.get(ContractRow, local_id)
    if row is not None:
        session.delete(row)


# -- revisions (修订记录) ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Revision:
    """One accepted 存量房合同变更 as the registry lists it."""

    revision: int
    created_at: datetime
    staff_account: str
    items: tuple[tuple[str, str, str], ...]      # 变更事项, 变更前, 变更后


def revision_values(local_id: str, rev: Revision) -> dict[str, Any]:
    """Column values of one revision row (the ORM and bulk Core writes share them)."""
    return {"contract_id": local_id, "revision": rev.revision, "created_at": rev.created_at,
            "staff_account": rev.staff_account, "items": [list(i) for i in rev.items]}


def _revision(row: ContractRevision) -> Revision:
    return Revision(row.revision, row.created_at, row.staff_account,
                    tuple((str(a), str(b), str(c)) for a, b, c in row.items or []))


def keep_revisions(session: Session, local_id: str, revisions: Sequence[Revision]) -> None:
    """Add the registry's revisions the cache lacks and correct the ones it has. None is removed:
    an accepted change is never undone, and an older copy of the contract (a late answer, an old
    feed entry) lists fewer — it must not take the newer ones away. Unchanged rows are not written."""
    if not revisions:
        return
    with session.no_autoflush:
        have = {r.revision: r for r in session.scalars(
            select(ContractRevision).where(ContractRevision.contract_id == local_id))}
    for rev in revisions:
        row = have.get(rev.revision)
        if row is None:
            session.add(ContractRevision(**revision_values(local_id, rev)))
        elif _revision(row) != rev:
            row.created_at, row.staff_account = rev.created_at, rev.staff_account
            row.items = [list(i) for i in rev.items]


def load_revisions(session: Session, local_id: str) -> list[Revision]:
    """The cached 修订记录 of a contract, oldest first."""
    return [_revision(r) for r in session.scalars(
        select(ContractRevision).where(ContractRevision.contract_id == local_id).order_by(ContractRevision.revision))]
