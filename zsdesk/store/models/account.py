"""Who uses this cache: the signed-in account, the agency's enterprise record, its staff.
Never passwords or tokens (those live in the keyring and in memory)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from zsdesk.store.models.base import Base, UTCDateTime, utcnow
from zsdesk.store.types import EncryptedString


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))                 # AccountKind
    account_name: Mapped[str] = mapped_column(String(100), unique=True)
    uid_account: Mapped[str] = mapped_column(String(100), default="")
    display_name: Mapped[str] = mapped_column(String(200), default="")
    agency_name: Mapped[str] = mapped_column(String(200), default="")
    registry_url: Mapped[str] = mapped_column(String(500), default="")
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AgencyRecord(Base):
    """企业信息核查: the enterprise record as last seen or edited."""

    __tablename__ = "agency_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    registry_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    uscc: Mapped[str] = mapped_column(String(18), default="")
    legal_representative: Mapped[str] = mapped_column(String(100), default="")
    legal_rep_id_number: Mapped[str | None] = mapped_column(EncryptedString("agency_record.legal_rep_id_number"))
    legal_rep_id_masked: Mapped[str] = mapped_column(String(32), default="")
    contact_phone: Mapped[str | None] = mapped_column(EncryptedString("agency_record.contact_phone"))
    contact_phone_masked: Mapped[str] = mapped_column(String(32), default="")
    bank_account: Mapped[str | None] = mapped_column(EncryptedString("agency_record.bank_account"))
    bank_account_masked: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    business_term_until: Mapped[date | None]
    qualification_no: Mapped[str] = mapped_column(String(100), default="")
    qualification_until: Mapped[date | None]
    review_status: Mapped[str] = mapped_column(String(16), default="draft")   # ReviewStatus
    reject_reason: Mapped[str] = mapped_column(String(1000), default="")
    submit_comment: Mapped[str] = mapped_column(String(1000), default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Staff(Base):
    """从业人员 of the agency, with the login account the registry assigned on approval."""

    __tablename__ = "staff"
    __table_args__ = (Index("ix_staff_id_number_bidx", "id_number_bidx"), Index("ix_staff_name", "name"))

    id: Mapped[int] = mapped_column(primary_key=True)
    registry_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    id_type: Mapped[str] = mapped_column(String(32), default="resident_id")
    id_number: Mapped[str | None] = mapped_column(EncryptedString("staff.id_number"))
    id_number_bidx: Mapped[str | None] = mapped_column(String(32))
    id_masked: Mapped[str] = mapped_column(String(32), default="")
    phone: Mapped[str | None] = mapped_column(EncryptedString("staff.phone"))
    phone_masked: Mapped[str] = mapped_column(String(32), default="")
    review_status: Mapped[str] = mapped_column(String(16), default="draft")
    reject_reason: Mapped[str] = mapped_column(String(1000), default="")
    active: Mapped[bool] = mapped_column(default=True)            # False once 注销
    login_account: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
