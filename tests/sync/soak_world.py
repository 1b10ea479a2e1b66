"""An agent's working day at one desk, time-compressed: shared by tests/sync/test_soak.py (two
minutes in CI) and bench/soak.py (ten minutes to hours).

The desk is the client as the GUI runs it: a :class:`SyncLoop` on its own thread (background
sync), an encrypted cache, a logged-in staff client that logs in again from the keyring when its
token expires. Around it, on the driving thread:

- the agent creates drafts locally (from verifications made while online) and edits them, then
  wakes the loop as the wizard does; a command the registry refused because another desk changed
  the draft first (VERSION_CONFLICT) is retried, as the agent would press 重试;
- "another desk" of the same staff member edits drafts and creates new ones directly at the
  registry, and right after each restart edits the drafts whose local edits are still queued
  (the agent's commands then meet VERSION_CONFLICT);
- a colleague (another staff member of the same agency) files drafts of their own, which must
  never reach this desk's cache;
- the registry is restarted now and then (stopped, left down for a moment while the agent keeps
  typing — those edits wait in the outbox — and started again on the same database and port;
  every other restart is a SIGKILL, a crash);
- the registry's sandbox clock is moved forward so that the run covers a working day (tokens
  expire after 8 h of it, so both desks log in again from the keyring near the end).

Every ``sample_every_s`` the client process's RSS, Python thread count, OS thread count and open
file descriptors are sampled (psutil), and the cache is checked for a draft with more than its one
buyer (a save that mixed two copies' parties). Python warnings from any thread (e.g. SQLAlchemy's
"DELETE ... expected to delete 2 row(s); 0 were matched") are recorded: each is a finding. At the
end the loop settles the outbox, and the cache is compared with the registry.
"""

from __future__ import annotations

import contextlib
import random
import signal
import statistics
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
import requests
from sqlalchemy import func, select
from sync_env import RegistryProcess, StaffLogin, seed_staff, sellable_properties, server_contracts, verify_request
from sync_world import MASTER_KEY, fast_config

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import PartyRole
from zsdesk.registry.client import RegistryClient
from zsdesk.registry.exceptions import RegistryError, RegistryOffline
from zsdesk.registry.schemas.contracts import ContractCreate, ContractTerms
from zsdesk.registry.schemas.properties import VerificationOut, VerifyRequest
from zsdesk.registry.server.auth import hash_password
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.models.accounts import NetSignAccount, UnifiedAccount
from zsdesk.registry.server.models.staff import StaffMember
from zsdesk.services.sync_status import queued_commands
from zsdesk.store.contracts import contract_from_row, load_contract
from zsdesk.store.database import Cache, open_cache
from zsdesk.store.models import Contract as ContractRow
from zsdesk.store.models import ContractParty, OutboxCommand
from zsdesk.sync import contracts as sc
from zsdesk.sync import outbox
from zsdesk.sync.engine import Backoff, SyncEngine, SyncStatus
from zsdesk.sync.loop import SyncLoop

MB = 1024 * 1024


@dataclass
class SoakPlan:
    duration_s: float = 120.0      # the agent's activity; settling and the final check come on top
    warmup_s: float = 20.0         # imports, first pools and caches: not judged
    restart_every_s: float = 25.0  # a registry restart this often (the first after warm-up)
    outage_s: float = 2.0          # how long the registry stays down before it is started again
    step_s: float = 0.25           # pause between two actions of the agent / the other desk
    sample_every_s: float = 1.0
    loop_interval_s: float = 0.5   # the GUI's 60 s between rounds, compressed
    edit_think_s: float = 0.02     # between reading a draft and saving the edit (validation, terms)
    page_size: int = 3             # change-feed page (the app's 500, scaled to a round's few changes)
    day_hours: float = 10.0        # registry time the run covers (09:00 to 19:00)
    settle_s: float = 60.0         # deadline for the outbox to drain at the end
    seed: int = 12


@dataclass(frozen=True)
class Sample:
    t: float              # seconds since the start of the activity
    rss: int              # bytes
    py_threads: int       # threading.active_count()
    os_threads: int       # psutil num_threads (also counts threads started by C code)
    fds: int              # psutil num_fds
    rounds: int
    sent: int             # outbox commands done so far
    pending: int          # commands still open: waiting or refused (outbox.open_count)
    online: bool


