"""The contract list's searches. Every query reads only plain, indexed columns of `contract`
(and the blind index / name index of `contract_party`); nothing is decrypted for a list.

One search box serves all: `classify_query` decides whether the text is an ID number (exact,
through the blind index), a 不动产单元号 or certificate number (prefix on the normalised number),
or a name (prefix on any party's name). Addresses are searched by substring on request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from zsdesk.domain.enums import ContractStatus
from zsdesk.domain.halfwidth import compact
from zsdesk.domain.property_numbers import normalize_cert_no, normalize_unit_no
from zsdesk.store.models import Contract, ContractParty
from zsdesk.store.types import cipher_of

# Highest code point: its UTF-8 form sorts after every other, so `x <= name < x + _TOP` is
# exactly "starts with x" under SQLite's binary collation — rare characters (𠮷) included.
_TOP = "\U0010ffff"

_ID_LIKE = re.compile(r"\d{17}[\dX]|\d{15}|[HM]\d{8}(\d{2})?|\d{8}|[A-Z]{1,2}\d{7,9}")
_UNIT_LIKE = re.compile(r"\d{6}[0-9A-Z]{6,22}")


class QueryKind(Enum):
    ID_NUMBER = "id_number"
    UNIT_NO = "unit_no"
    CERT_NO = "cert_no"
    NAME = "name"


def classify_query(text: str) -> tuple[QueryKind, str]:
    """What the search box holds, and its normalised form."""
    c = compact(text)
    if _ID_LIKE.fullmatch(c) and not (len(c) >= 19 and _UNIT_LIKE.fullmatch(c)):
        return QueryKind.ID_NUMBER, c
    if _UNIT_LIKE.fullmatch(c) and any(ch.isalpha() for ch in c):
        return QueryKind.UNIT_NO, normalize_unit_no(c)
    if "证" in c or "第" in c or c.startswith("粤") or any(ch.isdigit() for ch in c):
        return QueryKind.CERT_NO, normalize_cert_no(text)
    return QueryKind.NAME, text.strip()


@dataclass(frozen=True, slots=True)
class ContractListRow:
    """What the list shows: masked values only."""

    local_id: str
    contract_no: str
    filing_no: str
    status: ContractStatus
    created_at: datetime | None
    expires_at: datetime | None
    staff_account: str
    unit_no: str
    cert_no: str
    address: str
    seller_name: str
    seller_id_masked: str
    buyer_name: str
    buyer_id_masked: str
    local_dirty: bool


_LIST_COLUMNS = (
    Contract.local_id, Contract.contract_no, Contract.filing_no, Contract.status, Contract.created_at,
    Contract.expires_at, Contract.staff_account, Contract.unit_no, Contract.title_cert_no,
    Contract.property_cert_no, Contract.address, Contract.seller_name, Contract.seller_id_masked,
    Contract.buyer_name, Contract.buyer_id_masked, Contract.local_dirty,
)

ORDERS: dict[str, tuple[ColumnElement[Any], ...]] = {
    "created_desc": (Contract.created_at.desc(), Contract.local_id.desc()),
    "created_asc": (Contract.created_at.asc(), Contract.local_id.asc()),
    "updated_desc": (Contract.updated_at.desc(), Contract.local_id.desc()),
}


def _prefix(column: Any, value: str) -> ColumnElement[bool]:
    return and_(column >= value, column < value + _TOP)


def _party_match(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    return Contract.local_id.in_(select(ContractParty.contract_id).where(condition))


def build_query(
    session: Session,
    *,
    text: str | None = None,
    name: str | None = None,
    id_number: str | None = None,
    cert_no: str | None = None,
    address: str | None = None,
    status: ContractStatus | None = None,
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    staff: str | None = None,
    order: str = "created_desc",
    offset: int = 0,
    limit: int = 50,
) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = []
    if text and text.strip():
        kind, value = classify_query(text)
        if kind is QueryKind.ID_NUMBER:
            id_number = value
        elif kind is QueryKind.UNIT_NO:
            conditions.append(_prefix(Contract.unit_no, value))
        elif kind is QueryKind.CERT_NO:
            cert_no = value
        else:
            name = value
    if name:
        conditions.append(_party_match(_prefix(ContractParty.name, name.strip())))
    if id_number:
        bidx = cipher_of(session.get_bind().dialect).blind_index(id_number)
        conditions.append(_party_match(ContractParty.id_number_bidx == bidx))
    if cert_no:
        key = normalize_cert_no(cert_no)
        conditions.append(or_(_prefix(Contract.title_cert_key, key), _prefix(Contract.property_cert_key, key)))
    if address:
        # Substring search cannot use a B-tree index; the other conditions narrow it first.
        escaped = address.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(Contract.address.like(f"%{escaped}%", escape="\\"))
    if status is not None:
        conditions.append(Contract.status == status.value)
    if date_from is not None:
        conditions.append(Contract.created_at >= date_from)
    if date_to is not None:
        conditions.append(Contract.created_at < date_to)
    if staff:
        conditions.append(Contract.staff_account == staff)
    return select(*_LIST_COLUMNS).where(*conditions).order_by(*ORDERS[order]).offset(offset).limit(limit)


def search_contracts(session: Session, **criteria: Any) -> list[ContractListRow]:
    """One page of the contract list; see `build_query` for the criteria."""
    rows = session.execute(build_query(session, **criteria)).all()
    return [
        ContractListRow(
            local_id=r.local_id, contract_no=r.contract_no, filing_no=r.filing_no, status=ContractStatus(r.status),
            created_at=r.created_at, expires_at=r.expires_at, staff_account=r.staff_account, unit_no=r.unit_no,
            cert_no=r.title_cert_no or r.property_cert_no, address=r.address, seller_name=r.seller_name,
            seller_id_masked=r.seller_id_masked, buyer_name=r.buyer_name, buyer_id_masked=r.buyer_id_masked,
            local_dirty=r.local_dirty,
        )
        for r in rows
    ]
