"""The contract as the domain sees it (存量房买卖合同), independent of storage and wire format.

These plain dataclasses are the shared vocabulary: the store maps them to rows, the
registry's pydantic schemas mirror them on the wire, documents print them, and the
wizard edits them. Rules live in sibling modules (`validation`, `ownership`, ...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from zsdesk.domain.enums import (
    ContractStatus,
    DisputeResolution,
    EscrowBank,
    IdType,
    Ownership,
    PartyRole,
    PaymentMethod,
    ServiceRating,
)


@dataclass(slots=True)
class Party:
    """One person or organisation on the contract; one person per row, as the guide demands."""

    role: PartyRole
    name: str
    id_type: IdType = IdType.RESIDENT_ID
    id_number: str = ""
    nationality: str = "中国"
    address: str = ""
    postal_code: str = ""
    phone: str = ""
    share: Decimal | None = None          # percent, only for Ownership.BY_SHARES
    guardian_of: int | None = None        # index into buyers/sellers of the minor this guardian acts for
    represents: PartyRole | None = None   # for guardians/agents: which side they act for


@dataclass(slots=True)
class Owner:
    """A registered owner of the property as on the certificate / land register."""

    name: str
    id_type: IdType
    id_number: str
    share: Decimal | None = None
    first_generation_id: bool = False     # certificate carries a 15-digit ID


@dataclass(slots=True)
class Property:
    """Property details from the register (read-only in the contract)."""

    unit_no: str                          # 不动产单元号, 28 chars
    address: str
    town: str = ""
    property_cert_no: str = ""            # 房产证号 (old certificate)
    title_cert_no: str = ""               # 不动产权证号
    use: str = "住宅"
    structure: str = "钢筋混凝土结构"
    floor_area: Decimal = Decimal("0")    # 建筑面积 m²
    inner_area: Decimal | None = None     # 套内面积 m²
    year_built: int | None = None
    floor: int | None = None
    total_floors: int | None = None
    ownership: Ownership = Ownership.SOLE
    owners: list[Owner] = field(default_factory=list)
    mortgaged: bool = False
    sealed: bool = False                  # 查封: cannot be sold
    encumbrances: str = ""


@dataclass(slots=True)
class Payment:
    total_price: Decimal | None = None
    method: PaymentMethod | None = None
    deposit: Decimal | None = None
    deposit_date: date | None = None
    down_payment: Decimal | None = None
    down_payment_date: date | None = None
    loan_amount: Decimal | None = None
    loan_bank: str = ""
    balance_date: date | None = None


@dataclass(slots=True)
class Escrow:
    enabled: bool = False
    bank: EscrowBank | None = None
    amount: Decimal | None = None
    branch: str = ""


@dataclass(slots=True)
class Handover:
    date: date | None = None
    conditions: str = ""
    transfer_registration_days: int | None = None   # 转移登记 within N days of filing


@dataclass(slots=True)
class OtherTerms:
    seller_taxes: str = "按国家及地方规定由甲方承担的税费"
    buyer_taxes: str = "按国家及地方规定由乙方承担的税费"
    breach_daily_rate_permille: Decimal | None = None   # 逾期违约金 ‰ per day
    breach_terms: str = ""
    dispute: DisputeResolution | None = None
    arbitration_commission: str = ""
    supplementary: str = ""


@dataclass(slots=True)
class Applicant:
    name: str = ""
    phone: str = ""
    id_type: IdType = IdType.RESIDENT_ID
    id_number: str = ""


@dataclass(slots=True)
class ServiceEvaluation:
    rating: ServiceRating | None = None
    comment: str = ""


@dataclass(slots=True)
class Consent:
    """Each party's recorded agreement to file (filing without it is a violation)."""

    party_name: str
    role: PartyRole
    confirmed_at: datetime
    recorded_by: str                      # staff account that recorded it
    method: str = "当面确认"


@dataclass(slots=True)
class Contract:
    property: Property
    sellers: list[Party] = field(default_factory=list)
    buyers: list[Party] = field(default_factory=list)
    guardians: list[Party] = field(default_factory=list)
    buyer_ownership: Ownership = Ownership.SOLE
    payment: Payment = field(default_factory=Payment)
    escrow: Escrow = field(default_factory=Escrow)
    handover: Handover = field(default_factory=Handover)
    other: OtherTerms = field(default_factory=OtherTerms)
    applicant: Applicant = field(default_factory=Applicant)
    evaluation: ServiceEvaluation = field(default_factory=ServiceEvaluation)
    notices_read: bool = False            # 注意事项 read out to both parties
    consents: list[Consent] = field(default_factory=list)
    # identity and lifecycle
    contract_no: str = ""                 # registry's contract number (on creation)
    filing_no: str = ""                   # 备案号 (on submit)
    status: ContractStatus = ContractStatus.DRAFT
    version: int = 0                      # registry draft version (optimistic concurrency)
    revision: int = 1                     # increases with each accepted change after filing
    created_at: datetime | None = None
    submitted_at: datetime | None = None
    staff_account: str = ""
    agency_name: str = ""
