"""Pull behaviour (one request when nothing changed, progress, cancel and resume, idempotent
re-application), permanent refusals kept for the user, expired drafts re-created, the loop."""

from __future__ import annotations

import time

import pytest
from faultproxy import FaultProxy, Rule
from sync_env import RegistryProcess, count_contracts, server_contracts
from sync_world import World, make_world

from zsdesk.domain.enums import ContractStatus
from zsdesk.registry.client import RegistryClient
from zsdesk.registry.schemas.contracts import ContractCreate
from zsdesk.store.contracts import load_contract
from zsdesk.store.database import Cache
from zsdesk.store.models import Contract as ContractRow
from zsdesk.sync import contracts as sc
from zsdesk.sync import outbox
from zsdesk.sync.engine import Backoff
from zsdesk.sync.loop import SyncLoop
from zsdesk.sync.pull import apply_items, load_cursor


def _server_drafts(w: World, n: int) -> list[str]:
    other = RegistryClient(w.client.transport.config)
    other.login(w.staff.login, w.staff.password)
    ids = [other.create_contract(ContractCreate(verification_id=w.verify().verification_id)).id for _ in range(n)]
    other.close()
    return ids


def test_incremental_sync_with_nothing_changed_is_one_request(world: World, proxy: FaultProxy, cache: Cache) -> None:
    w = make_world(world.registry, cache, url=proxy.url)
    _server_drafts(w, 3)
    w.engine.sync()
    seen: list[str] = []
    w.client.transport.add_response_hook(lambda r, *a, **k: seen.append(r.request.path_url))
    before = len(proxy.log)
    pushed, pulled = w.engine.sync()
    assert pushed.sent == 0 and pulled is not None and pulled.applied == 0
    assert len(seen) == 1 and seen[0].startswith("/api/v1/changes?since=")
    assert len(proxy.log) - before == 1  # and the server saw exactly one request


def test_progress_cancel_and_resume_and_reapplying_a_page_is_harmless(world: World, cache: Cache) -> None:
    _server_drafts(world, 10)
    world.engine.page_size = 4
    seen: list[tuple[int, int]] = []
    report = world.engine.pull(progress=lambda d, t: seen.append((d, t)), should_stop=lambda: len(seen) >= 1)
    assert report.cancelled and seen == [(4, 10)]
    with cache.sessions() as s:
        assert s.query(ContractRow).count() == 4
    report = world.engine.pull(progress=lambda d, t: seen.append((d, t)))
    assert not report.cancelled and report.applied == 6 and seen[1:] == [(4, 6), (6, 6)]
    page = world.client.changes(0, 1000)
    with cache.sessions.begin() as s:
        before = {(r.local_id, r.registry_id, r.version) for r in s.query(ContractRow)}
        apply_items(s, page.items, world.engine.appliers)  # the whole feed again
    with cache.sessions() as s:
        assert {(r.local_id, r.registry_id, r.version) for r in s.query(ContractRow)} == before


def test_refused_command_is_kept_blocks_its_contract_only_and_can_be_discarded(world: World, cache: Cache) -> None:
    """Lost: nothing. Submitting an incomplete draft is refused; the command stays, with the
    registry's code, field and Chinese detail, until the agent corrects or discards it."""
    a = world.new_local_draft()
    b = world.new_local_draft()
    with cache.sessions.begin() as s:
        sc.submit(s, a)  # incomplete: no price, no consents
        c = sc.contract_from_row(s.get(ContractRow, a))  # type: ignore[arg-type]
        c.payment.loan_bank = "later edit"
        sc.update_draft(s, a, c)
        c2 = sc.contract_from_row(s.get(ContractRow, b))  # type: ignore[arg-type]
        c2.handover.conditions = "现状交付"
        sc.update_draft(s, b, c2)
    report = world.engine.push()
    # left: the refused submit and, still waiting to be sent, the edit queued behind it
    assert report.sent == 3 and report.failed == 1 and report.remaining == 1
    with cache.sessions() as s:
        (failed,) = outbox.describe_failed(s)
        assert failed.kind == sc.SUBMIT and failed.entity_id == a and failed.detail
        assert failed.code not in ("", "OFFLINE")
        assert [c.kind for c in outbox.open_commands(s, "contract", a)] == [sc.SUBMIT, sc.UPDATE]
        assert load_contract(s, a).payment.loan_bank == "later edit"  # the queued edit is still local
    status = world.engine.status()
    assert (status.pending, status.failed, status.answered) == (1, 1, 0)     # push() alone is no round
    with cache.sessions.begin() as s:
        outbox.discard(s, failed.id)
    assert world.engine.push().sent == 1
    world.engine.pull()
    with cache.sessions() as s:
        assert outbox.pending_count(s) == 0
        assert load_contract(s, a).payment.loan_bank == "later edit"
    rid = cache.sessions().get(ContractRow, a).registry_id  # type: ignore[union-attr]
    assert world.client.get_contract(rid).terms.payment.loan_bank == "later edit"  # type: ignore[arg-type]


