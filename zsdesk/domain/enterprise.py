"""企业信息核查: the agency's record as on its business licence (guide, section 三)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from zsdesk.domain.contact import validate_phone
from zsdesk.domain.dates import EARLIEST_ESTABLISHED, add_years, validate_date_window
from zsdesk.domain.enums import IdType
from zsdesk.domain.errors import Issue, Severity
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.identity import validate_id
from zsdesk.domain.text import has_text_issue, validate_text
from zsdesk.domain.uscc import validate_uscc

MAX_YEARS_AHEAD = 2  # 营业期限、资质有效期填写不能超今起2年


def date_window(field: str, today: date) -> tuple[date, date] | None:
    """The days the record's rules accept for a date field (what a calendar offers): 成立日期 and
    营业期限（起） from the earliest register to today; 营业期限（至） and 资质有效期 from today (not yet
    expired) to today + MAX_YEARS_AHEAD years. None for a field that is no date."""
    if field in ("established_on", "business_term_start"):
        return EARLIEST_ESTABLISHED, today
    if field in ("business_term_end", "qualification_valid_until"):
        return today, add_years(today, MAX_YEARS_AHEAD)
    return None


@dataclass(slots=True)
class EnterpriseRecord:
    name: str = ""                                  # 企业名称（与营业执照一致）
    uscc: str = ""                                  # 统一社会信用代码
    legal_representative: str = ""
    legal_rep_id_type: IdType = IdType.RESIDENT_ID
    legal_rep_id_number: str = ""
    address: str = ""                               # 住所
    business_scope: str = ""                        # 经营范围
    registered_capital: Decimal | None = None       # 注册资本（万元）
    established_on: date | None = None              # 成立日期
    business_term_end: date | None = None           # 营业期限（至）
    qualification_cert_no: str = ""                 # 资质证书编号（可无）
    qualification_valid_until: date | None = None   # 资质有效期
    contact_person: str = ""
    contact_phone: str = ""
    filing_no: str = ""                             # 房地产经纪机构备案号
    office_address: str = ""                        # 经营场所（可选）


_REQUIRED_TEXT = {
    "name": QT_TRANSLATE_NOOP("labels", "企业名称（与营业执照一致）"),
    "uscc": QT_TRANSLATE_NOOP("labels", "统一社会信用代码"),
    "legal_representative": QT_TRANSLATE_NOOP("labels", "法定代表人"),
    "address": QT_TRANSLATE_NOOP("labels", "住所"),
    "business_scope": QT_TRANSLATE_NOOP("labels", "经营范围"),
    "contact_person": QT_TRANSLATE_NOOP("labels", "联系人"),
    "contact_phone": QT_TRANSLATE_NOOP("labels", "联系电话"),
    "filing_no": QT_TRANSLATE_NOOP("labels", "房地产经纪机构备案号"),
}
_TEXT_LABELS = {
    **_REQUIRED_TEXT,
    "legal_rep_id_number": QT_TRANSLATE_NOOP("labels", "法定代表人身份证号"),
    "qualification_cert_no": QT_TRANSLATE_NOOP("labels", "资质证书编号"),
    "office_address": QT_TRANSLATE_NOOP("labels", "经营场所"),
}
_MULTILINE = frozenset({"business_scope"})
REQUIRED_FIELDS: frozenset[str] = frozenset(
    {*_REQUIRED_TEXT, "legal_rep_id_type", "legal_rep_id_number", "registered_capital", "established_on",
     "business_term_end", "qualification_valid_until"})


def enterprise_text_issues(record: EnterpriseRecord) -> list[Issue]:
    """Characters the record may never hold (`zsdesk.domain.text`); checked on every save."""
    return [issue for f, label in _TEXT_LABELS.items()
            for issue in validate_text(getattr(record, f), f, label, multiline=f in _MULTILINE)]


def validate_enterprise(record: EnterpriseRecord, today: date) -> list[Issue]:
    issues = _validate_enterprise(record, today)
    # A field with unfileable characters gets only that issue.
    return [i for i in issues if i.code.startswith("TEXT_") or not has_text_issue(issues, i.field)]


def _validate_enterprise(record: EnterpriseRecord, today: date) -> list[Issue]:
    issues: list[Issue] = enterprise_text_issues(record)
    issues += [Issue(f, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写{label}"), label=label))
               for f, label in _REQUIRED_TEXT.items() if not getattr(record, f).strip()]
    if record.uscc.strip():
        issues += validate_uscc(record.uscc, "uscc")
    issues += validate_id(record.legal_rep_id_type, record.legal_rep_id_number, "legal_rep_id_number", today=today)
    if record.contact_phone.strip():
        issues += validate_phone(record.contact_phone, "contact_phone")
    if record.registered_capital is None:
        issues.append(Issue("registered_capital", "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写注册资本"))))
    elif record.registered_capital <= 0:
        issues.append(Issue("registered_capital", "CAPITAL_POSITIVE",
                            msg(QT_TRANSLATE_NOOP("messages", "注册资本应大于 0"))))
    latest = add_years(today, MAX_YEARS_AHEAD)
    if record.established_on is None:
        issues.append(Issue("established_on", "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写成立日期"))))
    elif record.established_on > today:
        issues.append(Issue("established_on", "DATE_IN_FUTURE",
                            msg(QT_TRANSLATE_NOOP("messages", "成立日期不能晚于今天"))))
    else:
        issues += validate_date_window(record.established_on, "established_on",
                                       QT_TRANSLATE_NOOP("labels", "成立日期"), EARLIEST_ESTABLISHED, today)
    issues += _check_end_date(record.business_term_end, "business_term_end", QT_TRANSLATE_NOOP("labels", "营业期限"),
                              today, latest, record.established_on)
    if record.qualification_valid_until is None:
        text = (msg(QT_TRANSLATE_NOOP("messages", "请填写资质有效期；无资质证书的，资质有效期可填与营业期限一致"))
                if not record.qualification_cert_no.strip()
                else msg(QT_TRANSLATE_NOOP("messages", "请填写资质有效期")))
        issues.append(Issue("qualification_valid_until", "REQUIRED", text))
    else:
        issues += _check_end_date(record.qualification_valid_until, "qualification_valid_until",
                                  QT_TRANSLATE_NOOP("labels", "资质有效期"), today, latest, None)
        if (not record.qualification_cert_no.strip() and record.business_term_end is not None
                and record.qualification_valid_until != record.business_term_end):
            issues.append(Issue("qualification_valid_until", "QUALIFICATION_HINT", msg(QT_TRANSLATE_NOOP(
                "messages", "未填写资质证书编号：无资质证书的，资质有效期可填与营业期限一致")), Severity.WARNING))
    return issues


def _check_end_date(value: date | None, field: str, label: str, today: date, latest: date,
                    start: date | None) -> list[Issue]:
    if value is None:
        return [Issue(field, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写{label}"), label=label))]
    if value > latest:
        return [Issue(field, "DATE_TOO_FAR",
                      msg(QT_TRANSLATE_NOOP("messages", "{label}不能超过今起 {years} 年（最晚 {latest}）；"
                                                        "长期有效的请填写 {latest}"),
                          label=label, years=MAX_YEARS_AHEAD, latest=latest.isoformat()))]
    if start is not None and value < start:
        return [Issue(field, "DATE_BEFORE_START",
                      msg(QT_TRANSLATE_NOOP("messages", "{label}不能早于成立日期"), label=label))]
    if value < today:
        return [Issue(field, "DATE_EXPIRED",
                      msg(QT_TRANSLATE_NOOP("messages", "{label}已届满（{date}），请核对或先办理延续"),
                          label=label, date=value.isoformat()))]
    return []
