from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import ContractStatus
from zsdesk.store.contracts import ContractNotFoundError, delete_contract, load_contract, save_contract
from zsdesk.store.database import Cache
from zsdesk.store.models import ContractParty


def test_contract_roundtrip(cache: Cache, contract_factory: Callable[[int], dc.Contract]) -> None:
    original = contract_factory(7)
    local_id = str(uuid.uuid4())
    with cache.sessions.begin() as s:
        save_contract(s, original, local_id)
    with cache.sessions() as s:
        loaded = load_contract(s, local_id)
    assert loaded == original
    assert loaded.buyers[1].name == "陈𠮷"


def test_save_replaces_parties_and_keeps_derived_columns(cache: Cache,
                                                        contract_factory: Callable[[int], dc.Contract]) -> None:
    contract = contract_factory(1)
    with cache.sessions.begin() as s:
        save_contract(s, contract, "c1")
    contract.buyers = contract.buyers[:1]
    contract.buyers[0].id_number = "11010519491231002X"
    contract.status = ContractStatus.SIGNED
    with cache.sessions.begin() as s:
        save_contract(s, contract, "c1")
    with cache.sessions() as s:
        parties = s.scalars(select(ContractParty).where(ContractParty.contract_id == "c1")).all()
        assert sorted(p.slot for p in parties) == ["buyers", "sellers"]
        buyer = next(p for p in parties if p.slot == "buyers")
        assert buyer.id_masked == "110105********002X"
        assert buyer.id_number_bidx == cache.cipher.blind_index("11010519491231002X")
        assert load_contract(s, "c1") == contract


def test_delete_and_missing(cache: Cache, contract_factory: Callable[[int], dc.Contract]) -> None:
    with cache.sessions.begin() as s:
        save_contract(s, contract_factory(2), "gone")
    with cache.sessions.begin() as s:
        delete_contract(s, "gone")
    with cache.sessions() as s:
        with pytest.raises(ContractNotFoundError):
            load_contract(s, "gone")
        assert s.scalars(select(ContractParty)).all() == []
