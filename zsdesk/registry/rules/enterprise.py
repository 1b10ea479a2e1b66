"""Wire enterprise fields → the domain's EnterpriseRecord, and the domain's findings back under
the wire's field names. The rules themselves live in `zsdesk.domain.enterprise`."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from zsdesk.domain.dates import EARLIEST_ESTABLISHED, validate_date_window
from zsdesk.domain.enterprise import EnterpriseRecord, enterprise_text_issues, validate_enterprise
from zsdesk.domain.errors import Issue
from zsdesk.domain.halfwidth import to_halfwidth
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.text import validate_text
from zsdesk.registry.schemas.enterprise import EnterpriseFields

# domain field -> wire field, where the names differ
_TO_WIRE = {
    "legal_representative": "legal_rep_name",
    "contact_person": "contact_name",
    "filing_no": "filing_cert_no",
    "office_address": "business_address",
}

_NUMBER = re.compile(r"\d+(?:\.\d+)?", re.ASCII)   # 0–9 only: Decimal() would read '١٠٠' too
_CAPITAL_LABEL = QT_TRANSLATE_NOOP("labels", "注册资本")


def parse_capital(text: str | None) -> Decimal | None:
    """注册资本 as typed ("100", "100万元", "1.5亿元") → 万元."""
    if not text or not text.strip():
        return None
    text = to_halfwidth(text)
    match = _NUMBER.search(text.replace(",", "").replace("，", ""))
    if match is None:
        return Decimal(-1)  # present but not a number: the domain reports it as not positive
    try:
        value = Decimal(match.group())
    except InvalidOperation:
        return Decimal(-1)
    return value * 10000 if "亿" in text else value


def to_domain(fields: EnterpriseFields) -> EnterpriseRecord:
    return EnterpriseRecord(
        name=fields.name or "", uscc=fields.uscc or "", legal_representative=fields.legal_rep_name or "",
        legal_rep_id_number=fields.legal_rep_id_number or "", address=fields.address or "",
        business_scope=fields.business_scope or "", registered_capital=parse_capital(fields.registered_capital),
        established_on=fields.established_on, business_term_end=fields.business_term_end,
        qualification_cert_no=fields.qualification_cert_no or "",
        qualification_valid_until=fields.qualification_valid_until, contact_person=fields.contact_name or "",
        contact_phone=fields.contact_phone or "", filing_no=fields.filing_cert_no or "",
        office_address=fields.business_address or "")


def _to_wire(issues: list[Issue]) -> list[Issue]:
    return [Issue(_TO_WIRE.get(i.field, i.field), i.code, i.message, i.severity) for i in issues]


def enterprise_text_problems(fields: EnterpriseFields) -> list[Issue]:
    """What even a saved draft may not hold: unfileable characters (see `zsdesk.domain.text`)."""
    issues = enterprise_text_issues(to_domain(fields))
    issues += validate_text(fields.registered_capital or "", "registered_capital", _CAPITAL_LABEL)
    return _to_wire(issues)


def enterprise_issues(fields: EnterpriseFields, today: date) -> list[Issue]:
    issues = validate_enterprise(to_domain(fields), today)
    if fields.business_term_start is not None and fields.business_term_start > today:
        issues.append(Issue("business_term_start", "DATE_IN_FUTURE",
                            msg(QT_TRANSLATE_NOOP("messages", "营业期限（起）不能晚于今天"))))
    else:
        issues += validate_date_window(fields.business_term_start, "business_term_start",
                                       QT_TRANSLATE_NOOP("labels", "营业期限（起）"), EARLIEST_ESTABLISHED, today)
    issues += validate_text(fields.registered_capital or "", "registered_capital", _CAPITAL_LABEL)
    return _to_wire(issues)
