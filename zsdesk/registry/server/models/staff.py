"""Staff applications and approved staff (从业人员). A person (ID number) may be active staff in
only one agency: a partial unique index enforces it even against concurrent approvals."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from zsdesk.registry.server.db import Base, UtcDateTime


class StaffMember(Base):
    __tablename__ = "staff_members"
    __table_args__ = (
        Index("uq_staff_active_person", "id_type", "id_number", unique=True,
              sqlite_where=text("active = 1"), postgresql_where=text("active")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    id_type: Mapped[str] = mapped_column(String(32))
    id_number: Mapped[str] = mapped_column(String(40), index=True)  # normalised
    phone: Mapped[str] = mapped_column(String(32))
    data: Mapped[Any] = mapped_column(JSON)  # the remaining form fields (schemas.staff.StaffFields)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # ReviewStatus
    active: Mapped[bool] = mapped_column(Boolean, default=False)  # approved and not deactivated
    deactivated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("netsign_accounts.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    submit_comment: Mapped[str | None] = mapped_column(Text)
    review_reason: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
