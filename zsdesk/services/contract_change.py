"""存量房合同变更: a filed contract's non-key terms changed by the staff member who created it.

The agent edits a copy of the filed contract; the change items (变更事项, 变更前内容, 变更后内容) are
computed from those edits by the domain's `diff_terms`, so the form can never disagree with the
clauses. Names, ID numbers and the property are locked (guide 五（六）): such an edit is refused
here, before anything is queued, with the guide's explanation and the way out — cancellation and a
new contract.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import ContractStatus
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.lifecycle import ChangeItem, diff_terms, locked_changes
from zsdesk.registry.schemas.contracts import ChangeRequest, ChangeRequestItem, ContractTerms
from zsdesk.services.errors import ServiceError
from zsdesk.store.contracts import ContractNotFoundError, load_contract
from zsdesk.sync import contracts as sc
from zsdesk.sync import outbox

LOCKED_EXPLANATION = QT_TRANSLATE_NOOP("labels", "合同提交后，如发现买卖双方姓名、身份证件号码、房屋信息等"
                                       "重要信息填写错误的，不可修改，必须注销网签备案后，再重新签订买卖合同。")
CANCELLATION_PATH = QT_TRANSLATE_NOOP("labels", "申请注销网签备案（买卖双方本人持有效身份证件原件及申请材料"
                                      "到登记中心办理），然后重新签订合同")
REASON_ITEM = QT_TRANSLATE_NOOP("labels", "变更原因")

_PARTY_LABELS = {"sellers": QT_TRANSLATE_NOOP("labels", "甲方"), "buyers": QT_TRANSLATE_NOOP("labels", "乙方"),
                 "guardians": QT_TRANSLATE_NOOP("labels", "法定代理人")}
_KEY_LABELS = {"name": QT_TRANSLATE_NOOP("labels", "姓名"), "id_type": QT_TRANSLATE_NOOP("labels", "证件类型"),
               "id_number": QT_TRANSLATE_NOOP("labels", "证件号码")}


@dataclass(frozen=True, slots=True)
class LockedField:
    field: str
    label: str
    message: str


def locked_label(path: str) -> str:
    parts = path.split(".")
    if parts[0] == "property":
        return QT_TRANSLATE_NOOP("labels", "房屋信息")
    who = _PARTY_LABELS.get(parts[0], parts[0])
    if parts[1] == "count":
        return msg(QT_TRANSLATE_NOOP("messages", "{who}人数"), who=who)
    return msg(QT_TRANSLATE_NOOP("messages", "{who}{number}的{item}"), who=who, number=int(parts[1]) + 1,
               item=_KEY_LABELS.get(parts[2], parts[2]))


def can_change(contract: dc.Contract, staff_account: str) -> bool:
    """Only the staff member who created the contract sees the action, and only once filed."""
    return contract.status is ContractStatus.SIGNED and bool(staff_account) \
        and contract.staff_account == staff_account


class ContractChange:
    def __init__(self, sessions: sessionmaker[Session], local_id: str, *, staff_account: str,
                 on_queued: Callable[[], None] | None = None) -> None:
        self.sessions = sessions
        self.local_id = local_id
        self.on_queued = on_queued
        with sessions() as s:
            try:
                self.original = load_contract(s, local_id)
            except ContractNotFoundError:
                raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "本机没有这份合同")), code="NOT_FOUND") from None
            if outbox.has_open(s, sc.ENTITY, local_id):
                raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "这份合同还有未同步的操作，"
                                                         "请先同步后再办理变更。")),
                                   code="PENDING")
        if not can_change(self.original, staff_account):
            if self.original.status is not ContractStatus.SIGNED:
                raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "合同状态为「{status}」，"
                                                         "只有已签约的合同可以变更。"),
                                       status=self.original.status.label), code="INVALID_STATE")
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "只有创建该合同的从业人员才能办理合同变更。")),
                               code="NOT_CREATOR")
        self.edited = copy.deepcopy(self.original)
        self.reason = ""

    def locked(self) -> list[LockedField]:
        return [LockedField(p, locked_label(p), msg(QT_TRANSLATE_NOOP("messages", "「{item}」不能变更。{explanation}"),
                                                item=locked_label(p), explanation=LOCKED_EXPLANATION))
                for p in locked_changes(self.original, self.edited)]

    def items(self) -> list[ChangeItem]:
        return diff_terms(self.original, self.edited)

    def request(self) -> ChangeRequest:
        empty = QT_TRANSLATE_NOOP("labels", "（空）")
        items = [ChangeRequestItem(item=i.label_zh, before=i.before, after=i.after or empty) for i in self.items()]
        if self.reason.strip():
            # The protocol has no reason field; the registry keeps it with the items of this revision.
            items.append(ChangeRequestItem(item=REASON_ITEM, before="", after=self.reason.strip()))
        return ChangeRequest(items=items, terms=ContractTerms.from_domain(self.edited))

    def submit(self) -> ChangeRequest:
        locked = self.locked()
        if locked:
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "{refusal}可选择：{way_out}。"),
                                   refusal=locked[0].message, way_out=CANCELLATION_PATH), field=locked[0].field,
                               code="KEY_FIELD_LOCKED")
        if not self.items():
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "没有变更任何条款："
                                                     "请先在合同条款中修改要变更的内容。")),
                               code="NO_CHANGE")
        body = self.request()
        with self.sessions.begin() as s:
            sc.request_change(s, self.local_id, body)
        if self.on_queued is not None:
            self.on_queued()
        return body
