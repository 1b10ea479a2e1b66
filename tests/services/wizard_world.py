"""A desk for the wizard tests: the real sandbox registry (uvicorn in a thread on 127.0.0.1, its
clock in our hands), an encrypted cache, a logged-in staff client and a sync engine for contracts."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import requests
import uvicorn
from server_seed import seed_bound_staff
from stdnum.cn import ric

from zsdesk.domain.enums import DisputeResolution, IdType, PaymentMethod, ServiceRating
from zsdesk.paths import app_paths
from zsdesk.registry.client import RegistryClient
from zsdesk.registry.schemas.properties import VerifyMethod
from zsdesk.registry.server.app import create_app
from zsdesk.registry.server.auth import hash_password
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.register_seed import DemoKind, RegisterProperty, demo_property, generate_register
from zsdesk.registry.server.settings import ServerSettings
from zsdesk.registry.transport import TransportConfig
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_settings import AppSettings
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.property_verification import VerifyForm
from zsdesk.store.database import Cache, open_cache
from zsdesk.sync import contracts as sc
from zsdesk.sync.engine import Backoff, SyncEngine

MASTER_KEY = bytes(range(32))
PASSWORD = "Wizard-Pa55word"


def resident_id(birth: date, seq: int = 123) -> str:
    body = f"442000{birth:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


class Registry:
    def __init__(self, path: Path) -> None:
        url = f"sqlite:///{path}"
        self.db = Database(url)
        self.clock = Clock()
        settings = ServerSettings(db_url=url, sandbox=True, tick_interval_s=3600.0)
        app = create_app(settings, clock=self.clock, db=self.db)
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                                    lifespan="on", ws="none"))
        self.thread = threading.Thread(target=self.server.run, name="wizard-registry", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("sandbox registry did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self._hash = hash_password(PASSWORD)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.db.dispose()

    def tick(self) -> None:
        """Run the periodic tasks (the 24-hour draft sweep) now, after moving the clock."""
        r = requests.post(self.url + "/api/v1/_sandbox/tick", timeout=30)
        assert r.status_code == 200, r.text

    def complete_cancellation(self, registry_id: str) -> None:
        token = requests.post(self.url + "/api/v1/_sandbox/center-token", timeout=30).json()["access_token"]
        r = requests.post(self.url + f"/api/v1/center/cancellations/{registry_id}/complete",
                          headers={"Authorization": f"Bearer {token}"}, timeout=30)
        assert r.status_code == 200, r.text

    def seed_staff(self, name: str = "黄小明") -> str:
        """An approved agency with one active, bound staff member; returns the unified login."""
        return seed_bound_staff(self.db, self._hash, name=name, agency_label="向导测试").login


@contextmanager
def running_registry(path: Path) -> Iterator[Registry]:
    reg = Registry(path)
    try:
        yield reg
    finally:
        reg.stop()


@dataclass
class Desk:
    registry: Registry
    cache: Cache
    client: RegistryClient
    engine: SyncEngine
    staff_account: str
    login: str = ""          # the unified-identity login (staff_account is the net-sign account)

    def wizard(self) -> ContractWizard:
        return ContractWizard(self.cache.sessions, self.client, staff_account=self.staff_account,
                              clock=self.registry.clock.now)

    def sync(self) -> None:
        self.engine.sync(force=True)

    def context(self) -> AppContext:
        """The app's context for the same staff member: this desk's cache, and a registry client of
        its own signed in as the app signs in (services.session). Close it with `close_context`."""
        from zsdesk.services import session
        from zsdesk.services.registry_access import RegistryAccess

        ctx = AppContext(app_paths().ensure(), AppSettings(registry_url=self.registry.url))
        ctx.cache = self.cache
        ctx.client = RegistryAccess(self.registry.url)
        outcome = session.login(ctx, self.login, PASSWORD, remember=False)
        assert outcome.account is not None and outcome.account.username == self.staff_account
        return ctx

    def close(self) -> None:
        self.client.close()
        self.cache.close()


def make_desk(registry: Registry, tmp: Path) -> Desk:
    login = registry.seed_staff()
    client = RegistryClient(TransportConfig(base_url=registry.url, connect_timeout=2.0, read_timeout=30.0,
                                            retries=1, backoff_factor=0.01, backoff_max=0.05, backoff_jitter=0.01,
                                            trust_env=False))
    client.login(login, PASSWORD, remember=True)
    client.enable_saved_relogin()   # the 8-hour token dies when a test moves the clock a day on
    assert client.account is not None
    cache = open_cache(tmp / "cache.sqlite3", tmp / "config", master_key=MASTER_KEY)
    engine = SyncEngine(cache.sessions, client, sc.handlers(), sc.appliers(), scope=f"changes:{login}",
                        clock=registry.clock.now, backoff=Backoff(base_s=0.0, cap_s=0.0))
    return Desk(registry, cache, client, engine, client.account.netsign_login or "", login)


# -- register properties ------------------------------------------------------------------------

_free: list[RegisterProperty] = []
_free_lock = threading.Lock()


def free_property() -> RegisterProperty:
    """A sellable property of the random register no other test uses (18-digit ID owners)."""
    with _free_lock:
        if not _free:
            _free.extend(reversed([p for p in generate_register()[15:]
                                   if not p.sealed and not p.filed_contract_no and p.title_cert_no
                                   and all(o.id_type is IdType.RESIDENT_ID and not o.first_generation_id
                                           for o in p.owners)]))
        return _free.pop()


def form_for(prop: RegisterProperty, method: VerifyMethod | None = None) -> VerifyForm:
    owner = prop.owners[0]
    method = method or (VerifyMethod.TITLE_CERT_NO if prop.title_cert_no else VerifyMethod.PROPERTY_CERT_NO)
    return VerifyForm(method=method, property_cert_no=prop.property_cert_no, title_cert_no=prop.title_cert_no,
                      unit_no=prop.unit_no, owner_name=owner.name, owner_id_number=owner.id_number,
                      first_generation_id=owner.first_generation_id)


def demo(kind: DemoKind) -> RegisterProperty:
    return demo_property(kind)


BUYER_IDS = (resident_id(date(1990, 1, 1), 231), resident_id(date(1985, 6, 15), 342),
             resident_id(date(1979, 11, 30), 453))


def fill_terms(wiz: ContractWizard, *, buyers: int = 1) -> None:
    """Everything the registry needs, typed page by page as an agent would."""
    from zsdesk.domain import contract as dc
    from zsdesk.domain.enums import Ownership, PartyRole
    from zsdesk.services.wizard_pages import PageId

    c = wiz.contract
    assert c is not None
    assert wiz.go_to(PageId.PROPERTY_SELLERS).ok
    for s in c.sellers:
        s.address, s.phone, s.postal_code = "广东省中山市石岐街道孙文中路1号", "13912345678", "528400"
    assert wiz.next().ok
    names = ("王晓东", "李丽华", "陈国栋")
    c.buyers = [dc.Party(role=PartyRole.BUYER, name=names[i], id_number=BUYER_IDS[i],
                         address="广东省中山市东区博爱六路22号", phone="1381234567" + str(i)) for i in range(buyers)]
    c.buyer_ownership = Ownership.SOLE if buyers == 1 else Ownership.JOINT
    assert wiz.next().ok
    c.payment.total_price = Decimal("1280000.00")
    c.payment.method = PaymentMethod.LUMP_SUM
    c.payment.deposit = Decimal("50000.00")
    assert wiz.next().ok
    c.escrow.enabled = False
    assert wiz.next().ok
    c.handover.date = date(2027, 3, 31)
    c.handover.conditions = "现状交付"
    c.other.dispute = DisputeResolution.LITIGATION
    assert wiz.next().ok
    c.applicant = dc.Applicant(name=names[0], phone="13812345670", id_number=BUYER_IDS[0])
    c.evaluation = dc.ServiceEvaluation(rating=ServiceRating.VERY_GOOD)
    c.notices_read = True


def consent_all(wiz: ContractWizard) -> None:
    for role, index, _name, given in wiz.parties_for_consent():
        if given is None:
            wiz.record_consent(role, index)


def verified_draft(desk: Desk) -> ContractWizard:
    """A draft of a free property, verified and cached (its create command queued)."""
    wiz = desk.wizard()
    assert wiz.verify_property(form_for(free_property())).ok
    assert wiz.local_id is not None and wiz.contract is not None
    return wiz


def signed_contract(desk: Desk) -> ContractWizard:
    """A contract filed at the registry (已签约), with the cache synced."""
    wiz = verified_draft(desk)
    fill_terms(wiz)
    consent_all(wiz)
    wiz.submit()
    desk.sync()
    assert wiz.submit_state().signed
    return wiz


def change_handover(desk: Desk, local_id: str, when: date, reason: str) -> None:
    """存量房合同变更 of the handover date, sent and synced."""
    from zsdesk.services.contract_change import ContractChange

    change = ContractChange(desk.cache.sessions, local_id, staff_account=desk.staff_account)
    change.edited.handover.date = when
    change.reason = reason
    change.submit()
    desk.sync()


def go_offline(ctx: AppContext) -> None:
    """The app's registry client now points at a port nobody listens on."""
    from loopback import dead_url

    from zsdesk.services.registry_access import RegistryAccess

    assert isinstance(ctx.client, RegistryAccess)
    ctx.client.close()
    ctx.client = RegistryAccess(dead_url())


def hours(n: float) -> timedelta:
    return timedelta(hours=n)
