"""The background sync and the agent write the same cache from two threads. A write transaction
(`sessions.begin()`) must act on what it read: here the agent's save has loaded the draft and its
parties when the sync thread commits the registry's copy of the same draft (which replaces the
parties). Found by the soak test (SAWarning "DELETE statement on table 'contract_party' expected
to delete 2 row(s); 0 were matched"): the agent's save deleted the parties it had loaded — gone
already — and added its own, so the draft had both sets (two buyers, four sellers)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

from sync_world import MASTER_KEY

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import ContractStatus, PartyRole
from zsdesk.registry.schemas.contracts import ContractOut
from zsdesk.store.database import open_cache
from zsdesk.store.models import Contract as ContractRow
from zsdesk.store.models import ContractParty
from zsdesk.sync import contracts as sc


def _draft() -> dc.Contract:
    c = dc.Contract(property=dc.Property(unit_no="U1", address="中山市石岐区孙文中路1号"))
    c.sellers = [dc.Party(role=PartyRole.SELLER, name="张三", id_number="440101199001011234")]
    c.buyers = [dc.Party(role=PartyRole.BUYER, name="李四", id_number="440101199202021234")]
    return c


def _registry_copy(local: dc.Contract, rid: str) -> ContractOut:
    c = _draft()
    c.buyers[0].name = "王五"          # another desk changed the buyer
    c.status, c.version, c.created_at = ContractStatus.DRAFT, 2, datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    c.staff_account, c.agency_name = "uid1", "中山市测试房地产经纪有限公司"
    return ContractOut.from_domain(c, id=rid, verification_id="v1", expires_at=None)


def test_agent_save_and_sync_apply_of_one_draft_do_not_mix_parties(tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3", tmp_path / "config", master_key=MASTER_KEY)
    try:
        with cache.sessions.begin() as s:
            lid = sc.create_draft(s, "v1", _draft())
            s.get(ContractRow, lid).registry_id = "r1"  # type: ignore[union-attr]
        copy = _registry_copy(_draft(), "r1")
        loaded = threading.Event()
        sync_done = threading.Event()
        errors: list[BaseException] = []

        def background_sync() -> None:
            loaded.wait(10)
            try:
                with cache.sessions.begin() as s:
                    sc.apply_contract(s, copy, keep_local_terms=False)   # the feed's copy wins
            except BaseException as exc:  # reported below, not lost in the thread
                errors.append(exc)
            sync_done.set()

        sync = threading.Thread(target=background_sync)
        sync.start()
        with cache.sessions.begin() as s:           # the agent saves an edit, as the wizard does
            row = s.get(ContractRow, lid)
            assert row is not None and len(row.parties) == 2
            edited = sc.contract_from_row(row)
            edited.buyers[0].phone = "13800138000"
            loaded.set()
            # The sync thread may commit now (it did, before the fix) or must wait for this
            # transaction (after): give it the chance either way.
            sync_done.wait(1.0)
            sc.update_draft(s, lid, edited)
        sync.join(10)
        assert not errors, errors
        with cache.sessions() as s:
            parties = s.query(ContractParty).filter(ContractParty.contract_id == lid).all()
            assert sorted(p.slot for p in parties) == ["buyers", "sellers"], [(p.slot, p.name) for p in parties]
    finally:
        cache.close()
