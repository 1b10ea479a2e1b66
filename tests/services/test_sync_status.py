"""services/sync_status.py — what the status bar says about the contract sync: the commands still in
the outbox named by their contract, the counts quitting must tell (read from the cache itself), and
each round's status copied into the context. A staff member's desk on the real sandbox registry over
loopback and a real encrypted SQLite cache (services/wizard_world.py). No GUI."""

from __future__ import annotations

from loopback import dead_url

from services.wizard_world import Desk, form_for, free_property
from zsdesk.services import sync_status
from zsdesk.services.app_context import AppContext, QueuedCommand
from zsdesk.services.registry_access import RegistryAccess
from zsdesk.store.models import Contract as ContractRow
from zsdesk.sync import contracts as sc
from zsdesk.sync import outbox
from zsdesk.sync.engine import SyncStatus


def outbox_states(desk: Desk) -> tuple[int, int]:
    """(pending, failed) straight from the outbox table, to hold the status bar's numbers against."""
    with desk.cache.sessions() as s:
        states = [c.state for c in outbox.open_commands(s)]
    return states.count(outbox.CommandState.PENDING), states.count(outbox.CommandState.FAILED)


def new_draft(desk: Desk) -> tuple[str, str]:
    """A verified property's draft, queued (not yet sent): (local id, address)."""
    wiz = desk.wizard()
    assert wiz.verify_property(form_for(free_property())).ok
    assert wiz.local_id is not None and wiz.contract is not None
    return wiz.local_id, wiz.contract.property.address


def contract_no(desk: Desk, local_id: str) -> str:
    with desk.cache.sessions() as s:
        row = s.get(ContractRow, local_id)
        assert row is not None
        return row.contract_no


def queue_submit(desk: Desk, local_id: str) -> None:
    """A filing the registry can only refuse: the draft has no terms and no consents yet."""
    with desk.cache.sessions() as s:
        sc.submit(s, local_id)
        s.commit()


def round_of(ctx: AppContext) -> tuple[SyncStatus, list[QueuedCommand]]:
    seen: list[tuple[SyncStatus, list[QueuedCommand]]] = []
    loop = sync_status.contract_sync_loop(ctx, interval_s=60.0, on_round=lambda st, q: seen.append((st, q)))
    loop.run_once()          # one round on this thread: the loop's own thread only repeats it
    [result] = seen
    return result


def test_every_kind_of_command_has_a_label() -> None:
    kinds = {sc.CREATE, sc.UPDATE, sc.CONSENT, sc.SUBMIT, sc.CHANGE, sc.CANCEL}
    assert set(sync_status.KIND_LABELS) == kinds
    assert len(set(sync_status.KIND_LABELS.values())) == len(kinds)


def test_a_queued_draft_is_listed_by_its_address_and_counted(desk: Desk, staff_ctx: AppContext) -> None:
    assert sync_status.queued_commands(desk.cache.sessions) == [] and sync_status.outbox_counts(staff_ctx) == (0, 0)
    _local_id, address = new_draft(desk)
    [queued] = sync_status.queued_commands(desk.cache.sessions)
    assert queued.state == "pending" and queued.attempts == 0 and queued.last_error == ""
    assert sync_status.KIND_LABELS[sc.CREATE] in queued.summary and address in queued.summary
    assert sync_status.outbox_counts(staff_ctx) == outbox_states(desk) == (1, 0)

    desk.sync()
    assert sync_status.queued_commands(desk.cache.sessions) == []
    assert sync_status.outbox_counts(staff_ctx) == outbox_states(desk) == (0, 0)


def test_a_refused_command_stays_listed_with_the_registrys_reason(desk: Desk, staff_ctx: AppContext) -> None:
    local_id, _address = new_draft(desk)
    desk.sync()
    number = contract_no(desk, local_id)
    assert number
    queue_submit(desk, local_id)
    assert sync_status.outbox_counts(staff_ctx) == outbox_states(desk) == (1, 0)
    desk.sync()
    assert sync_status.outbox_counts(staff_ctx) == outbox_states(desk) == (0, 1)
    [refused] = sync_status.queued_commands(desk.cache.sessions)
    assert refused.state == "failed" and refused.attempts >= 1 and refused.last_error
    assert sync_status.KIND_LABELS[sc.SUBMIT] in refused.summary and number in refused.summary   # named by its number


def test_an_online_round_reports_the_outbox_and_is_copied_to_the_status_bar(desk: Desk, staff_ctx: AppContext) -> None:
    local_id, _address = new_draft(desk)
    desk.sync()
    queue_submit(desk, local_id)           # refused in the round
    new_draft(desk)                        # sent in the round
    status, queued = round_of(staff_ctx)
    assert status.online is True and status.last_sync is not None
    assert sync_status.outbox_counts(staff_ctx) == outbox_states(desk) == (0, 1)
    # the round's counts mean what outbox_counts means: waiting to be sent, refused; and the
    # round says how many commands the registry answered (the create sent, the submit refused)
    assert (status.pending, status.failed) == sync_status.outbox_counts(staff_ctx) == (0, 1)
    assert status.answered == 2
    assert [q.state for q in queued] == ["failed"]
    sync_status.apply_status(staff_ctx, status, queued)
    assert staff_ctx.status.online and staff_ctx.status.queued == queued
    assert staff_ctx.status.last_sync is not None and staff_ctx.status.last_sync.utcoffset() is not None   # local time
    assert staff_ctx.status.last_sync == status.last_sync


def test_offline_round_keeps_every_command_waiting(desk: Desk, staff_ctx: AppContext) -> None:
    new_draft(desk)
    new_draft(desk)
    before = sync_status.queued_commands(desk.cache.sessions)
    assert isinstance(staff_ctx.client, RegistryAccess)
    staff_ctx.client.close()
    staff_ctx.client = RegistryAccess(dead_url())
    status, queued = round_of(staff_ctx)
    assert status.online is False
    assert [(q.summary, q.state) for q in queued] == [(q.summary, q.state) for q in before]
    assert sync_status.outbox_counts(staff_ctx) == outbox_states(desk) == (2, 0)     # nothing claimed sent
    assert (status.pending, status.failed, status.answered) == (2, 0, 0)
    staff_ctx.mark_online(True)
    sync_status.apply_status(staff_ctx, status, queued)
    assert not staff_ctx.status.online and len(staff_ctx.status.queued) == 2


def test_a_status_before_the_first_attempt_changes_nothing(staff_ctx: AppContext) -> None:
    staff_ctx.mark_online(True, "")
    sync_status.apply_status(staff_ctx, SyncStatus(), [])
    assert staff_ctx.status.online and staff_ctx.status.last_sync is None and staff_ctx.status.queued == []