def test_expired_draft_is_kept_marked_and_recreated_with_one_action(own_registry: RegistryProcess,
                                                                      cache: Cache) -> None:
    """Lost: nothing. The registry deletes the unsubmitted draft after 24 h; the local copy stays,
    marked expired, with all its terms; one action files it again as a new draft."""
    w = make_world(own_registry, cache)
    local_id = w.new_local_draft(buyer="陈小明")
    w.engine.sync()
    with cache.sessions() as s:
        old_rid = s.get(ContractRow, local_id).registry_id  # type: ignore[union-attr]
    own_registry.set_clock_offset(25 * 3600)
    w.client.login(w.staff.login, w.staff.password)  # the old token expired with the clock jump
    deadline = time.monotonic() + 30
    while not any(r.closed_at for r in server_contracts(w.db, w.staff.agency_id)):  # the registry's sweep
        assert time.monotonic() < deadline, "registry never expired the draft"
        time.sleep(0.1)
    w.engine.sync()
    with cache.sessions() as s:
        row = s.get(ContractRow, local_id)
        assert row is not None and row.status == ContractStatus.EXPIRED
        assert [r.local_id for r in sc.expired_drafts(s)] == [local_id]
        assert load_contract(s, local_id).buyers[0].name == "陈小明"
    with cache.sessions.begin() as s:
        sc.recreate_from_expired(s, local_id)
    w.engine.sync()
    with cache.sessions() as s:
        row = s.get(ContractRow, local_id)
        assert row is not None and row.status == ContractStatus.DRAFT and row.registry_id != old_rid
        assert load_contract(s, local_id).buyers[0].name == "陈小明"
        assert s.query(ContractRow).count() == 1
    assert w.client.get_contract(row.registry_id).terms.buyers[0].name == "陈小明"  # type: ignore[arg-type]
    with pytest.raises(sc.ContractStateError), cache.sessions.begin() as s:
        sc.recreate_from_expired(s, local_id)


def test_loop_backs_off_while_offline_and_resumes_by_itself(world: World, proxy: FaultProxy, cache: Cache) -> None:
    """Lost: nothing. While the registry is unreachable the loop waits longer each round; when it
    answers again the queued draft is filed without anyone pressing a button."""
    w = make_world(world.registry, cache, url=proxy.url)
    w.new_local_draft()
    w.engine.backoff = Backoff(0.0, 0.0)
    down = proxy.add(Rule("reset"))
    statuses = []
    loop = SyncLoop(w.engine, interval_s=60.0, backoff=Backoff(base_s=1.0, cap_s=8.0),
                    on_status=statuses.append)
    waits: list[float] = []

    def wait(delay: float) -> None:
        waits.append(delay)
        if len(waits) == 4:
            proxy.rules.remove(down)
        if len(waits) == 5:
            loop.stop()

    loop.run(wait=wait)
    assert [s.online for s in statuses] == [False, False, False, False, True]
    assert statuses[0].pending == 1 and statuses[-1].pending == 0 and statuses[-1].last_sync is not None
    assert waits[0] <= 1.0 <= waits[2] <= 4.0 <= waits[3] <= 8.0 and waits[4] == 60.0
    assert count_contracts(w.db, w.staff.agency_id) == 1
    with cache.sessions() as s:
        assert load_cursor(s, w.engine.scope) > 0
