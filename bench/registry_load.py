"""Load on the sandbox registry: N concurrent simulated agents file contracts over loopback.

Each agent is a thread with its own `requests.Session` and its own staff account, and repeats the
filing procedure on fresh register properties: verify → create → update (full terms) → consent ×2
→ submit, pausing a random think time between steps (exponential, mean --think-ms). The server is
started by the bench itself (uvicorn in a subprocess, --workers processes) on a fresh database:
SQLite always, PostgreSQL when --pg-url or ZSDESK_TEST_PG_URL is given. Baseline, same run: the same
number of threads calling GET /api/v1/health with the same think times.

Every phase runs --reps times for --duration seconds; the table shows the median over repetitions
of each operation's p50/p99 latency and of the throughput. Target: 50 agents, p99 <= 150 ms for
verify and submit on a 2-core machine.

    uv run --frozen python bench/registry_load.py [--agents 50] [--duration 10] [--reps 3]
                                                   [--think-ms 500] [--workers 1] [--pg-url URL]
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import requests
from PIL import Image
from stdnum.cn import ric, uscc

from zsdesk.registry.server.db import Database
from zsdesk.registry.server.register_seed import (
    DEFAULT_SEED,
    RegisterProperty,
    generate_register,
    seed_register,
    sellable,
)

OPERATIONS = ("verify", "create", "update", "consent", "submit")
STAFF_PER_AGENCY = 10
_rng = random.Random(20261124)
_rng_lock = threading.Lock()

_APP_MODULE = '''
import os
from zsdesk.registry.server.app import create_app
from zsdesk.registry.server.settings import ServerSettings


def app_factory():
    return create_app(ServerSettings(db_url=os.environ["ZSDESK_BENCH_DB"], sandbox=True, create_tables=False,
                                     tick_interval_s=60.0))
'''


# --- synthetic people -------------------------------------------------------------------------------

def _resident_id() -> str:
    with _rng_lock:
        born = date(1970, 1, 1) + timedelta(days=_rng.randrange(30 * 365))
        body = f"442000{born:%Y%m%d}{_rng.randrange(1000):03d}"
    return body + ric.calc_check_digit(body + "0")


def _uscc() -> str:
    with _rng_lock:
        body = "91442000" + "".join(_rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return body + uscc.calc_check_digit(body + "0")


def _phone() -> str:
    with _rng_lock:
        return "139" + "".join(str(_rng.randrange(10)) for _ in range(8))


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 30, 30)).save(buf, format="PNG")
    return buf.getvalue()


# --- the server under test ------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Server:
    url: str
    db_url: str
    workers: int
    tmp: Path
    proc: subprocess.Popen[bytes] | None = None
    base: str = ""

    def start(self, register_size: int) -> None:
        db = Database(self.db_url)
        if db.dialect == "postgresql":
            db.drop_all()
        db.create_all()
        with db.session() as session:
            seed_register(session, count=register_size)
            session.commit()
        db.dispose()
        (self.tmp / "bench_registry_app.py").write_text(_APP_MODULE, encoding="utf-8")
        port = _free_port()
        self.base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "ZSDESK_BENCH_DB": self.db_url}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "bench_registry_app:app_factory", "--factory", "--app-dir",
             str(self.tmp), "--host", "127.0.0.1", "--port", str(port), "--workers", str(self.workers),
             "--log-level", "warning", "--no-access-log", "--timeout-keep-alive", "75"], env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(self.base + "/api/v1/health", timeout=1).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError("the registry server exited during start-up")
            time.sleep(0.1)
        raise RuntimeError("the registry server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


# --- accounts through the public API ------------------------------------------------------------------

class Setup:
    """Creates approved agencies and bound staff accounts the way the real procedure does."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = requests.Session()

    def _call(self, method: str, path: str, token: str | None = None, expect: int = 200, **kw: Any) -> Any:
        headers = dict(kw.pop("headers", {}))
        if token:
            headers["Authorization"] = f"Bearer {token}"
        r = self.http.request(method, self.base + path, headers=headers, timeout=60, **kw)
        if r.status_code != expect:
            raise RuntimeError(f"{method} {path}: {r.status_code} {r.text[:300]}")
        return r.json()

    def _center(self) -> str:
        token: str = self._call("POST", "/api/v1/_sandbox/center-token")["access_token"]
        return token

    def _bound(self, company: str, company_uscc: str, netsign_login: str, netsign_password: str) -> str:
        login, password = f"u{uuid.uuid4().hex[:12]}", "Pa55word!"
        self._call("POST", "/api/v1/auth/register", expect=201, json={
            "login": login, "password": password, "company_name": company, "uscc": company_uscc,
            "address": "广东省中山市石岐街道民族东路1号", "legal_rep_name": "张三",
            "legal_rep_id_number": _resident_id()})
        unified = self._call("POST", "/api/v1/auth/login", json={"login": login, "password": password})
        bound = self._call("POST", "/api/v1/auth/bind", unified["access_token"],
                           json={"netsign_login": netsign_login, "netsign_password": netsign_password})
        token: str = bound["access_token"]
        return token

    def agency(self) -> tuple[str, str, str]:
        name, code = f"中山市压测{uuid.uuid4().hex[:8]}房地产经纪有限公司", _uscc()
        center = self._center()
        self._call("POST", "/api/v1/center/agencies", center, expect=201, json={"name": name, "uscc": code})
        token = self._bound(name, code, name, "123456")
        rec = self._call("GET", "/api/v1/enterprise", token)
        end = (date.today() + timedelta(days=365)).isoformat()
        self._call("PUT", "/api/v1/enterprise", token, headers={"If-Match": str(rec["version"])}, json={
            "name": name, "uscc": code, "legal_rep_name": "王五", "legal_rep_id_number": _resident_id(),
            "address": "广东省中山市石岐街道孙文中路1号", "business_scope": "房地产经纪",
            "registered_capital": "100万元",
            "established_on": "2015-03-01", "business_term_start": "2015-03-01", "business_term_end": end,
            "qualification_valid_until": end, "contact_name": "赵六", "contact_phone": "13800138000",
            "filing_cert_no": "中房经备字第0001号"})
        self._call("POST", f"/api/v1/materials/enterprise/{rec['id']}", token, expect=201,
                   data={"name": "营业执照", "kind": "business_licence"},
                   files={"file": ("licence.png", _png(), "image/png")})
        self._call("POST", "/api/v1/enterprise/submit", token, json={"comment": "请审核"})
        self._call("POST", f"/api/v1/center/enterprise/{rec['id']}/approve", center)
        return token, name, code

    def staff(self, agency_token: str, name: str, code: str) -> str:
        phone = _phone()
        app = self._call("POST", "/api/v1/staff", agency_token, expect=201,
                         json={"name": "陈七", "id_number": _resident_id(), "phone": phone})
        self._call("POST", f"/api/v1/materials/staff/{app['id']}", agency_token, expect=201,
                   data={"name": "身份证正面", "kind": "id_front"}, files={"file": ("id.png", _png(), "image/png")})
        self._call("POST", f"/api/v1/staff/{app['id']}/submit", agency_token, json={})
        staff = self._call("POST", f"/api/v1/center/staff/{app['id']}/approve", self._center())
        sms = self._call("GET", "/api/v1/_sandbox/sms", params={"phone": phone})
        text = [m["text"] for m in sms if staff["login"] in m["text"]][-1]
        password = text.split("初始密码：")[1].split("。")[0]
        return self._bound(name, code, staff["login"], password)

    def staff_tokens(self, n: int) -> list[str]:
        tokens: list[str] = []
        while len(tokens) < n:
            agency_token, name, code = self.agency()
            for _ in range(min(STAFF_PER_AGENCY, n - len(tokens))):
                tokens.append(self.staff(agency_token, name, code))
        return tokens


