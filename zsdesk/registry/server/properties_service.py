"""房源验证 against the register: find the property by the chosen identifier, then match one owner's
name and ID number exactly as registered (after normalising widths and spaces), and the
first-generation-ID checkbox against the register. Each failure has its own code and message."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from zsdesk.domain.enums import IdType, Ownership
from zsdesk.domain.halfwidth import compact
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.identity import is_first_generation, normalize_id, upgrade_first_generation
from zsdesk.domain.property_numbers import (
    normalize_cert_no,
    normalize_unit_no,
    parse_unit_no,
    validate_property_cert_no,
    validate_title_cert_no,
)
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.schemas.properties import OwnerOut, PropertyOut, VerificationOut, VerifyMethod, VerifyRequest
from zsdesk.registry.server.auth import Principal
from zsdesk.registry.server.models.properties import RegisterOwner, RegisterProperty, Verification
from zsdesk.registry.server.problems import ApiError, raise_on_issues

# The guide's advice for every failed lookup (五（二）注意 3). Labels: params of the messages below.
ADVICE = QT_TRANSLATE_NOOP("labels", "请以不动产登记部门的查档信息为准再次输入。")
_HMT_HINT = QT_TRANSLATE_NOOP("labels", "产权人为港澳台人士或外国人士的，建议选择「姓名+不动产单元号」方式查询。")

# Middle-dot look-alikes typed for names such as 阿卜杜·热合曼 (IMEs differ in which one they produce).
_DOTS = str.maketrans({"•": "·", "‧": "·", "・": "·", "∙": "·", "⋅": "·", "．": "·", "｡": "·"})


def name_key(name: str) -> str:
    """Names compare after width/space normalisation (and one middle dot for all its look-alikes)."""
    return compact(name).translate(_DOTS)


def owner_out(o: RegisterOwner) -> OwnerOut:
    return OwnerOut(name=o.name, id_type=IdType(o.id_type), id_number=o.id_number, nationality=o.nationality,
                    share=None if o.share is None else Decimal(o.share), first_generation_id=o.first_generation_id)


def property_out(p: RegisterProperty) -> PropertyOut:
    return PropertyOut(
        unit_no=p.unit_no, address=p.address, town=p.town, property_cert_no=p.property_cert_no,
        title_cert_no=p.title_cert_no, use=p.use, structure=p.structure, floor_area=Decimal(p.floor_area),
        inner_area=None if p.inner_area is None else Decimal(p.inner_area), year_built=p.year_built,
        floor=p.floor, total_floors=p.total_floors, ownership=Ownership(p.ownership),
        owners=[owner_out(o) for o in p.owners], mortgaged=p.mortgaged, sealed=p.sealed,
        under_contract=p.under_contract, encumbrances=p.encumbrances)


def _find_property(session: Session, req: VerifyRequest) -> RegisterProperty:
    if req.method is VerifyMethod.PROPERTY_CERT_NO:
        raise_on_issues(validate_property_cert_no(req.property_cert_no, "property_cert_no"))
        stmt = select(RegisterProperty).where(
            RegisterProperty.property_cert_key == normalize_cert_no(req.property_cert_no))
        field, label = "property_cert_no", QT_TRANSLATE_NOOP("labels", "房产证号")
    elif req.method is VerifyMethod.TITLE_CERT_NO:
        raise_on_issues(validate_title_cert_no(req.title_cert_no, "title_cert_no"))
        stmt = select(RegisterProperty).where(RegisterProperty.title_cert_key == normalize_cert_no(req.title_cert_no))
        field, label = "title_cert_no", QT_TRANSLATE_NOOP("labels", "不动产权证号")
    else:
        parse_unit_no(req.unit_no, "unit_no")   # RuleError → 422 naming the wrong part
        stmt = select(RegisterProperty).where(RegisterProperty.unit_no == normalize_unit_no(req.unit_no))
        field, label = "unit_no", QT_TRANSLATE_NOOP("labels", "不动产单元号")
    prop = session.scalar(stmt)
    if prop is None:
        detail = msg(QT_TRANSLATE_NOOP("messages", "房源验证失败：登记簿中没有该{label}。{advice}"),
                     label=label, advice=ADVICE) if req.method is VerifyMethod.OWNER_NAME_UNIT_NO else \
            msg(QT_TRANSLATE_NOOP("messages", "房源验证失败：登记簿中没有该{label}。{advice}{hint}"),
                label=label, advice=ADVICE, hint=_HMT_HINT)
        raise ApiError(404, ErrorCode.PROPERTY_NOT_FOUND, detail, field)
    return prop


def _id_matches(owner: RegisterOwner, entered: str, ticked: bool) -> bool:
    registered = normalize_id(IdType(owner.id_type), owner.id_number)
    typed = normalize_id(IdType(owner.id_type), entered)
    if typed == registered:
        return True
    # With the box ticked the agent may type the owner's current 18-digit number for a certificate
    # that carries the old 15-digit one: the register matches it through the upgrade.
    return ticked and owner.first_generation_id and is_first_generation(registered) \
        and typed == upgrade_first_generation(registered)


def _match_owner(prop: RegisterProperty, req: VerifyRequest) -> RegisterOwner:
    wanted = name_key(req.owner_name)
    by_name = [o for o in prop.owners if name_key(o.name) == wanted]
    # Compare the ID as if the box were ticked, so a wrong box is reported as such, not as a wrong ID.
    matched = [o for o in by_name if _id_matches(o, req.owner_id_number, ticked=True)]
    if not matched:
        if by_name:
            raise ApiError(422, ErrorCode.OWNER_MISMATCH,
                           msg(QT_TRANSLATE_NOOP("messages", "房源验证失败：产权人证件号码与登记信息不一致（"
                                                             "产权人证件号码有变的，仍须按产权证书或不动产登记簿上的"
                                                             "号码输入）。{advice}"),
                               advice=ADVICE), "owner_id_number")
        raise ApiError(422, ErrorCode.OWNER_MISMATCH,
                       msg(QT_TRANSLATE_NOOP("messages", "房源验证失败：产权人姓名或证件号码与登记信息不一致（产权人"
                                                         "姓名有变的，仍须按产权证书或不动产登记簿上的姓名输入）。{advice}"),
                           advice=ADVICE), "owner_name")
    owner = matched[0]
    if owner.first_generation_id != req.first_generation_id:
        if owner.first_generation_id:
            detail = msg(QT_TRANSLATE_NOOP("messages", "房源验证失败：该产权人在产权证书上登记的是一代（15 位）身份证，"
                                                       "请勾选「房产证上的证件号码为一代身份证」后再查询。{advice}"),
                         advice=ADVICE)
        else:
            detail = msg(QT_TRANSLATE_NOOP("messages", "房源验证失败：该产权人登记的不是一代身份证，请不要勾选"
                                                       "「房产证上的证件号码为一代身份证」。{advice}"), advice=ADVICE)
        raise ApiError(422, ErrorCode.FIRST_GEN_FLAG_MISMATCH, detail, "first_generation_id")
    return owner


def verify_property(session: Session, who: Principal, req: VerifyRequest, now: datetime) -> VerificationOut:
    """Checks, in order: the identifier, the owner, then whether the property may be sold at all
    (a stranger learns nothing about a property's seals or filings)."""
    prop = _find_property(session, req)
    _match_owner(prop, req)
    if prop.sealed:
        raise ApiError(409, ErrorCode.PROPERTY_SEALED,
                       msg(QT_TRANSLATE_NOOP("messages", "该房屋已被司法机关查封，不能办理存量房买卖合同网签备案；"
                                                         "请产权人先办理解封。")), "property")
    if prop.under_contract:
        raise ApiError(409, ErrorCode.PROPERTY_UNDER_CONTRACT,
                       msg(QT_TRANSLATE_NOOP("messages", "该房屋已有已备案的存量房买卖合同，不能重复签约；"
                                                         "如需重新签约，须先注销原网签备案。")), "property")
    assert who.agency_id is not None and who.account_id is not None
    verification = Verification(id=uuid.uuid4().hex, property_id=prop.id, agency_id=who.agency_id,
                                account_id=who.account_id, method=req.method.value, created_at=now)
    session.add(verification)
    return VerificationOut(verification_id=verification.id, method=req.method, verified_at=now,
                           property=property_out(prop))


def get_verification(session: Session, who: Principal, verification_id: str) -> Verification:
    v = session.get(Verification, verification_id)
    if v is None or v.agency_id != who.agency_id:
        raise ApiError(404, ErrorCode.NOT_FOUND,
                       msg(QT_TRANSLATE_NOOP("messages", "房源验证记录不存在，请重新进行房源验证。")),
                       "verification_id")
    return v
