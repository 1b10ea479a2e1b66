"""The 修订记录 kept in the cache: every copy of a contract the registry sends (a change command's
answer, the change feed) carries its revision list, and the cache keeps it with the contract, so
the detail shows the same history offline. Real sandbox registry, real encrypted caches."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_env import RegistryProcess
from sync_world import MASTER_KEY, World, make_world

from zsdesk.registry.schemas.contracts import ChangeRequest, ChangeRequestItem, ContractOut, ContractTerms
from zsdesk.registry.server.contracts_service import revision_list
from zsdesk.registry.server.models.contracts import ContractRecord
from zsdesk.store.contracts import Revision, load_revisions
from zsdesk.store.database import Cache, open_cache
from zsdesk.store.models import Contract as ContractRow
from zsdesk.sync import contracts as sc

NEW_PHONE = "13987654321"


@pytest.fixture
def other_cache(tmp_path: Path) -> Iterator[Cache]:
    c = open_cache(tmp_path / "other" / "cache.sqlite3", tmp_path / "other" / "config", master_key=MASTER_KEY)
    yield c
    c.close()


@pytest.fixture
def other_desk(registry: RegistryProcess, world: World, other_cache: Cache) -> Iterator[World]:
    """The same staff member on another PC: its own cache, its own login."""
    w = make_world(registry, other_cache, staff=world.staff)
    yield w
    w.client.close()
    w.db.dispose()


def registry_id(w: World, local_id: str) -> str:
    with w.cache.sessions() as s:
        row = s.get(ContractRow, local_id)
        assert row is not None and row.registry_id
        return row.registry_id


def local_id_of(w: World, rid: str) -> str:
    with w.cache.sessions() as s:
        lid = s.scalar(select(ContractRow.local_id).where(ContractRow.registry_id == rid))
        assert lid is not None
        return lid


def cached(w: World, local_id: str) -> list[Revision]:
    with w.cache.sessions() as s:
        return load_revisions(s, local_id)


def registry_revisions(w: World, rid: str) -> list[Revision]:
    """The registry's own list, read from its database (what GET /contracts/{id}/revisions answers)."""
    with w.db.session() as s:
        rec = s.scalar(select(ContractRecord).where(ContractRecord.id == rid))
        assert rec is not None
        return sc.revisions_from_wire(revision_list(s, rec))


def queue_change(w: World, local_id: str, handover: date, *, phone: str | None = None) -> None:
    with w.cache.sessions.begin() as s:
        row = s.get(ContractRow, local_id)
        assert row is not None
        contract = sc.contract_from_row(row)
        items = [ChangeRequestItem(item="交房日期", before=str(contract.handover.date), after=str(handover))]
        contract.handover.date = handover
        if phone is not None:
            buyer = contract.buyers[0]
            items.append(ChangeRequestItem(item=f"乙方1（{buyer.name}）联系电话", before=buyer.phone, after=phone))
            buyer.phone = phone
        sc.request_change(s, local_id, ChangeRequest(items=items, terms=ContractTerms.from_domain(contract)))


def test_a_change_the_registry_accepted_is_kept_from_its_answer(world: World) -> None:
    local_id = world.new_signed_contract()
    rid = registry_id(world, local_id)
    assert cached(world, local_id) == [] == registry_revisions(world, rid)

    queue_change(world, local_id, date(2027, 5, 1), phone=NEW_PHONE)
    assert world.engine.push().sent == 1          # the answer alone, no pull
    [rev] = cached(world, local_id)
    assert [rev] == registry_revisions(world, rid)
    assert rev.revision == 2 and rev.staff_account == world.client.get_contract(rid).staff_account != ""
    assert rev.items[0] == ("交房日期", "2027-03-31", "2027-05-01") and rev.items[1][2] == NEW_PHONE

    queue_change(world, local_id, date(2027, 6, 1))
    world.engine.sync()
    assert [r.revision for r in cached(world, local_id)] == [2, 3]
    assert cached(world, local_id) == registry_revisions(world, rid)
    assert cached(world, local_id)[1].items == (("交房日期", "2027-05-01", "2027-06-01"),)


def test_an_older_copy_of_the_contract_takes_no_revision_away(world: World) -> None:
    local_id = world.new_signed_contract()
    rid = registry_id(world, local_id)
    before_change = world.client.get_contract(rid)
    queue_change(world, local_id, date(2027, 5, 1))
    world.engine.sync()
    kept = cached(world, local_id)
    assert len(kept) == 1
    with world.cache.sessions.begin() as s:      # a late answer, an old feed entry: no revisions listed
        sc.apply_contract(s, ContractOut.model_validate(before_change.model_dump()))
    assert cached(world, local_id) == kept


def test_a_change_made_on_another_pc_arrives_with_the_pull(world: World, other_desk: World,
                                                           tmp_path: Path) -> None:
    local_id = world.new_signed_contract()
    rid = registry_id(world, local_id)
    other_desk.engine.sync()                      # the other PC knows the contract, still unrevised
    there = local_id_of(other_desk, rid)
    assert cached(other_desk, there) == []

    queue_change(world, local_id, date(2027, 5, 1), phone=NEW_PHONE)
    world.engine.sync()
    _pushed, pulled = other_desk.engine.sync()
    assert pulled is not None and pulled.applied >= 1
    assert cached(other_desk, there) == registry_revisions(world, rid) == cached(world, local_id) != []

    # A third PC syncing for the first time (bulk insert of new contracts) gets the history too.
    third_cache = open_cache(tmp_path / "third.sqlite3", tmp_path / "third-config", master_key=MASTER_KEY)
    third = make_world(world.registry, third_cache, staff=world.staff)
    try:
        third.engine.sync()
        assert cached(third, local_id_of(third, rid)) == registry_revisions(world, rid)
    finally:
        third.client.close()
        third.db.dispose()
        third_cache.close()


def test_revision_items_are_encrypted_in_the_cache_file(world: World) -> None:
    """An item can carry a party's new phone: it is stored like the parties' numbers, encrypted."""
    local_id = world.new_signed_contract()
    queue_change(world, local_id, date(2027, 5, 1), phone=NEW_PHONE)
    world.engine.sync()
    assert cached(world, local_id)[0].items[1][2] == NEW_PHONE
    path = world.cache.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as conn:
        stored = conn.execute("SELECT items FROM contract_revision").fetchall()
    assert len(stored) == 1 and isinstance(stored[0][0], bytes)
    assert NEW_PHONE.encode() not in stored[0][0] and "交房日期".encode() not in stored[0][0]
