"""删除草稿 on the client, with the real cache file and the real registry: the agent's delete removes
every local row of the draft (contract, parties, materials, outbox commands) and the names leave the
SQLite file's bytes; the registry deletes its draft; a feed page that still carries the draft does
not bring it back. An expired draft keeps its local copy until the agent discards it."""

from __future__ import annotations

import random
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_env import RegistryProcess, server_contracts
from sync_world import World

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import ContractStatus, PartyRole
from zsdesk.registry.exceptions import RegistryError
from zsdesk.services.draft_delete import delete_draft, delete_question
from zsdesk.services.errors import ServiceError
from zsdesk.store.database import Cache
from zsdesk.store.models import Contract as ContractRow
from zsdesk.store.models import ContractParty, Material, OutboxCommand
from zsdesk.sync import contracts as sc

_GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华"


def _draft(w: World) -> tuple[str, list[str]]:
    """A local draft with a uniquely named buyer and a local material; returns its id and the
    plain-text personal values (names, address) that the cache keeps unencrypted."""
    rng = random.Random(uuid.uuid4().int)
    buyer = "司马" + "".join(rng.choice(_GIVEN) for _ in range(3))
    address = f"广东省中山市东区{rng.choice(_GIVEN)}{rng.randrange(100, 999)}号"
    out = w.verify()
    contract = dc.Contract(property=out.property.to_domain())
    contract.sellers = [dc.Party(role=PartyRole.SELLER, name=o.name, id_type=o.id_type, id_number=o.id_number,
                                 share=o.share) for o in out.property.owners]
    contract.buyers = [dc.Party(role=PartyRole.BUYER, name=buyer, id_number="440101199001011234",
                                phone="13800138000", address=address)]
    with w.cache.sessions.begin() as s:
        local_id = sc.create_draft(s, out.verification_id, contract)
        s.add(Material(owner_kind="contract", owner_id=local_id, name="乙方身份证", kind="id_front", size=4,
                       sha256="0" * 64, blob=b"\xff\xd8\xff\xe0", uploaded=False))
    return local_id, [buyer, address]


def _file_bytes(cache: Cache) -> bytes:
    path = Path(cache.path)
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def _rows_of(cache: Cache, local_id: str) -> dict[str, int]:
    with cache.sessions() as s:
        return {
            "contract": s.scalar(select(func.count()).select_from(ContractRow)
                                 .where(ContractRow.local_id == local_id)) or 0,
            "party": s.scalar(select(func.count()).select_from(ContractParty)
                              .where(ContractParty.contract_id == local_id)) or 0,
            "material": s.scalar(select(func.count()).select_from(Material)
                                 .where(Material.owner_id == local_id)) or 0,
            "outbox": s.scalar(select(func.count()).select_from(OutboxCommand)
                               .where(OutboxCommand.entity_id == local_id, OutboxCommand.kind != sc.DELETE)) or 0,
        }


def test_deleting_a_draft_removes_it_here_and_at_the_registry(world: World, cache: Cache) -> None:
    w = world
    local_id, personal = _draft(w)
    w.engine.sync()
    with cache.sessions() as s:
        rid = s.get(ContractRow, local_id).registry_id  # type: ignore[union-attr]
    assert rid and w.client.get_contract(rid).terms.buyers[0].name == personal[0]
    assert all(v.encode() in _file_bytes(cache) for v in personal), "the scan must see the draft first"
    question = delete_question(cache.sessions, local_id)
    assert question.tells_registry and "登记中心" in question.text and "本机" in question.text
    assert "证件号码" in question.text

    assert delete_draft(cache.sessions, local_id) is True
    assert _rows_of(cache, local_id) == {"contract": 0, "party": 0, "material": 0, "outbox": 0}
    data = _file_bytes(cache)
    assert [v for v in personal if v.encode() in data] == []
    with cache.sessions() as s:
        queued = [c for c in s.scalars(select(OutboxCommand).where(OutboxCommand.entity_id == local_id))]
        assert [(c.kind, dict(c.payload)) for c in queued] == [(sc.DELETE, {"registry_id": rid})]

    w.engine.pull()   # the feed still has the draft's upserts: they must not bring it back
    assert _rows_of(cache, local_id)["contract"] == 0
    with cache.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ContractRow).where(ContractRow.registry_id == rid)) == 0
    w.engine.sync()   # the delete goes out
    with pytest.raises(RegistryError) as gone:
        w.client.get_contract(rid)
    assert gone.value.code == "DRAFT_EXPIRED"
    with cache.sessions() as s:
        assert [c.state for c in s.scalars(select(OutboxCommand).where(OutboxCommand.entity_id == local_id))] == [
            "done"]
        assert s.scalar(select(func.count()).select_from(ContractRow).where(ContractRow.registry_id == rid)) == 0


