"""The sync tests' desk: a registry (maybe behind the fault proxy), an encrypted cache, a logged-in
staff client and a sync engine wired for contracts."""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass

from complete_contract import complete_terms
from sync_env import RegistryProcess, StaffLogin, seed_staff, sellable_properties, verify_request

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import ContractStatus, PartyRole
from zsdesk.registry.client import RegistryClient
from zsdesk.registry.schemas.contracts import ConsentRequest
from zsdesk.registry.schemas.properties import VerificationOut, VerifyRequest
from zsdesk.registry.server.db import Database
from zsdesk.registry.transport import TransportConfig
from zsdesk.store.database import Cache
from zsdesk.store.models import Contract as ContractRow
from zsdesk.sync import contracts as sc
from zsdesk.sync.engine import Backoff, SyncEngine

MASTER_KEY = bytes(range(32))
_prop_counter = itertools.count(0)
_prop_lock = threading.Lock()


def next_property_index() -> int:
    with _prop_lock:
        return next(_prop_counter)


def fast_config(url: str, **kw: float | int) -> TransportConfig:
    return TransportConfig(base_url=url, connect_timeout=float(kw.get("connect_timeout", 1.0)),
                           read_timeout=float(kw.get("read_timeout", 10.0)), retries=int(kw.get("retries", 2)),
                           backoff_factor=0.01, backoff_max=0.05, backoff_jitter=0.01, trust_env=False)


@dataclass
class World:
    """One staff member's desk: registry (maybe behind the proxy), cache, client, engine."""

    registry: RegistryProcess
    db: Database
    staff: StaffLogin
    cache: Cache
    client: RegistryClient
    engine: SyncEngine

    def verify(self) -> VerificationOut:
        prop = sellable_properties()[next_property_index()]
        return self.client.verify_property(VerifyRequest.model_validate(verify_request(prop)))

    def new_local_draft(self, verification: VerificationOut | None = None, *, buyer: str = "李四") -> str:
        """A draft typed locally from a verification (which needed the registry, earlier)."""
        out = verification or self.verify()
        contract = dc.Contract(property=out.property.to_domain())
        contract.sellers = [dc.Party(role=PartyRole.SELLER, name=o.name, id_type=o.id_type, id_number=o.id_number,
                                     share=o.share) for o in out.property.owners]
        contract.buyers = [dc.Party(role=PartyRole.BUYER, name=buyer, id_number="440101199001011234",
                                    phone="13800138000")]
        with self.cache.sessions.begin() as s:
            return sc.create_draft(s, out.verification_id, contract)

    def new_complete_draft(self) -> str:
        """A draft at the registry with every field filing needs, its consents queued."""
        local_id = self.new_local_draft()
        assert self.engine.push().sent == 1
        with self.cache.sessions.begin() as s:
            row = s.get(ContractRow, local_id)
            assert row is not None
            contract = complete_terms(sc.contract_from_row(row))
            sc.update_draft(s, local_id, contract)
            for p in contract.sellers + contract.buyers:
                sc.record_consent(s, local_id, ConsentRequest(role=p.role, party_name=p.name))
        return local_id

    def new_signed_contract(self) -> str:
        """A contract filed at the registry (已签约) and in the cache."""
        local_id = self.new_complete_draft()
        with self.cache.sessions.begin() as s:
            sc.submit(s, local_id)
        pushed, _pulled = self.engine.sync()
        assert pushed.failed == 0 and pushed.remaining == 0
        with self.cache.sessions() as s:
            row = s.get(ContractRow, local_id)
            assert row is not None and row.status == ContractStatus.SIGNED
        return local_id


def make_world(registry: RegistryProcess, cache: Cache, url: str | None = None, *, staff: StaffLogin | None = None,
               **kw: float | int) -> World:
    """A desk of a new staff member, or of ``staff`` (another PC of the same person)."""
    db = Database(registry.db_url)
    staff = staff or seed_staff(db)
    client = RegistryClient(fast_config(url or registry.url, **kw))
    client.login(staff.login, staff.password, remember=True)
    client.enable_saved_relogin()
    engine = SyncEngine(cache.sessions, client, sc.handlers(), sc.appliers(), scope=f"changes:{staff.login}",
                        backoff=Backoff(base_s=0.0, cap_s=0.0))
    return World(registry, db, staff, cache, client, engine)
