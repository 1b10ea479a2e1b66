"""The contract list's searches. Every query reads only plain, indexed columns of `contract`
(and the blind index / name index of `contract_party`); nothing is decrypted for a list.

The list is the hottest path of the app, so the statement is built with SQLAlchemy once per
*shape* of search (which criteria are present, which order), compiled, cached, and then run on
the session's own connection with plain parameters; rows become light tuples. That keeps the
store within a small factor of hand-written sqlite3 (see bench/store_search.py).

One search box serves all: `classify_query` decides whether the text is an ID number (exact,
through the blind index), a 不动产单元号 or certificate number (its start or its end: prefix on the
normalised number or on the number stored backwards, so a certificate's serial 0000001 or the last
digits of a unit number find it), or a name (prefix on any party's name). Addresses are searched
by substring on request.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from enum import Enum
from functools import lru_cache
from typing import Any, NamedTuple, cast

from sqlalchemy import ColumnElement, and_, bindparam, literal_column, or_, select, union_all
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.orm import Session

from zsdesk.domain.enums import ContractStatus
from zsdesk.domain.halfwidth import compact
from zsdesk.domain.property_numbers import normalize_cert_no, normalize_unit_no, number_tail_key
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


class ContractListRow(NamedTuple):
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

# Every list index ends in local_id, so these orders are read straight off an index (no sort).
ORDERS: dict[str, tuple[ColumnElement[Any], ...]] = {
    "created_desc": (Contract.created_at.desc(), Contract.local_id.desc()),
    "created_asc": (Contract.created_at.asc(), Contract.local_id.asc()),
    "updated_desc": (Contract.updated_at.desc(), Contract.local_id.desc()),
}


def _prefix(column: Any, name: str) -> ColumnElement[bool]:
    return and_(column >= bindparam(name + "_lo"), column < bindparam(name + "_hi"))


def _party_match(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    return Contract.local_id.in_(select(ContractParty.contract_id).where(condition))


def _party_exists(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    return select(ContractParty.id).where(ContractParty.contract_id == Contract.local_id, condition).exists()


_TAIL_COLUMNS = (Contract.unit_no_tail, Contract.title_cert_tail, Contract.property_cert_tail)
MIN_TAIL = 4

# A name prefix matching few parties is best answered by collecting them and sorting (IN); one that
# matches thousands (a bare surname) by walking the date index and stopping after a page (EXISTS).
# Measured on 100,000 contracts: the two cost the same at about 2,000 matching parties.
NAME_SCAN_THRESHOLD = 2000

_CONDITIONS: dict[str, Any] = {
    "name": lambda: _party_match(_prefix(ContractParty.name, "name")),
    "name_scan": lambda: _party_exists(_prefix(ContractParty.name, "name_scan")),
    "id_bidx": lambda: _party_match(ContractParty.id_number_bidx == bindparam("id_bidx")),
    "unit": lambda: _prefix(Contract.unit_no, "unit"),
    # a certificate number's start, or the end of any of the three numbers (read backwards); one
    # index range per column, collected (UNION ALL) and then sorted: as one OR the planner walks the
    # date index instead once the statistics show the empty property_cert_* columns
    "cert": lambda: Contract.local_id.in_(union_all(
        *(select(Contract.local_id).where(_prefix(c, "cert")) for c in (Contract.title_cert_key,
                                                                        Contract.property_cert_key)),
        *(select(Contract.local_id).where(_prefix(c, "tail")) for c in _TAIL_COLUMNS))),
    # `|| ''` keeps SQLite off the number indexes: a broad prefix (粤（2024）…, typed so far) or a short
    # tail (…1) is answered by walking the date index and filtering, instead of collecting and
    # sorting every matching row.
    "cert_scan": lambda: or_(_prefix(Contract.title_cert_key.concat(literal_column("''")), "cert_scan"),
                             _prefix(Contract.property_cert_key.concat(literal_column("''")), "cert_scan"),
                             *(_prefix(c.concat(literal_column("''")), "tail_scan") for c in _TAIL_COLUMNS)),
    # Substring search cannot use a B-tree index; the other conditions narrow it first.
    "address": lambda: Contract.address.like(bindparam("address"), escape="\\"),
    "status": lambda: Contract.status == bindparam("status"),
    # one shape per number of statuses, so every shape stays a fixed statement
    **{f"statuses{n}": (lambda n=n: Contract.status.in_([bindparam(f"statuses{n}_{i}") for i in range(n)]))
       for n in range(2, len(ContractStatus) + 1)},
    "date_from": lambda: Contract.created_at >= bindparam("date_from"),
    "date_to": lambda: Contract.created_at < bindparam("date_to"),
    "staff": lambda: Contract.staff_account == bindparam("staff"),
}


@lru_cache(maxsize=256)
def compiled_query(shape: tuple[str, ...], order: str) -> tuple[str, tuple[str, ...]]:
    """SQL text and parameter order for one search shape."""
    stmt = (select(*_LIST_COLUMNS).where(*(_CONDITIONS[k]() for k in shape)).order_by(*ORDERS[order])
            .limit(bindparam("limit")).offset(bindparam("offset")))
    compiled = stmt.compile(dialect=sqlite_dialect.dialect())
    assert compiled.positiontup is not None
    return str(compiled), tuple(compiled.positiontup)


def _timestamp(value: datetime) -> str:
    """The text SQLAlchemy's SQLite DateTime stores (naive UTC, see models.base.UTCDateTime)."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _parse_timestamp(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


