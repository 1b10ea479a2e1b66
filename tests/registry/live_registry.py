"""Helpers for the registry's end-to-end tests: value generators and `LiveRegistry`, a base URL
plus functions that build agencies and accounts through the public and the center API."""

from __future__ import annotations

import io
import itertools
import random
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import requests
import uvicorn
from PIL import Image
from stdnum.cn import ric as stdnum_ric
from stdnum.cn import uscc as stdnum_uscc

from zsdesk.registry.server.app import create_app
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.settings import ServerSettings

PG_ENV = "ZSDESK_TEST_PG_URL"

_counter = itertools.count(1)
_rng = random.Random(20261124)
_rng_lock = threading.Lock()


def unique_suffix() -> str:
    return f"{next(_counter)}{uuid.uuid4().hex[:6]}"


def make_uscc() -> str:
    """A valid, random 统一社会信用代码 of a Zhongshan company (91 + 442000 + org code + check)."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    with _rng_lock:
        body = "91442000" + "".join(_rng.choice(alphabet) for _ in range(9))
    return body + stdnum_uscc.calc_check_digit(body + "0")


def make_resident_id(birth: date | None = None) -> str:
    """A valid 18-digit resident ID from Zhongshan (area 442000)."""
    with _rng_lock:
        birth = birth or date(1970 + _rng.randrange(30), 1 + _rng.randrange(12), 1 + _rng.randrange(28))
        seq = f"{_rng.randrange(1000):03d}"
    body = f"442000{birth:%Y%m%d}{seq}"
    return body + stdnum_ric.calc_check_digit(body + "0")


def make_png(size: tuple[int, int] = (32, 24), color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, format="PNG")
    return buf.getvalue()


def make_jpeg(size: tuple[int, int] = (32, 24)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (30, 120, 200)).save(buf, format="JPEG")
    return buf.getvalue()


def enterprise_fields(agency: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    """A complete, valid enterprise record for `agency` (dates relative to `today`)."""
    today = today or date.today()
    end = today + timedelta(days=365)
    return {"name": agency["name"], "uscc": agency["uscc"], "legal_rep_name": "王五",
            "legal_rep_id_number": make_resident_id(), "address": "广东省中山市石岐街道孙文中路1号",
            "business_scope": "房地产经纪", "registered_capital": "100万元", "established_on": "2015-03-01",
            "business_term_start": "2015-03-01", "business_term_end": end.isoformat(),
            "qualification_valid_until": end.isoformat(), "contact_name": "赵六", "contact_phone": "13800138000",
            "filing_cert_no": "中房经备字第0001号"}


def make_phone() -> str:
    with _rng_lock:
        return "139" + "".join(str(_rng.randrange(10)) for _ in range(8))


@dataclass
class Actor:
    """A logged-in caller: its token and what the server told about it."""

    token: str
    role: str
    login: str
    password: str
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    @property
    def agency_id(self) -> int | None:
        value = self.info.get("agency_id")
        return int(value) if value is not None else None

    @property
    def staff_id(self) -> int | None:
        value = self.info.get("staff_id")
        return int(value) if value is not None else None


class LiveRegistry:
    """Base URL plus helpers that build accounts through the public API and the center API."""

    def __init__(self, base_url: str, backend: str, clock: Clock, db: Database) -> None:
        self.base_url = base_url
        self.backend = backend
        self.clock = clock
        self.db = db
        self.http = requests.Session()
        self._center: Actor | None = None

    # -- plain HTTP -------------------------------------------------------------------------
    def url(self, path: str) -> str:
        return self.base_url + path

    def get(self, path: str, actor: Actor | None = None, **kw: Any) -> requests.Response:
        return self.http.get(self.url(path), headers=self._h(actor, kw), timeout=30, **kw)

    def post(self, path: str, actor: Actor | None = None, **kw: Any) -> requests.Response:
        return self.http.post(self.url(path), headers=self._h(actor, kw), timeout=30, **kw)

    def put(self, path: str, actor: Actor | None = None, **kw: Any) -> requests.Response:
        return self.http.put(self.url(path), headers=self._h(actor, kw), timeout=30, **kw)

    def delete(self, path: str, actor: Actor | None = None, **kw: Any) -> requests.Response:
        return self.http.delete(self.url(path), headers=self._h(actor, kw), timeout=30, **kw)

    @staticmethod
    def _h(actor: Actor | None, kw: dict[str, Any]) -> dict[str, str]:
        headers = dict(kw.pop("headers", None) or {})
        if actor is not None:
            headers.setdefault("Authorization", f"Bearer {actor.token}")
        return headers

    # -- sandbox ----------------------------------------------------------------------------
    def set_clock_offset(self, seconds: float) -> None:
        r = self.put("/api/v1/_sandbox/clock", json={"offset_s": seconds})
        assert r.status_code == 200, r.text

    def advance_clock(self, seconds: float) -> None:
        r = self.put("/api/v1/_sandbox/clock", json={"advance_s": seconds})
        assert r.status_code == 200, r.text

    def sms(self, phone: str) -> list[dict[str, Any]]:
        r = self.get("/api/v1/_sandbox/sms", params={"phone": phone})
        assert r.status_code == 200, r.text
        result: list[dict[str, Any]] = r.json()
        return result

    def center(self) -> Actor:
        """A center reviewer token (fresh when the cached one was issued before a clock jump)."""
        r = self.post("/api/v1/_sandbox/center-token")
        assert r.status_code == 200, r.text
        body = r.json()
        return Actor(token=body["access_token"], role="center", login="center", password="")

    # -- accounts ---------------------------------------------------------------------------
    def register_unified(self, *, uscc: str, company_name: str, login: str | None = None,
                         password: str = "Pa55word!") -> tuple[str, str]:
        login = login or f"u{unique_suffix()}"
        r = self.post("/api/v1/auth/register", json={
            "login": login, "password": password, "company_name": company_name, "uscc": uscc,
            "address": "广东省中山市石岐街道民族东路1号", "legal_rep_name": "张三",
            "legal_rep_id_number": make_resident_id()})
        assert r.status_code == 201, r.text
        return login, password

    def login(self, login: str, password: str) -> Actor:
        r = self.post("/api/v1/auth/login", json={"login": login, "password": password})
        assert r.status_code == 200, r.text
        body = r.json()
        return Actor(token=body["access_token"], role=body["role"], login=login, password=password,
                     info=body["account"])

    def bind(self, unified: Actor, netsign_login: str, netsign_password: str) -> Actor:
        r = self.post("/api/v1/auth/bind", unified,
                      json={"netsign_login": netsign_login, "netsign_password": netsign_password})
        assert r.status_code == 200, r.text
        body = r.json()
        return Actor(token=body["access_token"], role=body["role"], login=unified.login,
                     password=unified.password, info=body["account"])

    def new_agency(self, name: str | None = None) -> dict[str, Any]:
        """Center opens an agency net-sign account (password 123456). Returns the agency JSON."""
        name = name or f"中山市测试{unique_suffix()}房地产经纪有限公司"
        r = self.post("/api/v1/center/agencies", self.center(), json={"name": name, "uscc": make_uscc()})
        assert r.status_code == 201, r.text
        result: dict[str, Any] = r.json()
        return result

    def upload(self, actor: Actor, owner_kind: str, owner_id: int | str, data: bytes | None = None,
               name: str = "营业执照", filename: str = "licence.png", kind: str = "other",
               content_type: str = "image/png") -> requests.Response:
        return self.post(f"/api/v1/materials/{owner_kind}/{owner_id}", actor,
                         data={"name": name, "kind": kind},
                         files={"file": (filename, data if data is not None else make_png(), content_type)})

    def approved_agency(self) -> Actor:
        """An agency actor whose enterprise record the center has approved."""
        actor = self.agency_actor()
        agency = {"name": actor.info["agency_name"], "uscc": actor.info["agency_uscc"]}
        rec = self.get("/api/v1/enterprise", actor)
        assert rec.status_code == 200, rec.text
        put = self.put("/api/v1/enterprise", actor, json=enterprise_fields(agency),
                       headers={"If-Match": str(rec.json()["version"])})
        assert put.status_code == 200, put.text
        up = self.upload(actor, "enterprise", rec.json()["id"], kind="business_licence")
        assert up.status_code == 201, up.text
        sub = self.post("/api/v1/enterprise/submit", actor, json={"comment": "请审核"})
        assert sub.status_code == 200, sub.text
        ok = self.post(f"/api/v1/center/enterprise/{rec.json()['id']}/approve", self.center())
        assert ok.status_code == 200, ok.text
        return actor

    def staff_application(self, agency: Actor, **over: Any) -> dict[str, Any]:
        """A submitted staff application (with both sides of the ID card) of `agency`."""
        body = {"name": "陈七", "id_number": make_resident_id(), "phone": make_phone(), **over}
        r = self.post("/api/v1/staff", agency, json=body)
        assert r.status_code == 201, r.text
        staff = r.json()
        for name, kind in (("身份证正面", "id_front"), ("身份证反面", "id_back")):
            up = self.upload(agency, "staff", staff["id"], name=name, kind=kind)
            assert up.status_code == 201, up.text
        sub = self.post(f"/api/v1/staff/{staff['id']}/submit", agency, json={})
        assert sub.status_code == 200, sub.text
        result: dict[str, Any] = sub.json()
        return result

    def approve_staff(self, staff_id: int) -> tuple[dict[str, Any], str]:
        """Center approves; returns the staff JSON and the password sent by SMS."""
        r = self.post(f"/api/v1/center/staff/{staff_id}/approve", self.center())
        assert r.status_code == 200, r.text
        staff: dict[str, Any] = r.json()
        texts = [m["text"] for m in self.sms(staff["fields"]["phone"]) if staff["login"] in m["text"]]
        assert texts, "no SMS with the staff login"
        password = texts[-1].split("初始密码：")[1].split("。")[0]
        return staff, password

    def staff_actor(self, agency: Actor | None = None) -> Actor:
        """An approved staff member of an approved agency, bound to its own unified account."""
        agency = agency or self.approved_agency()
        app = self.staff_application(agency)
        staff, password = self.approve_staff(app["id"])
        login, pw = self.register_unified(uscc=agency.info["agency_uscc"], company_name=agency.info["agency_name"])
        actor = self.bind(self.login(login, pw), staff["login"], password)
        actor.info.setdefault("staff_phone", staff["fields"]["phone"])
        return actor

    def agency_actor(self, agency: dict[str, Any] | Actor | None = None) -> Actor:
        """A unified account registered for the agency, bound to its net-sign account, logged in.
        Given an agency Actor (e.g. from `approved_agency`), logs that account in again."""
        if isinstance(agency, Actor):
            return self.login(agency.login, agency.password)
        agency = agency or self.new_agency()
        login, pw = self.register_unified(uscc=agency["uscc"], company_name=agency["name"])
        return self.bind(self.login(login, pw), agency["name"], "123456")


@contextmanager
def start_server(settings: ServerSettings, clock: Clock, db: Database, **wiring: Any) -> Iterator[str]:
    """Run a real server for the block; yields its base URL. `wiring`: create_app's periodic_tasks,
    startup_hooks, pending_sources (its defaults otherwise)."""
    server, thread, base_url = run_server(settings, clock, db, **wiring)
    try:
        yield base_url
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def run_server(settings: ServerSettings, clock: Clock, db: Database,
               **wiring: Any) -> tuple[uvicorn.Server, threading.Thread, str]:
    app = create_app(settings, clock=clock, db=db, **wiring)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on", ws="none")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="registry-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("sandbox registry did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    return server, thread, f"http://127.0.0.1:{port}"