# --- the simulated agents -------------------------------------------------------------------------

class PropertyPool:
    """Each filing needs a property nobody has filed: hand them out once, across threads."""

    def __init__(self, props: list[RegisterProperty]) -> None:
        self._it: Iterator[RegisterProperty] = iter(props)
        self._lock = threading.Lock()

    def take(self) -> RegisterProperty | None:
        with self._lock:
            return next(self._it, None)


@dataclass
class Samples:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, op: str, ms: float, ok: bool) -> None:
        with self.lock:
            self.latencies[op].append(ms)
            if not ok:
                self.errors[op] += 1


def _verify_body(p: RegisterProperty) -> dict[str, Any]:
    o = p.owners[0]
    body: dict[str, Any] = {"owner_name": o.name, "owner_id_number": o.id_number,
                            "first_generation_id": o.first_generation_id}
    if p.title_cert_no:
        body.update(method="title_cert_no", title_cert_no=p.title_cert_no)
    else:
        body.update(method="property_cert_no", property_cert_no=p.property_cert_no)
    return body


def _complete(terms: dict[str, Any]) -> dict[str, Any]:
    buyer_id = _resident_id()
    for s in terms["sellers"]:
        s.update(address="广东省中山市石岐街道孙文中路1号", phone=_phone())
    terms["buyers"] = [{"role": "buyer", "name": "王晓东", "id_type": "resident_id", "id_number": buyer_id,
                        "nationality": "中国", "address": "广东省中山市东区博爱六路22号", "phone": _phone()}]
    terms["payment"].update(total_price="1280000.00", method="lump_sum")
    terms["handover"].update(date="2027-03-31")
    terms["other"].update(dispute="litigation")
    terms["applicant"] = {"name": "王晓东", "phone": _phone(), "id_type": "resident_id", "id_number": buyer_id}
    terms["evaluation"] = {"rating": "very_good", "comment": ""}
    terms["notices_read"] = True
    return terms


