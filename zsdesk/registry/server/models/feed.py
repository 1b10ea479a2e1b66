"""The change feed: one row per change, its id is the cursor clients pass as `since`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from zsdesk.registry.server.db import Base, UtcDateTime


class Change(Base):
    __tablename__ = "changes"
    __table_args__ = (Index("ix_changes_agency_cursor", "agency_id", "id"),)

    # BigInteger on PostgreSQL, INTEGER PRIMARY KEY (rowid alias) on SQLite.
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    # None: visible to everyone in the agency; else only to the agency account and this staff member.
    staff_id: Mapped[int | None] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(8))  # upsert | delete
    data: Mapped[Any] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