def test_a_draft_not_yet_at_the_registry_is_deleted_here_only(world: World, cache: Cache) -> None:
    local_id, personal = _draft(world)    # not synced: its create is still queued
    assert not delete_question(cache.sessions, local_id).tells_registry
    assert delete_draft(cache.sessions, local_id) is False
    assert _rows_of(cache, local_id) == {"contract": 0, "party": 0, "material": 0, "outbox": 0}
    with cache.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutboxCommand)
                        .where(OutboxCommand.entity_id == local_id)) == 0
    assert [v for v in personal if v.encode() in _file_bytes(cache)] == []


def test_expired_copy_stays_until_the_agent_discards_it(world: World, cache: Cache,
                                                       registry: RegistryProcess) -> None:
    w = world
    local_id, personal = _draft(w)
    w.engine.sync()
    with cache.sessions() as s:
        rid = s.get(ContractRow, local_id).registry_id  # type: ignore[union-attr]
    registry.set_clock_offset(25 * 3600)
    try:
        w.client.login(w.staff.login, w.staff.password)   # the old token expired with the clock jump
        deadline = time.monotonic() + 30
        while not any(r.closed_at for r in server_contracts(w.db, w.staff.agency_id) if r.id == rid):   # the sweep
            assert time.monotonic() < deadline, "registry never expired the draft"
            time.sleep(0.1)
        w.engine.sync()
    finally:
        registry.set_clock_offset(0)
    with cache.sessions() as s:
        row = s.get(ContractRow, local_id)
        assert row is not None and row.status == ContractStatus.EXPIRED    # kept for 从本机副本重新创建
    question = delete_question(cache.sessions, local_id)
    assert not question.tells_registry and "重新创建" in question.text
    assert delete_draft(cache.sessions, local_id) is False
    assert _rows_of(cache, local_id) == {"contract": 0, "party": 0, "material": 0, "outbox": 0}
    assert [v for v in personal if v.encode() in _file_bytes(cache)] == []


def test_a_filed_contract_cannot_be_deleted(world: World, cache: Cache) -> None:
    local_id, _ = _draft(world)
    with cache.sessions.begin() as s:
        s.get(ContractRow, local_id).status = ContractStatus.SIGNED.value  # type: ignore[union-attr]
    with pytest.raises(ServiceError) as refused:
        delete_draft(cache.sessions, local_id)
    assert refused.value.code == "INVALID_STATE" and "注销" in refused.value.message
    assert _rows_of(cache, local_id)["contract"] == 1


def test_a_create_on_its_way_when_the_draft_is_deleted_does_not_bring_it_back(world: World, cache: Cache) -> None:
    """The agent deletes a draft while its create is being sent (the engine's steps, one by one):
    the answer must neither recreate the local copy nor leave the registry's new draft behind."""
    from zsdesk.sync import outbox
    from zsdesk.sync.handlers import CommandView

    w = world
    local_id, personal = _draft(w)
    handlers = sc.handlers()
    with cache.sessions() as s:
        view = CommandView.of(outbox.ready(s)[0])
        assert view.kind == sc.CREATE and view.entity_id == local_id
        send = handlers[view.kind].prepare(s, view)
    assert delete_draft(cache.sessions, local_id) is False     # not at the registry yet, as far as we know
    result = send(w.client)                                     # ... but the create arrives there
    with cache.sessions.begin() as s:
        handlers[view.kind].apply(s, view, result)
    assert _rows_of(cache, local_id) == {"contract": 0, "party": 0, "material": 0, "outbox": 0}
    with cache.sessions() as s:
        queued = [(c.kind, dict(c.payload)) for c in outbox.open_commands(s, sc.ENTITY, local_id)]
    assert queued == [(sc.DELETE, {"registry_id": result.id})]
    w.engine.sync()
    with pytest.raises(RegistryError) as gone:
        w.client.get_contract(result.id)
    assert gone.value.code == "DRAFT_EXPIRED"
    assert _rows_of(cache, local_id)["contract"] == 0
    assert [v for v in personal if v.encode() in _file_bytes(cache)] == []
