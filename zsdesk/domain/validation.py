"""Everything a contract needs before it may be submitted for filing (提交 → 已签约).

`REQUIRED_FIELDS` is the set of always-required paths (``*`` = every row) that the
GUI marks with the registry's blue-box cue; `CONDITIONAL_FIELDS` are required only
when the condition in their value holds.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from zsdesk.domain.contact import validate_phone, validate_postal_code
from zsdesk.domain.contract import Contract, Party
from zsdesk.domain.dates import validate_contract_date
from zsdesk.domain.enums import DisputeResolution, IdType, PartyRole, PaymentMethod
from zsdesk.domain.errors import Issue, Severity
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, Text, msg
from zsdesk.domain.identity import ADULT_AGE, age_on, is_first_generation, upgrade_first_generation, validate_id
from zsdesk.domain.lifecycle import term_label
from zsdesk.domain.ownership import validate_ownership
from zsdesk.domain.property_numbers import validate_unit_no
from zsdesk.domain.text import has_text_issue, validate_text

_PARTY_REQUIRED = ("name", "id_type", "id_number", "nationality", "address", "phone")

REQUIRED_FIELDS: frozenset[str] = frozenset(
    {f"{side}.*.{f}" for side in ("sellers", "buyers") for f in _PARTY_REQUIRED}
    | {
        "buyer_ownership",
        "property.unit_no",
        "property.address",
        "payment.total_price",
        "payment.method",
        "handover.date",
        "other.dispute",
        "applicant.name",
        "applicant.phone",
        "applicant.id_type",
        "applicant.id_number",
        "evaluation.rating",
        "escrow.enabled",
        "notices_read",
        "consents",
    }
)

CONDITIONAL_FIELDS: dict[str, str] = {
    "buyers.*.share": "共有性质为按份共有",
    "guardians.*.name": "甲方或乙方有未成年人",
    "guardians.*.id_number": "甲方或乙方有未成年人",
    "escrow.bank": "选择资金监管",
    "escrow.amount": "选择资金监管",
    "payment.loan_amount": "付款方式为贷款",
    "other.arbitration_commission": "争议解决方式为仲裁",
}

LOAN_METHODS = frozenset({PaymentMethod.COMMERCIAL_LOAN, PaymentMethod.PROVIDENT_FUND_LOAN,
                          PaymentMethod.COMBINED_LOAN})

_SIDE_LABELS = {"sellers": QT_TRANSLATE_NOOP("labels", "甲方"), "buyers": QT_TRANSLATE_NOOP("labels", "乙方"),
                "guardians": QT_TRANSLATE_NOOP("labels", "法定代理人")}


_PARTY_TEXT_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("labels", "姓名（名称）"),
    "id_number": QT_TRANSLATE_NOOP("labels", "证件号码"),
    "nationality": QT_TRANSLATE_NOOP("labels", "国籍"),
    "address": QT_TRANSLATE_NOOP("labels", "住所"),
    "postal_code": QT_TRANSLATE_NOOP("labels", "邮政编码"),
    "phone": QT_TRANSLATE_NOOP("labels", "联系电话"),
}
# Free text of the terms: path → multi-line (notes keep their line breaks).
_TERMS_TEXT_FIELDS: dict[str, bool] = {
    "payment.loan_bank": False,
    "escrow.branch": False,
    "handover.conditions": True,
    "other.seller_taxes": True,
    "other.buyer_taxes": True,
    "other.breach_terms": True,
    "other.arbitration_commission": False,
    "other.supplementary": True,
}
_OTHER_TEXT_FIELDS: dict[str, tuple[str, bool]] = {
    "applicant.name": (QT_TRANSLATE_NOOP("labels", "申请人姓名"), False),
    "applicant.phone": (QT_TRANSLATE_NOOP("labels", "申请人联系电话"), False),
    "applicant.id_number": (QT_TRANSLATE_NOOP("labels", "申请人证件号码"), False),
    "evaluation.comment": (QT_TRANSLATE_NOOP("labels", "评价意见"), True),
}
CONTRACT_DATE_FIELDS = ("payment.deposit_date", "payment.down_payment_date", "payment.balance_date",
                        "handover.date")


def _party_field_label(field_prefix: str, term: str) -> Text | str:
    """「甲方1 姓名（名称）」 for ``sellers.0``; the bare term when the prefix is not a contract row."""
    side, _, index = field_prefix.partition(".")
    if side in _SIDE_LABELS and index.isascii() and index.isdigit():
        return msg(QT_TRANSLATE_NOOP("messages", "{party}{n} {term}"), party=_SIDE_LABELS[side], n=int(index) + 1,
                   term=term)
    return term


def party_text_issues(party: Party, field_prefix: str) -> list[Issue]:
    """Characters no party row may hold (`zsdesk.domain.text`), one issue per field."""
    return [issue for f, term in _PARTY_TEXT_FIELDS.items()
            for issue in validate_text(getattr(party, f), f"{field_prefix}.{f}",
                                       _party_field_label(field_prefix, term))]


def _get(obj: object, path: str) -> object:
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def _terms_text_issues(c: Contract) -> list[Issue]:
    issues: list[Issue] = []
    for path, multiline in _TERMS_TEXT_FIELDS.items():
        value = _get(c, path)
        assert isinstance(value, str)
        issues += validate_text(value, path, term_label(path), multiline=multiline)
    for path, (label, multiline) in _OTHER_TEXT_FIELDS.items():
        value = _get(c, path)
        assert isinstance(value, str)
        issues += validate_text(value, path, label, multiline=multiline)
    return issues


def _date_issues(c: Contract, today: date) -> list[Issue]:
    issues: list[Issue] = []
    for path in CONTRACT_DATE_FIELDS:
        value = _get(c, path)
        assert value is None or isinstance(value, date)
        issues += validate_contract_date(value, path, term_label(path), today)
    return issues


def validate_contract_entries(contract: Contract, today: date) -> list[Issue]:
    """What no contract may hold, complete or not: text that cannot be filed (control characters,
    lone surrogates, bidi controls) and dates outside the window around ``today``. The registry
    refuses a draft with these as soon as it is saved; submitting checks them again."""
    issues: list[Issue] = []
    for side in ("sellers", "buyers", "guardians"):
        for i, party in enumerate(getattr(contract, side)):
            issues += party_text_issues(party, f"{side}.{i}")
    return issues + _terms_text_issues(contract) + _date_issues(contract, today)


def _text_first(issues: list[Issue]) -> list[Issue]:
    """A field whose text cannot be filed gets only that issue: its format is moot until the
    invisible characters are gone."""
    return [i for i in issues if i.code.startswith("TEXT_") or not has_text_issue(issues, i.field)]


def validate_party(party: Party, today: date, field_prefix: str) -> list[Issue]:
    """One person or organisation on the contract (a row of 甲方/乙方/法定代理人)."""
    p = field_prefix
    issues: list[Issue] = party_text_issues(party, p)
    if not party.name.strip():
        issues.append(Issue(f"{p}.name", "REQUIRED",
                            msg(QT_TRANSLATE_NOOP("messages", "请填写姓名（名称），与身份证件一致"))))
    id_issues = validate_id(party.id_type, party.id_number, f"{p}.id_number",
                            nationality=None if party.id_type is IdType.USCC else party.nationality, today=today)
    for issue in id_issues:
        if issue.code == "ID_FIRST_GENERATION":
            # Certificates may carry the old number, a contract party's current document cannot.
            issue = Issue(issue.field, issue.code,
                          msg(QT_TRANSLATE_NOOP("messages", "一代身份证已停用，合同请填写现行 18 位号码（{number}）"),
                              number=upgrade_first_generation(party.id_number)))
        issues.append(issue)
    if party.id_type is not IdType.USCC and not party.nationality.strip() and not any(
            i.field == f"{p}.nationality" for i in issues):
        issues.append(Issue(f"{p}.nationality", "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写国籍"))))
    if not party.address.strip():
        issues.append(Issue(f"{p}.address", "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写住所"))))
    # A foreigner may have no Chinese number: an international one (E.164) is accepted.
    issues += validate_phone(party.phone, f"{p}.phone", international_ok=party.id_type is IdType.PASSPORT)
    if party.postal_code.strip():
        issues += validate_postal_code(party.postal_code, f"{p}.postal_code")
    return _text_first(issues)


def _is_minor(party: Party, today: date) -> bool:
    age = age_on(party.id_type, party.id_number, today)
    return age is not None and age < ADULT_AGE


def _person_key(party: Party) -> tuple[str, str]:
    number = party.id_number.strip().upper()
    if party.id_type is IdType.RESIDENT_ID and is_first_generation(number):
        number = upgrade_first_generation(number)
    return (party.id_type.value, number)


def validate_contract_for_submit(contract: Contract, today: date) -> list[Issue]:
    issues: list[Issue] = []
    issues += _check_parties(contract, today)
    issues += _check_property(contract)
    issues += _check_payment(contract)
    issues += _date_issues(contract, today)
    issues += _terms_text_issues(contract)
    issues += _check_other(contract, today)
    issues += _check_consents(contract)
    return _text_first(issues)


def _check_parties(c: Contract, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if not c.sellers:
        issues.append(Issue("sellers", "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请至少填写一位甲方（转让方）"))))
    if not c.buyers:
        issues.append(Issue("buyers", "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请至少填写一位乙方（受让方）"))))
    for side in ("sellers", "buyers", "guardians"):
        for i, party in enumerate(getattr(c, side)):
            issues += validate_party(party, today, f"{side}.{i}")
    if c.buyers:
        issues += validate_ownership(c.buyer_ownership, c.buyers)

    seen: dict[tuple[str, str], str] = {}
    for side in ("sellers", "buyers"):
        for i, party in enumerate(getattr(c, side)):
            key = _person_key(party)
            if not key[1]:
                continue
            if key in seen:
                other = seen[key]
                text = (msg(QT_TRANSLATE_NOOP("messages", "同一人不能同时为甲方和乙方"))
                        if other.split(".")[0] != side
                        else msg(QT_TRANSLATE_NOOP("messages", "同一人只能填写一次（每一格只填写一个人）")))
                issues.append(Issue(f"{side}.{i}.id_number", "DUPLICATE_PARTY", text))
            else:
                seen[key] = f"{side}.{i}"

    for side, role in (("sellers", PartyRole.SELLER), ("buyers", PartyRole.BUYER)):
        for i, party in enumerate(getattr(c, side)):
            if not _is_minor(party, today):
                continue
            guardians = [g for g in c.guardians if g.represents is role and g.guardian_of == i]
            if not guardians:
                issues.append(Issue(f"{side}.{i}", "MINOR_NEEDS_GUARDIAN",
                                    msg(QT_TRANSLATE_NOOP("messages", "{side}「{name}」未满 {age} 周岁，"
                                                          "请添加其法定代理人（父母）"),
                                        side=_SIDE_LABELS[side], name=party.name, age=ADULT_AGE)))
    for i, g in enumerate(c.guardians):
        if g.represents not in (PartyRole.SELLER, PartyRole.BUYER) or g.guardian_of is None:
            issues.append(Issue(f"guardians.{i}.guardian_of", "GUARDIAN_TARGET",
                                msg(QT_TRANSLATE_NOOP("messages", "请选择法定代理人所代理的未成年当事人"))))
            continue
        side = "sellers" if g.represents is PartyRole.SELLER else "buyers"
        if not 0 <= g.guardian_of < len(getattr(c, side)):
            issues.append(Issue(f"guardians.{i}.guardian_of", "GUARDIAN_TARGET",
                                msg(QT_TRANSLATE_NOOP("messages", "法定代理人所代理的当事人不存在"))))
        if _is_minor(g, today):
            issues.append(Issue(f"guardians.{i}.id_number", "GUARDIAN_MINOR",
                                msg(QT_TRANSLATE_NOOP("messages", "法定代理人须年满 18 周岁"))))
    return issues


def _check_property(c: Contract) -> list[Issue]:
    prop = c.property
    issues = validate_unit_no(prop.unit_no, "property.unit_no")
    if not prop.address.strip():
        issues.append(Issue("property.address", "REQUIRED",
                            msg(QT_TRANSLATE_NOOP("messages", "房屋坐落不能为空，请重新进行房源验证"))))
    if prop.sealed:
        issues.append(Issue("property", "PROPERTY_SEALED",
                            msg(QT_TRANSLATE_NOOP("messages", "该房屋已被查封，不能办理网签备案"))))
    owner_names = {o.name.strip() for o in prop.owners}
    if owner_names:
        for i, s in enumerate(c.sellers):
            if s.name.strip() and s.name.strip() not in owner_names:
                issues.append(Issue(f"sellers.{i}.name", "SELLER_NOT_OWNER",
                                    msg(QT_TRANSLATE_NOOP("messages", "甲方「{name}」不在登记的产权人中，请核对"),
                                        name=s.name), Severity.WARNING))
    return issues


def _check_amount(value: Decimal | None, field: str, label: str, total: Decimal | None) -> list[Issue]:
    if value is None:
        return [Issue(field, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写{label}"), label=label))]
    if value <= 0:
        return [Issue(field, "AMOUNT_POSITIVE", msg(QT_TRANSLATE_NOOP("messages", "{label}应大于 0"), label=label))]
    if total is not None and total > 0 and value > total:
        return [Issue(field, "AMOUNT_OVER_TOTAL",
                      msg(QT_TRANSLATE_NOOP("messages", "{label}不能超过成交总价"), label=label))]
    return []


def _check_payment(c: Contract) -> list[Issue]:
    pay, escrow = c.payment, c.escrow
    issues: list[Issue] = []
    total = pay.total_price
    if total is None:
        issues.append(Issue("payment.total_price", "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写成交总价"))))
    elif total <= 0:
        issues.append(Issue("payment.total_price", "AMOUNT_POSITIVE",
                            msg(QT_TRANSLATE_NOOP("messages", "成交总价应大于 0"))))
    if pay.method is None:
        issues.append(Issue("payment.method", "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请选择付款方式"))))
    elif pay.method in LOAN_METHODS:
        issues += _check_amount(pay.loan_amount, "payment.loan_amount", QT_TRANSLATE_NOOP("labels", "贷款金额"),
                                  total)
    for value, field, label in ((pay.deposit, "payment.deposit", QT_TRANSLATE_NOOP("labels", "定金")),
                                (pay.down_payment, "payment.down_payment",
                                 QT_TRANSLATE_NOOP("labels", "首付款"))):
        if value is not None:
            issues += _check_amount(value, field, label, total)
    if escrow.enabled:
        if escrow.bank is None:
            issues.append(Issue("escrow.bank", "REQUIRED",
                                msg(QT_TRANSLATE_NOOP("messages", "选择资金监管的，请选择监管银行"))))
        issues += _check_amount(escrow.amount, "escrow.amount", QT_TRANSLATE_NOOP("labels", "监管金额"), total)
    if c.handover.date is None:
        issues.append(Issue("handover.date", "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写交房日期"))))
    return issues


def _check_other(c: Contract, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if c.other.dispute is None:
        issues.append(Issue("other.dispute", "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请选择争议解决方式"))))
    elif c.other.dispute is DisputeResolution.ARBITRATION and not c.other.arbitration_commission.strip():
        issues.append(Issue("other.arbitration_commission", "REQUIRED", msg(QT_TRANSLATE_NOOP(
            "messages", "选择仲裁的，请填写仲裁委员会名称（如 中山仲裁委员会）"))))
    a = c.applicant
    if not a.name.strip():
        issues.append(Issue("applicant.name", "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写申请人姓名"))))
    issues += validate_phone(a.phone, "applicant.phone", international_ok=a.id_type is IdType.PASSPORT)
    issues += validate_id(a.id_type, a.id_number, "applicant.id_number", today=today)
    if c.evaluation.rating is None:
        issues.append(Issue("evaluation.rating", "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写好差评信息"))))
    if not c.notices_read:
        issues.append(Issue("notices_read", "NOTICES_NOT_READ",
                            msg(QT_TRANSLATE_NOOP("messages", "请向买卖双方告知注意事项并勾选已阅读"))))
    return issues


def _check_consents(c: Contract) -> list[Issue]:
    """Filing without both parties' agreement is a violation: one consent per seller and buyer."""
    given = {(k.role, k.party_name.strip()) for k in c.consents}
    issues: list[Issue] = []
    for side, role in (("sellers", PartyRole.SELLER), ("buyers", PartyRole.BUYER)):
        for i, party in enumerate(getattr(c, side)):
            if (role, party.name.strip()) not in given:
                issues.append(Issue(f"{side}.{i}.consent", "CONSENT_MISSING",
                                    msg(QT_TRANSLATE_NOOP("messages", "尚未记录{side}「{name}」同意网签备案；"
                                                          "未经买卖双方一致同意办理网签属违规行为"),
                                        side=_SIDE_LABELS[side], name=party.name)))
    return issues
