"""The contract detail view's content: every section of the cached contract as labelled rows
(ID numbers and phones masked unless the agent asks for them), what is still waiting to be sent,
and — from the registry, when online — the revision history and the materials."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select

from zsdesk.domain import contract as dc
from zsdesk.domain.china_time import format_china_time as china_time  # the one helper, under the name used here
from zsdesk.domain.enums import ContractStatus, Ownership
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.masking import mask_id, mask_phone
from zsdesk.registry.schemas.contracts import RevisionOut
from zsdesk.services.app_context import AppContext, cache_of
from zsdesk.services.contract_wizard import DraftClock, draft_clock_of
from zsdesk.services.errors import ServiceError
from zsdesk.services.sync_status import KIND_LABELS
from zsdesk.store.contracts import ContractNotFoundError, Revision, keep_revisions, load_contract, load_revisions
from zsdesk.store.models import Contract as ContractRow
from zsdesk.sync import contracts as sc
from zsdesk.sync import outbox

NOT_FOUND = msg(QT_TRANSLATE_NOOP("messages", "本机数据中已没有这份合同（可能已被同步删除），请刷新列表后重试。"))


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    rows: list[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class RevisionLine:
    revision: int
    when: datetime | None
    who: str
    items: list[tuple[str, str, str]]      # 变更事项, 变更前, 变更后


@dataclass(slots=True)
class ContractDetail:
    local_id: str
    registry_id: str
    contract: dc.Contract
    pending: list[str] = field(default_factory=list)        # labels of commands waiting to be sent
    failed: list[str] = field(default_factory=list)         # refused commands with the registry's reason
    local_revisions: list[RevisionLine] = field(default_factory=list)
    clock: DraftClock | None = None                          # drafts: the registry's 24-hour clock

    @property
    def status(self) -> ContractStatus:
        return self.contract.status

    @property
    def cancellation_queued(self) -> bool:
        return KIND_LABELS[sc.CANCEL] in self.pending


def _money(value: Decimal | None) -> str:
    return msg(QT_TRANSLATE_NOOP("messages", "{amount:,.2f} 元"), amount=value) if value is not None else ""


def _area(value: object) -> str:
    return msg(QT_TRANSLATE_NOOP("messages", "{area} 平方米"), area=value)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QT_TRANSLATE_NOOP("labels", "是") if value else QT_TRANSLATE_NOOP("labels", "否")
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label
    return str(value)


def _line(r: Revision) -> RevisionLine:
    return RevisionLine(r.revision, r.created_at, r.staff_account, list(r.items))


def load_detail(ctx: AppContext, local_id: str) -> ContractDetail:
    with cache_of(ctx).sessions() as s:
        try:
            contract = load_contract(s, local_id)
        except ContractNotFoundError:
            raise ServiceError(NOT_FOUND, code="NOT_FOUND") from None
        row = s.get(ContractRow, local_id)
        registry_id = row.registry_id or "" if row is not None else ""
        clock = draft_clock_of(row, datetime.now(UTC)) if row is not None and contract.status in (
            ContractStatus.DRAFT, ContractStatus.EXPIRED) else None
        commands = outbox.open_commands(s, sc.ENTITY, local_id)
        pending = [KIND_LABELS.get(c.kind, c.kind) for c in commands if c.state != outbox.CommandState.FAILED]
        failed: list[str] = [
            msg(QT_TRANSLATE_NOOP("messages", "{what}：{reason}"), what=KIND_LABELS.get(c.kind, c.kind),
                reason=outbox.stored_detail(c.last_error_detail, c.last_error_text))
            for c in commands if c.state == outbox.CommandState.FAILED]
        revisions = [_line(r) for r in load_revisions(s, local_id)]
    return ContractDetail(local_id, registry_id, contract, pending, failed, revisions, clock)


def _party_rows(p: dc.Party, full: bool, by_shares: bool) -> list[tuple[str, str]]:
    rows = [(QT_TRANSLATE_NOOP("labels", "姓名"), p.name),
            (QT_TRANSLATE_NOOP("labels", "证件类型"), p.id_type.label),
            (QT_TRANSLATE_NOOP("labels", "证件号码"), p.id_number if full else mask_id(p.id_number)),
            (QT_TRANSLATE_NOOP("labels", "国籍/地区"), p.nationality),
            (QT_TRANSLATE_NOOP("labels", "住所"), p.address),
            (QT_TRANSLATE_NOOP("labels", "邮政编码"), p.postal_code),
            (QT_TRANSLATE_NOOP("labels", "联系电话"), p.phone if full else mask_phone(p.phone))]
    if by_shares and p.share is not None:
        rows.append((QT_TRANSLATE_NOOP("labels", "份额"), f"{p.share.normalize():f} %"))
    return rows


def sections(detail: ContractDetail, *, full_numbers: bool = False) -> list[Section]:
    """Titles, row labels and fixed values are marked for translation (the GUI shows them through
    `label`); numbered party titles and values with units are messages made with `msg`."""
    c = detail.contract
    prop = c.property
    out = [Section(QT_TRANSLATE_NOOP("labels", "合同概况"), [
        (QT_TRANSLATE_NOOP("labels", "合同编号"), c.contract_no or QT_TRANSLATE_NOOP("labels", "（待登记中心编号）")),
        (QT_TRANSLATE_NOOP("labels", "备案号"), c.filing_no or QT_TRANSLATE_NOOP("labels", "（未备案）")),
        (QT_TRANSLATE_NOOP("labels", "状态"), c.status.label),
        # The contract's revision number (1 as filed, +1 per accepted change), not a count of changes:
        # "修订次数 3" beside "修订记录 2 条" read as two counts that disagree.
        (QT_TRANSLATE_NOOP("labels", "当前版本"), str(c.revision)),
        (QT_TRANSLATE_NOOP("labels", "创建时间"), china_time(c.created_at)),
        (QT_TRANSLATE_NOOP("labels", "提交时间"), china_time(c.submitted_at)),
        (QT_TRANSLATE_NOOP("labels", "经办人账号"), c.staff_account),
        (QT_TRANSLATE_NOOP("labels", "中介机构"), c.agency_name)])]
    floors = f"{prop.floor or ''} / {prop.total_floors or ''}" if prop.floor or prop.total_floors else ""
    out.append(Section(QT_TRANSLATE_NOOP("labels", "房屋信息（来自登记簿，不可修改）"), [
        (QT_TRANSLATE_NOOP("labels", "房屋坐落"), prop.address),
        (QT_TRANSLATE_NOOP("labels", "不动产单元号"), prop.unit_no),
        (QT_TRANSLATE_NOOP("labels", "不动产权证号"), prop.title_cert_no),
        (QT_TRANSLATE_NOOP("labels", "房产证号"), prop.property_cert_no),
        (QT_TRANSLATE_NOOP("labels", "用途"), prop.use),
        (QT_TRANSLATE_NOOP("labels", "结构"), prop.structure),
        (QT_TRANSLATE_NOOP("labels", "建筑面积"), _area(prop.floor_area)),
        (QT_TRANSLATE_NOOP("labels", "套内面积"), _area(prop.inner_area) if prop.inner_area else ""),
        (QT_TRANSLATE_NOOP("labels", "建成年份"), str(prop.year_built or "")),
        (QT_TRANSLATE_NOOP("labels", "所在层/总层数"), floors),
        (QT_TRANSLATE_NOOP("labels", "共有情况"), prop.ownership.label),
        (QT_TRANSLATE_NOOP("labels", "抵押"), _text(prop.mortgaged)),
        (QT_TRANSLATE_NOOP("labels", "查封"), _text(prop.sealed)),
        (QT_TRANSLATE_NOOP("labels", "权利限制"), prop.encumbrances)]))
    for i, p in enumerate(c.sellers):
        by_shares = prop.ownership is Ownership.BY_SHARES
        out.append(Section(msg(QT_TRANSLATE_NOOP("messages", "出卖人（甲方）{number}"), number=i + 1),
                           _party_rows(p, full_numbers, by_shares)))
    for i, p in enumerate(c.buyers):
        rows = _party_rows(p, full_numbers, c.buyer_ownership is Ownership.BY_SHARES)
        if i == 0:
            rows.insert(0, (QT_TRANSLATE_NOOP("labels", "共有性质"), c.buyer_ownership.label))
        out.append(Section(msg(QT_TRANSLATE_NOOP("messages", "买受人（乙方）{number}"), number=i + 1), rows))
    for p in c.guardians:
        who = (c.buyers if p.represents is not None and p.represents.value == "buyer" else c.sellers)
        of = who[p.guardian_of].name if p.guardian_of is not None and p.guardian_of < len(who) else ""
        title = (QT_TRANSLATE_NOOP("labels", "法定代理人") if p.role.value == "guardian"
                 else QT_TRANSLATE_NOOP("labels", "委托代理人"))
        heading = msg(QT_TRANSLATE_NOOP("messages", "{title}（{name}）"), title=title, name=of) if of else title
        out.append(Section(heading, _party_rows(p, full_numbers, False)))
    pay = c.payment
    out.append(Section(QT_TRANSLATE_NOOP("labels", "价款与付款"), [
        (QT_TRANSLATE_NOOP("labels", "成交总价"), _money(pay.total_price)),
        (QT_TRANSLATE_NOOP("labels", "付款方式"), _text(pay.method)),
        (QT_TRANSLATE_NOOP("labels", "定金"), _money(pay.deposit)),
        (QT_TRANSLATE_NOOP("labels", "定金支付日期"), _text(pay.deposit_date)),
        (QT_TRANSLATE_NOOP("labels", "首付款"), _money(pay.down_payment)),
        (QT_TRANSLATE_NOOP("labels", "首付款支付日期"), _text(pay.down_payment_date)),
        (QT_TRANSLATE_NOOP("labels", "贷款金额"), _money(pay.loan_amount)),
        (QT_TRANSLATE_NOOP("labels", "贷款银行"), pay.loan_bank),
        (QT_TRANSLATE_NOOP("labels", "余款支付日期"), _text(pay.balance_date))]))
    esc = c.escrow
    out.append(Section(QT_TRANSLATE_NOOP("labels", "资金监管"), [
        (QT_TRANSLATE_NOOP("labels", "是否资金监管"), _text(esc.enabled)),
        (QT_TRANSLATE_NOOP("labels", "监管银行"), _text(esc.bank)),
        (QT_TRANSLATE_NOOP("labels", "监管金额"), _money(esc.amount)),
        (QT_TRANSLATE_NOOP("labels", "监管网点"), esc.branch)]))
    h, o = c.handover, c.other
    out.append(Section(QT_TRANSLATE_NOOP("labels", "交付与其他"), [
        (QT_TRANSLATE_NOOP("labels", "交房日期"), _text(h.date)),
        (QT_TRANSLATE_NOOP("labels", "交房条件"), h.conditions),
        (QT_TRANSLATE_NOOP("labels", "办理转移登记期限"),
         msg(QT_TRANSLATE_NOOP("messages", "{days} 日"), days=h.transfer_registration_days)
         if h.transfer_registration_days else ""),
        (QT_TRANSLATE_NOOP("labels", "甲方承担税费"), o.seller_taxes),
        (QT_TRANSLATE_NOOP("labels", "乙方承担税费"), o.buyer_taxes),
        (QT_TRANSLATE_NOOP("labels", "逾期违约金"),
         msg(QT_TRANSLATE_NOOP("messages", "每日 {rate} ‰"), rate=o.breach_daily_rate_permille)
         if o.breach_daily_rate_permille is not None else ""),
        (QT_TRANSLATE_NOOP("labels", "违约责任"), o.breach_terms),
        (QT_TRANSLATE_NOOP("labels", "争议解决方式"), _text(o.dispute)),
        (QT_TRANSLATE_NOOP("labels", "仲裁委员会"), o.arbitration_commission),
        (QT_TRANSLATE_NOOP("labels", "补充条款"), o.supplementary)]))
    a = c.applicant
    out.append(Section(QT_TRANSLATE_NOOP("labels", "申请人、好差评与注意事项"), [
        (QT_TRANSLATE_NOOP("labels", "申请人"), a.name),
        (QT_TRANSLATE_NOOP("labels", "申请人证件号码"), a.id_number if full_numbers else mask_id(a.id_number)),
        (QT_TRANSLATE_NOOP("labels", "申请人电话"), a.phone if full_numbers else mask_phone(a.phone)),
        (QT_TRANSLATE_NOOP("labels", "服务评价"), _text(c.evaluation.rating)),
        (QT_TRANSLATE_NOOP("labels", "评价意见"), c.evaluation.comment),
        (QT_TRANSLATE_NOOP("labels", "注意事项已向双方告知"), _text(c.notices_read))]))
    consents: list[tuple[str, str]] = [
        (msg(QT_TRANSLATE_NOOP("messages", "{side} {name}"), name=x.party_name,
             side=QT_TRANSLATE_NOOP("labels", "甲方") if x.role.value == "seller"
             else QT_TRANSLATE_NOOP("labels", "乙方")),
         msg(QT_TRANSLATE_NOOP("messages", "{method}，{when}，记录人 {recorder}"), method=x.method,
             when=china_time(x.confirmed_at), recorder=x.recorded_by))
        for x in c.consents]
    out.append(Section(QT_TRANSLATE_NOOP("labels", "买卖双方同意记录"),
                       consents or [("", QT_TRANSLATE_NOOP("labels", "尚未记录"))]))
    return out


def fetch_revisions(ctx: AppContext, registry_id: str) -> list[RevisionLine]:
    """The registry's revision history (each accepted change with its items), also kept in the
    cache for the offline detail (a contract cached before the registry sent its list with it
    gets it here). Network: worker only."""
    from zsdesk.services.connection import access

    data = access(ctx).get(f"/contracts/{registry_id}/revisions")
    revisions = sc.revisions_from_wire([RevisionOut.model_validate(raw) for raw in data])
    if revisions:
        with cache_of(ctx).sessions.begin() as s:
            local_id = s.scalar(select(ContractRow.local_id).where(ContractRow.registry_id == registry_id))
            if local_id is not None:
                keep_revisions(s, local_id, revisions)
    return [_line(r) for r in revisions]


__all__ = ["ContractDetail", "RevisionLine", "Section", "china_time", "fetch_revisions", "load_detail", "sections"]
