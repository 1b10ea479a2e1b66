"""The 存量房买卖合同 wizard as plain Python: navigation, per-page findings, the summary, drafts
saved locally and sent through the outbox, consent, submit. The Qt wizard is a thin view over it.

Who owns what:
- The wizard's in-memory :attr:`ContractWizard.contract` is the agent's copy of the *terms* while the
  wizard is open; every save writes it to the cache. The registry's *facts* (registry id, number,
  status, version, creation time, filing number) are written to the cache by the sync engine and
  are read back before every save, never overwritten from memory.
- Everything that must reach the registry goes through the outbox (create on verification,
  updates on page changes, consents, submit), so the wizard works offline after the verification
  (which reads the register and therefore needs the registry). ``on_queued`` tells the sync loop
  there is work (the GUI wakes its loop; tests push explicitly).
- Local saves happen on every page change and, while typing, from :meth:`autosave` (the view calls
  it every few seconds; it writes only when something changed). The registry gets the terms on
  page changes, before consents and before submit, not on every keystroke.
- Consents belong to the terms they were given for: an edit after a consent clears the recorded
  consents, and the parties have to confirm again before submit.

Navigation rule: see :mod:`zsdesk.services.wizard_pages`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from zsdesk.domain import contract as dc
from zsdesk.domain.china_time import china_today
from zsdesk.domain.enums import ContractStatus, PartyRole
from zsdesk.domain.errors import Issue, Severity
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.lifecycle import DRAFT_TTL
from zsdesk.domain.validation import validate_contract_entries, validate_contract_for_submit
from zsdesk.registry.client import RegistryClient
from zsdesk.registry.exceptions import AuthExpired, RegistryError, RegistryOffline
from zsdesk.registry.schemas.contracts import ConsentRequest, ContractTerms
from zsdesk.registry.schemas.properties import VerificationOut
from zsdesk.registry.schemas.sandbox import DemoPropertyOut
from zsdesk.services.errors import ServiceError
from zsdesk.services.property_verification import VerifyFailure, VerifyForm, failure_of, prefill_contract, verify
from zsdesk.services.wizard_pages import PAGES, PageId, page_of, required_on
from zsdesk.store.contracts import contract_from_row, save_contract
from zsdesk.store.models import Contract as ContractRow
from zsdesk.store.models import OutboxCommand
from zsdesk.sync import contracts as sc
from zsdesk.sync import outbox

WARN_BEFORE_EXPIRY = timedelta(hours=2)
AUTOSAVE_INTERVAL = timedelta(seconds=5)
CONSENT_METHOD = QT_TRANSLATE_NOOP("labels", "当面确认")   # stored and sent as is; the GUI translates it


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class NavResult:
    ok: bool
    page: PageId
    reason: str = ""


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    failure: VerifyFailure | None = None
    verification: VerificationOut | None = None


@dataclass(frozen=True, slots=True)
class SummaryLine:
    """One line of the confirm page: click → jump to ``page`` and focus ``field``."""

    page: PageId
    field: str
    message: str
    severity: Severity

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass(frozen=True, slots=True)
class DraftClock:
    """Time left before the registry deletes the unsubmitted draft (24 h after creation)."""

    status: ContractStatus
    created: bool                    # the registry has the draft (its create command went through)
    time_left: timedelta | None
    warning: bool                    # under 2 hours left
    expired: bool
    saved: bool = True               # False before the verification: there is no draft yet

    @property
    def text(self) -> str:
        if not self.saved:
            return ""
        if self.expired:
            return msg(QT_TRANSLATE_NOOP("messages", "草稿已被登记中心删除（创建后 24 小时未提交），"
                                         "可用本机保存的内容一键重新创建"))
        if self.status is not ContractStatus.DRAFT:
            return ""
        if not self.created or self.time_left is None:
            return msg(QT_TRANSLATE_NOOP("messages", "草稿尚未在登记中心创建（等待同步）"))
        minutes = int(self.time_left.total_seconds() // 60)
        hours, minutes = divmod(minutes, 60)
        if self.warning:
            return msg(QT_TRANSLATE_NOOP("messages", "剩余 {hours} 小时 {minutes} 分钟，超过 24 小时未提交的合同"
                                         "将被登记中心自动删除，请尽快提交！"), hours=hours, minutes=minutes)
        return msg(QT_TRANSLATE_NOOP("messages", "剩余 {hours} 小时 {minutes} 分钟，超过 24 小时未提交的合同"
                                     "将被登记中心自动删除"), hours=hours, minutes=minutes)


@dataclass(frozen=True, slots=True)
class SubmitState:
    """The result page: 已签约 + filing number once the registry filed it."""

    status: ContractStatus
    filing_no: str
    contract_no: str
    queued: bool                     # submit is waiting in the outbox (offline or not yet synced)
    failure: str = ""
    failure_page: PageId | None = None

    @property
    def signed(self) -> bool:
        return self.status is ContractStatus.SIGNED


@dataclass(slots=True)
class _Saved:
    terms: str = ""          # terms JSON last written to the cache
    queued: str = ""         # terms JSON last queued for the registry
    consent_basis: str = ""  # terms JSON the recorded consents were given for
    at: datetime | None = None


def _terms_json(contract: dc.Contract) -> str:
    return ContractTerms.from_domain(contract).model_dump_json()


def _take_facts(row: ContractRow, contract: dc.Contract) -> None:
    contract.status = ContractStatus(row.status)
    contract.contract_no = row.contract_no
    contract.filing_no = row.filing_no
    contract.version = row.version
    contract.revision = row.revision
    contract.created_at = row.created_at
    contract.submitted_at = row.submitted_at


def save_local(session: Session, local_id: str, contract: dc.Contract) -> ContractRow:
    """Write the agent's terms to the cache, keeping the registry's facts the cache already holds."""
    row = session.get(ContractRow, local_id)
    if row is None:
        raise LookupError(f"no local contract {local_id}")
    _take_facts(row, contract)
    registry_id, payload, expires_at = row.registry_id, dict(row.payload), row.expires_at
    saved = save_contract(session, contract, local_id, dirty=True)
    saved.registry_id = registry_id
    saved.expires_at = expires_at
    verification = payload.get("verification_id")
    if verification is not None:
        saved.payload = {**saved.payload, "verification_id": verification}
    return saved


class ContractWizard:
    def __init__(self, sessions: sessionmaker[Session], client: RegistryClient | None, *, staff_account: str,
                 agency_name: str = "", on_queued: Callable[[], None] | None = None,
                 clock: Callable[[], datetime] = _utcnow, ccb_url: str = "") -> None:
        self.sessions = sessions
        self.client = client
        self.staff_account = staff_account
        self.agency_name = agency_name
        self.on_queued = on_queued
        self.clock = clock
        self.ccb_url = ccb_url
        self.page: PageId = PageId.VERIFY
        self.form = VerifyForm()
        self.contract: dc.Contract | None = None
        self.local_id: str | None = None
        self.verification: VerificationOut | None = None
        self.last_failure: VerifyFailure | None = None
        self.consents_cleared = False     # the view says "terms changed after consent: confirm again"
        # 练习环境 only (set by contract_desk): fetches the demo properties the verify page offers
        self.demo_source: Callable[[], list[DemoPropertyOut]] | None = None
        self._saved = _Saved()

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def resume(cls, sessions: sessionmaker[Session], client: RegistryClient | None, local_id: str, *,
               staff_account: str, **kw: object) -> ContractWizard:
        """Continue a draft (or an expired one, to re-create it) from the local cache."""
        wiz = cls(sessions, client, staff_account=staff_account, **kw)  # type: ignore[arg-type]
        with sessions() as s:
            row = s.get(ContractRow, local_id)
            if row is None:
                raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "本机没有这份合同")), code="NOT_FOUND")
            wiz.contract = contract_from_row(row)
        wiz.local_id = local_id
        terms = _terms_json(wiz.contract)
        wiz._saved = _Saved(terms=terms, queued=terms, consent_basis=terms, at=wiz.clock())
        wiz.page = PageId.PROPERTY_SELLERS
        return wiz

    @property
    def today(self) -> date:
        return china_today(self.clock())

    # -- page 1: verification ------------------------------------------------------------------
    def verify_property(self, form: VerifyForm | None = None) -> VerifyResult:
        """Look the property up; on success prefill the contract, save it and queue its creation."""
        if self.local_id is not None:
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "房源已验证并已创建合同草稿；"
                                                     "如需更换房源，请新建合同。")),
                               code="ALREADY_VERIFIED")
        if self.client is None:
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "房源验证需要连接登记中心，请检查网络后再试。")),
                               code="OFFLINE")
        form = form or self.form
        self.form = form
        try:
            out = verify(self.client, form)
        except (RegistryOffline, AuthExpired):
            raise
        except RegistryError as err:
            self.last_failure = failure_of(err)
            return VerifyResult(False, failure=self.last_failure)
        self.last_failure = None
        self.verification = out
        self.contract = prefill_contract(out, staff_account=self.staff_account, agency_name=self.agency_name)
        with self.sessions.begin() as s:
            self.local_id = sc.create_draft(s, out.verification_id, self.contract)
        terms = _terms_json(self.contract)
        self._saved = _Saved(terms=terms, queued=terms, consent_basis=terms, at=self.clock())
        self._queued()
        return VerifyResult(True, verification=out)

    # -- navigation ----------------------------------------------------------------------------
    def can_leave_verify(self) -> tuple[bool, str]:
        if self.contract is None:
            return False, msg(QT_TRANSLATE_NOOP("messages", "请先完成房源验证"))
        if self.contract.property.sealed:
            return False, msg(QT_TRANSLATE_NOOP("messages", "该房屋已被查封，不能办理网签备案"))
        return True, ""

    def go_to(self, page: PageId) -> NavResult:
        """Move to any page (the step list, a summary line, Next/Back); saves on every move."""
        if page is not PageId.VERIFY:
            ok, reason = self.can_leave_verify()
            if not ok:
                return NavResult(False, self.page, reason)
        if page is not self.page:
            self.flush()
        self.page = page
        return NavResult(True, page)

    def next(self) -> NavResult:
        i = PAGES.index(self.page)
        if i + 1 >= len(PAGES):
            return NavResult(False, self.page, QT_TRANSLATE_NOOP("labels", "已是最后一页"))
        return self.go_to(PAGES[i + 1])

    def back(self) -> NavResult:
        i = PAGES.index(self.page)
        if i == 0:
            return NavResult(False, self.page, QT_TRANSLATE_NOOP("labels", "已是第一页"))
        return self.go_to(PAGES[i - 1])

    # -- saving --------------------------------------------------------------------------------
    def _contract(self) -> dc.Contract:
        if self.contract is None:
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "请先完成房源验证")), code="NOT_VERIFIED")
        return self.contract

    def _check_consents(self, terms: str) -> None:
        contract = self._contract()
        if contract.consents and terms != self._saved.consent_basis:
            contract.consents = []
            self.consents_cleared = True

    @property
    def dirty(self) -> bool:
        return self.contract is not None and _terms_json(self.contract) != self._saved.terms

    def save_local(self) -> bool:
        """Write the terms to the cache when they changed. True when something was written."""
        if self.contract is None or self.local_id is None:
            return False
        terms = _terms_json(self.contract)
        self._check_consents(terms)
        if terms == self._saved.terms:
            return False
        with self.sessions.begin() as s:
            save_local(s, self.local_id, self.contract)
        self._saved.terms = terms
        self._saved.at = self.clock()
        return True

    def autosave(self) -> bool:
        """Called by the view every few seconds while typing; writes at most every AUTOSAVE_INTERVAL."""
        last = self._saved.at
        if last is not None and self.clock() - last < AUTOSAVE_INTERVAL:
            return False
        return self.save_local()

    def flush(self) -> None:
        """Save locally and, for a draft, queue the terms for the registry when they changed."""
        if self.contract is None or self.local_id is None:
            return
        self.save_local()
        terms = _terms_json(self.contract)
        if terms == self._saved.queued:
            return
        if any(i.is_error for i in validate_contract_entries(self.contract, self.today)):
            # The registry refuses such a draft (same rule): keep it here, where the page shows the
            # field to fix, instead of queueing a command that can only fail.
            return
        with self.sessions.begin() as s:
            row = s.get(ContractRow, self.local_id)
            if row is None or row.status != ContractStatus.DRAFT:
                return
            _take_facts(row, self.contract)
            sc.update_draft(s, self.local_id, self.contract)
            save_local(s, self.local_id, self.contract)
        self._saved.queued = terms
        self._queued()

    def close(self) -> None:
        """The wizard is closing: nothing typed may stay only in memory."""
        self.flush()

    def _queued(self) -> None:
        if self.on_queued is not None:
            self.on_queued()

    # -- findings ------------------------------------------------------------------------------
    def issues(self) -> list[Issue]:
        if self.contract is None:
            return [Issue("property", "NOT_VERIFIED", msg(QT_TRANSLATE_NOOP("messages", "请先完成房源验证")))]
        if self.contract.consents:
            self._check_consents(_terms_json(self.contract))
        issues = validate_contract_for_submit(self.contract, self.today)
        if self.consents_cleared and not self.contract.consents:
            issues.append(Issue("consents", "CONSENT_STALE",
                                msg(QT_TRANSLATE_NOOP("messages", "记录同意后合同内容有修改，"
                                                      "请向买卖双方重新确认并记录同意")),
                                Severity.WARNING))
        return issues

    def page_issues(self, page: PageId | None = None) -> list[Issue]:
        page = page or self.page
        return [i for i in self.issues() if page_of(i.field, self.contract) is page]

    def required_fields(self, page: PageId | None = None) -> frozenset[str]:
        """Concrete field paths the view marks with the required cue on ``page``."""
        if self.contract is None:
            return frozenset()
        return required_on(page or self.page, self.contract)

    def summary(self) -> list[SummaryLine]:
        """Every missing or invalid field, in page order, errors first within a page."""
        lines = [SummaryLine(page_of(i.field, self.contract), i.field, i.message, i.severity) for i in self.issues()]
        return sorted(lines, key=lambda ln: (PAGES.index(ln.page), not ln.is_error))

    def can_submit(self) -> bool:
        return self.contract is not None and self.local_id is not None and not any(
            line.is_error for line in self.summary())

    # -- page 7: consent -----------------------------------------------------------------------
    def parties_for_consent(self) -> list[tuple[PartyRole, int, str, dc.Consent | None]]:
        """Every seller and buyer with their recorded consent (None: still to confirm)."""
        contract = self._contract()
        out: list[tuple[PartyRole, int, str, dc.Consent | None]] = []
        for role, parties in ((PartyRole.SELLER, contract.sellers), (PartyRole.BUYER, contract.buyers)):
            for i, p in enumerate(parties):
                given = next((c for c in contract.consents
                              if c.role is role and c.party_name.strip() == p.name.strip()), None)
                out.append((role, i, p.name, given))
        return out

    def record_consent(self, role: PartyRole, index: int, method: str = CONSENT_METHOD) -> dc.Consent:
        """The agent confirms that this party agreed to file the contract as it stands now."""
        contract = self._contract()
        if self.local_id is None:
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "请先完成房源验证")), code="NOT_VERIFIED")
        parties = contract.sellers if role is PartyRole.SELLER else contract.buyers
        party = parties[index]
        if not party.name.strip():
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "请先填写该当事人的姓名")),
                               field=f"{'sellers' if role is PartyRole.SELLER else 'buyers'}"
                               f".{index}.name", code="REQUIRED")
        self.flush()   # the registry must hold these terms (and this name) before the consent
        consent = dc.Consent(party_name=party.name, role=role, confirmed_at=self.clock(),
                             recorded_by=self.staff_account, method=method)
        contract.consents = [c for c in contract.consents
                             if not (c.role is role and c.party_name.strip() == party.name.strip())]
        contract.consents.append(consent)
        with self.sessions.begin() as s:
            sc.record_consent(s, self.local_id, ConsentRequest(role=role, party_name=party.name, method=method))
            save_local(s, self.local_id, contract)
        terms = _terms_json(contract)
        self._saved.consent_basis = terms
        self._saved.terms = terms
        self.consents_cleared = False
        self._queued()
        return consent

    # -- draft clock ---------------------------------------------------------------------------
    def draft_clock(self, now: datetime | None = None) -> DraftClock:
        if self.local_id is None:
            return DraftClock(ContractStatus.DRAFT, False, None, False, False, saved=False)
        now = now or self.clock()
        with self.sessions() as s:
            row = s.get(ContractRow, self.local_id)
            if row is None:
                raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "本机没有这份合同")), code="NOT_FOUND")
            return draft_clock_of(row, now)

    def recreate(self) -> None:
        """One action: the registry deleted the draft, file the local copy as a new draft."""
        if self.local_id is None:
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "没有可重新创建的草稿")), code="NOT_FOUND")
        with self.sessions.begin() as s:
            sc.recreate_from_expired(s, self.local_id)
            row = s.get(ContractRow, self.local_id)
            assert row is not None
            self.contract = contract_from_row(row)
        terms = _terms_json(self.contract)
        self._saved = _Saved(terms=terms, queued=terms, consent_basis=terms, at=self.clock())
        self._queued()

    # -- submit --------------------------------------------------------------------------------
    def submit(self) -> None:
        """Queue the filing (after the latest terms). Refused while the summary has errors."""
        errors = [line for line in self.summary() if line.is_error]
        if errors:
            first = errors[0]
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "还有 {count} 项必填或有误的内容，请先完善：{first}"),
                                   count=len(errors), first=first.message),
                               field=first.field, code="INCOMPLETE")
        assert self.local_id is not None
        self.flush()
        with self.sessions.begin() as s:
            row = s.get(ContractRow, self.local_id)
            if row is None or row.status != ContractStatus.DRAFT:
                raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "只有草稿可以提交")), code="INVALID_STATE")
            sc.submit(s, self.local_id)
        self._queued()

    def refresh(self) -> None:
        """Re-read the registry's facts (after a sync) into the open contract."""
        if self.contract is None or self.local_id is None:
            return
        with self.sessions() as s:
            row = s.get(ContractRow, self.local_id)
            if row is not None:
                _take_facts(row, self.contract)

    def finished(self) -> bool:
        """Nothing is left to enter here: the contract is filed (or past it), or its filing waits in
        the outbox without a refusal. A page that shows this wizard opens a new contract instead."""
        if self.local_id is None:
            return False
        with self.sessions() as s:
            if s.get(ContractRow, self.local_id) is None:     # deleted from the list meanwhile
                return True
        state = self.submit_state()
        if state.status not in (ContractStatus.DRAFT, ContractStatus.EXPIRED):
            return True
        return state.queued and not state.failure

    def submit_state(self) -> SubmitState:
        if self.local_id is None:
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "请先完成房源验证")), code="NOT_VERIFIED")
        with self.sessions() as s:
            row = s.get(ContractRow, self.local_id)
            assert row is not None
            cmds = outbox.open_commands(s, sc.ENTITY, self.local_id)
            failed = next((c for c in cmds if c.state == outbox.CommandState.FAILED), None)
            queued = any(c.kind == sc.SUBMIT for c in cmds)
            status = ContractStatus(row.status)
            if failed is not None:
                reason = outbox.stored_detail(failed.last_error_detail, failed.last_error_text)
                return SubmitState(status, row.filing_no, row.contract_no, queued, reason,
                                   page_of(failed.last_error_field or "", self.contract)
                                   if failed.last_error_field else None)
            return SubmitState(status, row.filing_no, row.contract_no, queued)


