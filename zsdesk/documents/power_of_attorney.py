"""委托书: the guide's attachment, with which an agency opens its accounts at the registry.

Item 1 (open the agency account) goes with the agency-account application, item 2 (use a staff
account) with each staff member's; the unused item is crossed, never left blank.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from zsdesk.documents.fonts import FontChain
from zsdesk.documents.layout import MARGIN_X, PAGE_W, Heading, PageDecor, RenderResult, Writer, build_pdf, new_writer
from zsdesk.domain.enterprise import EnterpriseRecord

CONTENT_W = PAGE_W - 2 * MARGIN_X

INTRO = ("兹委托上述人员作为我单位的代理人/中介从业人员，办理存量房地产交易合同网上签约系统相关业务，"
         "具体委托事项如下：")
ITEM_1 = "1、代委托方递交相关资料，申请开设委托方的中介机构账号。"
ITEM_2 = "2、使用委托方的中介从业人员账号办理存量房网上签约业务。"
NO_SUB_DELEGATION = "受托方无转委托权。"
NOTES = (
    "注：1、请在委托事项□中打√，非委托事项□中打×。",
    "2、受托方需附身份证复印件。",
    "3、针对上述第2项委托，委托方如不再委托该人员办理网签，使用中介机构账号在存量房网签系统注销该人员账号即可。",
)
TICK, CROSS = "√", "×"


@dataclass(frozen=True, slots=True)
class PowerOfAttorney:
    """What the agency fills in on the form."""

    agency_name: str                 # 委托方（中介公司）, full registered name
    licence_no: str                  # 营业执照号码 (统一社会信用代码)
    legal_rep_name: str
    legal_rep_id: str
    entrusted_name: str              # 受托方
    entrusted_id: str
    phone: str
    open_agency_account: bool        # item 1
    use_staff_account: bool          # item 2
    signed_on: date | None = None    # None: the date is left blank to write by hand

    @classmethod
    def for_enterprise(cls, record: EnterpriseRecord, *, entrusted_name: str, entrusted_id: str, phone: str,
                       open_agency_account: bool, use_staff_account: bool,
                       signed_on: date | None = None) -> PowerOfAttorney:
        """The agency's half comes from its verified enterprise record, as on the business licence."""
        return cls(record.name, record.uscc, record.legal_representative, record.legal_rep_id_number,
                   entrusted_name, entrusted_id, phone, open_agency_account, use_staff_account, signed_on)


def render_power_of_attorney(poa: PowerOfAttorney, *, printed_at: datetime,
                             fonts: FontChain | None = None) -> RenderResult:
    _ = printed_at  # the form carries no print time: it is a signed original, not a copy
    w = new_writer(fonts)
    story: list[Flowable] = [
        Spacer(1, 6 * mm),
        Heading(w.chain, "委托书", 22, letter_space=12, space_after=10 * mm, missing=w.missing),
    ]
    fields = [
        ("委托方（中介公司）：", poa.agency_name, None, None),
        ("营业执照号码：", poa.licence_no, None, None),
        ("法定代表人：", poa.legal_rep_name, "身份证号：", poa.legal_rep_id),
        ("受托方：", poa.entrusted_name, "身份证号：", poa.entrusted_id),
        ("联系电话：", poa.phone, None, None),
    ]
    for label, value, label2, value2 in fields:
        text = w.text(label) + w.value(value)
        if label2 is not None and value2 is not None:
            text += w.text("　" + label2) + w.value(value2)
        story.append(w.para(text, "form"))
    story.append(Spacer(1, 3 * mm))
    story.append(w.plain(INTRO, "form_body"))
    story.append(_items(w, poa))
    story.append(w.plain(NO_SUB_DELEGATION, "form_body"))
    story.append(Spacer(1, 14 * mm))
    story.append(_seal_block(w, poa.signed_on))
    story.append(Spacer(1, 16 * mm))
    for i, note in enumerate(NOTES):
        story.append(w.plain(note, "note" if i == 0 else "note_more"))
    return build_pdf(story, w, PageDecor(numbered=False), title="委托书", author=poa.agency_name)


def _items(w: Writer, poa: PowerOfAttorney) -> Table:
    def box(ticked: bool) -> Flowable:
        return w.para(w.text(TICK if ticked else CROSS), "box" if ticked else "box_cross")

    rows = [[box(poa.open_agency_account), w.plain(ITEM_1, "form_item")],
            [box(poa.use_staff_account), w.plain(ITEM_2, "form_item")]]
    side = 6 * mm
    table = w.table(rows, colWidths=[side, CONTENT_W - side - 4 * mm], rowHeights=[11 * mm, 11 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (1, 0), (1, -1), 6),
    ]))
    return _Boxed(table, side)


class _Boxed(Flowable):  # type: ignore[misc]
    """The items table with a drawn square around each mark (□ with √ or × in it)."""

    def __init__(self, table: Table, side: float) -> None:
        super().__init__()
        self.table = table
        self.side = side

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.tw, self.th = self.table.wrap(avail_w, avail_h)
        return avail_w, self.th

    def draw(self) -> None:
        x = 4 * mm
        self.table.drawOn(self.canv, x, 0)
        self.canv.setStrokeColor(colors.black)
        self.canv.setLineWidth(0.7)
        row_h = self.th / 2
        for row in range(2):
            y = self.th - (row + 1) * row_h + (row_h - self.side) / 2
            self.canv.rect(x, y, self.side, self.side)


def _seal_block(w: Writer, signed_on: date | None) -> Table:
    if signed_on is None:
        when = w.blank(8) + w.text("年") + w.blank(4) + w.text("月") + w.blank(4) + w.text("日")
    else:
        when = w.text(f"{signed_on.year}年{signed_on.month}月{signed_on.day}日")
    rows = [
        [w.plain("委托方：（盖章）", "form")],
        [w.plain("法定代表人：（签名或盖章）", "form")],
        [w.para(when, "form_right")],
    ]
    table = w.table(rows, colWidths=[80 * mm], rowHeights=[22 * mm, 16 * mm, 12 * mm], hAlign="RIGHT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table
