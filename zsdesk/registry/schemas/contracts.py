"""Wire models for contracts (存量房买卖合同): draft, update, consent, submit, change, cancellation.

They mirror `zsdesk.domain.contract` field for field; the `to_domain`/`from_domain` converters here are
the one place where wire and domain meet, so client and server cannot drift apart. Drafts may be
incomplete (agents save as they type); completeness is checked on submit by the domain's
`validate_contract_for_submit`.
"""

from __future__ import annotations

import datetime as dt
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import Field

from zsdesk.domain.contract import (
    Applicant,
    Consent,
    Contract,
    Escrow,
    Handover,
    OtherTerms,
    Party,
    Payment,
    ServiceEvaluation,
)
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
from zsdesk.registry.schemas.common import Page, TextWireModel, WireModel
from zsdesk.registry.schemas.properties import PropertyOut

__all__ = [
    "ApplicantWire",
    "CancellationRequest",
    "ChangeRequest",
    "ChangeRequestItem",
    "ConsentOut",
    "ConsentRequest",
    "ContractCreate",
    "ContractList",
    "ContractOut",
    "ContractSummary",
    "ContractTerms",
    "EscrowWire",
    "EvaluationWire",
    "HandoverWire",
    "OtherTermsWire",
    "PartyWire",
    "PaymentWire",
    "RevisionOut",
]

# Money: exact yuan with fen; a bound keeps absurd numbers out of the register.
Money = Annotated[Decimal, Field(ge=0, max_digits=14, decimal_places=2)]


class PartyWire(TextWireModel):
    role: PartyRole
    name: str = Field(default="", max_length=100)
    id_type: IdType = IdType.RESIDENT_ID
    id_number: str = Field(default="", max_length=40)
    nationality: str = Field(default="中国", max_length=40)
    address: str = Field(default="", max_length=200)
    postal_code: str = Field(default="", max_length=10)
    phone: str = Field(default="", max_length=30)
    share: Decimal | None = Field(default=None, ge=0, le=100, max_digits=7, decimal_places=4)
    guardian_of: int | None = Field(default=None, ge=0, le=99)
    represents: PartyRole | None = None

    def to_domain(self) -> Party:
        return Party(role=self.role, name=self.name, id_type=self.id_type, id_number=self.id_number,
                     nationality=self.nationality, address=self.address, postal_code=self.postal_code,
                     phone=self.phone, share=self.share, guardian_of=self.guardian_of, represents=self.represents)

    @classmethod
    def from_domain(cls, p: Party) -> PartyWire:
        return cls(role=p.role, name=p.name, id_type=p.id_type, id_number=p.id_number, nationality=p.nationality,
                   address=p.address, postal_code=p.postal_code, phone=p.phone, share=p.share,
                   guardian_of=p.guardian_of, represents=p.represents)


class PaymentWire(TextWireModel):
    total_price: Money | None = None
    method: PaymentMethod | None = None
    deposit: Money | None = None
    deposit_date: date | None = None
    down_payment: Money | None = None
    down_payment_date: date | None = None
    loan_amount: Money | None = None
    loan_bank: str = Field(default="", max_length=100)
    balance_date: date | None = None

    def to_domain(self) -> Payment:
        return Payment(**self.model_dump())

    @classmethod
    def from_domain(cls, p: Payment) -> PaymentWire:
        return cls(total_price=p.total_price, method=p.method, deposit=p.deposit, deposit_date=p.deposit_date,
                   down_payment=p.down_payment, down_payment_date=p.down_payment_date, loan_amount=p.loan_amount,
                   loan_bank=p.loan_bank, balance_date=p.balance_date)


class EscrowWire(TextWireModel):
    enabled: bool = False
    bank: EscrowBank | None = None
    amount: Money | None = None
    branch: str = Field(default="", max_length=100)

    def to_domain(self) -> Escrow:
        return Escrow(enabled=self.enabled, bank=self.bank, amount=self.amount, branch=self.branch)

    @classmethod
    def from_domain(cls, e: Escrow) -> EscrowWire:
        return cls(enabled=e.enabled, bank=e.bank, amount=e.amount, branch=e.branch)


class HandoverWire(TextWireModel):
    date: dt.date | None = None   # `dt.`: the field name shadows the type inside the class body
    conditions: str = Field(default="", max_length=500)
    transfer_registration_days: int | None = Field(default=None, ge=0, le=3650)

    def to_domain(self) -> Handover:
        return Handover(date=self.date, conditions=self.conditions,
                        transfer_registration_days=self.transfer_registration_days)

    @classmethod
    def from_domain(cls, h: Handover) -> HandoverWire:
        return cls(date=h.date, conditions=h.conditions, transfer_registration_days=h.transfer_registration_days)


