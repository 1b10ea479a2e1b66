"""Live helpers of the wizard's term pages: the 人民币大写 of the price, the unit price, the buyers'
share sum, minors who still need a guardian, and the escrow routes of the two banks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import EscrowBank, Ownership, PartyRole
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.identity import is_minor
from zsdesk.domain.money import MAX_AMOUNT, format_money, to_rmb_uppercase
from zsdesk.domain.ownership import HUNDRED, share_sum

# 龙存管 of 中国建设银行: the address is a setting (AppSettings.extra[CCB_URL_SETTING]); the bank's
# public site is the fallback so the button never leads nowhere.
CCB_URL_SETTING = "escrow_ccb_url"
DEFAULT_CCB_URL = "https://www.ccb.com/"

ESCROW_ADVICE = QT_TRANSLATE_NOOP("labels", "为保障买卖双方合法权益，建议鼓励买卖双方选择资金监管。")
CCB_ROUTE = QT_TRANSLATE_NOOP("labels", "选择建设银行的，可在系统上直接操作："
                              "点击跳转建设银行的“龙存管”系统，实现“全线上”办理。")
RCB_ROUTE = QT_TRANSLATE_NOOP("labels", "选择农村商业银行的，需要到线下支行办理，"
                              "具体请查看操作指引中农村商业银行的《用户操作手册》。")
# What the branch asks for; the manual is the authority (it may ask for more).
RCB_DOCUMENTS = (
    QT_TRANSLATE_NOOP("labels", "买卖双方有效身份证件原件"),
    QT_TRANSLATE_NOOP("labels", "已网签的存量房买卖合同（本系统打印）"),
    QT_TRANSLATE_NOOP("labels", "买方用于存入监管资金的银行卡或账户"),
    QT_TRANSLATE_NOOP("labels", "卖方用于接收房款的银行账户"),
    QT_TRANSLATE_NOOP("labels", "不动产权证书（或房地产权证）原件"),
)
RCB_MANUAL = QT_TRANSLATE_NOOP("labels", "中山农村商业银行《存量房交易资金监管用户操作手册》（见登记中心操作指引附件）")


def price_uppercase(amount: Decimal | None) -> str:
    """The 大写 line under the price field; empty while nothing sensible is typed."""
    if amount is None or amount < 0 or amount > MAX_AMOUNT or amount != amount.quantize(Decimal("0.01")):
        return ""
    return to_rmb_uppercase(amount)


def unit_price(total: Decimal | None, floor_area: Decimal | None) -> Decimal | None:
    """成交单价 (元/m², two decimals) from the total and the register's floor area."""
    if total is None or floor_area is None or floor_area <= 0 or total <= 0:
        return None
    return (total / floor_area).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def unit_price_text(total: Decimal | None, floor_area: Decimal | None) -> str:
    price = unit_price(total, floor_area)
    return "" if price is None else msg(QT_TRANSLATE_NOOP("messages", "{price} 元/平方米"), price=format_money(price))


@dataclass(frozen=True, slots=True)
class ShareStatus:
    """The live sum under the buyers' table (按份共有 only)."""

    applies: bool
    total: Decimal
    ok: bool
    text: str


def share_status(ownership: Ownership, buyers: list[dc.Party]) -> ShareStatus:
    if ownership is not Ownership.BY_SHARES:
        return ShareStatus(False, Decimal(0), True, "")
    total = share_sum(buyers)
    shown = format(total.normalize(), "f")
    if total == HUNDRED:
        return ShareStatus(True, total, True, msg(QT_TRANSLATE_NOOP("messages", "份额合计 {total}%"), total=shown))
    gap = HUNDRED - total
    if gap > 0:
        text = msg(QT_TRANSLATE_NOOP("messages", "份额合计 {total}%，应为 100%（还差 {gap}%）"),
                   total=shown, gap=format(gap.normalize(), "f"))
    else:
        text = msg(QT_TRANSLATE_NOOP("messages", "份额合计 {total}%，应为 100%（超出 {excess}%）"),
                   total=shown, excess=format((-gap).normalize(), "f"))
    return ShareStatus(True, total, False, text)


@dataclass(frozen=True, slots=True)
class MinorParty:
    side: str          # "sellers" | "buyers"
    index: int
    name: str
    has_guardian: bool


def minors(contract: dc.Contract, today: date) -> list[MinorParty]:
    """Minors (age from the ID) among sellers and buyers, and whether a guardian row is there."""
    out: list[MinorParty] = []
    for side, role in (("sellers", PartyRole.SELLER), ("buyers", PartyRole.BUYER)):
        for i, p in enumerate(getattr(contract, side)):
            if is_minor(p.id_type, p.id_number, today):
                has = any(g.represents is role and g.guardian_of == i for g in contract.guardians)
                out.append(MinorParty(side, i, p.name, has))
    return out


def add_guardian(contract: dc.Contract, side: str, index: int) -> dc.Party:
    """A blank 法定代理人 row for the minor at ``side``/``index`` (the agent fills it in)."""
    role = PartyRole.SELLER if side == "sellers" else PartyRole.BUYER
    guardian = dc.Party(role=PartyRole.GUARDIAN, name="", represents=role, guardian_of=index)
    contract.guardians.append(guardian)
    return guardian


def remove_party(contract: dc.Contract, side: str, index: int) -> None:
    """Remove a seller/buyer row; guardians of later rows keep pointing at the same person."""
    rows: list[dc.Party] = getattr(contract, side)
    del rows[index]
    role = PartyRole.SELLER if side == "sellers" else PartyRole.BUYER
    kept: list[dc.Party] = []
    for g in contract.guardians:
        if g.represents is role and g.guardian_of is not None:
            if g.guardian_of == index:
                continue
            if g.guardian_of > index:
                g.guardian_of -= 1
        kept.append(g)
    contract.guardians = kept


@dataclass(frozen=True, slots=True)
class EscrowRoute:
    bank: EscrowBank
    online: bool
    text: str
    url: str = ""
    documents: tuple[str, ...] = ()
    manual: str = ""


def escrow_route(bank: EscrowBank, ccb_url: str = "") -> EscrowRoute:
    if bank is EscrowBank.CCB:
        return EscrowRoute(bank, True, CCB_ROUTE, url=ccb_url.strip() or DEFAULT_CCB_URL)
    return EscrowRoute(bank, False, RCB_ROUTE, documents=RCB_DOCUMENTS, manual=RCB_MANUAL)