class Agent(threading.Thread):
    def __init__(self, base: str, token: str, pool: PropertyPool, samples: Samples, until: float,
                 think_s: float, seed: int, health_only: bool) -> None:
        super().__init__(daemon=True)
        self.base, self.pool, self.samples, self.until = base, pool, samples, until
        self.think_s, self.health_only = think_s, health_only
        self.rng = random.Random(seed)
        self.http = requests.Session()
        # Loopback only: skip requests' per-call scan of the proxy environment (~1 ms of client CPU).
        self.http.trust_env = False
        self.http.headers["Authorization"] = f"Bearer {token}"
        self.filed = 0

    def _pause(self) -> bool:
        """Think, then say whether the phase still runs. (Sending after the deadline would make every
        agent fire at the same instant, as all truncated pauses end together: a burst of the bench's
        own making.)"""
        if self.think_s > 0:
            time.sleep(min(self.rng.expovariate(1 / self.think_s), max(0.0, self.until - time.monotonic())))
        return time.monotonic() < self.until

    def _timed(self, op: str, method: str, path: str, ok: int = 200, **kw: Any) -> requests.Response:
        t0 = time.perf_counter()
        r = self.http.request(method, self.base + path, timeout=60, **kw)
        self.samples.add(op, (time.perf_counter() - t0) * 1000, r.status_code == ok)
        return r

    def run(self) -> None:
        # Agents start spread over one think time, as people do, not in one synchronised burst.
        time.sleep(self.rng.uniform(0, self.think_s))
        while time.monotonic() < self.until:
            if self.health_only:
                self._timed("health", "GET", "/api/v1/health")
                if not self._pause():
                    return
                continue
            prop = self.pool.take()
            if prop is None:
                return
            self._file(prop)

    def _file(self, prop: RegisterProperty) -> None:
        r = self._timed("verify", "POST", "/api/v1/properties/verify", json=_verify_body(prop))
        if r.status_code != 200 or not self._pause():
            return
        r = self._timed("create", "POST", "/api/v1/contracts", ok=201,
                        json={"verification_id": r.json()["verification_id"]},
                        headers={"Idempotency-Key": uuid.uuid4().hex})
        if r.status_code != 201:
            return
        contract = r.json()
        if not self._pause():
            return
        r = self._timed("update", "PUT", f"/api/v1/contracts/{contract['id']}", json=_complete(contract["terms"]),
                        headers={"If-Match": f'"{contract["version"]}"'})
        if r.status_code != 200:
            return
        contract = r.json()
        for role, side in (("seller", "sellers"), ("buyer", "buyers")):
            for party in contract["terms"][side]:
                if not self._pause():
                    return
                self._timed("consent", "POST", f"/api/v1/contracts/{contract['id']}/consents",
                            json={"role": role, "party_name": party["name"]})
        if not self._pause():
            return
        r = self._timed("submit", "POST", f"/api/v1/contracts/{contract['id']}/submit",
                        headers={"Idempotency-Key": uuid.uuid4().hex})
        if r.status_code == 200:
            self.filed += 1
        self._pause()


