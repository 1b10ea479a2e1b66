"""Contract life cycle: states, events, the 24-hour draft limit, and what may change after filing.

::

    DRAFT --submit--> SIGNED (已签约 = filed)
    DRAFT --expire--> EXPIRED (registry deletes drafts 24 h after creation)
    DRAFT --edit_draft--> DRAFT
    SIGNED --apply_change--> SIGNED (存量房合同变更, non-key terms only)
    SIGNED --request_cancellation--> CANCELLATION_PENDING (both parties at the registry)
    CANCELLATION_PENDING --complete_cancellation--> CANCELLED
    CANCELLATION_PENDING --withdraw_cancellation--> SIGNED

After filing, names, ID numbers and the property can never change (the guide's
五(六)): :func:`locked_changes` finds such changes so they can be refused.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from zsdesk.domain.contract import Contract, Party, Property
from zsdesk.domain.enums import ContractStatus
from zsdesk.domain.errors import Issue, RuleError
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg

DRAFT_TTL = timedelta(hours=24)


class ContractEvent(StrEnum):
    EDIT_DRAFT = "edit_draft"
    SUBMIT = "submit"
    EXPIRE = "expire"
    APPLY_CHANGE = "apply_change"
    REQUEST_CANCELLATION = "request_cancellation"
    COMPLETE_CANCELLATION = "complete_cancellation"
    WITHDRAW_CANCELLATION = "withdraw_cancellation"

    @property
    def label(self) -> str:
        return _EVENT_LABELS[self]


_EVENT_LABELS = {
    ContractEvent.EDIT_DRAFT: QT_TRANSLATE_NOOP("labels", "修改合同草稿"),
    ContractEvent.SUBMIT: QT_TRANSLATE_NOOP("labels", "提交备案"),
    ContractEvent.EXPIRE: QT_TRANSLATE_NOOP("labels", "草稿过期删除"),
    ContractEvent.APPLY_CHANGE: QT_TRANSLATE_NOOP("labels", "合同变更"),
    ContractEvent.REQUEST_CANCELLATION: QT_TRANSLATE_NOOP("labels", "申请注销网签备案"),
    ContractEvent.COMPLETE_CANCELLATION: QT_TRANSLATE_NOOP("labels", "完成注销网签备案"),
    ContractEvent.WITHDRAW_CANCELLATION: QT_TRANSLATE_NOOP("labels", "撤回注销申请"),
}

TRANSITIONS: dict[tuple[ContractStatus, ContractEvent], ContractStatus] = {
    (ContractStatus.DRAFT, ContractEvent.EDIT_DRAFT): ContractStatus.DRAFT,
    (ContractStatus.DRAFT, ContractEvent.SUBMIT): ContractStatus.SIGNED,
    (ContractStatus.DRAFT, ContractEvent.EXPIRE): ContractStatus.EXPIRED,
    (ContractStatus.SIGNED, ContractEvent.APPLY_CHANGE): ContractStatus.SIGNED,
    (ContractStatus.SIGNED, ContractEvent.REQUEST_CANCELLATION): ContractStatus.CANCELLATION_PENDING,
    (ContractStatus.CANCELLATION_PENDING, ContractEvent.COMPLETE_CANCELLATION): ContractStatus.CANCELLED,
    (ContractStatus.CANCELLATION_PENDING, ContractEvent.WITHDRAW_CANCELLATION): ContractStatus.SIGNED,
}


def allowed_events(status: ContractStatus) -> list[ContractEvent]:
    return [event for (state, event) in TRANSITIONS if state is status]


def transition(status: ContractStatus, event: ContractEvent) -> ContractStatus:
    try:
        return TRANSITIONS[(status, event)]
    except KeyError:
        raise RuleError(Issue("status", "ILLEGAL_TRANSITION",
                              msg(QT_TRANSLATE_NOOP("messages", "合同状态为「{status}」，不能{event}"),
                                  status=status.label, event=event.label))) from None


# --- 24-hour draft limit -------------------------------------------------------------

def draft_expires_at(created_at: datetime) -> datetime:
    return created_at + DRAFT_TTL


def is_draft_expired(created_at: datetime, now: datetime) -> bool:
    return now >= draft_expires_at(created_at)


def time_left(created_at: datetime, now: datetime) -> timedelta:
    """Time until the registry deletes the draft, never negative."""
    return max(draft_expires_at(created_at) - now, timedelta(0))


# --- key fields and changes ----------------------------------------------------------

PARTY_LISTS = ("sellers", "buyers", "guardians")
PARTY_KEY_FIELDS = ("name", "id_type", "id_number")
PROPERTY_KEY_FIELDS = tuple(f.name for f in dataclasses.fields(Property))
KEY_FIELDS: frozenset[str] = frozenset(
    {f"{lst}.*.{f}" for lst in PARTY_LISTS for f in PARTY_KEY_FIELDS}
    | {f"{lst}.count" for lst in PARTY_LISTS}
    | {f"property.{f}" for f in PROPERTY_KEY_FIELDS}
)


def locked_changes(before: Contract, after: Contract) -> list[str]:
    """Paths of key fields that differ; any entry means: cancel and sign a new contract."""
    changed: list[str] = []
    for lst in PARTY_LISTS:
        old: list[Party] = getattr(before, lst)
        new: list[Party] = getattr(after, lst)
        if len(old) != len(new):
            changed.append(f"{lst}.count")
        for i, (a, b) in enumerate(zip(old, new, strict=False)):
            changed += [f"{lst}.{i}.{f}" for f in PARTY_KEY_FIELDS if getattr(a, f) != getattr(b, f)]
    changed += [f"property.{f}" for f in PROPERTY_KEY_FIELDS
                if getattr(before.property, f) != getattr(after.property, f)]
    return changed


@dataclass(frozen=True, slots=True)
class ChangeItem:
    """One line of a 合同变更: 变更事项, 变更前内容, 变更后内容 (display text)."""

    field: str
    label_zh: str
    before: str
    after: str


_TERM_LABELS: dict[str, str] = {
    "buyer_ownership": QT_TRANSLATE_NOOP("labels", "共有性质"),
    "payment.total_price": QT_TRANSLATE_NOOP("labels", "成交总价（元）"),
    "payment.method": QT_TRANSLATE_NOOP("labels", "付款方式"),
    "payment.deposit": QT_TRANSLATE_NOOP("labels", "定金（元）"),
    "payment.deposit_date": QT_TRANSLATE_NOOP("labels", "定金支付日期"),
    "payment.down_payment": QT_TRANSLATE_NOOP("labels", "首付款（元）"),
    "payment.down_payment_date": QT_TRANSLATE_NOOP("labels", "首付款支付日期"),
    "payment.loan_amount": QT_TRANSLATE_NOOP("labels", "贷款金额（元）"),
    "payment.loan_bank": QT_TRANSLATE_NOOP("labels", "贷款银行"),
    "payment.balance_date": QT_TRANSLATE_NOOP("labels", "余款支付日期"),
    "escrow.enabled": QT_TRANSLATE_NOOP("labels", "是否资金监管"),
    "escrow.bank": QT_TRANSLATE_NOOP("labels", "监管银行"),
    "escrow.amount": QT_TRANSLATE_NOOP("labels", "监管金额（元）"),
    "escrow.branch": QT_TRANSLATE_NOOP("labels", "监管网点"),
    "handover.date": QT_TRANSLATE_NOOP("labels", "交房日期"),
    "handover.conditions": QT_TRANSLATE_NOOP("labels", "交房条件"),
    "handover.transfer_registration_days": QT_TRANSLATE_NOOP("labels", "办理转移登记期限（日）"),
    "other.seller_taxes": QT_TRANSLATE_NOOP("labels", "甲方承担税费"),
    "other.buyer_taxes": QT_TRANSLATE_NOOP("labels", "乙方承担税费"),
    "other.breach_daily_rate_permille": QT_TRANSLATE_NOOP("labels", "逾期违约金（‰/日）"),
    "other.breach_terms": QT_TRANSLATE_NOOP("labels", "违约责任"),
    "other.dispute": QT_TRANSLATE_NOOP("labels", "争议解决方式"),
    "other.arbitration_commission": QT_TRANSLATE_NOOP("labels", "仲裁委员会"),
    "other.supplementary": QT_TRANSLATE_NOOP("labels", "补充条款"),
}


def term_label(path: str) -> str:
    """The form's label of a changeable term (``payment.deposit_date`` → 定金支付日期)."""
    return _TERM_LABELS.get(path, path)


