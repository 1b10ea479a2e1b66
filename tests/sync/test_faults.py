"""Fault tests against the real sandbox registry on loopback. Each says what is lost: nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from faultproxy import FaultProxy, Rule
from sync_env import RegistryProcess, count_contracts, server_contracts
from sync_world import MASTER_KEY, World, fast_config, make_world

from zsdesk.registry.client import RegistryClient
from zsdesk.registry.exceptions import AuthExpired, RegistryOffline
from zsdesk.registry.schemas.contracts import ContractCreate
from zsdesk.registry.server.db import Database
from zsdesk.store.database import Cache, open_cache
from zsdesk.store.models import Contract as ContractRow
from zsdesk.store.models import OutboxCommand
from zsdesk.sync import contracts as sc
from zsdesk.sync import outbox
from zsdesk.sync.pull import load_cursor

DRIVER = Path(__file__).with_name("sync_driver.py")


def _server_drafts(w: World, n: int) -> list[str]:
    """Another desk of the same staff member creates n drafts directly at the registry."""
    other = RegistryClient(fast_config(w.registry.url))
    other.login(w.staff.login, w.staff.password)
    ids = [other.create_contract(ContractCreate(verification_id=w.verify().verification_id)).id for _ in range(n)]
    other.close()
    return ids


def _cache_matches_registry(w: World) -> None:
    server = {r.id: r for r in server_contracts(w.db, w.staff.agency_id) if r.closed_at is None}
    with w.cache.sessions() as s:
        rows = s.query(ContractRow).all()
        local = {r.registry_id: r for r in rows if r.registry_id}
        assert all(r.registry_id for r in rows if r.status != "expired"), "a local contract never reached the registry"
        assert set(local) >= set(server)
        for rid, rec in server.items():
            assert local[rid].status == rec.status and local[rid].version == rec.version, rid


def test_registry_down_at_start_then_back(tmp_path: Path, cache: Cache) -> None:
    """Lost: nothing. The agent works locally while the registry is down; the draft is filed when it is back."""
    reg = RegistryProcess(tmp_path / "late.sqlite3")
    reg.start()
    w = make_world(reg, cache)
    vid = w.verify()
    reg.stop()
    local_id = w.new_local_draft(vid)  # local work needs no registry
    with pytest.raises(RegistryOffline):
        w.engine.sync()
    st = w.engine.status()
    assert st.online is False and st.pending == 1
    with cache.sessions() as s:
        cmd = outbox.open_commands(s)[0]
        assert cmd.attempts == 1 and cmd.last_error_code == "OFFLINE"
        key = cmd.idempotency_key
    reg.start()
    pushed, _ = w.engine.sync(force=True)
    assert pushed.sent == 1 and w.engine.status().online is True and w.engine.status().pending == 0
    assert count_contracts(w.db, w.staff.agency_id) == 1
    with cache.sessions() as s:
        assert s.get(OutboxCommand, cmd.id).idempotency_key == key  # type: ignore[union-attr]
        assert s.get(ContractRow, local_id).registry_id  # type: ignore[union-attr]
    reg.stop()


def test_registry_stopped_in_the_middle_of_a_pull(own_registry: RegistryProcess, cache: Cache) -> None:
    """Lost: nothing. Pages applied before the stop stay, the cursor names the last applied page, and
    the next pull resumes there and ends with the registry's view."""
    w = make_world(own_registry, cache)
    _server_drafts(w, 12)
    w.engine.page_size = 3
    pages: list[int] = []

    def progress(done: int, total: int) -> None:
        pages.append(done)
        if len(pages) == 2:
            own_registry.stop()

    with pytest.raises(RegistryOffline):
        w.engine.pull(progress=progress)
    with cache.sessions() as s:
        kept = s.query(ContractRow).count()  # page 3 may have been fetched ahead before the stop
        cursor = load_cursor(s, w.engine.scope)
    assert kept in (6, 9) and cursor > 0
    own_registry.start()
    report = w.engine.pull()
    assert report.applied == 12 - kept
    with cache.sessions() as s:
        assert s.query(ContractRow).count() == 12
    _cache_matches_registry(w)


