"""Identity documents, phone numbers and shares: the cases issue 12 found."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.domain.strategies import with_ric_check
from tests.domain.test_validation import TODAY, _party, codes, valid_contract
from zsdesk.domain.contact import is_mainland_mobile, normalize_phone, validate_phone
from zsdesk.domain.contract import Party
from zsdesk.domain.enums import IdType, Ownership, PartyRole
from zsdesk.domain.errors import RuleError, errors_only
from zsdesk.domain.identity import upgrade_first_generation, validate_id
from zsdesk.domain.money import parse_money, to_rmb_uppercase
from zsdesk.domain.ownership import parse_share, validate_ownership
from zsdesk.domain.validation import validate_party

# --- birth date in the future -----------------------------------------------------------------------

def test_birth_date_after_today_is_refused() -> None:
    tomorrow = TODAY + timedelta(days=1)
    number = with_ric_check(f"442000{tomorrow:%Y%m%d}001")
    [issue] = validate_id(IdType.RESIDENT_ID, number, "buyers.0.id_number", today=TODAY)
    assert (issue.field, issue.code) == ("buyers.0.id_number", "ID_BIRTH_DATE_FUTURE")
    assert tomorrow.isoformat() in issue.message
    assert validate_id(IdType.RESIDENT_ID, with_ric_check(f"442000{TODAY:%Y%m%d}001"), today=TODAY) == []


def test_future_birth_date_refused_for_residence_permit_and_on_the_contract() -> None:
    number = with_ric_check("81000020990101001")
    assert [i.code for i in validate_id(IdType.HMT_RESIDENCE, number, today=TODAY)] == ["ID_BIRTH_DATE_FUTURE"]
    c = valid_contract()
    c.buyers[0].id_number = with_ric_check("44200020990101001")
    c.applicant.id_number = c.buyers[0].id_number
    assert ("buyers.0.id_number", "ID_BIRTH_DATE_FUTURE") in codes(c)
    assert ("applicant.id_number", "ID_BIRTH_DATE_FUTURE") in codes(c)


# --- 港澳台居民居住证 entered as 居民身份证 -----------------------------------------------------------------

@pytest.mark.parametrize(("area", "region"), [("810000", "中国香港"), ("820000", "中国澳门"), ("830000", "中国台湾")])
def test_residence_permit_number_as_resident_id_gets_the_same_hint(area: str, region: str) -> None:
    number = with_ric_check(f"{area}19900101001")
    assert validate_id(IdType.HMT_RESIDENCE, number) == []
    [issue] = validate_id(IdType.RESIDENT_ID, number, "sellers.0.id_number")
    assert (issue.field, issue.code, issue.is_error) == ("sellers.0.id_number", "ID_TYPE_RESIDENCE_PERMIT", True)
    assert issue.message == (f"以 {area} 开头的是港澳台居民居住证号码（{region}），不是居民身份证；"
                             "请将证件类型选为「港澳台居民居住证」")


def test_residence_permit_hint_comes_before_the_checksum() -> None:
    number = with_ric_check("83000019900101001")
    wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
    assert [i.code for i in validate_id(IdType.RESIDENT_ID, wrong)] == ["ID_TYPE_RESIDENCE_PERMIT"]


# --- digits that are not 0–9 --------------------------------------------------------------------------

@pytest.mark.parametrize("odd", ["١", "²", "९", "𝟗", "①"])
def test_non_ascii_digits_are_a_format_error_not_a_crash(odd: str) -> None:
    number = with_ric_check("44200019900101001")
    bad = number[:3] + odd + number[4:]
    assert [i.code for i in validate_id(IdType.RESIDENT_ID, bad)] == ["ID_FORMAT"]
    assert [i.code for i in validate_id(IdType.HMT_RESIDENCE, "810000" + odd + number[7:])] == ["ID_FORMAT"]
    assert errors_only(validate_id(IdType.RESIDENT_ID, bad[:15]))   # 15 chars: not a first-generation ID
    assert validate_id(IdType.TAIWAN_PERMIT, "1234567" + odd)
    assert validate_phone("1380013800" + odd)
    assert not is_mainland_mobile("1380013800" + odd)
    with pytest.raises(RuleError):
        parse_money("12" + odd, "payment.total_price")
    with pytest.raises(RuleError):
        upgrade_first_generation("44200090010100" + odd)


# --- phones --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["+86 138 0013 8000", "0086-138-0013-8000", "86 13800138000",
                                   "＋８６　１３８－００１３－８０００", "138–0013–8000", "138—0013—8000",
                                   "(138) 0013 8000", "\u200b13800138000"])
def test_mainland_mobile_prefixes_and_separators(typed: str) -> None:
    assert validate_phone(typed) == []
    assert is_mainland_mobile(typed)


def test_international_prefix_00_reads_as_plus() -> None:
    assert normalize_phone("00852 2345 6789") == "+85223456789"
    assert validate_phone("00852 2345 6789") == []
    assert normalize_phone("0760-88300526") == "076088300526"


@pytest.mark.parametrize("foreign", ["+44 20 7946 0958", "+1 (212) 555-0123", "0049 30 123456", "+33 1 23 45 67 89"])
def test_a_foreign_party_may_give_an_international_number(foreign: str) -> None:
    assert [i.code for i in validate_phone(foreign)] == ["PHONE_FORMAT"]
    assert validate_phone(foreign, international_ok=True) == []
    passport = Party(PartyRole.BUYER, "John Smith", IdType.PASSPORT, "E12345678", nationality="英国",
                     address="London", phone=foreign)
    assert validate_party(passport, TODAY, "buyers.0") == []
    resident = _party(PartyRole.BUYER, "李四", "442000199001010011")
    resident.phone = foreign
    assert [i.code for i in validate_party(resident, TODAY, "buyers.0")] == ["PHONE_FORMAT"]


@pytest.mark.parametrize("wrong", ["+123456", "+1234567890123456", "+0441234567", "+44 20 7946 ٠٩٥٨"])
def test_international_numbers_follow_e164(wrong: str) -> None:
    [issue] = validate_phone(wrong, "buyers.0.phone", international_ok=True)
    assert issue.code in ("PHONE_FORMAT", "PHONE_AREA_CODE")
    assert "境外电话" in issue.message or issue.code == "PHONE_AREA_CODE"


# --- shares --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["33.33", "33.33%", "33.33％", "３３.３３", "３３．３３％", " 33.33 % ",
                                   "\u200b33.33"])
def test_shares_as_typed_parse(typed: str) -> None:
    assert parse_share(typed, "buyers.0.share") == Decimal("33.33")


def test_share_bounds() -> None:
    assert parse_share("") is None
    assert parse_share("100") == Decimal(100)
    assert parse_share("0.0001") == Decimal("0.0001")
    for wrong, code in (("100.01", "SHARE_RANGE"), ("-1", "SHARE_FORMAT"), ("0.00001", "SHARE_PRECISION"),
                        ("1e2", "SHARE_FORMAT"), ("33,33", "SHARE_FORMAT"), ("١٢", "SHARE_FORMAT")):
        with pytest.raises(RuleError) as exc:
            parse_share(wrong, "buyers.1.share")
        assert (exc.value.field, exc.value.code) == ("buyers.1.share", code)


@pytest.mark.parametrize("spelling", ["nan", "NaN", "NAN", "sNaN", "snan", "-nan", "inf", "Inf", "-Infinity",
                                      "+infinity", "Infinity%", "ｎａｎ"])
def test_nan_and_infinity_shares_are_refused_with_a_message(spelling: str) -> None:
    with pytest.raises(RuleError) as exc:
        parse_share(spelling, "buyers.0.share", "乙方1 份额（%）")
    assert exc.value.field == "buyers.0.share"
    assert exc.value.first.message == "乙方1 份额（%）应为 0–100 之间的数字，如 33.33 或 33.33%"


@pytest.mark.parametrize("value", ["NaN", "sNaN", "Infinity", "-Infinity"])
def test_non_finite_share_in_a_contract_is_refused_not_raised(value: str) -> None:
    a = _party(PartyRole.BUYER, "李四", "442000199001010011", share=Decimal(value))
    b = _party(PartyRole.BUYER, "王五", "44200019800101005X", share=Decimal(50))
    for ownership in (Ownership.BY_SHARES, Ownership.SOLE, Ownership.JOINT):
        issues = validate_ownership(ownership, [a, b] if ownership is not Ownership.SOLE else [a])
        assert [(i.field, i.code) for i in issues] == [("buyers.0.share", "SHARE_FORMAT")]


def test_rmb_uppercase_refuses_non_finite_amounts() -> None:
    for value in ("NaN", "sNaN", "Infinity"):
        with pytest.raises(ValueError, match="有限"):
            to_rmb_uppercase(Decimal(value))


def test_birth_date_of_minor_still_detected() -> None:
    minor = with_ric_check(f"442000{date(2015, 1, 1):%Y%m%d}001")
    c = valid_contract()
    c.buyers[0].id_number = minor
    assert ("buyers.0", "MINOR_NEEDS_GUARDIAN") in codes(c)


@pytest.mark.parametrize("spelling", ["NaN", "sNaN", "Infinity", "-inf", "1e5", "١٢٣٤", "12²"])
def test_money_refuses_what_decimal_would_read(spelling: str) -> None:
    with pytest.raises(RuleError) as exc:
        parse_money(spelling, "payment.total_price")
    assert (exc.value.field, exc.value.code) in (("payment.total_price", "MONEY_FORMAT"),
                                                 ("payment.total_price", "MONEY_NEGATIVE"))
