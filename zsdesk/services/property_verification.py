"""房源验证 (wizard page 1): the form, its checks as the agent types, the guide's texts, the
registry call, and the contract prefilled from the register's answer.

The guide's rules (五（二）): enter the owner's name and ID number exactly as on the certificate or
the register, even if they changed since; tick the first-generation-ID box only when the
certificate carries a 15-digit ID; owners from Hong Kong, Macau, Taiwan or abroad are best found by
姓名 + 不动产单元号; a failed lookup is re-entered from the land registry's archive record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import IdType, Ownership, PartyRole
from zsdesk.domain.errors import Issue, Severity
from zsdesk.domain.halfwidth import compact
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.identity import is_first_generation, upgrade_first_generation
from zsdesk.domain.property_numbers import (
    normalize_cert_no,
    normalize_unit_no,
    validate_property_cert_no,
    validate_title_cert_no,
    validate_unit_no,
)
from zsdesk.registry.client import RegistryClient
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.exceptions import RegistryError
from zsdesk.registry.schemas.properties import VerificationOut, VerifyMethod, VerifyRequest
from zsdesk.registry.schemas.sandbox import DemoPropertyOut

METHOD_LABELS = {
    VerifyMethod.PROPERTY_CERT_NO: QT_TRANSLATE_NOOP("labels", "房产证号"),
    VerifyMethod.TITLE_CERT_NO: QT_TRANSLATE_NOOP("labels", "不动产权证号"),
    VerifyMethod.OWNER_NAME_UNIT_NO: QT_TRANSLATE_NOOP("labels", "姓名 + 不动产单元号"),
}

# The checkbox exactly as the guide names it, and the guide's caution beside it.
FIRST_GEN_CHECKBOX = QT_TRANSLATE_NOOP("labels", "如果查询房源失败、且房产证上的证件号码为一代身份证")
# Spelled out, not built from FIRST_GEN_CHECKBOX: a translation needs the whole sentence.
FIRST_GEN_CAUTION = QT_TRANSLATE_NOOP("labels", "产权证书上的证件号码如为一代身份证的，请勾选"
                                      "“如果查询房源失败、且房产证上的证件号码为一代身份证”，否则不要勾选。")
AS_REGISTERED = QT_TRANSLATE_NOOP("labels", "产权人的姓名或证件号码有变的，仍要按产权证书信息或不动产登记簿信息输入。")
HMT_HINT = QT_TRANSLATE_NOOP("labels", "产权人为中国港澳台人士或外国人士的，"
                             "建议选择查询方式为“姓名+不动产单元号”进行房源查询。")
UNIT_NO_HINT = QT_TRANSLATE_NOOP("labels", "用不动产单元号查询的，需先向不动产登记部门查询，按查档信息输入。")
FAILURE_ADVICE = QT_TRANSLATE_NOOP("labels", "请以不动产登记部门的查档信息为准再次输入。")
OUT_OF_SCOPE = QT_TRANSLATE_NOOP("labels", "房屋赠与、土地买卖等不属于存量房网签的范围，按不动产登记部门要求办理即可。")

# The form's own field names (the registry's `field` in a refusal uses the same ones).
FORM_FIELDS = ("method", "property_cert_no", "title_cert_no", "unit_no", "owner_name", "owner_id_number",
               "first_generation_id")

_HMT_OR_FOREIGN = re.compile(r"^(?:[HM]\d{8}(?:\d{2})?|\d{8}|\d{10}|[A-Z]{1,2}\d{6,9})$")


@dataclass(slots=True)
class VerifyForm:
    method: VerifyMethod = VerifyMethod.TITLE_CERT_NO
    property_cert_no: str = ""
    title_cert_no: str = ""
    unit_no: str = ""
    owner_name: str = ""
    owner_id_number: str = ""
    first_generation_id: bool = False

    def identifier_field(self) -> str:
        return {VerifyMethod.PROPERTY_CERT_NO: "property_cert_no", VerifyMethod.TITLE_CERT_NO: "title_cert_no",
                VerifyMethod.OWNER_NAME_UNIT_NO: "unit_no"}[self.method]

    def to_request(self) -> VerifyRequest:
        """The registry request, with numbers normalised (full-width digits, spaces, brackets)."""
        body = VerifyRequest(method=self.method, owner_name=self.owner_name.strip(),
                             owner_id_number=compact(self.owner_id_number).upper(),
                             first_generation_id=self.first_generation_id)
        if self.method is VerifyMethod.PROPERTY_CERT_NO:
            body.property_cert_no = normalize_cert_no(self.property_cert_no)
        elif self.method is VerifyMethod.TITLE_CERT_NO:
            body.title_cert_no = normalize_cert_no(self.title_cert_no)
        else:
            body.unit_no = normalize_unit_no(self.unit_no)
        return body


def form_from_demo(demo: DemoPropertyOut) -> VerifyForm:
    """练习环境: the form filled from a demo property with its suggested method and first owner.
    The first-generation box is ticked only where the certificate carries a 15-digit ID."""
    owner = demo.owners[0]
    return VerifyForm(method=demo.method, property_cert_no=demo.property_cert_no, title_cert_no=demo.title_cert_no,
                      unit_no=demo.unit_no, owner_name=owner.name, owner_id_number=owner.id_number,
                      first_generation_id=owner.first_generation_id)


def check_form(form: VerifyForm) -> list[Issue]:
    """Checks as typed: errors keep the 查询 button off; warnings are hints beside the fields."""
    issues: list[Issue] = []
    if form.method is VerifyMethod.PROPERTY_CERT_NO:
        issues += validate_property_cert_no(form.property_cert_no, "property_cert_no")
    elif form.method is VerifyMethod.TITLE_CERT_NO:
        issues += validate_title_cert_no(form.title_cert_no, "title_cert_no")
    else:
        issues += validate_unit_no(form.unit_no, "unit_no")
    if not form.owner_name.strip():
        issues.append(Issue("owner_name", "REQUIRED",
                            msg(QT_TRANSLATE_NOOP("messages", "请填写产权人姓名（按产权证书或登记簿）"))))
    number = compact(form.owner_id_number).upper()
    if not number:
        issues.append(Issue("owner_id_number", "REQUIRED",
                            msg(QT_TRANSLATE_NOOP("messages", "请填写产权人证件号码（按产权证书或登记簿）"))))
    elif is_first_generation(number) and not form.first_generation_id:
        issues.append(Issue("first_generation_id", "FIRST_GEN_HINT",
                            msg(QT_TRANSLATE_NOOP("messages", "输入的是 15 位一代身份证号码：如产权证书上即为该号码"
                                                  "且查询失败，请勾选“{checkbox}”"), checkbox=FIRST_GEN_CHECKBOX),
                            Severity.WARNING))
    elif form.first_generation_id and not is_first_generation(number) and len(number) != 18:
        issues.append(Issue("first_generation_id", "FIRST_GEN_UNLIKELY",
                            msg(QT_TRANSLATE_NOOP("messages", "只有产权证书上为一代（15 位）身份证时才勾选此项，"
                                                  "否则不要勾选")),
                            Severity.WARNING))
    if number and form.method is not VerifyMethod.OWNER_NAME_UNIT_NO and _HMT_OR_FOREIGN.match(number):
        issues.append(Issue("method", "HMT_HINT", HMT_HINT, Severity.WARNING))
    return issues


def can_query(form: VerifyForm) -> bool:
    return not any(i.is_error for i in check_form(form))


@dataclass(frozen=True, slots=True)
class VerifyFailure:
    """What page 1 shows after a refused lookup: the registry's reason, the field, the guide's advice."""

    code: str
    field: str
    message: str
    advice: str
    sealed: bool = False


def failure_of(err: RegistryError) -> VerifyFailure:
    field = err.field if err.field in FORM_FIELDS or err.field == "property" else ""
    advice = "" if FAILURE_ADVICE in err.detail else FAILURE_ADVICE
    if err.code in (ErrorCode.PROPERTY_SEALED, ErrorCode.PROPERTY_UNDER_CONTRACT):
        advice = ""   # re-entering does not help: the register itself blocks the sale
    elif err.code == ErrorCode.PROPERTY_NOT_FOUND and HMT_HINT not in err.detail:
        advice = f"{advice}{HMT_HINT}".strip()
    return VerifyFailure(str(err.code), field or "", err.detail, advice, sealed=err.code == ErrorCode.PROPERTY_SEALED)


def verify(client: RegistryClient, form: VerifyForm) -> VerificationOut:
    """The lookup itself (online only: it reads the register). Raises RegistryError on refusal."""
    return client.verify_property(form.to_request())


def prefill_contract(out: VerificationOut, *, staff_account: str = "", agency_name: str = "") -> dc.Contract:
    """A new contract from the register: the property read-only, the sellers from the owners
    (a party's current document is the 18-digit ID even where the certificate has the old one)."""
    prop = out.property.to_domain()
    sellers = [dc.Party(role=PartyRole.SELLER, name=o.name, id_type=o.id_type,
                        id_number=upgrade_first_generation(o.id_number)
                        if o.id_type is IdType.RESIDENT_ID and o.first_generation_id
                        and is_first_generation(o.id_number) else o.id_number,
                        nationality=o.nationality, share=o.share)
               for o in out.property.owners]
    return dc.Contract(property=prop, sellers=sellers, buyer_ownership=Ownership.SOLE,
                       staff_account=staff_account, agency_name=agency_name)
