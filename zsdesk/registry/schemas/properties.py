"""Wire models for property verification (房源验证) and the register's property record.

Shared by the client and the sandbox server; `to_domain`/`from_domain` are the one place where the
wire format meets `zsdesk.domain.contract`.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import Field

from zsdesk.domain.contract import Owner, Property
from zsdesk.domain.enums import IdType, Ownership
from zsdesk.registry.schemas.common import WireModel

__all__ = ["OwnerOut", "PropertyOut", "VerificationOut", "VerifyMethod", "VerifyRequest"]


class VerifyMethod(StrEnum):
    PROPERTY_CERT_NO = "property_cert_no"          # 房产证号
    TITLE_CERT_NO = "title_cert_no"                # 不动产权证号
    OWNER_NAME_UNIT_NO = "owner_name_unit_no"      # 姓名 + 不动产单元号 (advised for HK/Macao/Taiwan/foreign owners)


class OwnerOut(WireModel):
    """A registered owner exactly as on the certificate / register (even if changed since)."""

    name: str
    id_type: IdType
    id_number: str
    nationality: str = "中国"
    share: Decimal | None = None          # percent, only for 按份共有
    first_generation_id: bool = False     # the certificate carries a 15-digit ID

    def to_domain(self) -> Owner:
        return Owner(name=self.name, id_type=self.id_type, id_number=self.id_number, share=self.share,
                     first_generation_id=self.first_generation_id)

    @classmethod
    def from_domain(cls, owner: Owner, nationality: str = "中国") -> OwnerOut:
        return cls(name=owner.name, id_type=owner.id_type, id_number=owner.id_number, nationality=nationality,
                   share=owner.share, first_generation_id=owner.first_generation_id)


class PropertyOut(WireModel):
    """The register's record of a property (read-only for agents)."""

    unit_no: str = Field(description="不动产单元号, 28 characters")
    address: str
    town: str = ""
    property_cert_no: str = Field(default="", description="房产证号 (old certificate), empty when none")
    title_cert_no: str = Field(default="", description="不动产权证号, empty when none")
    use: str = "住宅"
    structure: str = ""
    floor_area: Decimal = Field(description="建筑面积 m²")
    inner_area: Decimal | None = Field(default=None, description="套内面积 m²")
    year_built: int | None = None
    floor: int | None = None
    total_floors: int | None = None
    ownership: Ownership = Ownership.SOLE
    owners: list[OwnerOut] = Field(default_factory=list)
    mortgaged: bool = False
    sealed: bool = False
    under_contract: bool = False
    encumbrances: str = ""

    def to_domain(self) -> Property:
        return Property(
            unit_no=self.unit_no, address=self.address, town=self.town, property_cert_no=self.property_cert_no,
            title_cert_no=self.title_cert_no, use=self.use, structure=self.structure, floor_area=self.floor_area,
            inner_area=self.inner_area, year_built=self.year_built, floor=self.floor,
            total_floors=self.total_floors, ownership=self.ownership, owners=[o.to_domain() for o in self.owners],
            mortgaged=self.mortgaged, sealed=self.sealed, encumbrances=self.encumbrances)

    @classmethod
    def from_domain(cls, prop: Property, *, under_contract: bool = False) -> PropertyOut:
        return cls(
            unit_no=prop.unit_no, address=prop.address, town=prop.town, property_cert_no=prop.property_cert_no,
            title_cert_no=prop.title_cert_no, use=prop.use, structure=prop.structure, floor_area=prop.floor_area,
            inner_area=prop.inner_area, year_built=prop.year_built, floor=prop.floor,
            total_floors=prop.total_floors, ownership=prop.ownership,
            owners=[OwnerOut.from_domain(o) for o in prop.owners], mortgaged=prop.mortgaged, sealed=prop.sealed,
            under_contract=under_contract, encumbrances=prop.encumbrances)


class VerifyRequest(WireModel):
    """房源验证: one identifier chosen by `method`, plus one owner's name and ID number as registered."""

    method: VerifyMethod
    property_cert_no: str = Field(default="", max_length=60, description="房产证号, for method property_cert_no")
    title_cert_no: str = Field(default="", max_length=60, description="不动产权证号, for method title_cert_no")
    unit_no: str = Field(default="", max_length=40, description="不动产单元号, for method owner_name_unit_no")
    owner_name: str = Field(min_length=1, max_length=100, description="产权人姓名，按产权证书/登记簿填写")
    owner_id_number: str = Field(min_length=1, max_length=40, description="产权人证件号码，按产权证书/登记簿填写")
    first_generation_id: bool = Field(
        False, description="勾选：产权证书上的证件号码为一代（15 位）身份证；否则不要勾选")


class VerificationOut(WireModel):
    """A successful verification: the contract is created from its id."""

    verification_id: str
    method: VerifyMethod
    verified_at: datetime
    property: PropertyOut
