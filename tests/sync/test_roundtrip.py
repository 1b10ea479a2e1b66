"""Happy path against the real sandbox registry: local draft → outbox → registry → feed → cache."""

from __future__ import annotations

from sync_env import count_contracts
from sync_world import World

from zsdesk.domain.enums import ContractStatus
from zsdesk.store.contracts import load_contract
from zsdesk.store.models import Contract as ContractRow
from zsdesk.sync import outbox


def test_local_draft_is_created_once_and_pulled_back(world: World) -> None:
    local_id = world.new_local_draft()
    with world.cache.sessions() as s:
        assert outbox.pending_count(s) == 1
    pushed, pulled = world.engine.sync()
    assert pushed.sent == 1 and pushed.remaining == 0
    assert pulled is not None and pulled.applied >= 1
    assert count_contracts(world.db, world.staff.agency_id) == 1
    with world.cache.sessions() as s:
        row = s.get(ContractRow, local_id)
        assert row is not None and row.registry_id and row.contract_no.startswith("HT")
        assert s.query(ContractRow).count() == 1
        c = load_contract(s, local_id)
    assert c.status is ContractStatus.DRAFT and c.buyers[0].name == "李四"
    server = world.client.get_contract(row.registry_id)
    assert server.version == c.version
