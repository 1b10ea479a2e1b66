"""Sync benchmark against the real sandbox registry (subprocess, loopback).

Measures, each as the median of several repetitions, with a baseline from the same run:
- initial pull of 10,000 contracts into an empty cache (baseline: fetching the same feed pages
  with plain `requests`, nothing applied) — target ≥ 2,000 contracts/s;
- incremental sync with nothing changed (baseline: one plain `requests` GET of the feed);
- 10 changes pulled on top of 100,000 cached contracts (baseline: the same on 1,000 cached)
  — target within 1.5×;
- outbox drain of 1,000 commands (200 drafts: create + 4 updates each; baseline: the same 1,000
  calls made directly with the client, no outbox).

The server database is seeded directly through the server's models, the 100,000-row cache
through the store's models (bulk insert), so set-up stays short.

Run: uv run python bench/sync.py [--contracts 10000] [--big-cache 100000] [--reps 3]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import insert, select

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import ContractStatus, PartyRole
from zsdesk.registry.client import RegistryClient
from zsdesk.registry.schemas.changes import ChangeOp, Entity
from zsdesk.registry.schemas.contracts import ContractOut, ContractTerms
from zsdesk.registry.server.auth import hash_password
from zsdesk.registry.server.contracts_service import contract_out
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.models.accounts import Agency, NetSignAccount, UnifiedAccount
from zsdesk.registry.server.models.contracts import ContractRecord
from zsdesk.registry.server.models.enterprise import EnterpriseRecord
from zsdesk.registry.server.models.feed import Change
from zsdesk.registry.server.models.properties import RegisterProperty, Verification
from zsdesk.registry.server.models.staff import StaffMember
from zsdesk.registry.server.properties_service import property_out
from zsdesk.registry.server.register_seed import seed_register
from zsdesk.registry.transport import TransportConfig
from zsdesk.store.contracts import save_contract
from zsdesk.store.database import Cache, open_cache
from zsdesk.store.models import Contract as ContractRow
from zsdesk.store.models import ContractParty
from zsdesk.sync import contracts as sc
from zsdesk.sync.engine import SyncEngine
from zsdesk.sync.pull import store_cursor

PASSWORD = "Bench-Pa55word"
KEY = bytes(range(32))


# -- server -----------------------------------------------------------------------------------

def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port: int = s.getsockname()[1]
    s.close()
    return port


class Server:
    def __init__(self, db_url: str, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        with log.open("ab") as f:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "zsdesk.registry.server.cli", "serve", "--db", db_url, "--port",
                 str(self.port), "--log-level", "warning"], stdout=f, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/api/v1/health", timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("registry did not start: " + log.read_text(errors="replace")[-2000:])

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


class Seeded:
    def __init__(self, login: str, agency_id: int, account_id: int, staff_login: str, agency_name: str) -> None:
        self.login, self.agency_id, self.account_id = login, agency_id, account_id
        self.staff_login, self.agency_name = staff_login, agency_name


def seed_server(db: Database, n_contracts: int, n_verifications: int) -> tuple[Seeded, list[str]]:
    db.create_all()
    now = datetime.now(UTC)
    with db.session() as s:
        seed_register(s)
        agency = Agency(name="中山市基准测试房地产经纪有限公司", uscc="91442000BENCH0001X", created_at=now)
        s.add(agency)
        s.flush()
        s.add(EnterpriseRecord(agency_id=agency.id, status="approved", version=1, data={}, updated_at=now))
        staff = StaffMember(agency_id=agency.id, name="基准员", id_type="resident_id", id_number="BENCH",
                            phone="13900000000", data={}, status="approved", active=True, created_at=now,
                            updated_at=now)
        s.add(staff)
        s.flush()
        pw = hash_password(PASSWORD)
        acct = NetSignAccount(kind="staff", login="bench-staff", password_hash=pw, agency_id=agency.id,
                              staff_id=staff.id, active=True, failed_logins=0, created_at=now)
        s.add(acct)
        s.flush()
        s.add(UnifiedAccount(login="bench-uid", password_hash=pw, company_name=agency.name, uscc=agency.uscc,
                             legal_rep_name="张三", legal_rep_id_number="x", failed_logins=0,
                             bound_account_id=acct.id, bound_at=now, created_at=now))
        props = list(s.scalars(select(RegisterProperty).limit(2000)))
        seeded = Seeded("bench-uid", agency.id, acct.id, acct.login, agency.name)
        template = _template_out(props[0], seeded, now)
        recs: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        for i in range(n_contracts):
            prop = props[i % len(props)]
            cid = uuid.uuid4().hex
            doc = copy.deepcopy(template)
            doc.update(id=cid, contract_no=f"HT20261124{i:06d}", filing_no=f"BA20261124{i:06d}")
            doc["property"]["unit_no"] = prop.unit_no
            recs.append(dict(id=cid, contract_no=doc["contract_no"], filing_no=doc["filing_no"], status="signed",
                             version=doc["version"], revision=1, agency_id=agency.id, account_id=acct.id,
                             staff_id=staff.id, staff_login=acct.login, agency_name=agency.name,
                             verification_id="seed", property_id=prop.id, property_doc=doc["property"],
                             terms_doc=doc["terms"], consents_doc=doc["consents"], created_at=now,
                             expires_at=None, updated_at=now, submitted_at=now, cancellation_reason=""))
            changes.append(dict(agency_id=agency.id, staff_id=staff.id, entity=Entity.CONTRACT.value, entity_id=cid,
                                op=ChangeOp.UPSERT.value, data=doc, created_at=now))
        for chunk in range(0, len(recs), 2000):
            s.execute(insert(ContractRecord), recs[chunk:chunk + 2000])
            s.execute(insert(Change), changes[chunk:chunk + 2000])
        vids = [uuid.uuid4().hex for _ in range(n_verifications)]
        s.execute(insert(Verification), [dict(id=v, property_id=props[(i * 7) % len(props)].id, agency_id=agency.id,
                                               account_id=acct.id, method="title_cert_no", created_at=now)
                                          for i, v in enumerate(vids)])
        s.commit()
    return seeded, vids


def _template_out(prop: RegisterProperty, who: Seeded, now: datetime) -> dict[str, Any]:
    pout = property_out(prop)
    c = dc.Contract(property=pout.to_domain())
    c.sellers = [dc.Party(role=PartyRole.SELLER, name=o.name, id_type=o.id_type, id_number=o.id_number,
                          phone="13912345678", address="广东省中山市石岐街道孙文中路1号") for o in pout.owners]
    c.buyers = [dc.Party(role=PartyRole.BUYER, name="王晓东", id_number="442000199001011233", phone="13812345678",
                         address="广东省中山市东区博爱六路22号")]
    c.applicant = dc.Applicant(name="王晓东", phone="13812345678", id_number="442000199001011233")
    c.status, c.version, c.created_at, c.submitted_at = ContractStatus.SIGNED, 5, now, now
    c.staff_account, c.agency_name = who.staff_login, who.agency_name
    out = ContractOut.from_domain(c, id="x", verification_id="seed", expires_at=None)
    return out.model_dump(mode="json")


def add_changes(db: Database, who: Seeded, contract_ids: list[str]) -> int:
    """Record one new feed change per contract (version + 1); returns the cursor before them."""
    with db.session() as s:
        before = s.scalar(select(Change.id).order_by(Change.id.desc()).limit(1)) or 0
        for cid in contract_ids:
            rec = s.scalar(select(ContractRecord).where(ContractRecord.id == cid))
            assert rec is not None
            rec.version += 1
            out = contract_out(rec)
            s.add(Change(agency_id=who.agency_id, staff_id=None, entity=Entity.CONTRACT.value, entity_id=cid,
                         op=ChangeOp.UPSERT.value, data=out.model_dump(mode="json"), created_at=datetime.now(UTC)))
        s.commit()
    return before


# -- client side ------------------------------------------------------------------------------

def new_client(url: str) -> RegistryClient:
    c = RegistryClient(TransportConfig(base_url=url, trust_env=False, read_timeout=120))
    c.login("bench-uid", PASSWORD)
    return c


def new_engine(cache: Cache, client: RegistryClient, page_size: int = 1000) -> SyncEngine:
    return SyncEngine(cache.sessions, client, sc.handlers(), sc.appliers(), scope="changes:bench",
                      page_size=page_size)


def fresh_cache(root: Path, name: str) -> Cache:
    d = root / name
    return open_cache(d / "cache.sqlite3", d / "config", master_key=KEY)


def fill_cache(cache: Cache, n: int, registry_ids: list[str], template: ContractOut) -> None:
    """n cached contracts (bulk insert of one template's rows), including `registry_ids`."""
    with cache.sessions.begin() as s:
        row = save_contract(s, template.to_domain(), "template")
        s.flush()
        cols = {c.key: getattr(row, c.key) for c in ContractRow.__table__.columns}
        party_cols = [{c.key: getattr(p, c.key) for c in ContractParty.__table__.columns if c.key != "id"}
                      for p in row.parties]
        s.delete(row)
    ids = registry_ids + [uuid.uuid4().hex for _ in range(n - len(registry_ids))]
    for chunk in range(0, n, 5000):
        rows, parties = [], []
        for i, rid in enumerate(ids[chunk:chunk + 5000], chunk):
            lid = str(uuid.uuid4())
            rows.append({**cols, "local_id": lid, "registry_id": rid, "contract_no": f"HT{i:010d}"})
            parties.extend({**p, "contract_id": lid} for p in party_cols)
        with cache.sessions.begin() as s:
            s.execute(insert(ContractRow), rows)
            s.execute(insert(ContractParty), parties)


def median_ms(fn: Callable[[], Any], reps: int, setup: Callable[[], Any] | None = None) -> float:
    times = []
    for _ in range(reps):
        if setup is not None:
            setup()
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contracts", type=int, default=10_000)
    ap.add_argument("--big-cache", type=int, default=100_000)
    ap.add_argument("--small-cache", type=int, default=1_000)
    ap.add_argument("--drain", type=int, default=1_000)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    drafts_per_rep = args.drain // 5
    root = Path(tempfile.mkdtemp(prefix="zsdesk-bench-sync-"))
    os.environ["ZSDESK_HOME"] = str(root / "home")
    db_url = f"sqlite:///{root / 'registry.sqlite3'}"
    db = Database(db_url)
    t0 = time.perf_counter()
    who, vids = seed_server(db, args.contracts, drafts_per_rep * (args.reps + 1))
    print(f"seeded registry: {args.contracts} contracts in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    server = Server(db_url, root / "server.log")
    metrics: dict[str, float] = {}
    baseline: dict[str, float] = {}
    try:
        client = new_client(server.url)

        # 1. initial pull
        initial_caches: list[Cache] = []

        def open_empty() -> None:  # opening (and migrating) the cache is not part of the pull
            initial_caches.append(fresh_cache(root, f"initial{len(initial_caches)}"))

        def initial_pull() -> None:
            report = new_engine(initial_caches[-1], client).pull()
            assert report.applied == args.contracts, report

        def raw_pages() -> None:
            since, n = 0, 0
            while True:
                r = client.transport.session.get(server.url + "/api/v1/changes",
                                                 params={"since": since, "limit": 1000},
                                                 headers={"Authorization": f"Bearer {client.tokens.get()}"})
                body = r.json()
                n += len(body["items"])
                since = body["next_cursor"]
                if not body["has_more"]:
                    break
            assert n == args.contracts

        metrics["initial_pull_ms"] = median_ms(initial_pull, args.reps, setup=open_empty)
        for c in initial_caches:
            c.close()
        baseline["initial_pull_fetch_only_ms"] = median_ms(raw_pages, args.reps)
        metrics["initial_pull_contracts_per_s"] = args.contracts / (metrics["initial_pull_ms"] / 1000)

        # 2. incremental, nothing changed
        cache = fresh_cache(root, "incremental")
        engine = new_engine(cache, client)
        engine.pull()
        requests_seen: list[int] = []
        client.transport.add_response_hook(lambda r, *a, **k: requests_seen.append(1))
        metrics["incremental_0_changes_ms"] = median_ms(lambda: engine.sync(), args.reps * 5)
        assert len(requests_seen) == args.reps * 5, "an empty incremental sync must be one request"
        with cache.sessions() as s:
            from zsdesk.sync.pull import load_cursor
            cursor = load_cursor(s, engine.scope)
        tok = client.tokens.get()
        baseline["raw_get_changes_ms"] = median_ms(
            lambda: requests.get(server.url + "/api/v1/changes", params={"since": cursor, "limit": 1000},
                                 headers={"Authorization": f"Bearer {tok}"}, timeout=30), args.reps * 5)
        cache.close()

        # 3. 10 changes on top of a big vs a small cache
        with db.session() as s:
            changed = list(s.scalars(select(ContractRecord.id).limit(10)))
            template = contract_out(s.scalar(select(ContractRecord).limit(1)))  # type: ignore[arg-type]
        before = add_changes(db, who, changed)
        for label, size in (("small", args.small_cache), ("big", args.big_cache)):
            cache = fresh_cache(root, f"ten-{label}")
            t = time.perf_counter()
            fill_cache(cache, size, changed, template)
            print(f"cache of {size} contracts built in {time.perf_counter() - t:.1f} s", file=sys.stderr)
            engine = new_engine(cache, client)

            def rewind(engine: SyncEngine = engine, cache: Cache = cache) -> None:
                with cache.sessions.begin() as s:
                    store_cursor(s, engine.scope, before)

            def pull10(engine: SyncEngine = engine) -> None:
                assert engine.pull().applied == 10

            ms = median_ms(pull10, args.reps * 3, setup=rewind)
            if label == "big":
                metrics[f"ten_changes_{size}_cached_ms"] = ms
            else:
                baseline[f"ten_changes_{size}_cached_ms"] = ms
            cache.close()
        metrics["ten_changes_big_vs_small_ratio"] = (metrics[f"ten_changes_{args.big_cache}_cached_ms"]
                                                     / baseline[f"ten_changes_{args.small_cache}_cached_ms"])

        # 4. outbox drain
        verification = client.get_verification(vids[0])
        base_contract = dc.Contract(property=verification.property.to_domain())
        base_contract.sellers = [dc.Party(role=PartyRole.SELLER, name=o.name, id_type=o.id_type,
                                          id_number=o.id_number) for o in verification.property.owners]
        vid_iter = iter(vids)
        drain_caches: list[Cache] = []

        def enqueue() -> None:
            cache = fresh_cache(root, f"drain{len(drain_caches)}")
            drain_caches.append(cache)
            with cache.sessions.begin() as s:
                for _ in range(drafts_per_rep):
                    c = copy.deepcopy(base_contract)
                    lid = sc.create_draft(s, next(vid_iter), c)
                    for k in range(4):
                        c.payment.loan_bank = f"银行{k}"
                        sc.update_draft(s, lid, c)

        def drain() -> None:
            report = new_engine(drain_caches[-1], client).push()
            assert report.sent == drafts_per_rep * 5 and report.remaining == 0, report

        metrics["outbox_drain_ms"] = median_ms(drain, args.reps, setup=enqueue)

        def direct() -> None:
            terms = ContractTerms.from_domain(base_contract)
            from zsdesk.registry.schemas.contracts import ContractCreate
            for _ in range(drafts_per_rep):
                out = client.create_contract(ContractCreate(verification_id=next(vid_iter), terms=terms))
                for k in range(4):
                    terms.payment.loan_bank = f"银行{k}"
                    out = client.update_contract(out.id, terms, out.version)

        baseline["direct_calls_ms"] = median_ms(direct, 1)
        metrics["outbox_commands_per_s"] = drafts_per_rep * 5 / (metrics["outbox_drain_ms"] / 1000)
        for c in drain_caches:
            c.close()
    finally:
        server.stop()

    print()
    print(f"{'measure':<42}{'value':>14}   {'baseline':<36}{'value':>12}")
    rows = [
        (f"initial pull, {args.contracts} contracts (ms)", metrics["initial_pull_ms"],
         "fetch same pages, no apply (ms)", baseline["initial_pull_fetch_only_ms"]),
        ("initial pull rate (contracts/s, ≥ 2000)", metrics["initial_pull_contracts_per_s"], "", None),
        ("incremental sync, 0 changes (ms)", metrics["incremental_0_changes_ms"],
         "plain GET /changes (ms)", baseline["raw_get_changes_ms"]),
        (f"10 changes, {args.big_cache} cached (ms)", metrics[f"ten_changes_{args.big_cache}_cached_ms"],
         f"10 changes, {args.small_cache} cached (ms)", baseline[f"ten_changes_{args.small_cache}_cached_ms"]),
        ("  ratio big/small (≤ 1.5)", metrics["ten_changes_big_vs_small_ratio"], "", None),
        (f"outbox drain, {drafts_per_rep * 5} commands (ms)", metrics["outbox_drain_ms"],
         "same calls, direct, no outbox (ms)", baseline["direct_calls_ms"]),
        ("outbox drain rate (commands/s)", metrics["outbox_commands_per_s"], "", None),
    ]
    for name, value, bname, bvalue in rows:
        print(f"{name:<42}{value:>14.1f}   {bname:<36}{'' if bvalue is None else f'{bvalue:>12.1f}'}")
    print(json.dumps({"bench": "sync", "metrics": {k: round(v, 3) for k, v in metrics.items()},
                      "baseline": {k: round(v, 3) for k, v in baseline.items()}}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
