from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from zsdesk.domain.contract import Applicant, Consent, Contract, Escrow, OtherTerms, Owner, Party, Payment, Property
from zsdesk.domain.enums import (
    DisputeResolution,
    EscrowBank,
    IdType,
    Ownership,
    PartyRole,
    PaymentMethod,
    ServiceRating,
)
from zsdesk.domain.errors import errors_only
from zsdesk.domain.validation import REQUIRED_FIELDS, validate_contract_for_submit, validate_party

TODAY = date(2026, 3, 15)
SELLER_ID = "442000197001010012"
BUYER_ID = "442000199001010011"
BUYER2_ID = "44200019800101005X"
MINOR_ID = "442000201001010011"  # born 2010-01-01: 16 on TODAY


def _party(role: PartyRole, name: str, id_number: str, **kw: object) -> Party:
    return Party(role, name, IdType.RESIDENT_ID, id_number, address="中山市石岐街道某路1号", phone="13800138000",
                 postal_code="528400", **kw)  # type: ignore[arg-type]


def _consent(p: Party) -> Consent:
    return Consent(p.name, p.role, datetime(2026, 3, 15, 10, 0), "staff01")


def valid_contract() -> Contract:
    seller = _party(PartyRole.SELLER, "张三", SELLER_ID)
    buyer = _party(PartyRole.BUYER, "李四", BUYER_ID)
    c = Contract(
        property=Property(unit_no="442000001002GB00003F00010001", address="中山市石岐街道某路1号1座101房",
                          owners=[Owner("张三", IdType.RESIDENT_ID, SELLER_ID)]),
        sellers=[seller], buyers=[buyer],
        payment=Payment(total_price=Decimal("1000000.00"), method=PaymentMethod.LUMP_SUM),
        other=OtherTerms(dispute=DisputeResolution.LITIGATION),
        applicant=Applicant("李四", "13800138000", IdType.RESIDENT_ID, BUYER_ID),
        notices_read=True,
        consents=[_consent(seller), _consent(buyer)],
    )
    c.handover.date = date(2026, 6, 1)
    c.evaluation.rating = ServiceRating.VERY_GOOD
    return c


def codes(c: Contract) -> list[tuple[str, str]]:
    return [(i.field, i.code) for i in errors_only(validate_contract_for_submit(c, TODAY))]


def test_valid_contract_passes() -> None:
    assert validate_contract_for_submit(valid_contract(), TODAY) == []


def test_required_fields_constant_covers_blue_boxes() -> None:
    for path in ("sellers.*.name", "buyers.*.id_number", "property.unit_no", "payment.total_price", "consents"):
        assert path in REQUIRED_FIELDS


def test_needs_a_seller_and_a_buyer() -> None:
    c = valid_contract()
    c.sellers, c.buyers, c.consents = [], [], []
    result = codes(c)
    assert ("sellers", "REQUIRED") in result and ("buyers", "REQUIRED") in result


def test_missing_consent_per_party() -> None:
    c = valid_contract()
    buyer2 = _party(PartyRole.BUYER, "王五", BUYER2_ID)
    c.buyers.append(buyer2)
    c.buyer_ownership = Ownership.JOINT
    c.consents = [k for k in c.consents if k.role is PartyRole.SELLER]
    assert codes(c) == [("buyers.0.consent", "CONSENT_MISSING"), ("buyers.1.consent", "CONSENT_MISSING")]
    c.consents.append(_consent(c.buyers[0]))
    assert codes(c) == [("buyers.1.consent", "CONSENT_MISSING")]


def test_ownership_rules_apply() -> None:
    c = valid_contract()
    b2 = _party(PartyRole.BUYER, "王五", BUYER2_ID, share=Decimal("35"))
    c.buyers[0].share = Decimal("64")
    c.buyers.append(b2)
    c.consents.append(_consent(b2))
    c.buyer_ownership = Ownership.BY_SHARES
    assert codes(c) == [("buyers.share", "OWNERSHIP_SHARE_SUM")]
    c.buyers[0].share = Decimal("65")
    assert codes(c) == []