def draft_clock_of(row: ContractRow, now: datetime) -> DraftClock:
    """Also used by the contract list: the same warning everywhere."""
    status = ContractStatus(row.status)
    if status is ContractStatus.EXPIRED:
        return DraftClock(status, bool(row.registry_id), timedelta(0), False, True)
    if status is not ContractStatus.DRAFT or row.created_at is None or not row.registry_id:
        return DraftClock(status, bool(row.registry_id), None, False, False)
    expires = row.expires_at or row.created_at + DRAFT_TTL
    if expires.tzinfo is None:
        expires = expires.replace(tzinfo=UTC)
    left = max(expires - now, timedelta(0))
    return DraftClock(status, True, left, left < WARN_BEFORE_EXPIRY, left <= timedelta(0))


def failed_commands(sessions: sessionmaker[Session], local_id: str) -> list[OutboxCommand]:
    with sessions() as s:
        return list(s.scalars(select(OutboxCommand).where(
            OutboxCommand.entity_type == sc.ENTITY, OutboxCommand.entity_id == local_id,
            OutboxCommand.state == outbox.CommandState.FAILED)))


__all__ = ["ContractWizard", "DraftClock", "NavResult", "SubmitState", "SummaryLine", "VerifyResult",
           "draft_clock_of", "failed_commands", "save_local"]