@dataclass
class Counters:
    local_creates: int = 0
    local_edits: int = 0
    queued_offline: int = 0       # local creates and edits while the registry was down
    colleague_creates: int = 0
    other_creates: int = 0
    other_edits: int = 0
    other_refused: int = 0        # the other desk lost a race (VERSION_CONFLICT) or was offline
    conflicts_retried: int = 0
    restarts: int = 0
    relogins: int = 0
    round_errors: int = 0         # rounds that ended with an unexpected exception (a bug)
    unexpected_refusals: list[str] = field(default_factory=list)
    mixed_parties: list[str] = field(default_factory=list)   # "t=…: N drafts with 2+ buyers"


@dataclass
class SoakResult:
    plan: SoakPlan
    samples: list[Sample]
    counters: Counters
    rounds: int
    commands_sent: int
    round_ms: list[tuple[float, float]]   # (t, duration of the round in ms)
    problems: list[str]                   # consistency of outbox and cache with the registry
    settle_s: float
    thread_alive_after_stop: bool

    def warm_window(self) -> list[Sample]:
        """The first third of the judged part of the run (after warm-up)."""
        start, third = self.plan.warmup_s, (self.plan.duration_s - self.plan.warmup_s) / 3
        return [s for s in self.samples if start <= s.t < start + third]

    def last_window(self) -> list[Sample]:
        third = (self.plan.duration_s - self.plan.warmup_s) / 3
        return [s for s in self.samples if s.t >= self.plan.duration_s - third]

    def baseline(self) -> Sample:
        """The first sample after warm-up."""
        return self.warm_window()[0]

    def growth(self) -> dict[str, float]:
        """How much each resource's maximum grew from the warm window to the last window."""
        warm, last = self.warm_window(), self.last_window()
        return {
            "rss_mb": (max(s.rss for s in last) - max(s.rss for s in warm)) / MB,
            "py_threads": max(s.py_threads for s in last) - max(s.py_threads for s in warm),
            "os_threads": max(s.os_threads for s in last) - max(s.os_threads for s in warm),
            "fds": max(s.fds for s in last) - max(s.fds for s in warm),
        }

    def median_round_ms(self, window: list[Sample]) -> float:
        if not window:
            return 0.0
        lo, hi = window[0].t, window[-1].t
        inside = [ms for t, ms in self.round_ms if lo <= t <= hi]
        return statistics.median(inside) if inside else 0.0


class _Desk:
    """The client under test, wired as the GUI wires it."""

    def __init__(self, registry: RegistryProcess, cache: Cache, staff: StaffLogin, plan: SoakPlan,
                 started: float) -> None:
        self.cache = cache
        self.client = RegistryClient(fast_config(registry.url))
        self.client.login(staff.login, staff.password, remember=True)
        self.client.enable_saved_relogin()
        # Small feed pages: most pulls span several pages, so the prefetch thread runs nearly every
        # round and a restart can cut a pull in the middle.
        self.engine = SyncEngine(cache.sessions, self.client, sc.handlers(), sc.appliers(),
                                 scope=f"changes:{staff.login}", page_size=plan.page_size,
                                 backoff=Backoff(base_s=0.2, cap_s=1.0))
        self.round_ms: list[tuple[float, float]] = []
        self.last_status: SyncStatus | None = None
        self.errors: list[BaseException] = []
        self._started = started
        self.loop = SyncLoop(self.engine, interval_s=plan.loop_interval_s, backoff=Backoff(base_s=0.2, cap_s=2.0),
                             on_status=self._on_status, on_error=self.errors.append)
        self.thread = threading.Thread(target=self.loop.run, name="zsdesk-sync", daemon=True)

    def _on_status(self, status: SyncStatus) -> None:
        # As the GUI's status bar does after every round: the queued commands, read from the cache.
        queued_commands(self.engine.sessions)
        self.last_status = status
        if status.last_attempt is not None:
            now = self.engine.clock()
            self.round_ms.append((time.monotonic() - self._started,
                                  (now - status.last_attempt).total_seconds() * 1000))

    def close(self) -> None:
        self.loop.stop()
        self.thread.join(10)
        self.client.close()


