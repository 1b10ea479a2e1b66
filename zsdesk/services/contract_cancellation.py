"""注销网签备案 (guide 六): the guided checklist, the printable application, and the request that
marks the contract 注销申请中 until the registry completes it with both parties at the counter.

The checklist itself (who brings what: ID originals, both parents + 未成年人保证书 + 户口本/出生证明
for a minor, a notarised power of attorney naming this cancellation for a proxy) is the documents
package's, so the screen and the printed application always say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from zsdesk.documents.cancellation import ChecklistItem, checklist, render_cancellation_application
from zsdesk.documents.layout import RenderResult
from zsdesk.domain import contract as dc
from zsdesk.domain.enums import ContractStatus, PartyRole
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.schemas.contracts import CancellationRequest
from zsdesk.services.errors import ServiceError
from zsdesk.store.contracts import ContractNotFoundError, load_contract
from zsdesk.sync import contracts as sc
from zsdesk.sync import outbox

IN_PERSON = QT_TRANSLATE_NOOP("labels", "办理存量房买卖合同网签备案后，如需解除合同，买卖双方协商一致注销网签备案的，"
                              "双方本人持有效身份证件（原件）及注销网签备案的申请材料向中山市房地产交易管理事务中心申请办理。")
HOTLINE = QT_TRANSLATE_NOOP("labels", "如有疑问，请拨打咨询电话 0760-88363077。")


@dataclass(slots=True)
class CancellationPlan:
    """The checklist screen's state: who cannot come (and who stands in for them), the reason."""

    contract: dc.Contract
    reason: str = ""
    proxies: list[dc.Party] = field(default_factory=list)

    def set_proxy(self, role: PartyRole, index: int, name: str, id_number: str = "") -> dc.Party:
        """The party at ``role``/``index`` cannot come: ``name`` comes with a notarised power of attorney."""
        self.proxies = [p for p in self.proxies if not (p.represents is role and p.guardian_of == index)]
        proxy = dc.Party(role=PartyRole.AGENT, name=name, id_number=id_number, represents=role, guardian_of=index)
        self.proxies.append(proxy)
        return proxy

    def clear_proxy(self, role: PartyRole, index: int) -> None:
        self.proxies = [p for p in self.proxies if not (p.represents is role and p.guardian_of == index)]

    def checklist(self, today: datetime) -> list[ChecklistItem]:
        return checklist(self.contract, today=today, proxies=self.proxies)

    def application(self, printed_at: datetime) -> RenderResult:
        return render_cancellation_application(self.contract, printed_at=printed_at, reason=self.reason,
                                               proxies=self.proxies)


def can_request(contract: dc.Contract, staff_account: str) -> bool:
    return contract.status is ContractStatus.SIGNED and contract.staff_account == staff_account


def open_plan(sessions: sessionmaker[Session], local_id: str) -> CancellationPlan:
    with sessions() as s:
        try:
            contract = load_contract(s, local_id)
        except ContractNotFoundError:
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "本机没有这份合同")), code="NOT_FOUND") from None
    return CancellationPlan(contract)


def request_cancellation(sessions: sessionmaker[Session], local_id: str, plan: CancellationPlan, *,
                         staff_account: str, on_queued: Callable[[], None] | None = None) -> None:
    """Record the application at the registry (through the outbox); the contract then shows
    注销申请中 until the center completes it."""
    if not can_request(plan.contract, staff_account):
        if plan.contract.status is not ContractStatus.SIGNED:
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "合同状态为「{status}」，"
                                                     "只有已签约的合同可以申请注销。"),
                               status=plan.contract.status.label), code="INVALID_STATE")
        raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "只有创建该合同的从业人员才能申请注销网签备案。")),
                           code="NOT_CREATOR")
    with sessions.begin() as s:
        if any(c.kind == sc.CANCEL for c in outbox.open_commands(s, sc.ENTITY, local_id)):
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "注销申请已在等待同步。")), code="ALREADY_QUEUED")
        sc.request_cancellation(s, local_id, CancellationRequest(reason=plan.reason.strip()[:500]))
    if on_queued is not None:
        on_queued()


def status_text(contract: dc.Contract) -> str:
    return contract.status.label


__all__ = ["HOTLINE", "IN_PERSON", "CancellationPlan", "ChecklistItem", "can_request", "open_plan",
           "request_cancellation", "status_text"]
