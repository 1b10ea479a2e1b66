"""练习环境 (training mode): demo accounts seeded and printed at start, the register's demo
properties listed with what each demonstrates, and submitted records auto-approved once
`auto_approve_delay_s` has passed on the server clock."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.cn import ric, uscc

from zsdesk.domain.enums import IdType, ReviewStatus
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.schemas.enterprise import EnterpriseFields
from zsdesk.registry.schemas.properties import VerifyMethod
from zsdesk.registry.schemas.sandbox import DemoOwnerOut, DemoPropertyOut
from zsdesk.registry.server import center
from zsdesk.registry.server.auth import hash_password
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.models.accounts import Agency, NetSignAccount, UnifiedAccount
from zsdesk.registry.server.models.enterprise import EnterpriseRecord
from zsdesk.registry.server.models.sandbox import SandboxOption
from zsdesk.registry.server.models.staff import StaffMember
from zsdesk.registry.server.problems import ApiError
from zsdesk.registry.server.register_seed import DemoKind, RegisterProperty, demo_properties
from zsdesk.registry.server.reviews import enterprise_record, publish_enterprise
from zsdesk.registry.server.settings import ServerSettings

log = logging.getLogger(__name__)

DEMO_AGENCY_NAME = "中山市练习房地产经纪有限公司"
DEMO_PASSWORD = "Demo2026!"


def _with_check(body: str, module: object) -> str:
    calc = module.calc_check_digit  # type: ignore[attr-defined]
    return body + str(calc(body + "0"))


DEMO_USCC = _with_check("914420007DEMP0001", uscc)


@dataclass(frozen=True, slots=True)
class DemoAccount:
    label: str
    login: str
    password: str
    kind: str
    description: str


_STAFF = (("demo-staff1", "练习员甲", "13800000001", "44200019900101001"),
          ("demo-staff2", "练习员乙", "13800000002", "44200019920202002"))

DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("练习机构（中介机构账号）", "demo-agency", DEMO_PASSWORD, "agency",
                "管理企业信息核查和从业人员，不能签约"),
    *(DemoAccount(f"{name}（从业人员账号）", login, DEMO_PASSWORD, "staff", "房源验证、签订和提交合同")
      for login, name, _phone, _id in _STAFF),
)


DEMO_PROPERTY_LABELS: dict[DemoKind, str] = {
    DemoKind.SOLE: "普通住宅（不动产权证号查询）",
    DemoKind.OLD_PROPERTY_CERT: "老房产证（房产证号查询）",
    DemoKind.FIRST_GEN_ID: "产权人持一代身份证（房产证上为15位号码，需勾选一代身份证）",
    DemoKind.HONG_KONG: "香港产权人（姓名+不动产单元号）",
    DemoKind.MACAO: "澳门产权人（姓名+不动产单元号）",
    DemoKind.TAIWAN: "台湾产权人（姓名+不动产单元号）",
    DemoKind.FOREIGN: "外籍产权人（护照，姓名+不动产单元号）",
    DemoKind.JOINT: "共同共有（夫妻两名产权人）",
    DemoKind.BY_SHARES: "按份共有（60% / 40%）",
    DemoKind.BY_THIRDS: "按份共有（三人 33.33% / 33.33% / 33.34%）",
    DemoKind.MORTGAGED: "已抵押 — 可以交易，验证结果提示抵押",
    DemoKind.SEALED: "已查封 — 不可交易",
    DemoKind.UNDER_CONTRACT: "已有备案合同 — 不可重复签约",
    DemoKind.RARE_NAME: "产权人姓名含生僻字（𠮷）",
    DemoKind.MIDDLE_DOT_NAME: "产权人姓名含间隔号（阿卜杜·热合曼）",
}

_METHOD_LABELS = {VerifyMethod.PROPERTY_CERT_NO: "房产证号", VerifyMethod.TITLE_CERT_NO: "不动产权证号",
                  VerifyMethod.OWNER_NAME_UNIT_NO: "姓名+不动产单元号"}


def suggested_method(prop: RegisterProperty) -> VerifyMethod:
    """The guide's advice: 姓名+不动产单元号 for owners from Hong Kong, Macau, Taiwan or abroad;
    otherwise the certificate the owner holds."""
    if any(o.id_type is not IdType.RESIDENT_ID for o in prop.owners):
        return VerifyMethod.OWNER_NAME_UNIT_NO
    return VerifyMethod.PROPERTY_CERT_NO if prop.property_cert_no else VerifyMethod.TITLE_CERT_NO


def _expected_error(prop: RegisterProperty) -> str:
    if prop.sealed:
        return ErrorCode.PROPERTY_SEALED.value
    if prop.filed_contract_no:
        return ErrorCode.PROPERTY_UNDER_CONTRACT.value
    return ""


def demo_property_list() -> list[DemoPropertyOut]:
    """The register's demo properties as the training mode shows them (synthetic data)."""
    return [DemoPropertyOut(
        kind=p.demo_kind, label=DEMO_PROPERTY_LABELS[DemoKind(p.demo_kind)], method=suggested_method(p),
        property_cert_no=p.property_cert_no, title_cert_no=p.title_cert_no, unit_no=p.unit_no, address=p.address,
        owners=[DemoOwnerOut(name=o.name, id_type=o.id_type, id_number=o.id_number,
                             first_generation_id=o.first_generation_id, share=o.share) for o in p.owners],
        expected_error=_expected_error(p)) for p in demo_properties()]


