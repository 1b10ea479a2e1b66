"""The contract's printable values: placeholder text and yes/no facts for the contract template."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from zsdesk.domain.contract import Contract, Party
from zsdesk.domain.enums import ContractStatus, DisputeResolution, EscrowBank, Ownership, PaymentMethod
from zsdesk.domain.money import format_money, to_rmb_uppercase

SIDE_NAMES = {"seller": "甲方", "buyer": "乙方"}
CHINESE_ORDINALS = "一二三四五六七八九十"

ESCROW_ROUTES = {
    EscrowBank.CCB: "通过存量房网签系统跳转中国建设银行「龙存管」系统线上办理",
    EscrowBank.RCB: "买卖双方到中山农村商业银行线下支行办理",
}

WATERMARKS = {
    ContractStatus.DRAFT: "草稿 — 未备案",
    ContractStatus.EXPIRED: "已过期 — 未备案",
    ContractStatus.CANCELLATION_PENDING: "注销申请中",
    ContractStatus.CANCELLED: "已注销",
}


def chinese_number(n: int) -> str:
    """1..99 as Chinese numerals (第一条 … 第二十三条)."""
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CHINESE_ORDINALS[ones - 1]
    head = "" if tens == 1 else CHINESE_ORDINALS[tens - 1]
    return head + "十" + (CHINESE_ORDINALS[ones - 1] if ones else "")


def money(amount: Decimal | None) -> str:
    return "" if amount is None else format_money(amount)


def money_upper(amount: Decimal | None) -> str:
    return "" if amount is None else to_rmb_uppercase(amount)


def cn_date(d: date | None) -> str:
    return "" if d is None else f"{d.year}年{d.month}月{d.day}日"


def area(value: Decimal | None) -> str:
    return "" if value is None or value == 0 else f"{value.normalize():f} 平方米"


def percent(share: Decimal | None) -> str:
    return "" if share is None else f"{share.normalize():f}%"


def party_label(side: str, index: int, count: int) -> str:
    """甲方 / 甲方一, 甲方二 … when a side has several persons."""
    name = SIDE_NAMES[side]
    return name if count == 1 else f"{name}{chinese_number(index + 1)}"


def seller_share(contract: Contract, seller: Party) -> Decimal | None:
    if seller.share is not None:
        return seller.share
    for owner in contract.property.owners:
        if owner.name == seller.name:
            return owner.share
    return None


def watermark(contract: Contract) -> str:
    return WATERMARKS.get(contract.status, "")


def balance(contract: Contract) -> Decimal | None:
    p = contract.payment
    if p.total_price is None:
        return None
    rest = p.total_price - sum((x for x in (p.deposit, p.down_payment, p.loan_amount) if x is not None), Decimal(0))
    return rest if rest > 0 else None


def placeholder_values(contract: Contract, *, agent_name: str, copies: int) -> dict[str, str]:
    prop, pay, esc, hand, oth = contract.property, contract.payment, contract.escrow, contract.handover, contract.other
    return {
        "agency_name": contract.agency_name,
        "agent_name": agent_name,
        "copies": chinese_number(copies),
        "property.mortgage": "已设定抵押" if prop.mortgaged else "未设定抵押",
        "property.encumbrances": prop.encumbrances or "无",
        "price.total": money(pay.total_price),
        "price.total_upper": money_upper(pay.total_price),
        "payment.method": pay.method.label if pay.method else "",
        "payment.loan_bank": pay.loan_bank,
        "payment.loan_amount": money(pay.loan_amount),
        "payment.loan_amount_upper": money_upper(pay.loan_amount),
        "escrow.bank": esc.bank.label if esc.bank else "",
        "escrow.branch": esc.branch,
        "escrow.amount": money(esc.amount),
        "escrow.amount_upper": money_upper(esc.amount),
        "escrow.route": ESCROW_ROUTES[esc.bank] if esc.bank else "",
        "handover.transfer_days": "" if hand.transfer_registration_days is None
        else str(hand.transfer_registration_days),
        "handover.date": cn_date(hand.date),
        "handover.conditions": hand.conditions or "按现状交付",
        "taxes.seller": oth.seller_taxes,
        "taxes.buyer": oth.buyer_taxes,
        "breach.rate_permille": "" if oth.breach_daily_rate_permille is None
        else f"{oth.breach_daily_rate_permille.normalize():f}",
        "breach.terms": oth.breach_terms,
        "dispute.method": oth.dispute.label if oth.dispute else "",
        "dispute.commission": oth.arbitration_commission,
        "other.supplementary": oth.supplementary,
    }


def flags(contract: Contract) -> dict[str, bool]:
    pay = contract.payment
    return {
        "property.mortgaged": contract.property.mortgaged,
        "payment.has_loan": pay.method in (PaymentMethod.COMMERCIAL_LOAN, PaymentMethod.PROVIDENT_FUND_LOAN,
                                           PaymentMethod.COMBINED_LOAN) or bool(pay.loan_amount),
        "escrow.enabled": contract.escrow.enabled,
        "breach.has_terms": bool(contract.other.breach_terms.strip()),
        "dispute.arbitration": contract.other.dispute is DisputeResolution.ARBITRATION,
        "other.has_supplementary": bool(contract.other.supplementary.strip()),
        "buyers.by_shares": contract.buyer_ownership is Ownership.BY_SHARES,
    }
