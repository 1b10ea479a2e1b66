"""收件材料: pictures attached to an agency record, a staff member or a contract."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from zsdesk.store.models.base import Base, UTCDateTime, utcnow


class Material(Base):
    __tablename__ = "material"
    __table_args__ = (Index("ix_material_owner", "owner_kind", "owner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_kind: Mapped[str] = mapped_column(String(16))     # agency / staff / contract
    owner_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))           # MaterialKind
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    file_path: Mapped[str | None] = mapped_column(String(1000))
    blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    uploaded: Mapped[bool] = mapped_column(default=False)
    registry_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