def _params(
    session: Session, text: str | None, name: str | None, id_number: str | None, cert_no: str | None,
    address: str | None, status: ContractStatus | None, statuses: tuple[ContractStatus, ...],
    date_from: datetime | None, date_to: datetime | None, staff: str | None,
) -> dict[str, Any]:
    p: dict[str, Any] = {}
    if text and text.strip():
        kind, value = classify_query(text)
        if kind is QueryKind.ID_NUMBER:
            id_number = value
        elif kind is QueryKind.UNIT_NO:
            p["unit_lo"], p["unit_hi"] = value, value + _TOP
        elif kind is QueryKind.CERT_NO:
            cert_no = value
        else:
            name = value
    if name and name.strip():
        p["name_lo"], p["name_hi"] = name.strip(), name.strip() + _TOP
    if id_number:
        p["id_bidx"] = cipher_of(session.get_bind().dialect).blind_index(id_number)
    if cert_no:
        key = normalize_cert_no(cert_no)
        p["cert_lo"], p["cert_hi"] = key, key + _TOP
        tail = number_tail_key(cert_no)
        # the end of a number from its 4th character on (a serial like 0000001 is 7): shorter tails
        # match thousands while the agent is still typing
        p["tail_lo"], p["tail_hi"] = (tail, tail + _TOP) if len(tail) >= MIN_TAIL else (_TOP, _TOP)
    if address and address.strip():
        escaped = address.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        p["address"] = f"%{escaped}%"
    chosen = sorted({s.value for s in statuses} | ({status.value} if status is not None else set()))
    if len(chosen) == 1:
        p["status"] = chosen[0]
    elif chosen:
        p.update({f"statuses{len(chosen)}_{i}": value for i, value in enumerate(chosen)})
    if date_from is not None:
        p["date_from"] = _timestamp(date_from)
    if date_to is not None:
        p["date_to"] = _timestamp(date_to)
    if staff:
        p["staff"] = staff
    return p


def _prefer_scan(driver: sqlite3.Connection, params: dict[str, Any], order: str) -> None:
    """Switch a broad name or certificate prefix to the index-walking form (see NAME_SCAN_THRESHOLD)."""
    # A whole certificate number (…第0123456号) is selective: no count needed for the common exact lookup.
    if "cert_lo" in params and not params["cert_lo"].endswith("号") \
            and not {"name_lo", "id_bidx", "unit_lo"} & params.keys():
        certs = 0
        for column, bounds in (("title_cert_key", "cert"), ("property_cert_key", "cert"), ("unit_no_tail", "tail"),
                               ("title_cert_tail", "tail"), ("property_cert_tail", "tail")):
            certs += driver.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM contract WHERE {column} >= ? AND {column} < ? LIMIT ?)",
                (params[bounds + "_lo"], params[bounds + "_hi"], NAME_SCAN_THRESHOLD - certs),
            ).fetchone()[0]
            if certs >= NAME_SCAN_THRESHOLD:
                params["cert_scan_lo"], params["cert_scan_hi"] = params.pop("cert_lo"), params.pop("cert_hi")
                params["tail_scan_lo"], params["tail_scan_hi"] = params.pop("tail_lo"), params.pop("tail_hi")
                break
    if "name_lo" not in params or not order.startswith("created") or {"id_bidx", "cert_lo", "unit_lo"} & params.keys():
        return
    (matches,) = driver.execute(
        "SELECT count(*) FROM (SELECT 1 FROM contract_party WHERE name >= ? AND name < ? LIMIT ?)",
        (params["name_lo"], params["name_hi"], NAME_SCAN_THRESHOLD),
    ).fetchone()
    if matches >= NAME_SCAN_THRESHOLD:
        params["name_scan_lo"], params["name_scan_hi"] = params.pop("name_lo"), params.pop("name_hi")


def _shape(params: dict[str, Any]) -> tuple[str, ...]:
    return tuple(k for k in _CONDITIONS if k in params or k + "_lo" in params or k + "_0" in params)


def search_contracts(
    session: Session,
    *,
    text: str | None = None,
    name: str | None = None,
    id_number: str | None = None,
    cert_no: str | None = None,
    address: str | None = None,
    status: ContractStatus | None = None,
    statuses: tuple[ContractStatus, ...] = (),
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    staff: str | None = None,
    order: str = "created_desc",
    offset: int = 0,
    limit: int = 50,
) -> list[ContractListRow]:
    """One page of the contract list. `text` is the search box (see `classify_query`); the other
    criteria narrow it further. Dates bound `created_at` (from inclusive, to exclusive); `status` and
    `statuses` together mean "any of them"."""
    params = _params(session, text, name, id_number, cert_no, address, status, statuses, date_from, date_to, staff)
    params["limit"], params["offset"] = limit, offset
    driver = cast(sqlite3.Connection, session.connection().connection.driver_connection)
    _prefer_scan(driver, params, order)
    sql, order_of_params = compiled_query(_shape(params), order)
    rows = driver.execute(sql, tuple(params[k] for k in order_of_params)).fetchall()
    return [
        ContractListRow(r[0], r[1], r[2], ContractStatus(r[3]), _parse_timestamp(r[4]), _parse_timestamp(r[5]),
                        r[6], r[7], r[8] or r[9], r[10], r[11], r[12], r[13], r[14], bool(r[15]))
        for r in rows
    ]
