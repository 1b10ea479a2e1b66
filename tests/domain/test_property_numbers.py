from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zsdesk.domain.errors import RuleError
from zsdesk.domain.property_numbers import (
    UnitNo,
    make_unit_no,
    normalize_cert_no,
    normalize_unit_no,
    parse_unit_no,
    validate_property_cert_no,
    validate_title_cert_no,
    validate_unit_no,
)

VALID = "442000001002GB00003F00010001"


@settings(max_examples=100, deadline=None)
@given(
    area=st.integers(0, 999), sub=st.integers(0, 999), seq=st.integers(1, 99999),
    unit=st.integers(1, 99999999),
    parcel=st.tuples(st.sampled_from("GJZ"), st.sampled_from("ABSXCDEFGHWY")).map("".join),
    fixture=st.sampled_from("FLQ"),
)
def test_generated_unit_numbers_parse_back(area: int, sub: int, seq: int, unit: int, parcel: str,
                                           fixture: str) -> None:
    text = make_unit_no(area, sub, seq, unit, parcel_code=parcel, fixture_code=fixture)
    parsed = parse_unit_no(text)
    assert str(parsed) == text and len(text) == 28
    assert parsed == UnitNo("442000", f"{area:03d}", f"{sub:03d}", parcel, f"{seq:05d}", fixture, f"{unit:08d}")
    assert validate_unit_no(text.lower()) == []


def test_land_without_fixture() -> None:
    assert validate_unit_no("442000001002JC00003W00000000") == []


@pytest.mark.parametrize(
    ("text", "code", "part"),
    [
        ("442000001002GB00003F0001000", "UNIT_NO_LENGTH", "28 位"),
        ("44200A001002GB00003F00010001", "UNIT_NO_COUNTY", "第1–6位"),
        ("440100001002GB00003F00010001", "UNIT_NO_COUNTY", "中山市 442000"),
        ("4420000A1002GB00003F00010001", "UNIT_NO_CADASTRAL", "第7–12位（地籍区/地籍子区）"),
        ("44200000100XGB00003F00010001", "UNIT_NO_CADASTRAL", "第7–12位"),
        ("442000001002AB00003F00010001", "UNIT_NO_PARCEL_CODE", "第13位"),
        ("442000001002GK00003F00010001", "UNIT_NO_PARCEL_CODE", "第14位"),
        ("442000001002GB0000AF00010001", "UNIT_NO_PARCEL_SEQ", "第15–19位"),
        ("442000001002GB00000F00010001", "UNIT_NO_PARCEL_SEQ", "第15–19位"),
        ("442000001002GB00003X00010001", "UNIT_NO_FIXTURE_CODE", "第20位"),
        ("442000001002GB00003F0001000A", "UNIT_NO_FIXTURE_UNIT", "第21–28位"),
        ("442000001002GB00003F00000000", "UNIT_NO_FIXTURE_UNIT", "第21–28位"),
        ("442000001002GB00003W00010001", "UNIT_NO_FIXTURE_UNIT", "第21–28位"),
        ("", "REQUIRED", "不动产单元号"),
    ],
)
def test_malformed_unit_numbers_name_the_wrong_part(text: str, code: str, part: str) -> None:
    with pytest.raises(RuleError) as info:
        parse_unit_no(text, "property.unit_no")
    assert info.value.code == code
    assert info.value.field == "property.unit_no"
    assert part in info.value.first.message
    assert validate_unit_no(text)[0].code == code


def test_cadastral_message_exact() -> None:
    issue = validate_unit_no("4420000A1002GB00003F00010001")[0]
    assert issue.message == "不动产单元号第7–12位（地籍区/地籍子区）应为数字"


def test_normalize_unit_no() -> None:
    assert normalize_unit_no(" ４４２０００ 001002-gb00003 f00010001") == VALID


def test_make_unit_no_refuses_what_parse_refuses() -> None:
    with pytest.raises(RuleError):
        make_unit_no(1, 2, 3, 0)  # F with an all-zero fixture unit


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("粤 (2020) 中山市不动产权第0123456号", "粤（2020）中山市不动产权第0123456号"),
        ("粤〔２０２０〕中山市不动产权第０１２３４５６号", "粤（2020）中山市不动产权第0123456号"),
        ("粤[2020]\u3000中山市不动产权第0123456号", "粤（2020）中山市不动产权第0123456号"),
        ("粤房地证字第c1234567号", "粤房地证字第C1234567号"),
    ],
)
def test_normalize_cert_no(raw: str, expected: str) -> None:
    assert normalize_cert_no(raw) == expected


@pytest.mark.parametrize(
    "text",
    ["粤（2020）中山市不动产权第0123456号", "粤(2019)中山市不动产权第9999999号",
     "粤 〔1995〕 中山市不动产权第0000001号"],
)
def test_valid_title_cert_numbers(text: str) -> None:
    assert validate_title_cert_no(text) == []


@pytest.mark.parametrize(
    ("text", "code", "part"),
    [
        ("", "REQUIRED", "不动产权证号"),
        ("湘（2020）中山市不动产权第0123456号", "TITLE_CERT_PROVINCE", "省份简称"),
        ("粤（20）中山市不动产权第0123456号", "TITLE_CERT_YEAR", "年份"),
        ("粤（1899）中山市不动产权第0123456号", "TITLE_CERT_YEAR", "年份"),
        ("粤（2020）广州市不动产权第0123456号", "TITLE_CERT_CITY", "中山市"),
        ("粤（2020）中山市不动产权第012345号", "TITLE_CERT_SEQ", "7 位数字"),
        ("粤（2020）中山市不动产权第01234A6号", "TITLE_CERT_SEQ", "7 位数字"),
        ("粤（2020）中山市不动产证明第0123456号", "TITLE_CERT_FORMAT", "格式"),
        ("0123456", "TITLE_CERT_FORMAT", "格式"),
    ],
)
def test_malformed_title_cert_numbers(text: str, code: str, part: str) -> None:
    issues = validate_title_cert_no(text, "property.title_cert_no")
    assert [i.code for i in issues] == [code]
    assert issues[0].field == "property.title_cert_no" and part in issues[0].message


@pytest.mark.parametrize(
    "text", ["粤房地证字第C1234567号", "粤房地权证中府字第0123456789号", "粤房地证字第 1234567 号",
             "中府房权证字第0123456号"]
)
def test_valid_property_cert_numbers(text: str) -> None:
    assert validate_property_cert_no(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "REQUIRED"),
        ("C1234567", "PROPERTY_CERT_FORMAT"),
        ("粤房地证字第C1234567", "PROPERTY_CERT_FORMAT"),
        ("粤房地证字第C123号", "PROPERTY_CERT_SEQ"),
        ("粤房地证字第CC1234567号", "PROPERTY_CERT_SEQ"),
    ],
)
def test_malformed_property_cert_numbers(text: str, code: str) -> None:
    assert [i.code for i in validate_property_cert_no(text)] == [code]