def _identifier(d: DemoPropertyOut) -> str:
    return {VerifyMethod.PROPERTY_CERT_NO: d.property_cert_no, VerifyMethod.TITLE_CERT_NO: d.title_cert_no,
            VerifyMethod.OWNER_NAME_UNIT_NO: d.unit_no}[d.method]


def demo_properties_text() -> str:
    """The start-up listing: one block per demo property (method, number, first owner)."""
    lines = ["练习环境演示房源（房源验证用；查询方式 / 号码 / 产权人姓名 / 证件号码）："]
    for d in demo_property_list():
        o = d.owners[0]
        first_gen = "，勾选一代身份证" if o.first_generation_id else ""
        lines.append(f"  {d.label}\n    {_METHOD_LABELS[d.method]} {_identifier(d)} / {o.name} / "
                     f"{o.id_type.label} {o.id_number}{first_gen}")
    return "\n".join(lines)


def _unified(session: Session, login: str, agency: Agency, netsign: NetSignAccount, clock: Clock) -> None:
    session.add(UnifiedAccount(login=login, password_hash=hash_password(DEMO_PASSWORD), company_name=agency.name,
                               uscc=agency.uscc, address="广东省中山市石岐街道民族东路1号", legal_rep_name="练习法人",
                               legal_rep_id_number=_with_check("44200019800101001", ric), failed_logins=0,
                               bound_account_id=netsign.id, bound_at=clock.now(), created_at=clock.now()))


def seed_demo(db: Database, settings: ServerSettings, clock: Clock) -> None:
    """Create the demo agency (approved), its two approved staff, and their bound unified accounts,
    once; print the logins every start."""
    if not settings.training:
        return
    with db.session() as session:
        if session.scalar(select(Agency).where(Agency.name == DEMO_AGENCY_NAME)) is None:
            _create_demo(session, clock)
            session.commit()
    lines = [f"  {a.login:<14} {a.password:<12} {a.label}" for a in DEMO_ACCOUNTS]
    print("练习环境演示账号（统一身份认证账号 / 密码）：\n" + "\n".join(lines), flush=True)
    print(demo_properties_text(), flush=True)


def _create_demo(session: Session, clock: Clock) -> None:
    agency = center.create_agency(session, clock, DEMO_AGENCY_NAME, DEMO_USCC)
    agency_account = session.scalar(select(NetSignAccount).where(NetSignAccount.login == agency.name))
    assert agency_account is not None
    _unified(session, "demo-agency", agency, agency_account, clock)
    today = clock.today()
    end = date(today.year + 1, 12, 31)
    rec = enterprise_record(session, agency.id, clock)
    rec.data = EnterpriseFields(
        name=agency.name, uscc=agency.uscc, legal_rep_name="练习法人",
        legal_rep_id_number=_with_check("44200019800101001", ric), address="广东省中山市石岐街道民族东路1号",
        registered_capital="100万元", established_on=date(2015, 3, 1), business_term_start=date(2015, 3, 1),
        business_term_end=end, business_scope="房地产经纪", filing_cert_no="练习备案第0001号",
        qualification_valid_until=end, contact_name="练习联系人", contact_phone="13800000000",
    ).model_dump(mode="json")
    now = clock.now()
    rec.status = ReviewStatus.APPROVED.value
    rec.submit_comment = "练习环境"
    rec.submitted_at = rec.reviewed_at = rec.updated_at = now
    rec.version += 1
    publish_enterprise(session, rec, now)
    for login, name, phone, id_body in _STAFF:
        member = StaffMember(agency_id=agency.id, name=name, id_type="resident_id", id_number=_with_check(id_body, ric),
                             phone=phone, data={}, status=ReviewStatus.SUBMITTED.value, active=False, version=1,
                             submitted_at=now, created_at=now, updated_at=now)
        session.add(member)
        session.flush()
        center.approve_staff(session, clock, member.id)
        netsign = session.get(NetSignAccount, member.account_id)
        assert netsign is not None
        _unified(session, login, agency, netsign, clock)


_AUTO_APPROVE = "auto_approve"


def auto_approve_enabled(session: Session) -> bool:
    """On unless the trainee switched it off (to review submissions in the app's 练习环境 panel)."""
    row = session.get(SandboxOption, _AUTO_APPROVE)
    return row is None or row.value != "off"


def set_auto_approve(session: Session, enabled: bool) -> None:
    """Does not commit."""
    row = session.get(SandboxOption, _AUTO_APPROVE)
    value = "on" if enabled else "off"
    if row is None:
        session.add(SandboxOption(name=_AUTO_APPROVE, value=value))
    else:
        row.value = value


def auto_approve(session: Session, settings: ServerSettings, clock: Clock) -> None:
    """Approve what has waited `auto_approve_delay_s` (training mode only, unless switched off)."""
    if not settings.training or not auto_approve_enabled(session):
        return
    due = clock.now() - timedelta(seconds=settings.auto_approve_delay_s)
    for rec_id in session.scalars(select(EnterpriseRecord.id).where(
            EnterpriseRecord.status == ReviewStatus.SUBMITTED.value, EnterpriseRecord.submitted_at <= due)).all():
        center.approve_enterprise(session, clock, rec_id)
        session.commit()
    for staff_id in session.scalars(select(StaffMember.id).where(
            StaffMember.status == ReviewStatus.SUBMITTED.value, StaffMember.submitted_at <= due)).all():
        try:
            center.approve_staff(session, clock, staff_id)
        except ApiError as exc:  # e.g. active in another agency: the center would refuse too
            session.rollback()
            center.reject_staff(session, clock, staff_id, exc.detail)
        session.commit()