@dataclass
class PhaseResult:
    rps: float
    p50: dict[str, float]
    p99: dict[str, float]
    counts: dict[str, int]
    errors: dict[str, int]
    filed: int


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def run_phase(base: str, tokens: list[str], pool: PropertyPool, duration: float, think_s: float,
              health_only: bool, seed: int) -> PhaseResult:
    samples = Samples()
    start = time.monotonic()
    until = start + duration
    agents = [Agent(base, t, pool, samples, until, think_s, seed * 1000 + i, health_only)
              for i, t in enumerate(tokens)]
    for a in agents:
        a.start()
    for a in agents:
        a.join()
    elapsed = time.monotonic() - start
    total = sum(len(v) for v in samples.latencies.values())
    return PhaseResult(
        rps=total / elapsed, p50={k: _pct(v, 0.50) for k, v in samples.latencies.items()},
        p99={k: _pct(v, 0.99) for k, v in samples.latencies.items()},
        counts={k: len(v) for k, v in samples.latencies.items()}, errors=dict(samples.errors),
        filed=sum(a.filed for a in agents))


# --- one backend ------------------------------------------------------------------------------------

def bench_backend(label: str, db_url: str, args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    server = Server(url=db_url, db_url=db_url, workers=args.workers, tmp=tmp)
    print(f"\n[{label}] seeding {args.register} properties, starting uvicorn ({args.workers} worker(s))...",
          flush=True)
    server.start(args.register)
    try:
        t0 = time.monotonic()
        tokens = Setup(server.base).staff_tokens(args.agents)
        print(f"[{label}] {len(tokens)} staff accounts ready in {time.monotonic() - t0:.1f} s", flush=True)
        register = generate_register(DEFAULT_SEED, args.register)
        props = [p for p in register if sellable(p)]
        random.Random(7).shuffle(props)
        pool = PropertyPool(props)
        # The register copy is ~10^5 long-lived objects: keep the collector from pausing every client
        # thread to scan them again and again (such pauses would be billed to the server's latency).
        gc.collect()
        gc.freeze()
        load: list[PhaseResult] = []
        base_runs: list[PhaseResult] = []
        for rep in range(args.reps):
            base_runs.append(run_phase(server.base, tokens, pool, args.duration, args.think_ms / 1000, True, rep))
            load.append(run_phase(server.base, tokens, pool, args.duration, args.think_ms / 1000, False, rep))
            r = load[-1]
            print(f"[{label}] rep {rep + 1}: {r.rps:.0f} req/s, filed {r.filed}, "
                  f"p99 verify {r.p99.get('verify', float('nan')):.1f} ms, "
                  f"submit {r.p99.get('submit', float('nan')):.1f} ms, errors {r.errors or 0}", flush=True)
    finally:
        server.stop()
    med = statistics.median
    out: dict[str, Any] = {"rps": med(r.rps for r in load), "filed_per_s": med(r.filed / args.duration for r in load),
                           "health_rps": med(r.rps for r in base_runs),
                           "errors": {op: sum(r.errors.get(op, 0) for r in load) for op in OPERATIONS},
                           "counts": {op: sum(r.counts.get(op, 0) for r in load) for op in OPERATIONS}}
    for op in OPERATIONS:
        out[f"{op}_p50"] = med(r.p50.get(op, float("nan")) for r in load)
        out[f"{op}_p99"] = med(r.p99.get(op, float("nan")) for r in load)
    out["health_p50"] = med(r.p50["health"] for r in base_runs)
    out["health_p99"] = med(r.p99["health"] for r in base_runs)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--agents", type=int, default=50)
    ap.add_argument("--duration", type=float, default=10.0, help="seconds per phase and repetition")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--think-ms", type=float, default=500.0, help="mean pause between an agent's steps")
    ap.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    ap.add_argument("--register", type=int, default=12000, help="properties in the seeded register")
    ap.add_argument("--pg-url", default=os.environ.get("ZSDESK_TEST_PG_URL"))
    ap.add_argument("--no-sqlite", action="store_true")
    args = ap.parse_args(argv)

    results: dict[str, dict[str, Any]] = {}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="zsdesk-load-") as tmp_name:
        tmp = Path(tmp_name)
        if not args.no_sqlite:
            results["sqlite"] = bench_backend("sqlite", f"sqlite:///{tmp / 'registry.sqlite3'}", args, tmp)
        if args.pg_url:
            results["postgresql"] = bench_backend("postgresql", args.pg_url, args, tmp)

    load_after = os.getloadavg()[0]
    print(f"\nregistry load: {args.agents} agents, think {args.think_ms:.0f} ms (mean), {args.duration:.0f} s x "
          f"{args.reps} reps, {args.workers} uvicorn worker(s), {os.cpu_count()} CPUs; medians over reps")
    # The machine may be shared: a load average above the CPU count means other work competed.
    print(f"1-min load average before/after the run: {load_before:.2f} / {load_after:.2f}")
    header = f"{'backend':<11}{'operation':<10}{'p50 ms':>9}{'p99 ms':>9}{'requests':>10}{'errors':>8}"
    print(header)
    print("-" * len(header))
    metrics: dict[str, float] = {}
    baseline: dict[str, float] = {}
    for backend, r in results.items():
        for op in OPERATIONS:
            print(f"{backend:<11}{op:<10}{r[f'{op}_p50']:>9.1f}{r[f'{op}_p99']:>9.1f}{r['counts'][op]:>10}"
                  f"{r['errors'][op]:>8}")
            metrics[f"{backend}_{op}_p50_ms"] = round(r[f"{op}_p50"], 2)
            metrics[f"{backend}_{op}_p99_ms"] = round(r[f"{op}_p99"], 2)
        print(f"{backend:<11}{'health':<10}{r['health_p50']:>9.1f}{r['health_p99']:>9.1f}{'(baseline)':>10}")
        print(f"{backend:<11}throughput {r['rps']:.0f} req/s, {r['filed_per_s']:.1f} filings/s "
              f"(baseline health {r['health_rps']:.0f} req/s)")
        metrics[f"{backend}_rps"] = round(r["rps"], 1)
        metrics[f"{backend}_filings_per_s"] = round(r["filed_per_s"], 2)
        baseline[f"{backend}_health_p50_ms"] = round(r["health_p50"], 2)
        baseline[f"{backend}_health_p99_ms"] = round(r["health_p99"], 2)
        baseline[f"{backend}_health_rps"] = round(r["health_rps"], 1)
        ok = r["verify_p99"] <= 150 and r["submit_p99"] <= 150
        print(f"{backend:<11}target p99 <= 150 ms for verify and submit: {'met' if ok else 'NOT met'}")
    print(json.dumps({"bench": "registry_load", "metrics": metrics, "baseline": baseline}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