def test_503_answers_are_retried_and_persistent_503_waits(world: World, proxy: FaultProxy, cache: Cache) -> None:
    """Lost: nothing. Short 503 bursts are absorbed by the transport; a long outage leaves the
    command pending with its key, and it is filed once when the registry answers again."""
    w = make_world(world.registry, cache, url=proxy.url)
    vid = w.verify()
    local_id = w.new_local_draft(vid)
    proxy.add(Rule("status", method="POST", path_contains="/contracts", status=503, times=2))
    assert w.engine.push().sent == 1
    assert proxy.count("POST", "/contracts") == 3
    local_2 = w.new_local_draft()
    rule = proxy.add(Rule("status", method="POST", path_contains="/contracts", status=500))
    report = w.engine.push()
    assert report.offline and report.remaining == 1
    proxy.rules.remove(rule)
    assert w.engine.push(force=True).sent == 1
    assert count_contracts(w.db, w.staff.agency_id) == 2
    with cache.sessions() as s:
        assert s.get(ContractRow, local_id).registry_id and s.get(ContractRow, local_2).registry_id  # type: ignore[union-attr]


def test_answer_slower_than_read_timeout_files_once(world: World, proxy: FaultProxy, cache: Cache) -> None:
    """Lost: nothing, doubled: nothing. The create's answer arrives after the read timeout; the retry
    with the same Idempotency-Key gets the registry's first answer back."""
    w = make_world(world.registry, cache, url=proxy.url, read_timeout=0.5)
    w.new_local_draft()
    proxy.add(Rule("delay", method="POST", path_contains="/contracts", delay=1.0, times=1))
    assert w.engine.push().sent == 1
    assert proxy.count("POST", "/api/v1/contracts") == 2
    assert count_contracts(w.db, w.staff.agency_id) == 1


@pytest.mark.parametrize("transport_retries", [2, 0])
def test_connection_reset_after_submit_committed_files_once(world: World, proxy: FaultProxy, cache: Cache,
                                                            transport_retries: int) -> None:
    """Lost: nothing, doubled: nothing. The registry files the contract, then the connection is reset
    before the answer arrives. The retry — by the transport, or (retries=0) by the outbox on the next
    push — carries the same key: the registry shows one filing, the cache has its filing number."""
    w = make_world(world.registry, cache, url=proxy.url, retries=transport_retries)
    local_id = w.new_complete_draft()
    assert w.engine.push().sent >= 1
    with cache.sessions.begin() as s:
        sc.submit(s, local_id)
    proxy.add(Rule("reset_after", method="POST", path_contains="/submit", times=1))
    report = w.engine.push()
    if transport_retries == 0:
        assert report.offline and report.remaining == 1
        report = w.engine.push(force=True)
    assert report.sent == 1 and report.remaining == 0
    log = [o for m, p, o in proxy.log if p.endswith("/submit")]
    assert log[0].startswith("reset_after:200") and log[1] == "200"
    recs = server_contracts(w.db, w.staff.agency_id)
    assert len(recs) == 1 and recs[0].status == "signed" and recs[0].filing_no
    with cache.sessions() as s:
        row = s.get(ContractRow, local_id)
        assert row is not None and row.status == "signed" and row.filing_no == recs[0].filing_no
    assert _feed_changes(w.db, recs[0].id, "signed") == 1


def _feed_changes(db: Database, contract_id: str, status: str) -> int:
    from sqlalchemy import select

    from zsdesk.registry.server.models.feed import Change

    with db.session() as s:
        rows = s.scalars(select(Change).where(Change.entity_id == contract_id)).all()
        return sum(1 for r in rows if (r.data or {}).get("status") == status)


def _driver(mode: str, cache_path: Path, url: str, w: World, page_size: int = 5) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(DRIVER), mode, str(cache_path), str(cache_path.parent / "config"),
                             url, w.staff.login, w.staff.password, str(page_size)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _kill_when(proc: subprocess.Popen[str], marker: str) -> list[str]:
    assert proc.stdout is not None
    lines: list[str] = []
    for line in proc.stdout:
        lines.append(line.strip())
        if line.strip() == marker:
            proc.kill()
            break
    proc.wait(timeout=30)
    err = proc.stderr.read() if proc.stderr else ""
    proc.stdout.close()
    if proc.stderr:
        proc.stderr.close()
    assert proc.returncode == -9, (lines, err)
    return lines


def test_sigkill_while_applying_a_page(world: World, tmp_path: Path) -> None:
    """Lost: nothing. The client process dies half-way through applying page 2: that page's rows are
    rolled back with its cursor, page 1 stays; the restarted sync fetches page 2 again and ends equal
    to the registry."""
    _server_drafts(world, 12)
    path = tmp_path / "killed-cache.sqlite3"
    open_cache(path, tmp_path / "config", master_key=MASTER_KEY).close()
    lines = _kill_when(_driver("pull", path, world.registry.url, world), "APPLIED 8")
    assert "PAGE 5/12" in lines[-5:] or any(line.startswith("PAGE 5/") for line in lines)
    cache = open_cache(path, tmp_path / "config", master_key=MASTER_KEY)
    try:
        with cache.sessions() as s:
            assert s.query(ContractRow).count() == 5  # page 1 only: page 2 died uncommitted
            cursor_after_kill = load_cursor(s, f"changes:{world.staff.login}")
        w2 = World(world.registry, world.db, world.staff, cache, world.client,
                   make_engine(cache, world))
        assert load_cursor_direct(cache, world) == cursor_after_kill
        report = w2.engine.pull()
        assert report.applied == 7
        with cache.sessions() as s:
            assert s.query(ContractRow).count() == 12
            assert len({r.registry_id for r in s.query(ContractRow)}) == 12
        _cache_matches_registry(w2)
    finally:
        cache.close()


