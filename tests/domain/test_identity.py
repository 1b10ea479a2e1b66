from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import ric

from zsdesk.domain.enums import IdType
from zsdesk.domain.errors import Severity, errors_only
from zsdesk.domain.identity import (
    age_on,
    birth_date,
    implied_nationality,
    is_first_generation,
    is_minor,
    normalize_id,
    upgrade_first_generation,
    validate_id,
)

from .strategies import first_generation_ids, residence_permits, resident_ids, substitutions

FAST = settings(max_examples=60, deadline=None)


@FAST
@given(resident_ids())
def test_generated_resident_ids_are_accepted(number: str) -> None:
    assert validate_id(IdType.RESIDENT_ID, number) == []
    assert number[17] == ric.calc_check_digit(number)


@settings(max_examples=25, deadline=None)
@given(resident_ids())
def test_every_single_substitution_of_a_resident_id_is_refused(number: str) -> None:
    for wrong in substitutions(number, "0123456789X"):
        assert errors_only(validate_id(IdType.RESIDENT_ID, wrong)), wrong


@FAST
@given(residence_permits())
def test_generated_residence_permits_are_accepted(number: str) -> None:
    assert validate_id(IdType.HMT_RESIDENCE, number) == []


@settings(max_examples=25, deadline=None)
@given(residence_permits())
def test_every_single_substitution_of_a_residence_permit_is_refused(number: str) -> None:
    for wrong in substitutions(number, "0123456789X"):
        assert errors_only(validate_id(IdType.HMT_RESIDENCE, wrong)), wrong


@FAST
@given(first_generation_ids())
def test_first_generation_upgrade_is_valid_and_keeps_birth_date(number15: str) -> None:
    assert is_first_generation(number15)
    upgraded = upgrade_first_generation(number15)
    assert len(upgraded) == 18
    assert upgraded[:6] == number15[:6] and upgraded[8:17] == number15[6:]
    assert upgraded[17] == ric.calc_check_digit(upgraded)
    assert validate_id(IdType.RESIDENT_ID, upgraded) == []
    assert birth_date(IdType.RESIDENT_ID, number15) == birth_date(IdType.RESIDENT_ID, upgraded)
    issues = validate_id(IdType.RESIDENT_ID, number15)
    assert [i.code for i in issues] == ["ID_FIRST_GENERATION"]
    assert issues[0].severity is Severity.WARNING and upgraded in issues[0].message


def test_known_upgrade() -> None:
    # Example from the GB 11643 literature: 15-digit 340524800101001 → 34052419800101001X
    assert upgrade_first_generation("340524800101001") == "34052419800101001X"


def test_first_generation_with_impossible_date_is_refused() -> None:
    issues = validate_id(IdType.RESIDENT_ID, "442000700231001")
    assert [i.code for i in issues] == ["ID_BIRTH_DATE"]


def test_zhongshan_id_born_before_1988_is_accepted_although_stdnum_refuses() -> None:
    number = "442000197001010012"
    assert not ric.is_valid(number)
    assert validate_id(IdType.RESIDENT_ID, number) == []


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("44200019900101001", "ID_LENGTH"),
        ("4420001990010100A1", "ID_FORMAT"),
        ("442000199013010015", "ID_CHECKSUM"),
        ("", "REQUIRED"),
    ],
)
def test_bad_resident_ids_name_the_problem(number: str, code: str) -> None:
    assert validate_id(IdType.RESIDENT_ID, number, "sellers.0.id_number")[0].code == code


def test_impossible_birth_date_with_matching_check_digit_is_refused() -> None:
    body = "44200019900231001"
    number = body + ric.calc_check_digit(body + "0")
    issues = validate_id(IdType.RESIDENT_ID, number)
    assert issues[0].code == "ID_BIRTH_DATE" and "19900231" in issues[0].message


def test_unknown_province_is_an_error() -> None:
    body = "99000019900101001"
    number = body + ric.calc_check_digit(body + "0")
    assert validate_id(IdType.RESIDENT_ID, number)[0].code == "ID_AREA"


def test_normalize_resident_id_fullwidth_spaces_and_lowercase_x() -> None:
    assert normalize_id(IdType.RESIDENT_ID, "４４２０００　19800101 005x") == "44200019800101005X"
    assert validate_id(IdType.RESIDENT_ID, "４４２０００　19800101 005x") == []


