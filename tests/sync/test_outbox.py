"""The outbox on a real encrypted SQLite cache: one transaction with the local change, order per
entity, refusals kept and blocking only their entity, retry/discard, payloads encrypted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from zsdesk.registry.exceptions import RegistryOffline, Rejected
from zsdesk.store.database import Cache
from zsdesk.store.models import AuditLog, OutboxCommand
from zsdesk.sync import outbox


def test_enqueue_shares_the_callers_transaction(cache: Cache) -> None:
    with pytest.raises(RuntimeError), cache.sessions.begin() as s:
        s.add(AuditLog(actor="a", action="edit"))
        outbox.enqueue(s, "contract", "c1", "contract.update", {"terms": {}})
        raise RuntimeError("the user's save failed half-way")
    with cache.sessions() as s:
        assert s.query(AuditLog).count() == 0 and outbox.pending_count(s) == 0
    with cache.sessions.begin() as s:
        s.add(AuditLog(actor="a", action="edit"))
        outbox.enqueue(s, "contract", "c1", "contract.update", {"terms": {}})
    with cache.sessions() as s:
        assert s.query(AuditLog).count() == 1 and outbox.pending_count(s) == 1


def test_order_per_entity_and_failed_head_blocks_only_its_entity(cache: Cache) -> None:
    with cache.sessions.begin() as s:
        a1 = outbox.enqueue(s, "contract", "A", "k", {"n": 1}).id
        b1 = outbox.enqueue(s, "contract", "B", "k", {"n": 1}).id
        a2 = outbox.enqueue(s, "contract", "A", "k", {"n": 2}).id
        assert [c.seq for c in outbox.open_commands(s, "contract", "A")] == [1, 2]
    with cache.sessions() as s:
        assert [c.id for c in outbox.ready(s)] == [a1, b1]
    with cache.sessions.begin() as s:
        outbox.mark_failed(s.get(OutboxCommand, a1), Rejected(422, "VALIDATION_FAILED", "请填写买受人", "buyers"))  # type: ignore[arg-type]
    with cache.sessions() as s:
        assert [c.id for c in outbox.ready(s)] == [b1]  # A is blocked behind its refused head
        failed = outbox.describe_failed(s)
        assert [(f.id, f.code, f.field, f.detail) for f in failed] == [
            (a1, "VALIDATION_FAILED", "buyers", "请填写买受人")]
        assert outbox.open_count(s) == 3  # refused commands are kept, counted, never dropped
        assert outbox.counts(s) == (2, 1) and outbox.pending_count(s) == 2   # but they wait no more to be sent
    with cache.sessions.begin() as s:
        old_key = s.get(OutboxCommand, a1).idempotency_key  # type: ignore[union-attr]
        outbox.retry(s, a1, {"n": 1, "fixed": True})
    with cache.sessions() as s:
        cmd = s.get(OutboxCommand, a1)
        assert cmd is not None and cmd.state == "pending" and cmd.payload == {"n": 1, "fixed": True}
        assert cmd.idempotency_key != old_key
        assert [c.id for c in outbox.ready(s)] == [a1, b1]
    with cache.sessions.begin() as s:
        outbox.discard(s, a1)
    with cache.sessions() as s:
        assert [c.id for c in outbox.ready(s)] == [b1, a2]
        assert s.get(OutboxCommand, a1).state == "discarded"  # type: ignore[union-attr]


def test_backoff_delays_a_command_until_due(cache: Cache) -> None:
    t0 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    with cache.sessions.begin() as s:
        cmd = outbox.enqueue(s, "contract", "A", "k", {}, now=t0)
        outbox.mark_retry(cmd, RegistryOffline(), t0 + timedelta(seconds=30))
    with cache.sessions() as s:
        assert outbox.ready(s, t0 + timedelta(seconds=29)) == []
        assert len(outbox.ready(s, t0 + timedelta(seconds=30))) == 1
        assert s.query(OutboxCommand).one().attempts == 1


def test_payload_is_encrypted_in_the_file(cache: Cache) -> None:
    with cache.sessions.begin() as s:
        outbox.enqueue(s, "contract", "A", "contract.update",
                       {"buyers": [{"id_number": "440101199001011234", "phone": "13800138000"}]})
    cache.engine.dispose()
    raw = cache.path.read_bytes() + (cache.path.with_name(cache.path.name + "-wal").read_bytes()
                                     if cache.path.with_name(cache.path.name + "-wal").exists() else b"")
    assert b"440101199001011234" not in raw and b"13800138000" not in raw
    with cache.sessions() as s:
        assert s.query(OutboxCommand).one().payload["buyers"][0]["phone"] == "13800138000"


def test_a_refusal_keeps_its_message_recipe_in_the_cache(cache: Cache) -> None:
    from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, Text, msg

    reason = msg(QT_TRANSLATE_NOOP("messages", "{label}号码应为 18 位，现为 {count} 位"),
                 label="买受人证件", count=17)
    with cache.sessions.begin() as s:
        cid = outbox.enqueue(s, "contract", "R", "k", {"n": 1}).id
        outbox.mark_failed(s.get(OutboxCommand, cid), Rejected(422, "ID_LENGTH", reason, "buyers.0"))  # type: ignore[arg-type]
    with cache.sessions() as s:
        (failed,) = outbox.describe_failed(s)
        assert failed.detail == str(reason) and isinstance(failed.detail, Text)
        assert failed.detail.params == {"label": "买受人证件", "count": 17}
        cmd = s.get(OutboxCommand, cid)
        assert cmd is not None and cmd.last_error_text
    with cache.sessions.begin() as s:
        cmd = outbox.retry(s, cid)
        outbox.mark_done(cmd)
    with cache.sessions() as s:
        cmd = s.get(OutboxCommand, cid)
        assert cmd is not None and cmd.last_error_text == "" and cmd.last_error_detail == ""


def test_sent_and_discarded_commands_keep_no_personal_data(cache: Cache) -> None:
    party = {"buyers": [{"name": "王晓东", "id_number": "44200019900307123X", "phone": "13912345678"}]}
    with cache.sessions.begin() as s:
        sent = outbox.enqueue(s, "contract", "A", "contract.update", party).id
        dropped = outbox.enqueue(s, "contract", "B", "contract.update", party).id
        waiting = outbox.enqueue(s, "contract", "C", "contract.update", party).id
        old_done = outbox.enqueue(s, "contract", "D", "contract.update", party)
        old_done.state = outbox.CommandState.DONE       # as an older version left a sent command
    with cache.sessions.begin() as s:
        outbox.mark_done(s.get(OutboxCommand, sent))  # type: ignore[arg-type]
        outbox.discard(s, dropped)
    with cache.sessions.begin() as s:
        assert outbox.forget_closed_payloads(s) == 1        # only the one kept by the older version
    with cache.sessions() as s:
        payloads = {c.entity_id: (c.state, c.payload) for c in s.query(OutboxCommand)}
    assert payloads == {"A": ("done", {}), "B": ("discarded", {}), "C": ("pending", party), "D": ("done", {})}
    assert waiting  # the command still to be sent keeps its body