def seed_colleague(db: Database, staff: StaffLogin) -> StaffLogin:
    """A second active, bound staff member of ``staff``'s agency."""
    now = datetime.now(UTC)
    with db.session() as s:
        member = StaffMember(agency_id=staff.agency_id, name="同事", id_type="resident_id",
                             id_number=f"C{staff.staff_id}", phone="13900000001", data={}, status="approved",
                             active=True, created_at=now, updated_at=now)
        s.add(member)
        s.flush()
        pw = hash_password(staff.password)
        acct = NetSignAccount(kind="staff", login=f"colleague{member.id}", password_hash=pw,
                              agency_id=staff.agency_id, staff_id=member.id, active=True, failed_logins=0,
                              created_at=now)
        s.add(acct)
        s.flush()
        member.account_id = acct.id
        login = f"uidcolleague{member.id}"
        first = s.scalar(select(UnifiedAccount).where(UnifiedAccount.login == staff.login))
        assert first is not None
        s.add(UnifiedAccount(login=login, password_hash=pw, company_name=first.company_name, uscc=first.uscc,
                             legal_rep_name="张三", legal_rep_id_number="x", failed_logins=0,
                             bound_account_id=acct.id, bound_at=now, created_at=now))
        s.commit()
        return StaffLogin(login, staff.password, staff.agency_id, member.id, acct.id)


def _counting_relogin(client: RegistryClient, counters: Counters) -> None:
    original = client.relogin_from_saved

    def relogin() -> bool:
        counters.relogins += 1
        return original()

    client.on_auth_required = relogin