@pytest.mark.parametrize(
    ("id_type", "number", "codes"),
    [
        (IdType.HK_MACAO_PERMIT, "H12345678", []),
        (IdType.HK_MACAO_PERMIT, "m 1234 5678", []),
        (IdType.HK_MACAO_PERMIT, "H1234567801", ["ID_OLD_FORMAT"]),
        (IdType.HK_MACAO_PERMIT, "K12345678", ["ID_FORMAT"]),
        (IdType.HK_MACAO_PERMIT, "H1234567", ["ID_FORMAT"]),
        (IdType.TAIWAN_PERMIT, "12345678", []),
        (IdType.TAIWAN_PERMIT, "1234567801", ["ID_OLD_FORMAT"]),
        (IdType.TAIWAN_PERMIT, "1234567801（B）", ["ID_OLD_FORMAT"]),
        (IdType.TAIWAN_PERMIT, "1234567", ["ID_FORMAT"]),
        (IdType.TAIWAN_PERMIT, "T12345678", ["ID_FORMAT"]),
        (IdType.PASSPORT, "E12345678", []),
        (IdType.PASSPORT, "AB12", ["ID_FORMAT"]),
        (IdType.PASSPORT, "E1234-5678", ["ID_FORMAT"]),
        (IdType.HMT_RESIDENCE, "440101199001010011", ["ID_AREA"]),
        (IdType.USCC, "91110000600037341L", []),
        (IdType.USCC, "91110000600037341M", ["USCC_CHECKSUM"]),
    ],
)
def test_document_formats(id_type: IdType, number: str, codes: list[str]) -> None:
    assert [i.code for i in validate_id(id_type, number)] == codes


@pytest.mark.parametrize(
    ("id_type", "number", "nationality", "codes"),
    [
        (IdType.RESIDENT_ID, "442000199001010011", "中国", []),
        (IdType.RESIDENT_ID, "442000199001010011", "中华人民共和国", []),
        (IdType.RESIDENT_ID, "442000199001010011", "美国", ["ID_NATIONALITY_MISMATCH"]),
        (IdType.HK_MACAO_PERMIT, "H12345678", "中国香港", []),
        (IdType.HK_MACAO_PERMIT, "H12345678", "香港", []),
        (IdType.HK_MACAO_PERMIT, "M12345678", "中国香港", ["ID_NATIONALITY_MISMATCH"]),
        (IdType.HK_MACAO_PERMIT, "M12345678", "中国", ["NATIONALITY_IMPRECISE"]),
        (IdType.TAIWAN_PERMIT, "12345678", "中国台湾", []),
        (IdType.TAIWAN_PERMIT, "12345678", "", ["REQUIRED"]),
        (IdType.PASSPORT, "E12345678", "", ["REQUIRED"]),
        (IdType.PASSPORT, "E12345678", "美国", []),
        (IdType.PASSPORT, "E12345678", "中国", ["PASSPORT_CHINESE"]),
    ],
)
def test_nationality_follows_document(id_type: IdType, number: str, nationality: str, codes: list[str]) -> None:
    issues = validate_id(id_type, number, "buyers.1.id_number", nationality=nationality)
    assert [i.code for i in issues] == codes
    assert all(i.field == "buyers.1.nationality" for i in issues)


def test_residence_permit_implies_region() -> None:
    assert implied_nationality(IdType.HMT_RESIDENCE, "830000199001010011") == "中国台湾"
    assert implied_nationality(IdType.PASSPORT, "E12345678") is None


@pytest.mark.parametrize(
    ("today", "age", "minor"),
    [
        (date(2026, 5, 9), 17, True),      # day before the 18th birthday
        (date(2026, 5, 10), 18, False),    # on the birthday
        (date(2030, 1, 1), 21, False),
    ],
)
def test_age_and_minor(today: date, age: int, minor: bool) -> None:
    body = "44200020080510002"
    number = body + ric.calc_check_digit(body + "0")
    assert birth_date(IdType.RESIDENT_ID, number) == date(2008, 5, 10)
    assert age_on(IdType.RESIDENT_ID, number, today) == age
    assert is_minor(IdType.RESIDENT_ID, number, today) is minor


def test_documents_without_birth_date_are_never_minor() -> None:
    assert age_on(IdType.PASSPORT, "E12345678", date(2026, 1, 1)) is None
    assert is_minor(IdType.HK_MACAO_PERMIT, "H12345678", date(2026, 1, 1)) is False


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=30))
def test_validate_id_never_crashes(text: str) -> None:
    for id_type in IdType:
        for issue in validate_id(id_type, text, nationality="中国"):
            assert issue.message
