from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from zsdesk.domain.enterprise import EnterpriseRecord, validate_enterprise
from zsdesk.domain.enums import IdType
from zsdesk.domain.errors import Severity
from zsdesk.domain.staff import StaffApplication, validate_staff

TODAY = date(2026, 3, 15)


def _record(**changes: object) -> EnterpriseRecord:
    rec = EnterpriseRecord(
        name="中山市示例房地产经纪有限公司", uscc="91110000600037341L", legal_representative="张三",
        legal_rep_id_number="442000199001010011", address="中山市石岐街道民族东路1号", business_scope="房地产经纪",
        registered_capital=Decimal("100"), established_on=date(2015, 4, 10), business_term_end=date(2028, 3, 15),
        qualification_cert_no="粤中介备字第001号", qualification_valid_until=date(2027, 6, 20),
        contact_person="李四", contact_phone="0760-88300526", filing_no="ZS-2020-001",
    )
    for k, v in changes.items():
        setattr(rec, k, v)
    return rec


def test_complete_record_passes() -> None:
    assert validate_enterprise(_record(), TODAY) == []


def test_dates_limited_to_two_years_from_injected_today() -> None:
    assert validate_enterprise(_record(business_term_end=date(2028, 3, 15)), TODAY) == []
    issues = validate_enterprise(_record(business_term_end=date(2028, 3, 16)), TODAY)
    assert [(i.field, i.code) for i in issues] == [("business_term_end", "DATE_TOO_FAR")]
    assert "2028-03-15" in issues[0].message
    # The same date is fine a day later: the rule moves with today.
    assert validate_enterprise(_record(business_term_end=date(2028, 3, 16)), date(2026, 3, 16)) == []
    issues = validate_enterprise(_record(qualification_valid_until=date(2030, 1, 1)), TODAY)
    assert [(i.field, i.code) for i in issues] == [("qualification_valid_until", "DATE_TOO_FAR")]


def test_leap_day_today() -> None:
    leap = date(2028, 2, 29)
    qual = date(2029, 1, 1)
    assert validate_enterprise(_record(business_term_end=date(2030, 2, 28), qualification_valid_until=qual), leap) == []
    late = validate_enterprise(_record(business_term_end=date(2030, 3, 1), qualification_valid_until=qual), leap)
    assert [i.code for i in late] == ["DATE_TOO_FAR"]


def test_expired_and_future_dates() -> None:
    codes = [i.code for i in validate_enterprise(_record(business_term_end=date(2026, 3, 14)), TODAY)]
    assert codes == ["DATE_EXPIRED"]
    codes = [i.code for i in validate_enterprise(_record(established_on=date(2026, 3, 16)), TODAY)]
    assert codes == ["DATE_IN_FUTURE"]


def test_no_qualification_certificate_hint() -> None:
    issues = validate_enterprise(_record(qualification_cert_no="", qualification_valid_until=date(2027, 1, 1)), TODAY)
    assert [(i.code, i.severity) for i in issues] == [("QUALIFICATION_HINT", Severity.WARNING)]
    assert "营业期限一致" in issues[0].message
    same = _record(qualification_cert_no="", qualification_valid_until=date(2028, 3, 15))
    assert validate_enterprise(same, TODAY) == []
    missing = validate_enterprise(_record(qualification_cert_no="", qualification_valid_until=None), TODAY)
    assert [i.code for i in missing] == ["REQUIRED"] and "营业期限一致" in missing[0].message


def test_required_fields_and_uscc() -> None:
    issues = validate_enterprise(EnterpriseRecord(), TODAY)
    fields = {i.field for i in issues if i.code == "REQUIRED"}
    assert {"name", "uscc", "legal_representative", "legal_rep_id_number", "address", "contact_phone",
            "registered_capital", "established_on", "business_term_end", "filing_no"} <= fields
    assert [i.code for i in validate_enterprise(_record(uscc="91110000600037341M"), TODAY)] == ["USCC_CHECKSUM"]


def test_staff_application() -> None:
    good = StaffApplication(name="王五", id_number="442000199001010011", phone="13800138000")
    assert validate_staff(good, TODAY) == []
    landline = StaffApplication(name="王五", id_number="442000199001010011", phone="0760-88300526")
    assert [i.code for i in validate_staff(landline, TODAY)] == ["STAFF_PHONE_MOBILE"]
    minor = StaffApplication(name="小王", id_number="442000201001010011", phone="13800138000")
    assert [i.code for i in validate_staff(minor, TODAY)] == ["STAFF_MINOR"]
    org = StaffApplication(name="x", id_type=IdType.USCC, id_number="91110000600037341L", phone="13800138000")
    assert [i.code for i in validate_staff(org, TODAY)] == ["ID_TYPE_NOT_PERSON"]


@pytest.mark.parametrize("field", ["name", "id_number", "phone"])
def test_staff_required(field: str) -> None:
    app = StaffApplication(name="王五", id_number="442000199001010011", phone="13800138000")
    setattr(app, field, "")
    assert [(i.field, i.code) for i in validate_staff(app, TODAY)] == [(field, "REQUIRED")]


def test_the_date_windows_a_calendar_offers_are_the_days_the_rules_accept() -> None:
    """date_window (what the form's calendars offer) and validate_enterprise agree at both edges."""
    from datetime import timedelta

    from zsdesk.domain.enterprise import EnterpriseRecord, date_window, validate_enterprise

    today = date(2026, 12, 2)
    for key in ("established_on", "business_term_end", "qualification_valid_until"):
        window = date_window(key, today)
        assert window is not None
        earliest, latest = window
        for day, ok in ((earliest, True), (latest, True), (earliest - timedelta(days=1), False),
                        (latest + timedelta(days=1), False)):
            record = EnterpriseRecord(established_on=date(2016, 3, 18), business_term_end=today,
                                      qualification_valid_until=today)
            setattr(record, key, day)
            if key == "business_term_end":
                record.qualification_valid_until = day     # keeps the 资质有效期 hint out of the way
            found = [i for i in validate_enterprise(record, today) if i.field == key and i.is_error]
            assert (found == []) is ok, (key, day, found)
    assert date_window("name", today) is None
