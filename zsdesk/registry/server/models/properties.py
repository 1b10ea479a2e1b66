"""The property register (不动产登记簿) and the verifications made against it.

Areas and shares are kept as decimal text: SQLite has no exact decimal type, and a float would turn
33.33 % into 33.329999…
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zsdesk.registry.server.db import Base, UtcDateTime


class RegisterProperty(Base):
    __tablename__ = "register_properties"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_no: Mapped[str] = mapped_column(String(28), unique=True)
    property_cert_no: Mapped[str] = mapped_column(String(60), default="")
    title_cert_no: Mapped[str] = mapped_column(String(60), default="")
    # Normalised certificate numbers (widths, brackets, spaces) so a lookup is one index probe.
    property_cert_key: Mapped[str | None] = mapped_column(String(60), index=True)
    title_cert_key: Mapped[str | None] = mapped_column(String(60), index=True)
    address: Mapped[str] = mapped_column(String(300))
    town: Mapped[str] = mapped_column(String(20))
    use: Mapped[str] = mapped_column(String(20))
    structure: Mapped[str] = mapped_column(String(20))
    floor_area: Mapped[str] = mapped_column(String(16))
    inner_area: Mapped[str | None] = mapped_column(String(16))
    year_built: Mapped[int | None] = mapped_column(Integer)
    floor: Mapped[int | None] = mapped_column(Integer)
    total_floors: Mapped[int | None] = mapped_column(Integer)
    ownership: Mapped[str] = mapped_column(String(16))
    registered_on: Mapped[date] = mapped_column(Date)
    mortgaged: Mapped[bool] = mapped_column(Boolean, default=False)
    sealed: Mapped[bool] = mapped_column(Boolean, default=False)
    encumbrances: Mapped[str] = mapped_column(Text, default="")
    # The filing that blocks a sale: one made before the sandbox existed (seeded) or one of ours.
    filed_contract_no: Mapped[str] = mapped_column(String(32), default="")
    demo_kind: Mapped[str] = mapped_column(String(32), default="", index=True)

    owners: Mapped[list[RegisterOwner]] = relationship(
        back_populates="property", order_by="RegisterOwner.position", lazy="selectin")

    @property
    def under_contract(self) -> bool:
        return bool(self.filed_contract_no)


class RegisterOwner(Base):
    __tablename__ = "register_owners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    property_id: Mapped[int] = mapped_column(ForeignKey("register_properties.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    id_type: Mapped[str] = mapped_column(String(24))
    id_number: Mapped[str] = mapped_column(String(40))
    nationality: Mapped[str] = mapped_column(String(40), default="中国")
    share: Mapped[str | None] = mapped_column(String(16))
    first_generation_id: Mapped[bool] = mapped_column(Boolean, default=False)

    property: Mapped[RegisterProperty] = relationship(back_populates="owners")


class Verification(Base):
    """A successful 房源验证 by a staff member; a contract is created from it."""

    __tablename__ = "verifications"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    property_id: Mapped[int] = mapped_column(ForeignKey("register_properties.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("netsign_accounts.id"), index=True)
    method: Mapped[str] = mapped_column(String(24))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    property: Mapped[RegisterProperty] = relationship(lazy="joined")