_PARTY_TERM_LABELS: dict[str, str] = {
    "nationality": QT_TRANSLATE_NOOP("labels", "国籍"),
    "address": QT_TRANSLATE_NOOP("labels", "住所"),
    "postal_code": QT_TRANSLATE_NOOP("labels", "邮政编码"),
    "phone": QT_TRANSLATE_NOOP("labels", "联系电话"),
    "share": QT_TRANSLATE_NOOP("labels", "份额（%）"),
}
_PARTY_NAMES = {"sellers": QT_TRANSLATE_NOOP("labels", "甲方"), "buyers": QT_TRANSLATE_NOOP("labels", "乙方"),
                "guardians": QT_TRANSLATE_NOOP("labels", "法定代理人")}


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QT_TRANSLATE_NOOP("labels", "是") if value else QT_TRANSLATE_NOOP("labels", "否")
    if isinstance(value, Enum) and hasattr(value, "label"):
        return str(value.label)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def diff_terms(before: Contract, after: Contract) -> list[ChangeItem]:
    """The changeable terms that differ, ready for the 合同变更 form."""
    items: list[ChangeItem] = []
    for path, label in _TERM_LABELS.items():
        old, new = _get(before, path), _get(after, path)
        if old != new:
            items.append(ChangeItem(path, label, _display(old), _display(new)))
    for lst in PARTY_LISTS:
        for i, (a, b) in enumerate(zip(getattr(before, lst), getattr(after, lst), strict=False)):
            for f, label in _PARTY_TERM_LABELS.items():
                old, new = getattr(a, f), getattr(b, f)
                if old != new:
                    term = msg(QT_TRANSLATE_NOOP("messages", "{party}{n}（{name}）{term}"),
                               party=_PARTY_NAMES[lst], n=i + 1, name=a.name, term=label)
                    items.append(ChangeItem(f"{lst}.{i}.{f}", term, _display(old), _display(new)))
    return items
