"""共有性质 of the buyers (乙方): 单独所有, 共同共有, 按份共有."""

from __future__ import annotations

import re
from decimal import Decimal

from zsdesk.domain.contract import Party
from zsdesk.domain.enums import Ownership
from zsdesk.domain.errors import Issue, RuleError
from zsdesk.domain.halfwidth import strip_spaces, to_halfwidth
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg

HUNDRED = Decimal(100)
SHARE_DECIMALS = 4      # the register keeps shares to 1/10000 of a percent
_SHARE = re.compile(r"\d{1,3}(?:\.\d+)?", re.ASCII)   # never 'NaN', 'Infinity' or '١٢'
_SHARE_LABEL = QT_TRANSLATE_NOOP("labels", "份额（%）")


def parse_share(text: str, field: str = "share", label: str = _SHARE_LABEL) -> Decimal | None:
    """A co-owner's share in percent as typed: ``33.33``, ``33.33%``, ``３３.３３％``; empty → None.

    The one parser of typed shares; raises RuleError naming ``label`` for anything else
    (negative, over 100, NaN/Infinity in any spelling, more than 4 decimals)."""
    s = strip_spaces(to_halfwidth(text)).removesuffix("%")
    if not s:
        return None
    if not _SHARE.fullmatch(s):
        raise RuleError(Issue(field, "SHARE_FORMAT", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}应为 0–100 之间的数字，如 33.33 或 33.33%"), label=label)))
    value = Decimal(s)
    if value > HUNDRED:
        raise RuleError(Issue(field, "SHARE_RANGE", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}不能超过 100%"), label=label)))
    if value != round(value, SHARE_DECIMALS):
        raise RuleError(Issue(field, "SHARE_PRECISION", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}最多保留 {n} 位小数"), label=label, n=SHARE_DECIMALS)))
    return value


def _finite(share: Decimal | None) -> bool:
    return share is not None and share.is_finite()


def share_sum(buyers: list[Party]) -> Decimal:
    """Exact sum of the stated shares (missing and non-finite shares count as 0)."""
    return sum((b.share for b in buyers if b.share is not None and _finite(b.share)), Decimal(0))


def _pct(value: Decimal) -> str:
    # 99.50 → 99.5, 100.00 → 100: the user sees the number the way they typed it.
    text = format(value.normalize(), "f")
    return text


def validate_ownership(ownership: Ownership, buyers: list[Party], field: str = "buyers") -> list[Issue]:
    # NaN or Infinity cannot come from parse_share or the wire, but a Decimal can hold them and
    # comparing one raises InvalidOperation: refuse it here rather than crash below.
    broken = [Issue(f"{field}.{i}.share", "SHARE_FORMAT", msg(QT_TRANSLATE_NOOP(
        "messages", "{label}应为 0–100 之间的数字，如 33.33 或 33.33%"), label=_SHARE_LABEL))
        for i, b in enumerate(buyers) if b.share is not None and not b.share.is_finite()]
    if broken:
        return broken
    n = len(buyers)
    if ownership is Ownership.SOLE:
        if n != 1:
            return [Issue("buyer_ownership", "OWNERSHIP_SOLE_COUNT",
                          msg(QT_TRANSLATE_NOOP("messages", "单独所有只能有 1 位乙方，现有 {count} 位；"
                                                            "多人购买请选择共同共有或按份共有"),
                              count=n))]
        if buyers[0].share is not None and buyers[0].share != HUNDRED:
            return [Issue(f"{field}.0.share", "OWNERSHIP_SHARE_NOT_ALLOWED",
                          msg(QT_TRANSLATE_NOOP("messages", "单独所有不填写份额")))]
        return []
    if n < 2:
        return [Issue("buyer_ownership", "OWNERSHIP_CO_COUNT",
                      msg(QT_TRANSLATE_NOOP("messages", "{ownership}至少要有 2 位共有人，现有 {count} 位；"
                                                        "只有一位乙方请选择单独所有"),
                          ownership=ownership.label, count=n))]
    if ownership is Ownership.JOINT:
        return [Issue(f"{field}.{i}.share", "OWNERSHIP_SHARE_NOT_ALLOWED",
                      msg(QT_TRANSLATE_NOOP("messages", "共同共有不分份额，请清空份额或改选按份共有")))
                for i, b in enumerate(buyers) if b.share is not None]
    issues: list[Issue] = []
    for i, b in enumerate(buyers):
        if b.share is None:
            issues.append(Issue(f"{field}.{i}.share", "REQUIRED",
                                msg(QT_TRANSLATE_NOOP("messages", "按份共有请填写第 {n} 位共有人的份额（%）"),
                                    n=i + 1)))
        elif b.share <= 0:
            issues.append(Issue(f"{field}.{i}.share", "OWNERSHIP_SHARE_POSITIVE",
                                msg(QT_TRANSLATE_NOOP("messages", "份额应大于 0"))))
    total = share_sum(buyers)
    if total != HUNDRED:
        issues.append(Issue(f"{field}.share", "OWNERSHIP_SHARE_SUM",
                            msg(QT_TRANSLATE_NOOP("messages", "各共有人份额合计为 {total}%，应为 100%"),
                                total=_pct(total))))
    return issues
