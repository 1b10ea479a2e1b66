"""Contracts, their parties (sellers, co-owning buyers, guardians), revisions and change requests.

The contract row carries denormalised copies of what the list shows and searches (first seller
and buyer, property numbers, address), so the list never joins or decrypts. Personal numbers
live only in `contract_party` (encrypted) and in the encrypted `private_payload`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zsdesk.store.models.base import Base, UTCDateTime, utcnow
from zsdesk.store.types import EncryptedJSON, EncryptedString


class Contract(Base):
    __tablename__ = "contract"
    __table_args__ = (
        Index("ix_contract_status_created", "status", "created_at", "local_id"),
        Index("ix_contract_created", "created_at", "local_id"),
        Index("ix_contract_updated", "updated_at", "local_id"),
        Index("ix_contract_staff_created", "staff_account", "created_at", "local_id"),
        Index("ix_contract_unit_no", "unit_no"),
        Index("ix_contract_title_cert_key", "title_cert_key"),
        Index("ix_contract_property_cert_key", "property_cert_key"),
        Index("ix_contract_contract_no", "contract_no"),
        Index("ix_contract_unit_no_tail", "unit_no_tail"),
        Index("ix_contract_title_cert_tail", "title_cert_tail"),
        Index("ix_contract_property_cert_tail", "property_cert_tail"),
    )

    local_id: Mapped[str] = mapped_column(String(36), primary_key=True)    # uuid4, known before the registry
    registry_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    contract_no: Mapped[str] = mapped_column(String(64), default="")
    filing_no: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(32), default="draft")          # ContractStatus
    version: Mapped[int] = mapped_column(default=0)
    revision: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    staff_account: Mapped[str] = mapped_column(String(100), default="")
    agency_name: Mapped[str] = mapped_column(String(200), default="")
    # denormalised for the list and its searches
    unit_no: Mapped[str] = mapped_column(String(28), default="")
    property_cert_no: Mapped[str] = mapped_column(String(100), default="")
    title_cert_no: Mapped[str] = mapped_column(String(100), default="")
    property_cert_key: Mapped[str] = mapped_column(String(100), default="")
    title_cert_key: Mapped[str] = mapped_column(String(100), default="")
    # the three numbers backwards (domain.property_numbers.number_tail_key): the end of a number
    unit_no_tail: Mapped[str] = mapped_column(String(28), default="")
    title_cert_tail: Mapped[str] = mapped_column(String(100), default="")
    property_cert_tail: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    seller_name: Mapped[str] = mapped_column(String(200), default="")
    seller_id_masked: Mapped[str] = mapped_column(String(32), default="")
    buyer_name: Mapped[str] = mapped_column(String(200), default="")
    buyer_id_masked: Mapped[str] = mapped_column(String(32), default="")
    buyer_ownership: Mapped[str] = mapped_column(String(16), default="sole")
    # the terms without personal numbers, and the ones with them (applicant, register owners)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    private_payload: Mapped[dict[str, Any] | None] = mapped_column(EncryptedJSON("contract.private_payload"))
    local_dirty: Mapped[bool] = mapped_column(default=False)

    parties: Mapped[list[ContractParty]] = relationship(
        back_populates="contract", cascade="all, delete-orphan", order_by="(ContractParty.slot, ContractParty.ordinal)"
    )
    revisions: Mapped[list[ContractRevision]] = relationship(
        back_populates="contract", cascade="all, delete-orphan", order_by="ContractRevision.revision"
    )
    change_requests: Mapped[list[ChangeRequest]] = relationship(
        back_populates="contract", cascade="all, delete-orphan", order_by="ChangeRequest.id"
    )


class ContractParty(Base):
    """One person per row: sellers, each co-owning buyer, guardians and agents.
    `id_number_bidx` and the masked columns are kept in step by `store.events`."""

    __tablename__ = "contract_party"
    __table_args__ = (
        Index("ix_contract_party_name", "name"),
        Index("ix_contract_party_id_number_bidx", "id_number_bidx"),
        Index("ix_contract_party_contract", "contract_id", "slot", "ordinal"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("contract.local_id", ondelete="CASCADE"))
    slot: Mapped[str] = mapped_column(String(16))           # sellers / buyers / guardians
    ordinal: Mapped[int] = mapped_column(default=0)
    role: Mapped[str] = mapped_column(String(16))           # PartyRole
    name: Mapped[str] = mapped_column(String(200))
    id_type: Mapped[str] = mapped_column(String(32), default="resident_id")
    id_number: Mapped[str | None] = mapped_column(EncryptedString("contract_party.id_number"))
    id_number_bidx: Mapped[str | None] = mapped_column(String(32))
    id_masked: Mapped[str] = mapped_column(String(32), default="")
    phone: Mapped[str | None] = mapped_column(EncryptedString("contract_party.phone"))
    phone_masked: Mapped[str] = mapped_column(String(32), default="")
    nationality: Mapped[str] = mapped_column(String(64), default="中国")
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(6), default="")
    share: Mapped[str | None] = mapped_column(String(32))   # exact Decimal as text
    guardian_of: Mapped[int | None]
    represents: Mapped[str | None] = mapped_column(String(16))

    contract: Mapped[Contract] = relationship(back_populates="parties")


class ContractRevision(Base):
    """One accepted 存量房合同变更 as the registry lists it (its revision list comes with each copy of
    the contract), kept so the detail shows the 修订记录 offline too. The items (变更事项, before,
    after) can hold a party's phone or address: encrypted like the parties' numbers."""

    __tablename__ = "contract_revision"
    __table_args__ = (UniqueConstraint("contract_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("contract.local_id", ondelete="CASCADE"), index=True)
    revision: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    staff_account: Mapped[str] = mapped_column(String(100), default="")
    # [[item, before, after], ...]
    items: Mapped[list[list[str]]] = mapped_column(EncryptedJSON("contract_revision.items"))

    contract: Mapped[Contract] = relationship(back_populates="revisions")


class ChangeRequest(Base):
    """存量房合同变更: items of (field, before, after) plus the edited clauses."""

    __tablename__ = "change_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("contract.local_id", ondelete="CASCADE"), index=True)
    registry_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="draft")
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    contract: Mapped[Contract] = relationship(back_populates="change_requests")