def make_engine(cache: Cache, w: World):  # type: ignore[no-untyped-def]
    from zsdesk.sync.engine import Backoff, SyncEngine

    return SyncEngine(cache.sessions, w.client, sc.handlers(), sc.appliers(), scope=f"changes:{w.staff.login}",
                      page_size=5, backoff=Backoff(0.0, 0.0))


def load_cursor_direct(cache: Cache, w: World) -> int:
    with cache.sessions() as s:
        return load_cursor(s, f"changes:{w.staff.login}")


def test_sigkill_while_draining_the_outbox(world: World, tmp_path: Path) -> None:
    """Lost: nothing, doubled: nothing. The client dies right after the registry answered a create
    and before the answer was recorded. Every queued command is still there; after the restart each
    is sent (the interrupted one again, with its key) and the registry holds exactly one contract
    per queued create."""
    path = tmp_path / "killed-cache.sqlite3"
    cache = open_cache(path, tmp_path / "config", master_key=MASTER_KEY)
    w = World(world.registry, world.db, world.staff, cache, world.client, make_engine(cache, world))
    local_ids = [w.new_local_draft() for _ in range(10)]
    with cache.sessions() as s:
        keys = {c.id: c.idempotency_key for c in outbox.open_commands(s)}
    cache.close()
    lines = _kill_when(_driver("push", path, world.registry.url, world), f"SENT {min(keys) + 4}")
    assert lines[-1] == f"SENT {min(keys) + 4}"
    assert count_contracts(world.db, world.staff.agency_id) == 5
    cache = open_cache(path, tmp_path / "config", master_key=MASTER_KEY)
    try:
        with cache.sessions() as s:
            still = {c.id: c.idempotency_key for c in outbox.open_commands(s)}
        assert len(still) == 6 and all(keys[i] == k for i, k in still.items())  # 4 recorded, the 5th is not
        w = World(world.registry, world.db, world.staff, cache, world.client, make_engine(cache, world))
        report = w.engine.push()
        assert report.sent == 6 and report.remaining == 0
        assert count_contracts(world.db, world.staff.agency_id) == 10
        with cache.sessions() as s:
            rids = [s.get(ContractRow, i).registry_id for i in local_ids]  # type: ignore[union-attr]
        assert all(rids) and len(set(rids)) == 10
        w.engine.pull()
        _cache_matches_registry(w)
    finally:
        cache.close()


def test_expired_token_during_a_long_sync(own_registry: RegistryProcess, cache: Cache) -> None:
    """Lost: nothing. The token expires between two pages; the client logs in again with the
    remembered account (keyring) and the pull goes on from where it was."""
    w = make_world(own_registry, cache)
    _server_drafts(w, 9)
    w.engine.page_size = 3
    logins: list[int] = []
    original = w.client.relogin_from_saved

    def counting() -> bool:
        logins.append(1)
        return original()

    w.client.on_auth_required = counting

    def progress(done: int, total: int) -> None:
        if done == 3:
            own_registry.set_clock_offset(9 * 3600)  # past the 8 h token lifetime, before the 24 h expiry

    report = w.engine.pull(progress=progress)
    assert report.applied == 9 and logins == [1]
    _cache_matches_registry(w)


def test_expired_token_without_saved_login_keeps_place(own_registry: RegistryProcess, cache: Cache) -> None:
    """Lost: nothing. Without a remembered password the GUI must log in: the pull stops with
    AuthExpired at a page boundary, and after the login it resumes there."""
    w = make_world(own_registry, cache)
    _server_drafts(w, 6)
    w.engine.page_size = 3
    w.client.on_auth_required = None
    own_registry.set_clock_offset(9 * 3600)
    with pytest.raises(AuthExpired):
        w.engine.sync()
    assert w.engine.status().needs_login
    w.client.login(w.staff.login, w.staff.password)
    _, pulled = w.engine.sync()
    assert pulled is not None and pulled.applied == 6
    _cache_matches_registry(w)
