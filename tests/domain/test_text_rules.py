"""Text that can be filed (`zsdesk.domain.text`) and the date window of filed dates, through the
validators that both the client and the registry call."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.domain.strategies import with_ric_check
from tests.domain.test_enterprise_staff import _record
from tests.domain.test_validation import TODAY, codes, valid_contract
from zsdesk.domain.dates import EARLIEST_CONTRACT_DATE, add_years
from zsdesk.domain.enterprise import EnterpriseRecord, validate_enterprise
from zsdesk.domain.enums import IdType
from zsdesk.domain.errors import errors_only
from zsdesk.domain.identity import normalize_id, validate_id
from zsdesk.domain.staff import StaffApplication, validate_staff
from zsdesk.domain.text import clean_text, validate_text
from zsdesk.domain.validation import validate_contract_entries, validate_party

BAD_TEXT = [
    ("张\x00三", "TEXT_CONTROL_CHAR"),       # NUL
    ("张三\x1b[31m", "TEXT_CONTROL_CHAR"),   # ESC (terminal colour)
    ("张\x7f三", "TEXT_CONTROL_CHAR"),       # DEL
    ("张\x85三", "TEXT_CONTROL_CHAR"),       # C1 next line
    ("张\u2028三", "TEXT_CONTROL_CHAR"),     # line separator
    ("张\n三", "TEXT_CONTROL_CHAR"),         # a name is one line
    ("张\t三", "TEXT_CONTROL_CHAR"),
    ("张\ud800三", "TEXT_SURROGATE"),        # lone high surrogate
    ("张\udfff三", "TEXT_SURROGATE"),
    ("\u202e三张", "TEXT_BIDI_CONTROL"),      # right-to-left override
    ("张\u202a三\u202c", "TEXT_BIDI_CONTROL"),
    ("张\u2066三\u2069", "TEXT_BIDI_CONTROL"),  # isolates
    ("张\u200f三", "TEXT_BIDI_CONTROL"),      # RLM
    ("张\u061c三", "TEXT_BIDI_CONTROL"),      # Arabic letter mark
]


@pytest.mark.parametrize(("value", "code"), BAD_TEXT)
def test_unfileable_text_is_refused_naming_the_field(value: str, code: str) -> None:
    [issue] = validate_text(value, "buyers.0.name", "乙方1 姓名")
    assert (issue.field, issue.code) == ("buyers.0.name", code)
    assert issue.message.startswith("乙方1 姓名含有")
    assert issue.message.endswith("请删除后重新输入")


def test_the_control_message_reads_as_the_issue_asks() -> None:
    [issue] = validate_text("张\x00三", "sellers.0.name", "甲方1 姓名")
    assert issue.message == "甲方1 姓名含有不可见的控制字符，请删除后重新输入"


def test_multiline_notes_keep_line_breaks_only() -> None:
    assert validate_text("第一条……\n第二条……\r\n第三条", "other.supplementary", "补充条款", multiline=True) == []
    assert [i.code for i in validate_text("a\tb", "x", "补充条款", multiline=True)] == ["TEXT_CONTROL_CHAR"]
    assert [i.code for i in validate_text("a\x00\nb", "x", "补充条款", multiline=True)] == ["TEXT_CONTROL_CHAR"]


@pytest.mark.parametrize("value", ["张三", "Émile Zola", "ناصر", "אבי", "中山市石岐街道（某路）1号", "𠀀𪚥",
                                   "O'Brien-Smith", "张\u200b三", "\ufeff李四"])
def test_ordinary_text_passes(value: str) -> None:
    # Arabic and Hebrew are right-to-left by themselves; only the hidden direction controls are refused.
    assert validate_text(value, "name", "姓名") == []


def test_zero_width_characters_are_dropped_not_refused() -> None:
    assert clean_text("张\u200b\u200c\u200d\u2060\ufeff三") == "张三"


def test_zero_width_space_in_an_id_number_is_stripped_before_the_length_check() -> None:
    number = with_ric_check("44200019900101001")
    pasted = number[:6] + "\u200b" + number[6:]
    assert normalize_id(IdType.RESIDENT_ID, pasted) == number
    assert validate_id(IdType.RESIDENT_ID, pasted) == []          # before: "现为 19 位"


def test_buyer_name_with_nul_and_esc_cannot_be_submitted() -> None:
    c = valid_contract()
    c.buyers[0].name = "李\x00四\x1b"
    c.consents[1].party_name = c.buyers[0].name
    issues = errors_only(validate_contract_entries(c, TODAY))
    assert [(i.field, i.code) for i in issues] == [("buyers.0.name", "TEXT_CONTROL_CHAR")]
    assert issues[0].message == "乙方1 姓名（名称）含有不可见的控制字符，请删除后重新输入"
    assert codes(c) == [("buyers.0.name", "TEXT_CONTROL_CHAR")]


def test_every_free_text_field_of_the_terms_is_checked() -> None:
    c = valid_contract()
    c.sellers[0].address = "中山市\u202e101"
    c.buyers[0].nationality = "中国\x01"
    c.payment.loan_bank = "建设银行\x00"
    c.escrow.branch = "石岐支行\x1b"
    c.handover.conditions = "交房\x07"
    c.other.breach_terms = "\ud83d"
    c.other.supplementary = "第一条\n第二条\x00"
    c.other.arbitration_commission = "中山仲裁委员会\n"
    c.applicant.name = "李\x00四"
    c.evaluation.comment = "很好\u2067"
    found = {(i.field, i.code) for i in validate_contract_entries(c, TODAY)}
    assert found == {
        ("sellers.0.address", "TEXT_BIDI_CONTROL"), ("buyers.0.nationality", "TEXT_CONTROL_CHAR"),
        ("payment.loan_bank", "TEXT_CONTROL_CHAR"), ("escrow.branch", "TEXT_CONTROL_CHAR"),
        ("handover.conditions", "TEXT_CONTROL_CHAR"), ("other.breach_terms", "TEXT_SURROGATE"),
        ("other.supplementary", "TEXT_CONTROL_CHAR"), ("other.arbitration_commission", "TEXT_CONTROL_CHAR"),
        ("applicant.name", "TEXT_CONTROL_CHAR"), ("evaluation.comment", "TEXT_BIDI_CONTROL")}
    by_field = {i.field: i.message for i in validate_contract_entries(c, TODAY)}
    assert by_field["payment.loan_bank"].startswith("贷款银行含有")
    assert by_field["sellers.0.address"].startswith("甲方1 住所含有")


def test_a_field_with_control_characters_gets_only_that_issue() -> None:
    c = valid_contract()
    c.buyers[0].phone = "138\x000013\x008000"
    assert codes(c) == [("buyers.0.phone", "TEXT_CONTROL_CHAR")]
    issues = validate_party(c.buyers[0], TODAY, "buyers.0")
    assert [(i.field, i.code) for i in issues] == [("buyers.0.phone", "TEXT_CONTROL_CHAR")]


# --- dates ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["payment.deposit_date", "payment.down_payment_date", "payment.balance_date",
                                  "handover.date"])
@pytest.mark.parametrize(("day", "code"), [(date(1, 1, 1), "DATE_TOO_EARLY"), (date(1989, 12, 31), "DATE_TOO_EARLY"),
                                           (date(9999, 12, 31), "DATE_TOO_LATE"),
                                           (add_years(TODAY, 10) + timedelta(days=1), "DATE_TOO_LATE")])
def test_contract_dates_outside_the_window_are_refused(path: str, day: date, code: str) -> None:
    c = valid_contract()
    part, attr = path.split(".")
    setattr(getattr(c, part), attr, day)
    assert codes(c) == [(path, code)]
    [issue] = validate_contract_entries(c, TODAY)
    assert day.isoformat() in issue.message


@pytest.mark.parametrize("day", [EARLIEST_CONTRACT_DATE, TODAY, add_years(TODAY, 10)])
def test_contract_dates_inside_the_window_pass(day: date) -> None:
    c = valid_contract()
    c.payment.deposit_date = day
    c.handover.date = day
    assert codes(c) == []


def test_handover_message_names_the_field() -> None:
    c = valid_contract()
    c.handover.date = date(9999, 12, 31)
    [issue] = validate_contract_entries(c, TODAY)
    assert issue.message == f"交房日期（9999-12-31）不能晚于 {add_years(TODAY, 10).isoformat()}，请核对"


# --- enterprise record and staff ------------------------------------------------------------------

def _enterprise(**kw: object) -> EnterpriseRecord:
    return _record(**kw)   # the suite's complete record with these changes


def test_enterprise_text_and_dates() -> None:
    assert errors_only(validate_enterprise(_enterprise(), TODAY)) == []
    issues = validate_enterprise(_enterprise(name="某某房地产\x00经纪有限公司", business_scope="房地产经纪\n房屋租赁",
                                             established_on=date(1, 1, 1)), TODAY)
    assert {(i.field, i.code) for i in errors_only(issues)} == {("name", "TEXT_CONTROL_CHAR"),
                                                              ("established_on", "DATE_TOO_EARLY")}
    assert [i.message for i in issues if i.field == "name"] == [
        "企业名称（与营业执照一致）含有不可见的控制字符，请删除后重新输入"]
    issues = validate_enterprise(_enterprise(office_address="\u202e", qualification_cert_no="\x1b"), TODAY)
    assert {(i.field, i.code) for i in errors_only(issues)} == {("office_address", "TEXT_BIDI_CONTROL"),
                                                              ("qualification_cert_no", "TEXT_CONTROL_CHAR")}


def test_enterprise_far_dates_still_follow_the_two_year_rule() -> None:
    issues = validate_enterprise(_enterprise(business_term_end=date(9999, 12, 31),
                                             qualification_valid_until=date(9999, 12, 31)), TODAY)
    assert {(i.field, i.code) for i in errors_only(issues)} == {("business_term_end", "DATE_TOO_FAR"),
                                                              ("qualification_valid_until", "DATE_TOO_FAR")}


def test_staff_text() -> None:
    ok = StaffApplication(name="王五", id_number=with_ric_check("44200019900101003"), phone="13800138000")
    assert validate_staff(ok, TODAY) == []
    bad = StaffApplication(name="王\u202e五", id_number=ok.id_number, phone="138\x00", position="经纪人\x1b")
    assert {(i.field, i.code) for i in validate_staff(bad, TODAY)} == {
        ("name", "TEXT_BIDI_CONTROL"), ("phone", "TEXT_CONTROL_CHAR"), ("position", "TEXT_CONTROL_CHAR")}


def test_shares_are_not_text_fields() -> None:
    # A Decimal share never reaches the text rule; guard against a field list that grows wrongly.
    c = valid_contract()
    c.buyers[0].share = Decimal("100")
    assert validate_contract_entries(c, TODAY) == []


def test_material_names_follow_the_text_rule() -> None:
    from zsdesk.domain.materials import validate_material

    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
    assert validate_material("营业执照.png", png) == []
    [issue] = validate_material("营业执照\u202egnp.exe", png)
    assert (issue.field, issue.code) == ("material.name", "TEXT_BIDI_CONTROL")
    assert issue.message.startswith("材料名称含有")