def test_minor_needs_guardian() -> None:
    c = valid_contract()
    c.buyers[0] = _party(PartyRole.BUYER, "小李", MINOR_ID)
    c.consents = [_consent(c.sellers[0]), _consent(c.buyers[0])]
    c.applicant.id_number = BUYER_ID
    assert codes(c) == [("buyers.0", "MINOR_NEEDS_GUARDIAN")]
    c.guardians.append(_party(PartyRole.GUARDIAN, "李四", BUYER_ID, guardian_of=0, represents=PartyRole.BUYER))
    assert codes(c) == []
    c.guardians[0].guardian_of = 3
    assert ("guardians.0.guardian_of", "GUARDIAN_TARGET") in codes(c)


def test_escrow_needs_bank_and_amount_within_total() -> None:
    c = valid_contract()
    c.escrow = Escrow(enabled=True)
    assert codes(c) == [("escrow.bank", "REQUIRED"), ("escrow.amount", "REQUIRED")]
    c.escrow = Escrow(enabled=True, bank=EscrowBank.CCB, amount=Decimal("1000000.01"))
    assert codes(c) == [("escrow.amount", "AMOUNT_OVER_TOTAL")]
    c.escrow.amount = Decimal("1000000.00")
    assert codes(c) == []


@pytest.mark.parametrize("method", [PaymentMethod.COMMERCIAL_LOAN, PaymentMethod.PROVIDENT_FUND_LOAN,
                                    PaymentMethod.COMBINED_LOAN])
def test_loan_amount_for_loan_methods(method: PaymentMethod) -> None:
    c = valid_contract()
    c.payment.method = method
    assert codes(c) == [("payment.loan_amount", "REQUIRED")]
    c.payment.loan_amount = Decimal("700000")
    assert codes(c) == []


def test_notices_dispute_and_arbitration() -> None:
    c = valid_contract()
    c.notices_read = False
    c.other.dispute = DisputeResolution.ARBITRATION
    assert codes(c) == [("other.arbitration_commission", "REQUIRED"), ("notices_read", "NOTICES_NOT_READ")]
    c.other.arbitration_commission = "中山仲裁委员会"
    c.notices_read = True
    assert codes(c) == []


def test_same_person_cannot_sell_to_self_and_sealed_property() -> None:
    c = valid_contract()
    c.buyers[0].id_number = SELLER_ID
    c.property.sealed = True
    result = codes(c)
    assert ("buyers.0.id_number", "DUPLICATE_PARTY") in result
    assert ("property", "PROPERTY_SEALED") in result


def test_seller_not_owner_is_a_warning() -> None:
    c = valid_contract()
    c.property.owners = [Owner("赵六", IdType.RESIDENT_ID, SELLER_ID)]
    issues = validate_contract_for_submit(c, TODAY)
    assert [(i.code, i.is_error) for i in issues] == [("SELLER_NOT_OWNER", False)]


def test_validate_party_fields_and_first_generation_refused() -> None:
    p = Party(PartyRole.SELLER, "", IdType.RESIDENT_ID, "442000700101001", nationality="", address="", phone="123")
    issues = validate_party(p, TODAY, "sellers.0")
    got = {(i.field, i.code) for i in errors_only(issues)}
    assert got == {("sellers.0.name", "REQUIRED"), ("sellers.0.id_number", "ID_FIRST_GENERATION"),
                   ("sellers.0.nationality", "REQUIRED"), ("sellers.0.address", "REQUIRED"),
                   ("sellers.0.phone", "PHONE_FORMAT")}


def test_hong_kong_buyer_with_permit() -> None:
    c = valid_contract()
    b = c.buyers[0]
    b.id_type, b.id_number, b.nationality, b.phone = IdType.HK_MACAO_PERMIT, "H12345678", "中国香港", "+852 9123 4567"
    c.applicant.id_number = SELLER_ID
    assert validate_contract_for_submit(c, TODAY) == []
