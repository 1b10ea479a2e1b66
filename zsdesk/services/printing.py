"""Printed documents for the GUI's print, preview and save-as-PDF commands (no Qt here).

Contracts are read from the local cache by `local_id` and rendered by `zsdesk.documents`; the GUI
calls these from worker threads only (rendering a contract copy takes a few hundred ms). A batch is
a generator that reports progress and stops at the next contract once the user cancels.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from zsdesk.documents import (
    PowerOfAttorney,
    RenderResult,
    power_of_attorney_filename,
    render_cancellation_application,
    render_contract,
    render_power_of_attorney,
    suggested_filename,
)
from zsdesk.domain.china_time import china_now
from zsdesk.domain.contract import Contract
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.services.app_context import AppContext, cache_of
from zsdesk.services.errors import ServiceError
from zsdesk.services.progress import NO_PROGRESS, Progress
from zsdesk.store.contracts import ContractNotFoundError

log = logging.getLogger(__name__)

ContractDocKind = Literal["contract", "cancellation"]
Clock = Callable[[], datetime]

NOT_FOUND = msg(QT_TRANSLATE_NOOP("messages", "本机数据中已没有这份合同（可能已被同步删除），请刷新列表后重试。"))
_TITLES = {"contract": QT_TRANSLATE_NOOP("labels", "存量房买卖合同"),
           "cancellation": QT_TRANSLATE_NOOP("labels", "注销网签备案申请")}


@dataclass(frozen=True, slots=True)
class PrintDocument:
    """One rendered document and the names it goes by (none of them carries an ID number)."""

    title: str        # print job name and preview window title
    filename: str     # suggested file name for 另存为 PDF
    rendered: RenderResult

    @property
    def pdf(self) -> bytes:
        return self.rendered.pdf

    @property
    def page_count(self) -> int:
        return self.rendered.page_count

    @property
    def warnings(self) -> list[str]:
        return self.rendered.warnings


def _now() -> datetime:
    return china_now()     # the print footer shows China time, whatever the PC's time zone


def load_contract(ctx: AppContext, local_id: str) -> tuple[Contract, str]:
    """The cached contract and the name of the agent who signs it for the agency."""
    from sqlalchemy import select

    from zsdesk.store.contracts import load_contract as load_row
    from zsdesk.store.models.account import Staff

    with cache_of(ctx).sessions() as session:
        try:
            contract = load_row(session, local_id)
        except ContractNotFoundError:
            raise ServiceError(NOT_FOUND, code="contract_not_found") from None
        name = ""
        if contract.staff_account:
            name = session.scalars(select(Staff.name).where(Staff.login_account == contract.staff_account)
                                   .limit(1)).first() or ""
    account = ctx.account
    if not name and account is not None and account.username == contract.staff_account:
        name = account.display_name
    return contract, name or contract.staff_account


def contract_document(contract: Contract, agent_name: str, *, kind: ContractDocKind = "contract",
                      printed_at: datetime | None = None) -> PrintDocument:
    printed_at = printed_at or _now()
    if kind == "contract":
        rendered = render_contract(contract, printed_at=printed_at, agent_name=agent_name)
    else:
        rendered = render_cancellation_application(contract, printed_at=printed_at)
    title = msg(QT_TRANSLATE_NOOP("messages", "{document} {number}"), document=_TITLES[kind],
                number=contract.contract_no or QT_TRANSLATE_NOOP("labels", "（未编号）"))
    return PrintDocument(title, suggested_filename(contract, kind), rendered)


def render_stored_contract(ctx: AppContext, local_id: str, *, kind: ContractDocKind = "contract",
                           clock: Clock = _now) -> PrintDocument:
    contract, agent = load_contract(ctx, local_id)
    return contract_document(contract, agent, kind=kind, printed_at=clock())


def power_of_attorney_from_values(values: Mapping[str, object], *, entrusted_name: str, entrusted_id: str,
                                  phone: str, open_agency_account: bool, use_staff_account: bool,
                                  signed_on: date | None = None) -> PowerOfAttorney:
    """The 委托书 from the agency's enterprise record as the agency page holds it
    (`services.agency.EnterpriseRecord.values`) and the entrusted person typed in for this print."""

    def text(key: str) -> str:
        value = values.get(key)
        return str(value).strip() if value is not None else ""

    return PowerOfAttorney(text("name"), text("uscc"), text("legal_rep_name"), text("legal_rep_id_number"),
                           entrusted_name.strip(), entrusted_id.strip(), phone.strip(), open_agency_account,
                           use_staff_account, signed_on)


def power_of_attorney_document(poa: PowerOfAttorney, *, clock: Clock = _now) -> PrintDocument:
    rendered = render_power_of_attorney(poa, printed_at=clock())
    title = msg(QT_TRANSLATE_NOOP("messages", "委托书 {agency}"), agency=poa.agency_name)
    return PrintDocument(title, power_of_attorney_filename(poa), rendered)


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One contract of a batch: its document, or why it could not be rendered."""

    index: int
    local_id: str
    document: PrintDocument | None
    error: str = ""