class OtherTermsWire(TextWireModel):
    seller_taxes: str = Field(default="按国家及地方规定由甲方承担的税费", max_length=500)
    buyer_taxes: str = Field(default="按国家及地方规定由乙方承担的税费", max_length=500)
    breach_daily_rate_permille: Decimal | None = Field(default=None, ge=0, le=1000, max_digits=7, decimal_places=3)
    breach_terms: str = Field(default="", max_length=2000)
    dispute: DisputeResolution | None = None
    arbitration_commission: str = Field(default="", max_length=100)
    supplementary: str = Field(default="", max_length=5000)

    def to_domain(self) -> OtherTerms:
        return OtherTerms(seller_taxes=self.seller_taxes, buyer_taxes=self.buyer_taxes,
                          breach_daily_rate_permille=self.breach_daily_rate_permille, breach_terms=self.breach_terms,
                          dispute=self.dispute, arbitration_commission=self.arbitration_commission,
                          supplementary=self.supplementary)

    @classmethod
    def from_domain(cls, o: OtherTerms) -> OtherTermsWire:
        return cls(seller_taxes=o.seller_taxes, buyer_taxes=o.buyer_taxes,
                   breach_daily_rate_permille=o.breach_daily_rate_permille, breach_terms=o.breach_terms,
                   dispute=o.dispute, arbitration_commission=o.arbitration_commission,
                   supplementary=o.supplementary)


class ApplicantWire(TextWireModel):
    name: str = Field(default="", max_length=100)
    phone: str = Field(default="", max_length=30)
    id_type: IdType = IdType.RESIDENT_ID
    id_number: str = Field(default="", max_length=40)

    def to_domain(self) -> Applicant:
        return Applicant(name=self.name, phone=self.phone, id_type=self.id_type, id_number=self.id_number)

    @classmethod
    def from_domain(cls, a: Applicant) -> ApplicantWire:
        return cls(name=a.name, phone=a.phone, id_type=a.id_type, id_number=a.id_number)


class EvaluationWire(TextWireModel):
    rating: ServiceRating | None = None
    comment: str = Field(default="", max_length=500)

    def to_domain(self) -> ServiceEvaluation:
        return ServiceEvaluation(rating=self.rating, comment=self.comment)

    @classmethod
    def from_domain(cls, e: ServiceEvaluation) -> EvaluationWire:
        return cls(rating=e.rating, comment=e.comment)


class ContractTerms(WireModel):
    """Everything the agent edits. The property comes from the verification and is not editable."""

    sellers: list[PartyWire] = Field(default_factory=list, max_length=20)
    buyers: list[PartyWire] = Field(default_factory=list, max_length=20)
    guardians: list[PartyWire] = Field(default_factory=list, max_length=20)
    buyer_ownership: Ownership = Ownership.SOLE
    payment: PaymentWire = Field(default_factory=lambda: PaymentWire())
    escrow: EscrowWire = Field(default_factory=lambda: EscrowWire())
    handover: HandoverWire = Field(default_factory=lambda: HandoverWire())
    other: OtherTermsWire = Field(default_factory=lambda: OtherTermsWire())
    applicant: ApplicantWire = Field(default_factory=lambda: ApplicantWire())
    evaluation: EvaluationWire = Field(default_factory=lambda: EvaluationWire())
    notices_read: bool = False

    def apply_to(self, contract: Contract) -> Contract:
        """Write these terms into a domain contract (in place; returns it for chaining)."""
        contract.sellers = [p.to_domain() for p in self.sellers]
        contract.buyers = [p.to_domain() for p in self.buyers]
        contract.guardians = [p.to_domain() for p in self.guardians]
        contract.buyer_ownership = self.buyer_ownership
        contract.payment = self.payment.to_domain()
        contract.escrow = self.escrow.to_domain()
        contract.handover = self.handover.to_domain()
        contract.other = self.other.to_domain()
        contract.applicant = self.applicant.to_domain()
        contract.evaluation = self.evaluation.to_domain()
        contract.notices_read = self.notices_read
        return contract

    @classmethod
    def from_domain(cls, c: Contract) -> ContractTerms:
        return cls(
            sellers=[PartyWire.from_domain(p) for p in c.sellers],
            buyers=[PartyWire.from_domain(p) for p in c.buyers],
            guardians=[PartyWire.from_domain(p) for p in c.guardians],
            buyer_ownership=c.buyer_ownership, payment=PaymentWire.from_domain(c.payment),
            escrow=EscrowWire.from_domain(c.escrow), handover=HandoverWire.from_domain(c.handover),
            other=OtherTermsWire.from_domain(c.other), applicant=ApplicantWire.from_domain(c.applicant),
            evaluation=EvaluationWire.from_domain(c.evaluation), notices_read=c.notices_read)


