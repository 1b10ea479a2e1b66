"""Properties verified against the register (房源验证)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from zsdesk.store.models.base import Base, UTCDateTime, utcnow
from zsdesk.store.types import EncryptedJSON


class VerifiedProperty(Base):
    __tablename__ = "verified_property"
    __table_args__ = (
        Index("ix_verified_property_title_cert_key", "title_cert_key"),
        Index("ix_verified_property_property_cert_key", "property_cert_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_no: Mapped[str] = mapped_column(String(28), unique=True)
    property_cert_no: Mapped[str] = mapped_column(String(100), default="")
    title_cert_no: Mapped[str] = mapped_column(String(100), default="")
    property_cert_key: Mapped[str] = mapped_column(String(100), default="")   # normalised for search
    title_cert_key: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)      # non-personal register details
    owners: Mapped[list[dict[str, Any]] | None] = mapped_column(EncryptedJSON("verified_property.owners"))
    verified_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
