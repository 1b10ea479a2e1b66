"""Uploaded materials (收件材料): pictures bound to an owner (enterprise record, staff application,
contract, ...), kept in the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from zsdesk.registry.server.db import Base, UtcDateTime


class Material(Base):
    __tablename__ = "materials"
    __table_args__ = (Index("ix_materials_owner", "owner_kind", "owner_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    feed_staff_id: Mapped[int | None] = mapped_column(Integer)  # feed scope (see feed.record_change)
    owner_kind: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[str] = mapped_column(String(64))  # enterprise/staff: the integer id as text
    name: Mapped[str] = mapped_column(String(100))
    filename: Mapped[str] = mapped_column(String(255), default="")
    kind: Mapped[str] = mapped_column(String(32))  # MaterialKind
    content_type: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("netsign_accounts.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