class ConsentOut(WireModel):
    party_name: str
    role: PartyRole
    confirmed_at: datetime
    recorded_by: str
    method: str = "当面确认"

    def to_domain(self) -> Consent:
        return Consent(party_name=self.party_name, role=self.role, confirmed_at=self.confirmed_at,
                       recorded_by=self.recorded_by, method=self.method)

    @classmethod
    def from_domain(cls, c: Consent) -> ConsentOut:
        return cls(party_name=c.party_name, role=c.role, confirmed_at=c.confirmed_at, recorded_by=c.recorded_by,
                   method=c.method)


class ConsentRequest(TextWireModel):
    """Records that one party (a seller or a buyer, by name as on the contract) agreed to file."""

    role: PartyRole = Field(description="seller 或 buyer")
    party_name: str = Field(min_length=1, max_length=100)
    method: str = Field(default="当面确认", min_length=1, max_length=50)


class ChangeRequestItem(TextWireModel):
    """存量房合同变更: 变更事项, 变更前内容, 变更后内容."""

    item: str = Field(min_length=1, max_length=100)
    before: str = Field(default="", max_length=2000)
    after: str = Field(min_length=1, max_length=2000)


class RevisionOut(WireModel):
    """One accepted 存量房合同变更: the revision it made, when, by whom, and its items."""

    revision: int
    created_at: datetime
    staff_account: str
    items: list[ChangeRequestItem] = Field(default_factory=list)


class ContractOut(WireModel):
    id: str
    contract_no: str
    filing_no: str = ""
    status: ContractStatus
    version: int
    revision: int = 1
    created_at: datetime
    expires_at: datetime | None = Field(default=None, description="草稿自动删除时间（创建后 24 小时），提交后为空")
    submitted_at: datetime | None = None
    staff_account: str
    agency_name: str
    verification_id: str
    property: PropertyOut
    terms: ContractTerms
    consents: list[ConsentOut] = Field(default_factory=list)
    revisions: list[RevisionOut] = Field(
        default_factory=list,
        description="已接受的合同变更（修订记录），按修订号从小到大；与 GET /contracts/{id}/revisions 相同")

    def to_domain(self) -> Contract:
        contract = Contract(
            property=self.property.to_domain(), consents=[c.to_domain() for c in self.consents],
            contract_no=self.contract_no, filing_no=self.filing_no, status=self.status, version=self.version,
            revision=self.revision, created_at=self.created_at, submitted_at=self.submitted_at,
            staff_account=self.staff_account, agency_name=self.agency_name)
        return self.terms.apply_to(contract)

    @classmethod
    def from_domain(cls, c: Contract, *, id: str, verification_id: str, expires_at: datetime | None,
                    under_contract: bool = False) -> ContractOut:
        if c.created_at is None:
            raise ValueError("a registry contract always has a creation time")
        return cls(
            id=id, contract_no=c.contract_no, filing_no=c.filing_no, status=c.status, version=c.version,
            revision=c.revision, created_at=c.created_at, expires_at=expires_at, submitted_at=c.submitted_at,
            staff_account=c.staff_account, agency_name=c.agency_name, verification_id=verification_id,
            property=PropertyOut.from_domain(c.property, under_contract=under_contract),
            terms=ContractTerms.from_domain(c), consents=[ConsentOut.from_domain(x) for x in c.consents])


class ContractSummary(WireModel):
    """One row of the contract list."""

    id: str
    contract_no: str
    filing_no: str = ""
    status: ContractStatus
    version: int
    revision: int
    created_at: datetime
    expires_at: datetime | None = None
    submitted_at: datetime | None = None
    staff_account: str
    unit_no: str
    address: str
    seller_names: list[str] = Field(default_factory=list)
    buyer_names: list[str] = Field(default_factory=list)


ContractList = Page[ContractSummary]


class ContractCreate(WireModel):
    """Creates a draft from a successful verification; sellers are pre-filled from the registered owners."""

    verification_id: str = Field(min_length=1, max_length=64)
    terms: ContractTerms | None = None


class ChangeRequest(WireModel):
    items: list[ChangeRequestItem] = Field(min_length=1, max_length=50)
    terms: ContractTerms = Field(description="the edited clauses (the whole terms after the change)")


class CancellationRequest(TextWireModel):
    """注销网签备案: recorded here, completed by the center when both parties attend in person."""

    reason: str = Field(default="", max_length=500)
