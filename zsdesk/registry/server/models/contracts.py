"""Contracts filed through the sandbox, and their accepted change requests (revisions).

The editable terms, the consents and the property snapshot are JSON documents in the wire format
(`schemas.contracts`): the registry keeps exactly what it was sent, and only the columns it searches
or locks on (status, owner, expiry, property) are real columns.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from zsdesk.registry.server.db import Base, UtcDateTime


class ContractRecord(Base):
    __tablename__ = "contracts"
    __table_args__ = (
        Index("ix_contracts_status_expires", "status", "expires_at"),
        Index("ix_contracts_agency_created", "agency_id", "created_at"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(32), unique=True)           # public id (URLs, feed)
    contract_no: Mapped[str] = mapped_column(String(32), default="", index=True)
    filing_no: Mapped[str] = mapped_column(String(32), default="", index=True)
    status: Mapped[str] = mapped_column(String(24))
    version: Mapped[int] = mapped_column(Integer, default=1)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("netsign_accounts.id"), index=True)  # creating staff
    staff_id: Mapped[int | None] = mapped_column(Integer)
    staff_login: Mapped[str] = mapped_column(String(200))
    agency_name: Mapped[str] = mapped_column(String(200))
    verification_id: Mapped[str] = mapped_column(String(32))
    property_id: Mapped[int] = mapped_column(ForeignKey("register_properties.id"), index=True)
    property_doc: Mapped[Any] = mapped_column(JSON)
    terms_doc: Mapped[Any] = mapped_column(JSON)
    consents_doc: Mapped[Any] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancellation_reason: Mapped[str] = mapped_column(Text, default="")
    cancellation_requested_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)   # expired, deleted or cancelled


class ContractRevision(Base):
    """One accepted 存量房合同变更: the items (before/after) and the terms as they became."""

    __tablename__ = "contract_revisions"
    __table_args__ = (UniqueConstraint("contract_pk", "revision"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contract_pk: Mapped[int] = mapped_column(ForeignKey("contracts.pk"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    items_doc: Mapped[Any] = mapped_column(JSON)
    terms_doc: Mapped[Any] = mapped_column(JSON)
    staff_login: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
