"""Amounts in yuan: parsing what users type, display, and the 大写 form printed on contracts."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from zsdesk.domain.errors import Issue, RuleError
from zsdesk.domain.halfwidth import strip_spaces, to_halfwidth
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg

CENT = Decimal("0.01")
# 万亿 is the largest unit written; anything at or above 10^16 yuan is not a house price.
MAX_AMOUNT = Decimal(10) ** 16 - CENT

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_IN_GROUP_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿", "万亿")
# re.ASCII: only 0–9 (Decimal() would happily read '١٢٣', and 'NaN' or 'Infinity' never match).
_PLAIN = re.compile(r"\d+(?:\.\d+)?", re.ASCII)
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", re.ASCII)


def parse_money(text: str, field: str) -> Decimal:
    """Parse an amount such as ``1,234,500.60``, ``１２３`` or ``¥1,000元``; raise RuleError."""
    s = strip_spaces(to_halfwidth(text)).replace("，", ",")
    s = s.removeprefix("¥").removeprefix("￥").removesuffix("元")
    if not s:
        raise RuleError(Issue(field, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写金额"))))
    if s.startswith("-"):
        raise RuleError(Issue(field, "MONEY_NEGATIVE", msg(QT_TRANSLATE_NOOP("messages", "金额不能为负数"))))
    if not (_PLAIN.fullmatch(s) or _GROUPED.fullmatch(s)):
        raise RuleError(Issue(field, "MONEY_FORMAT",
                                  msg(QT_TRANSLATE_NOOP("messages", "金额格式不正确，请填写数字，如 1,234,500.60"))))
    try:
        amount = Decimal(s.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the regexes admit only digits
        raise RuleError(Issue(field, "MONEY_FORMAT", msg(QT_TRANSLATE_NOOP("messages", "金额格式不正确")))) from exc
    if amount != amount.quantize(CENT):
        raise RuleError(Issue(field, "MONEY_PRECISION",
                                  msg(QT_TRANSLATE_NOOP("messages", "金额最多精确到分（小数点后 2 位）"))))
    if amount > MAX_AMOUNT:
        raise RuleError(Issue(field, "MONEY_TOO_LARGE", msg(QT_TRANSLATE_NOOP("messages", "金额过大，请核对"))))
    return amount.quantize(CENT)


def format_money(amount: Decimal) -> str:
    return f"{amount.quantize(CENT):,.2f}"


def to_rmb_uppercase(amount: Decimal) -> str:
    """人民币大写, bank convention:

    - zeros inside the number collapse to one 零 (100005 → 壹拾万零伍元整,
      10010000 → 壹仟零壹万元整); 10 is 壹拾元整;
    - no 零元 before jiao/fen (0.05 → 伍分, 0.60 → 陆角整); 0 → 零元整;
    - jiao 0 with fen → 零 (1.05 → 壹元零伍分);
    - 整 whenever fen is 0, after 元 or 角 (the project's issue: 1,234,500.60 →
      壹佰贰拾叁万肆仟伍佰元陆角整).
    """
    if not amount.is_finite():
        raise ValueError("金额应为有限数字")
    if amount < 0:
        raise ValueError("金额不能为负数")
    if amount != amount.quantize(CENT):
        raise ValueError("金额最多精确到分")
    if amount > MAX_AMOUNT:
        raise ValueError("金额超出万亿级")
    cents = int(amount.quantize(CENT) * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    if cents == 0:
        return "零元整"
    out = _integer_uppercase(yuan) + "元" if yuan else ""
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif yuan and fen:
        out += "零"
    out += _DIGITS[fen] + "分" if fen else "整"
    return out


def _integer_uppercase(n: int) -> str:
    digits = str(n)
    out: list[str] = []
    pending_zero = False
    group_has_digit = False
    for i, ch in enumerate(digits):
        pos = len(digits) - 1 - i          # power of ten of this digit
        d = int(ch)
        if d == 0:
            pending_zero = bool(out)
        else:
            if pending_zero:
                out.append("零")
                pending_zero = False
            out.append(_DIGITS[d] + _IN_GROUP_UNITS[pos % 4])
            group_has_digit = True
        if pos % 4 == 0:
            if group_has_digit:
                out.append(_GROUP_UNITS[pos // 4])
            group_has_digit = False
    return "".join(out)
