"""The printed contract copy (存量房买卖合同), laid out from the TOML template."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, TableStyle

from zsdesk.documents import contract_context as ctx
from zsdesk.documents.fonts import FontChain
from zsdesk.documents.layout import (
    MARGIN_X,
    PAGE_W,
    Cell,
    Heading,
    PageDecor,
    RenderResult,
    Writer,
    build_pdf,
    new_writer,
    print_time,
)
from zsdesk.documents.template import ContractTemplate, load_template
from zsdesk.domain.contract import Contract, Party
from zsdesk.domain.enums import Ownership, PartyRole

CONTENT_W = PAGE_W - 2 * MARGIN_X
SHADE = colors.Color(0.94, 0.94, 0.94)
GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
])


def render_contract(contract: Contract, *, printed_at: datetime, agent_name: str, copies: int = 4,
                    template: ContractTemplate | None = None, fonts: FontChain | None = None) -> RenderResult:
    """The contract copy for the parties and the file. Pure: same input, same bytes."""
    template = template or load_template()
    w = new_writer(fonts)
    values = ctx.placeholder_values(contract, agent_name=agent_name, copies=copies)
    facts = ctx.flags(contract)
    story: list[Flowable] = [
        Heading(w.chain, template.title, 20, letter_space=4, space_after=2, missing=w.missing),
    ]
    if template.subtitle:
        story.append(w.plain(template.subtitle, "subtitle"))
    story.append(w.para(
        w.text("合同编号：") + w.value(contract.contract_no) + w.text("　　备案号：")
        + w.value(contract.filing_no or "未备案"), "right"))
    story.append(Spacer(1, 3 * mm))
    for text in template.preamble:
        story.append(w.para(w.fill(text, values)))
    article_no = 0
    for chapter_no, chapter in enumerate(template.chapters, 1):
        articles = [a for a in chapter.articles if a.applies(facts)]
        if not articles:
            continue
        story.append(CondPageBreak(40 * mm))
        story.append(Heading(w.chain, f"第{ctx.chinese_number(chapter_no)}章　{chapter.title}", 12.5,
                             space_before=8, space_after=4, missing=w.missing))
        for article in articles:
            if article.block == "signatures":
                story.append(w.plain("（以下无正文）", "right"))
                story.extend(_signatures(contract, w, agent_name))
                continue
            article_no += 1
            label = f"第{ctx.chinese_number(article_no)}条"
            head = w.text(label)
            if article.block is not None:
                story.append(w.para(head + w.text(f"【{article.title}】"), "article"))
                story.extend(_block(article.block, contract, w, agent_name=agent_name))
                continue
            for i, text in enumerate(article.text):
                lead = head + w.text(f"【{article.title}】" if article.title else "　") if i == 0 else ""
                story.append(w.para(lead + w.fill(text, values), "article"))
    decor = PageDecor(
        header_left=f"存量房买卖合同　合同编号：{contract.contract_no or '（未生成）'}",
        header_right=f"备案号：{contract.filing_no or '未备案'}　状态：{contract.status.label}",
        footer_left=print_time(printed_at),
        watermark=ctx.watermark(contract),
        qr_value=contract.contract_no,
    )
    return build_pdf(story, w, decor, title=f"存量房买卖合同 {contract.contract_no}", author=contract.agency_name)


# --- blocks ------------------------------------------------------------------------------------

def _block(name: str, contract: Contract, w: Writer, *, agent_name: str) -> list[Flowable]:
    if name == "parties":
        return _parties(contract, w)
    if name == "property":
        return _property(contract, w)
    if name == "payment_schedule":
        return _payment_schedule(contract, w)
    raise ValueError(f"block {name!r} cannot stand inside a numbered article")


def _field(w: Writer, label: str, value: str) -> str:
    return w.text(f"{label}：") + w.value(value)


def _person_lines(w: Writer, label: str, p: Party, share: str = "") -> Flowable:
    line1 = _field(w, label, p.name) + w.text("　") + _field(w, "证件类型", p.id_type.label) + w.text("　") \
        + _field(w, "证件号码", p.id_number)
    line2 = _field(w, "国籍/地区", p.nationality) + w.text("　") + _field(w, "联系电话", p.phone)
    if share:
        line2 += w.text("　") + _field(w, "份额", share)
    line3 = _field(w, "住址", p.address) + w.text("　") + _field(w, "邮政编码", p.postal_code)
    return w.para("<br/>".join((line1, line2, line3)), "person")


def _representatives(contract: Contract, side: PartyRole, people: list[Party], w: Writer) -> list[Flowable]:
    side_key = "seller" if side is PartyRole.SELLER else "buyer"
    out: list[Flowable] = []
    for rep in contract.guardians:
        if rep.represents is not side:
            continue
        if rep.guardian_of is not None and 0 <= rep.guardian_of < len(people):
            whom = ctx.party_label(side_key, rep.guardian_of, len(people)) + people[rep.guardian_of].name
        else:
            whom = ctx.SIDE_NAMES[side_key]
        out.append(_person_lines(w, f"{whom}的{rep.role.label}", rep))
    return out


def _ownership_line(w: Writer, side: str, ownership: Ownership, shares: list[tuple[str, Decimal | None]]) -> Flowable:
    text = w.text(f"{ctx.SIDE_NAMES[side]}共有情况：") + w.value(ownership.label)
    if ownership is Ownership.BY_SHARES:
        text += w.text("（") + w.text("，").join(
            w.text(f"{name}占") + w.value(ctx.percent(share)) for name, share in shares) + w.text("）")
    return w.para(text, "flush")


def _parties(contract: Contract, w: Writer) -> list[Flowable]:
    out: list[Flowable] = []
    for side, role, people, ownership in (
        ("seller", PartyRole.SELLER, contract.sellers, contract.property.ownership),
        ("buyer", PartyRole.BUYER, contract.buyers, contract.buyer_ownership),
    ):
        out.append(Heading(w.chain, role.label, 11, align="left", space_before=4, missing=w.missing))
        shares: list[tuple[str, Decimal | None]] = []
        for i, person in enumerate(people):
            share = ctx.seller_share(contract, person) if side == "seller" else person.share
            shares.append((person.name, share))
            shown = ctx.percent(share) if ownership is Ownership.BY_SHARES else ""
            out.append(_person_lines(w, ctx.party_label(side, i, len(people)), person, shown))
        if len(people) > 1 or ownership is not Ownership.SOLE:
            out.append(_ownership_line(w, side, ownership, shares))
        out.extend(_representatives(contract, role, people, w))
    return out


def _property(contract: Contract, w: Writer) -> list[Flowable]:
    p = contract.property
    def cell(text: str) -> Cell:
        return Cell(text)

    def head(text: str) -> Cell:
        return Cell(text, head=True)

    cert = p.title_cert_no or p.property_cert_no
    cert_label = "不动产权证号" if p.title_cert_no else "房产证号"
    floors = "" if p.floor is None else f"第 {p.floor} 层"
    if floors and p.total_floors is not None:
        floors += f"／共 {p.total_floors} 层"
    owners = "、".join(o.name + (f"（{ctx.percent(o.share)}）" if o.share is not None else "") for o in p.owners)
    rows: list[list[Cell | str]] = [
        [head("房屋坐落"), cell((p.town + " " if p.town else "") + p.address), "", ""],
        [head("不动产单元号"), cell(p.unit_no), head(cert_label), cell(cert)],
        [head("规划用途"), cell(p.use), head("房屋结构"), cell(p.structure)],
        [head("建筑面积"), cell(ctx.area(p.floor_area)), head("套内建筑面积"), cell(ctx.area(p.inner_area))],
        [head("建成年份"), cell("" if p.year_built is None else f"{p.year_built} 年"), head("所在层数"), cell(floors)],
        [head("登记权利人"), cell(owners), head("共有情况"), cell(p.ownership.label)],
        [head("抵押情况"), cell("已抵押" if p.mortgaged else "未抵押"), head("查封情况"),
         cell("已查封" if p.sealed else "未查封")],
    ]
    widths = [CONTENT_W * f for f in (0.17, 0.33, 0.19, 0.31)]
    table = w.table(rows, colWidths=widths, style=GRID)
    table.setStyle(TableStyle([("SPAN", (1, 0), (3, 0)), ("BACKGROUND", (0, 0), (0, -1), SHADE),
                               ("BACKGROUND", (2, 1), (2, -1), SHADE)]))
    return [Spacer(1, 1 * mm), table, Spacer(1, 2 * mm)]


def _payment_schedule(contract: Contract, w: Writer) -> list[Flowable]:
    pay = contract.payment

    def cell(text: str, style: str = "cell") -> Cell:
        return Cell(text, head=style == "cell_head")

    heads = ("款项", "金额（元）", "大写金额", "支付时间或条件")
    rows: list[list[Cell | str]] = [[cell(t, "cell_head") for t in heads]]
    if pay.deposit:
        rows.append([cell("定金"), cell(ctx.money(pay.deposit)), cell(ctx.money_upper(pay.deposit)),
                     cell(ctx.cn_date(pay.deposit_date) or "签订本合同时")])
    if pay.down_payment:
        rows.append([cell("首期款"), cell(ctx.money(pay.down_payment)), cell(ctx.money_upper(pay.down_payment)),
                     cell(ctx.cn_date(pay.down_payment_date))])
    if pay.loan_amount:
        rows.append([cell("贷款"), cell(ctx.money(pay.loan_amount)), cell(ctx.money_upper(pay.loan_amount)),
                     cell(f"由{pay.loan_bank or '贷款银行'}按贷款合同发放")])
    rest = ctx.balance(contract)
    if rest is not None:
        label = "全部房款" if len(rows) == 1 else "余款"
        rows.append([cell(label), cell(ctx.money(rest)), cell(ctx.money_upper(rest)),
                     cell(ctx.cn_date(pay.balance_date))])
    rows.append([cell("合计", "cell_head"), cell(ctx.money(pay.total_price)), cell(ctx.money_upper(pay.total_price)),
                 ""])
    widths = [CONTENT_W * f for f in (0.14, 0.22, 0.38, 0.26)]
    table = w.table(rows, colWidths=widths, style=GRID, repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SHADE)]))
    return [Spacer(1, 1 * mm), table, Spacer(1, 2 * mm)]


def _signature_column(w: Writer, side: str, role: PartyRole, people: list[Party], reps: list[Party]) -> list[Flowable]:
    out: list[Flowable] = [Heading(w.chain, f"{role.label}（签字/盖章）：", 10.5, align="left", missing=w.missing)]
    for i, person in enumerate(people):
        label = ctx.party_label(side, i, len(people))
        out.append(w.para(w.text(f"{label}　{person.name}　签字：") + w.blank(16), "sign"))
    for rep in reps:
        whom = ""
        if rep.guardian_of is not None and 0 <= rep.guardian_of < len(people):
            whom = ctx.party_label(side, rep.guardian_of, len(people)) + "的"
        out.append(w.para(w.text(f"{whom}{rep.role.label}　{rep.name}"), "flush"))
        out.append(w.para(w.text("签字：") + w.blank(16), "sign"))
    out.append(w.para(w.text("日期：") + w.blank(8) + w.text("年") + w.blank(4) + w.text("月")
                      + w.blank(4) + w.text("日"), "sign"))
    return out


def _signatures(contract: Contract, w: Writer, agent_name: str) -> list[Flowable]:
    seller_reps = [r for r in contract.guardians if r.represents is PartyRole.SELLER]
    buyer_reps = [r for r in contract.guardians if r.represents is PartyRole.BUYER]
    columns = w.table(
        [[_signature_column(w, "seller", PartyRole.SELLER, contract.sellers, seller_reps),
          _signature_column(w, "buyer", PartyRole.BUYER, contract.buyers, buyer_reps)]],
        colWidths=[CONTENT_W / 2] * 2,
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
    )
    agency = [
        Heading(w.chain, "房地产经纪机构（盖章）：", 10.5, align="left", space_before=10, missing=w.missing),
        w.para(_field(w, "机构名称", contract.agency_name), "sign"),
        w.para(_field(w, "经纪人员", agent_name) + w.text("　签字：") + w.blank(16), "sign"),
        w.para(w.text("日期：") + w.blank(8) + w.text("年") + w.blank(4) + w.text("月") + w.blank(4) + w.text("日"),
               "sign"),
    ]
    return [Spacer(1, 6 * mm), KeepTogether([columns, *agency])]
