"""注销网签备案申请 and the checklist of what to bring (guide, section 六).

Both parties come in person with ID originals. A minor's side needs both parents, a guarantee
letter (未成年人保证书) and proof of parentage (户口本 or 出生证明). A party who cannot come sends
a proxy with a notarised power of attorney that names this cancellation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

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
from zsdesk.domain.china_time import to_china
from zsdesk.domain.contract import Contract, Party
from zsdesk.domain.enums import PartyRole
from zsdesk.domain.identity import is_minor

CONTENT_W = PAGE_W - 2 * MARGIN_X
REGISTRY = "中山市房地产交易管理事务中心"
HOTLINE = "0760-88363077"
NOTARISED_PROXY = "经公证部门出具的委托书原件（公证委托书上必须注明有注销存量房买卖合同网签备案这一委托事项）"


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    text: str
    who: str = ""                   # whose item it is (a party label), empty for the whole application


@dataclass(frozen=True, slots=True)
class _Person:
    label: str                      # 甲方一 …
    party: Party
    minor: bool
    proxy: Party | None


def _people(contract: Contract, proxies: Sequence[Party], today: datetime) -> list[_Person]:
    out = []
    for side, role, people in (("seller", PartyRole.SELLER, contract.sellers),
                               ("buyer", PartyRole.BUYER, contract.buyers)):
        for i, person in enumerate(people):
            proxy = next((p for p in proxies if p.represents is role and p.guardian_of == i), None)
            out.append(_Person(ctx.party_label(side, i, len(people)), person,
                               is_minor(person.id_type, person.id_number, to_china(today).date()), proxy))
    return out


def checklist(contract: Contract, *, today: datetime, proxies: Sequence[Party] | None = None) -> list[ChecklistItem]:
    """What to bring to the registry, person by person. `proxies` default to the contract's
    委托代理人 (role AGENT, `represents` + `guardian_of` naming the person they stand for)."""
    if proxies is None:
        proxies = [p for p in contract.guardians if p.role is PartyRole.AGENT]
    items = [ChecklistItem("本注销网签备案申请书（买卖双方签字）")]
    for person in _people(contract, proxies, today):
        name = f"{person.label}{person.party.name}"
        if person.proxy is not None:
            items.append(ChecklistItem(NOTARISED_PROXY, name))
            items.append(ChecklistItem(f"受托人{person.proxy.name}的有效身份证件原件", name))
            items.append(ChecklistItem(f"{person.party.id_type.label}复印件", name))
        elif person.minor:
            items.append(ChecklistItem("未成年人的有效身份证件原件", name))
            items.append(ChecklistItem("父母双方到场，并携带父母双方有效身份证件原件", name))
            items.append(ChecklistItem("未成年人保证书", name))
            items.append(ChecklistItem("能证明亲子关系的户口本或出生证明", name))
        else:
            items.append(ChecklistItem(f"本人到场，携带有效身份证件（{person.party.id_type.label}）原件", name))
    return items


def render_cancellation_application(contract: Contract, *, printed_at: datetime, reason: str = "",
                                    proxies: Sequence[Party] | None = None,
                                    fonts: FontChain | None = None) -> RenderResult:
    w = new_writer(fonts)
    if proxies is None:
        proxies = [p for p in contract.guardians if p.role is PartyRole.AGENT]
    people = _people(contract, proxies, printed_at)
    story: list[Flowable] = [
        Heading(w.chain, "存量房买卖合同注销网签备案申请", 18, letter_space=1, space_after=8 * mm, missing=w.missing),
        w.plain(f"{REGISTRY}：", "form"),
        w.para(
            w.text("甲方（转让方）与乙方（受让方）签订的存量房买卖合同（合同编号：") + w.value(contract.contract_no)
            + w.text("，备案号：") + w.value(contract.filing_no) + w.text("），房屋坐落：")
            + w.value(contract.property.address) + w.text("，不动产单元号：") + w.value(contract.property.unit_no)
            + w.text("。经买卖双方协商一致，现申请注销该合同的网签备案。"), "form_body"),
        w.para(w.text("注销原因：") + w.value(reason or "买卖双方协商一致解除合同"), "form_body"),
        Spacer(1, 3 * mm),
        _people_table(w, people),
        Spacer(1, 3 * mm),
        w.para(w.text("申请日期：") + w.blank(8) + w.text("年") + w.blank(4) + w.text("月") + w.blank(4)
               + w.text("日"), "form_right"),
        Spacer(1, 6 * mm),
        _checklist_block(w, checklist(contract, today=printed_at, proxies=proxies)),
    ]
    decor = PageDecor(
        header_left=f"注销网签备案申请　合同编号：{contract.contract_no}",
        header_right=f"备案号：{contract.filing_no or '未备案'}",
        footer_left=print_time(printed_at),
    )
    return build_pdf(story, w, decor, title=f"注销网签备案申请 {contract.contract_no}", author=contract.agency_name)


def _people_table(w: Writer, people: list[_Person]) -> Table:
    def cell(text: str, style: str = "cell") -> Cell:
        return Cell(text, head=style == "cell_head")

    heads = ("当事人", "姓名", "证件类型", "证件号码", "到场方式", "签字")
    rows: list[list[Cell | str]] = [[cell(t, "cell_head") for t in heads]]
    for p in people:
        how = "本人（未成年人，父母双方到场）" if p.minor else "本人到场"
        if p.proxy is not None:
            how = f"委托{p.proxy.name}办理（公证委托书）"
        rows.append([cell(p.label), cell(p.party.name), cell(p.party.id_type.label), cell(p.party.id_number),
                     cell(how), ""])
    widths = [CONTENT_W * f for f in (0.1, 0.15, 0.15, 0.24, 0.2, 0.16)]
    table = w.table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.94, 0.94, 0.94)),
        ("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
    ]))
    return table


def _checklist_block(w: Writer, items: list[ChecklistItem]) -> Flowable:
    parts: list[Flowable] = [Heading(w.chain, "办理材料清单", 13, align="left", space_after=2, missing=w.missing)]
    for n, item in enumerate(items, 1):
        who = f"【{item.who}】" if item.who else ""
        parts.append(w.para(w.text(f"□ {n}. {who}{item.text}"), "check"))
    parts.append(Spacer(1, 2 * mm))
    parts.append(w.plain(f"办理地点：{REGISTRY}（中山市石岐街道民族东路1号）。咨询电话：{HOTLINE}。", "small"))
    return KeepTogether(parts)
