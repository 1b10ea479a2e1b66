"""Agencies, net-sign accounts (agency / staff / center), unified-identity accounts, tokens, SMS."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from zsdesk.registry.server.db import Base, UtcDateTime


class Agency(Base):
    """A 中介机构 whose net-sign account the center opened."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)  # full registered name (营业执照)
    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class NetSignAccount(Base):
    """网签系统账号. kind: agency (login = the agency's full name), staff (login generated on
    approval), center (the registry's reviewers)."""

    __tablename__ = "netsign_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    login: Mapped[str] = mapped_column(String(200), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(Integer, index=True)  # staff_members.id for kind=staff
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Unused since failures count per login name (FailedLogins); kept so that existing databases
    # and the seeds that set them stay valid.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class UnifiedAccount(Base):
    """统一身份认证平台 法人账号. Many may exist per company; each binds to at most one net-sign
    account and each net-sign account to at most one of these (unique bound_account_id)."""

    __tablename__ = "unified_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    company_name: Mapped[str] = mapped_column(String(200))
    uscc: Mapped[str] = mapped_column(String(18), index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    legal_rep_name: Mapped[str] = mapped_column(String(100))
    legal_rep_id_number: Mapped[str] = mapped_column(String(40))
    # Unused since failures count per login name (FailedLogins); kept so that existing databases
    # and the seeds that set them stay valid.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    bound_account_id: Mapped[int | None] = mapped_column(ForeignKey("netsign_accounts.id"), unique=True)
    bound_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class FailedLogins(Base):
    """Recent wrong passwords per (realm, login name), whether or not an account has that name, so
    that an unknown name gets the same countdown and lock as a real one (no probing for accounts).
    The name is stored as the SHA-256 of its normalised form: any length, no clear text."""

    __tablename__ = "failed_logins"
    __table_args__ = (UniqueConstraint("realm", "name_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    realm: Mapped[str] = mapped_column(String(16))
    name_hash: Mapped[str] = mapped_column(String(64))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class AccessToken(Base):
    """Bearer tokens; only the SHA-256 of the token is stored."""

    __tablename__ = "access_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    unified_account_id: Mapped[int | None] = mapped_column(ForeignKey("unified_accounts.id"), index=True)
    netsign_account_id: Mapped[int | None] = mapped_column(ForeignKey("netsign_accounts.id"), index=True)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SmsMessage(Base):
    """Sandbox SMS outbox: what the real registry would text (staff passwords)."""

    __tablename__ = "sms_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phone: Mapped[str] = mapped_column(String(32), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
