"""Wire enterprise fields → the domain's EnterpriseRecord, and the domain's findings back under
the wire's field names. The rules themselves live in `zsdesk.domain.enterprise`."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from zsdesk.domain.enterprise import EnterpriseRecord, validate_enterprise
from zsdesk.domain.errors import Issue
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.schemas.enterprise import EnterpriseFields

# domain field -> wire field, where the names differ
_TO_WIRE = {
    "legal_representative": "legal_rep_name",
    "contact_person": "contact_name",
    "filing_no": "filing_cert_no",
    "office_address": "business_address",
}

_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def parse_capital(text: str | None) -> Decimal | None:
    """注册资本 as typed ("100", "100万元", "1.5亿元") → 万元."""
    if not text or not text.strip():
        return None
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


def enterprise_issues(fields: EnterpriseFields, today: date) -> list[Issue]:
    issues = validate_enterprise(to_domain(fields), today)
    if fields.business_term_start is not None and fields.business_term_start > today:
        issues.append(Issue("business_term_start", "DATE_IN_FUTURE",
                            msg(QT_TRANSLATE_NOOP("messages", "营业期限（起）不能晚于今天"))))
    return [Issue(_TO_WIRE.get(i.field, i.field), i.code, i.message, i.severity) for i in issues]
