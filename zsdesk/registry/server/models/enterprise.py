"""The agency's enterprise record (企业信息核查): one per agency, draft → submitted → approved/rejected."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zsdesk.registry.server.db import Base, UtcDateTime


class EnterpriseRecord(Base):
    __tablename__ = "enterprise_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # ReviewStatus
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The form's fields as on the wire (schemas.enterprise.EnterpriseFields, JSON mode).
    data: Mapped[Any] = mapped_column(JSON)
    submit_comment: Mapped[str | None] = mapped_column(Text)
    review_reason: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
