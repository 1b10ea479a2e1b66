"""Keeps derived columns in step with the encrypted ones on every ORM flush.

Whoever sets `party.id_number` gets the blind index and the masked copy for free; there is
no second call to forget. (Bulk Core inserts bypass this: use `derived_values` there.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.orm import Mapper

from zsdesk.domain.masking import mask_bank_account, mask_id, mask_phone, mask_text
from zsdesk.store.crypto import FieldCipher
from zsdesk.store.models import AgencyRecord, AuditLog, ContractParty, Staff
from zsdesk.store.types import cipher_of

# (plain attribute, blind-index attribute or None, masked attribute, masker)
_Derived = tuple[str, str | None, str, Callable[[str], str]]

DERIVED: dict[type[Any], tuple[_Derived, ...]] = {
    ContractParty: (("id_number", "id_number_bidx", "id_masked", mask_id), ("phone", None, "phone_masked", mask_phone)),
    Staff: (("id_number", "id_number_bidx", "id_masked", mask_id), ("phone", None, "phone_masked", mask_phone)),
    AgencyRecord: (
        ("legal_rep_id_number", None, "legal_rep_id_masked", mask_id),
        ("contact_phone", None, "contact_phone_masked", mask_phone),
        ("bank_account", None, "bank_account_masked", mask_bank_account),
    ),
}


def derived_values(cls: type[Any], values: dict[str, Any], cipher: FieldCipher) -> dict[str, Any]:
    """The blind-index and masked columns for plain `values` (for bulk inserts)."""
    out: dict[str, Any] = {}
    for plain, bidx, masked, masker in DERIVED[cls]:
        value = values.get(plain)
        if bidx is not None:
            out[bidx] = cipher.blind_index(value) if value else None
        out[masked] = masker(value) if value else ""
    return out


def _refresh(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    cls = mapper.class_
    values = {plain: getattr(target, plain) for plain, *_ in DERIVED[cls]}
    for name, value in derived_values(cls, values, cipher_of(connection.dialect)).items():
        setattr(target, name, value)


def _mask_audit(mapper: Mapper[Any], connection: Connection, target: AuditLog) -> None:
    # The audit log holds no personal data; a careless detail text must not smuggle a number in.
    target.detail = mask_text(target.detail or "")


def install() -> None:
    for cls in DERIVED:
        if not event.contains(cls, "before_insert", _refresh):
            event.listen(cls, "before_insert", _refresh)
            event.listen(cls, "before_update", _refresh)
    if not event.contains(AuditLog, "before_insert", _mask_audit):
        event.listen(AuditLog, "before_insert", _mask_audit)
        event.listen(AuditLog, "before_update", _mask_audit)


install()