def iter_stored_contracts(ctx: AppContext, local_ids: Sequence[str], progress: Progress = NO_PROGRESS, *,
                          kind: ContractDocKind = "contract", clock: Clock = _now) -> Iterator[BatchItem]:
    """Render the contracts one by one. Before each one, progress reports `(done, total, text)`
    and raises `Cancelled` if the user stopped the batch; the consumer reports the final
    `(total, total)` once it has finished with the last document. A contract that cannot be
    rendered (e.g. removed from the cache meanwhile) is reported and the batch goes on."""
    total = len(local_ids)
    for done, local_id in enumerate(local_ids):
        progress.step(done, total, msg(QT_TRANSLATE_NOOP("messages", "正在生成第 {number}/{total} 份"),
                                       number=done + 1, total=total))
        try:
            document = render_stored_contract(ctx, local_id, kind=kind, clock=clock)
        except ServiceError as exc:
            yield BatchItem(done, local_id, None, exc.message)
        except Exception as exc:
            # The type only: messages of lower layers may quote personal data.
            log.exception("rendering contract %s failed: %s", local_id, type(exc).__name__)
            yield BatchItem(done, local_id, None,
                            QT_TRANSLATE_NOOP("labels", "生成文档时出错，详情已记录在日志中"))
        else:
            yield BatchItem(done, local_id, document)


@dataclass(slots=True)
class BatchOutcome:
    done: list[Path] = field(default_factory=list)          # files written (or jobs sent, as doc titles)
    failures: list[BatchItem] = field(default_factory=list)


def default_pdf_path(directory: str | os.PathLike[str], document: PrintDocument) -> Path:
    return Path(directory) / document.filename


def unique_path(path: Path) -> Path:
    """`path`, or `name (2).pdf`, `name (3).pdf`… when it exists: a batch never overwrites."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate


def save_pdf(document: PrintDocument, path: str | os.PathLike[str]) -> Path:
    """The document's own (vector, searchable) PDF, written atomically."""
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    target.parent.mkdir(parents=True, exist_ok=True)
    document.rendered.write_to(target)
    return target


def save_contracts_pdf(ctx: AppContext, local_ids: Sequence[str], directory: str | os.PathLike[str],
                       progress: Progress = NO_PROGRESS, *, kind: ContractDocKind = "contract",
                       clock: Clock = _now) -> BatchOutcome:
    """批量另存为 PDF: one file per contract under its suggested name. A cancelled batch keeps the
    files already finished; the write of each file is atomic, so none is half written."""
    outcome = BatchOutcome()
    for item in iter_stored_contracts(ctx, local_ids, progress, kind=kind, clock=clock):
        if item.document is None:
            outcome.failures.append(item)
            continue
        outcome.done.append(save_pdf(item.document, unique_path(default_pdf_path(directory, item.document))))
    progress.step(len(local_ids), len(local_ids), QT_TRANSLATE_NOOP("labels", "完成"))
    return outcome


def check_entrusted_person(name: str, id_number: str, phone: str) -> dict[str, str]:
    """Problems with the 受托方 typed in for the 委托书, keyed by field (name, id_number, phone),
    each a Chinese message saying what to fix; empty when the person can be printed."""
    from zsdesk.domain.contact import validate_phone
    from zsdesk.domain.enums import IdType
    from zsdesk.domain.identity import validate_id

    problems: dict[str, str] = {}
    if not name.strip():
        problems["name"] = msg(QT_TRANSLATE_NOOP("messages", "请填写受托方姓名（与身份证一致）。"))
    id_errors = [i for i in validate_id(IdType.RESIDENT_ID, id_number) if i.is_error]
    if not id_number.strip():
        problems["id_number"] = msg(QT_TRANSLATE_NOOP("messages", "请填写受托方的居民身份证号码。"))
    elif id_errors:
        problems["id_number"] = id_errors[0].message
    phone_errors = [i for i in validate_phone(phone) if i.is_error]
    if not phone.strip():
        problems["phone"] = msg(QT_TRANSLATE_NOOP("messages", "请填写联系电话。"))
    elif phone_errors:
        problems["phone"] = phone_errors[0].message
    return problems