class Soak:
    def __init__(self, workdir: Path, plan: SoakPlan) -> None:
        self.plan = plan
        self.rng = random.Random(plan.seed)
        self.workdir = workdir
        self.registry = RegistryProcess(workdir / "registry.sqlite3")
        self.counters = Counters()
        self.samples: list[Sample] = []
        self.local_ids: list[str] = []
        self.verifications: list[VerificationOut] = []
        self.proc = psutil.Process()
        self._prop = self.rng.randrange(len(sellable_properties()))
        self._sandbox = requests.Session()
        self._sandbox.trust_env = False
        self.online = False
        self.on_sample: Callable[[Sample], None] | None = None
        self.warnings: list[str] = []
        self.current = ""

    # -- set-up --------------------------------------------------------------------------------
    def _start(self) -> None:
        self.registry.start()
        self.online = True
        self.db = Database(self.registry.db_url)
        self.staff = seed_staff(self.db, name="全天员")
        self.cache = open_cache(self.workdir / "cache.sqlite3", self.workdir / "config", master_key=MASTER_KEY)
        self.t0 = time.monotonic()
        self.desk = _Desk(self.registry, self.cache, self.staff, self.plan, self.t0)
        _counting_relogin(self.desk.client, self.counters)
        self.other = RegistryClient(fast_config(self.registry.url))
        self.other.login(self.staff.login, self.staff.password)
        self.other.enable_saved_relogin()
        _counting_relogin(self.other, self.counters)
        self.colleague = seed_colleague(self.db, self.staff)
        self.colleague_client = RegistryClient(fast_config(self.registry.url))
        self.colleague_client.login(self.colleague.login, self.colleague.password)
        # The colleague's own remembered login is not in this keyring (it holds the agent's): on
        # token expiry the colleague logs in again with the password, as at their own desk.
        self.colleague_client.on_auth_required = self._colleague_relogin
        self.desk.thread.start()

    def _colleague_relogin(self) -> bool:
        self.colleague_client.login(self.colleague.login, self.colleague.password)
        return True

    def _close(self) -> None:
        self.desk.close()
        self.other.close()
        self.colleague_client.close()
        self._sandbox.close()
        self.cache.close()
        self.db.dispose()
        self.registry.stop()

    # -- the registry's day ----------------------------------------------------------------------
    def _elapsed(self) -> float:
        return time.monotonic() - self.t0

    def _move_clock(self) -> None:
        if not self.online:
            return
        offset = min(1.0, self._elapsed() / self.plan.duration_s) * self.plan.day_hours * 3600
        try:
            r = self._sandbox.put(self.registry.url + "/api/v1/_sandbox/clock", json={"offset_s": offset}, timeout=5)
            r.raise_for_status()
        except requests.RequestException:
            pass  # a request racing a restart: the next sample sets it

    def _outage(self, t_end: float) -> None:
        """Stop the registry, keep working while it is down, start it again (same file, same port)."""
        self.counters.restarts += 1
        self.registry.stop(signal.SIGKILL if self.counters.restarts % 2 == 0 else signal.SIGTERM)
        self.online = False
        down_until = time.monotonic() + self.plan.outage_s
        while time.monotonic() < min(down_until, t_end):
            self._step()
            self._maybe_sample()
            time.sleep(self.plan.step_s)
        self.registry.start()   # the clock offset lives in the server's memory: set it again
        self.online = True
        self._move_clock()
        self._collide()

    def _collide(self) -> None:
        """Before the loop's backoff ends, the other desk changes drafts with queued local edits."""
        with self.cache.sessions() as s:
            busy = {c.entity_id for c in outbox.open_commands(s) if c.kind == sc.UPDATE}
            rids = [r.registry_id for r in s.query(ContractRow).filter(ContractRow.local_id.in_(busy))
                    if r.registry_id and r.status == "draft"]
        for rid in rids[:2]:
            self._other_edit(rid)

    # -- the agent and the other desk --------------------------------------------------------------
    def _verify(self, client: RegistryClient | None = None) -> VerificationOut:
        props = sellable_properties()
        self._prop = (self._prop + 1) % len(props)
        body = VerifyRequest.model_validate(verify_request(props[self._prop]))
        return (client or self.desk.client).verify_property(body)

    def _draft_rows(self) -> list[tuple[str, str | None]]:
        with self.cache.sessions() as s:
            return [(lid, rid) for lid, rid in s.query(ContractRow.local_id, ContractRow.registry_id)
                    .filter(ContractRow.status == "draft")]

    def _local_create(self) -> None:
        if len(self.verifications) < 3 and self.online:
            with contextlib.suppress(RegistryOffline):
                self.verifications.append(self._verify())
        if not self.verifications:
            return
        out = self.verifications.pop()
        contract = dc.Contract(property=out.property.to_domain())
        contract.sellers = [dc.Party(role=PartyRole.SELLER, name=o.name, id_type=o.id_type, id_number=o.id_number,
                                     share=o.share) for o in out.property.owners]
        contract.buyers = [dc.Party(role=PartyRole.BUYER, name=f"买方{self.rng.randrange(100)}",
                                    id_number="440101199001011234", phone="13800138000")]
        with self.cache.sessions.begin() as s:
            self.current = sc.create_draft(s, out.verification_id, contract)
            self.local_ids.append(self.current)
        self.counters.local_creates += 1
        self.counters.queued_offline += not self.online
        self.desk.loop.wake()

    def _local_edit(self) -> None:
        rows = self._draft_rows()
        if not rows:
            return
        # Mostly the draft the agent is working on (whose last command the loop may be applying
        # right now), sometimes another one.
        current = [lid for lid, _ in rows if lid == self.current]
        lid = current[0] if current and self.rng.random() < 0.7 else self.rng.choice(rows)[0]
        self.current = lid
        with self.cache.sessions.begin() as s:
            row = s.get(ContractRow, lid)
            if row is None or row.status != "draft":
                return
            c = contract_from_row(row)
            c.payment.loan_bank = f"中山银行{self.rng.randrange(10000)}"
            # The wizard validates and builds the terms between reading the row and saving it.
            time.sleep(self.plan.edit_think_s)
            sc.update_draft(s, lid, c)
        self.counters.local_edits += 1
        self.counters.queued_offline += not self.online
        self.desk.loop.wake()

    def _other_edit(self, rid: str | None = None) -> None:
        rids = [rid] if rid else [r for _, r in self._draft_rows() if r]
        if not rids:
            return
        try:
            current = self.other.get_contract(self.rng.choice(rids))
            terms = current.terms.model_copy(deep=True)
            terms.handover.conditions = f"另一台电脑{self.rng.randrange(10000)}"
            self.other.update_contract(current.id, terms, current.version)
            self.counters.other_edits += 1
        except RegistryError:
            self.counters.other_refused += 1

    def _other_create(self) -> None:
        try:
            vid = self._verify().verification_id
            self.other.create_contract(ContractCreate(verification_id=vid))
            self.counters.other_creates += 1
        except RegistryError:
            self.counters.other_refused += 1

    def _colleague_create(self) -> None:
        try:
            vid = self._verify(self.colleague_client).verification_id
            self.colleague_client.create_contract(ContractCreate(verification_id=vid))
            self.counters.colleague_creates += 1
        except RegistryError:
            pass

    def _retry_refused(self) -> None:
        """The agent presses 重试 on a command refused because the other desk changed the draft
        first; any other refusal is a finding (the soak's edits are all valid)."""
        with self.cache.sessions.begin() as s:
            for cmd in outbox.list_failed(s):
                if cmd.last_error_code == "VERSION_CONFLICT":
                    outbox.retry(s, cmd.id)
                    self.counters.conflicts_retried += 1
                else:
                    self.counters.unexpected_refusals.append(f"{cmd.kind}: {cmd.last_error_code}")
                    outbox.discard(s, cmd.id)
        self.desk.loop.wake()

    def _step(self) -> None:
        op = self.rng.random()
        if op < 0.2:
            self._local_create()
        elif op < 0.5:
            self._local_edit()
            if self.rng.random() < 0.3:   # saved the page and typed on: autosave right after
                self._local_edit()
        elif op < 0.65 and self.online:
            self._other_edit()
        elif op < 0.72 and self.online:
            self._other_create()
        elif op < 0.75 and self.online:
            self._colleague_create()
        self._retry_refused()

    # -- measuring -------------------------------------------------------------------------------
    def _sample(self) -> Sample:
        with self.cache.sessions() as s:
            # Every draft of the soak has one buyer; more means two copies' parties were mixed.
            mixed = s.scalar(select(func.count()).select_from(
                select(ContractParty.contract_id).where(ContractParty.slot == "buyers")
                .group_by(ContractParty.contract_id).having(func.count() > 1).subquery()))
            if mixed:
                self.counters.mixed_parties.append(f"t={self._elapsed():.0f}s: {mixed} drafts with 2+ buyers")
            sent = s.query(OutboxCommand).filter(OutboxCommand.state == outbox.CommandState.DONE).count()
            pending = outbox.open_count(s)
        return Sample(self._elapsed(), self.proc.memory_info().rss, threading.active_count(),
                      self.proc.num_threads(), self.proc.num_fds(), self.desk.loop.rounds, sent, pending,
                      self.online)

    def _maybe_sample(self) -> None:
        if not self.samples or self._elapsed() - self.samples[-1].t >= self.plan.sample_every_s:
            self.samples.append(self._sample())
            if self.on_sample is not None:
                self.on_sample(self.samples[-1])
            self._move_clock()

    # -- the end of the day ----------------------------------------------------------------------
    def _settle(self) -> float:
        """Nobody types any more: the loop empties the outbox, then two more full rounds bring what
        the other desk did last. Returns how long that took."""
        started = time.monotonic()
        deadline = started + self.plan.settle_s
        self.desk.loop.wake()
        while time.monotonic() < deadline:
            self._retry_refused()
            with self.cache.sessions() as s:
                open_ = outbox.open_count(s)
            if open_ == 0:
                break
            time.sleep(0.1)
        else:
            return time.monotonic() - started
        target = self.desk.loop.rounds + 2
        while self.desk.loop.rounds < target and time.monotonic() < deadline:
            self.desk.loop.wake()
            time.sleep(0.05)
        return time.monotonic() - started

    def _problems(self) -> list[str]:
        problems: list[str] = []
        with self.cache.sessions() as s:
            open_cmds = outbox.open_commands(s)
            if open_cmds:
                problems.append(f"{len(open_cmds)} outbox commands still open: "
                                f"{sorted({(c.kind, c.state, c.last_error_code) for c in open_cmds})}")
            rows = s.query(ContractRow).all()
            by_rid: dict[str | None, ContractRow] = {}
            for r in rows:
                if r.registry_id in by_rid:
                    problems.append(f"registry contract {r.registry_id} twice in the cache")
                by_rid[r.registry_id] = r
            if None in by_rid:
                unsent = sum(1 for r in rows if r.registry_id is None)
                problems.append(f"{unsent} local drafts never reached the registry")
            local = {r.local_id for r in rows}
            missing = [lid for lid in self.local_ids if lid not in local]
            if missing:
                problems.append(f"{len(missing)} local drafts vanished from the cache")
            agency = server_contracts(self.db, self.staff.agency_id)
            # What the staff member sees: their own contracts, not the colleague's.
            server = {r.id: r for r in agency if r.staff_id == self.staff.staff_id}
            theirs = {r.id for r in agency if r.staff_id == self.colleague.staff_id}
            if len(theirs) != self.counters.colleague_creates:
                problems.append(f"colleague filed {self.counters.colleague_creates}, registry has {len(theirs)}")
            if theirs & set(by_rid):
                problems.append(f"{len(theirs & set(by_rid))} of the colleague's contracts in this desk's cache")
            unknown = {r.id for r in agency} - set(server) - theirs
            if unknown:
                problems.append(f"{len(unknown)} agency contracts of nobody known")
            only_cache = set(by_rid) - set(server) - {None}
            only_server = set(server) - set(by_rid)
            if only_cache:
                problems.append(f"{len(only_cache)} contracts in the cache but not at the registry")
            if only_server:
                problems.append(f"{len(only_server)} contracts at the registry but not in the cache")
            for rid, rec in server.items():
                row = by_rid.get(rid)
                if row is None:
                    continue
                if (row.status, row.version, row.contract_no) != (rec.status, rec.version, rec.contract_no):
                    problems.append(f"{rid}: cache {(row.status, row.version)} != registry {(rec.status, rec.version)}")
                elif row.local_dirty:
                    problems.append(f"{rid}: still marked dirty")
                elif ContractTerms.from_domain(load_contract(s, row.local_id)) != ContractTerms.model_validate(
                        rec.terms_doc):
                    problems.append(f"{rid}: cached terms differ from the registry's")
        if self.counters.unexpected_refusals:
            problems.append(f"refused: {sorted(set(self.counters.unexpected_refusals))}")
        if self.counters.mixed_parties:
            problems.append(f"parties mixed: {self.counters.mixed_parties[:5]}")
        if self.desk.errors:
            problems.append(f"sync rounds failed: {sorted({type(e).__name__ for e in self.desk.errors})}")
        return problems

    def run(self) -> SoakResult:
        # Recorded, not raised (under pytest's filterwarnings=error a warning in the sync thread
        # would only end that round): each one is reported as a problem at the end.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = self._run()
        self.warnings = [f"{w.category.__name__}: {str(w.message)[:120]}" for w in caught]
        if self.warnings:
            result.problems.append(f"warnings: {sorted(set(self.warnings))[:5]}")
        return result

    def _run(self) -> SoakResult:
        self._start()
        try:
            next_restart = self.plan.warmup_s + self.plan.restart_every_s / 2
            while (t := self._elapsed()) < self.plan.duration_s:
                if t >= next_restart:
                    self._outage(self.t0 + self.plan.duration_s)
                    next_restart += self.plan.restart_every_s
                    continue
                self._step()
                self._maybe_sample()
                time.sleep(self.plan.step_s)
            settle_s = self._settle()
            self.desk.loop.stop()
            self.desk.thread.join(10)
            alive = self.desk.thread.is_alive()
            problems = self._problems()
            self.counters.round_errors = len(self.desk.errors)
            with self.cache.sessions() as s:
                sent = s.query(OutboxCommand).filter(OutboxCommand.state == outbox.CommandState.DONE).count()
            return SoakResult(self.plan, self.samples, self.counters, self.desk.loop.rounds, sent,
                              self.desk.round_ms, problems, settle_s, alive)
        finally:
            self._close()


def run_soak(workdir: Path, plan: SoakPlan, on_sample: Callable[[Sample], None] | None = None) -> SoakResult:
    soak = Soak(workdir, plan)
    soak.on_sample = on_sample
    return soak.run()


def describe(result: SoakResult) -> dict[str, Any]:
    """Counters as plain numbers (for the bench's table and a failing test's message)."""
    c = result.counters
    return {"rounds": result.rounds, "commands_sent": result.commands_sent, "restarts": c.restarts,
            "relogins": c.relogins, "local_creates": c.local_creates, "local_edits": c.local_edits,
            "queued_offline": c.queued_offline, "colleague_creates": c.colleague_creates,
            "other_creates": c.other_creates, "other_edits": c.other_edits, "other_refused": c.other_refused,
            "conflicts_retried": c.conflicts_retried, "settle_s": round(result.settle_s, 1)}
