"""The sandbox routes the app's 练习环境 panel uses: opening an agency hands over its net-sign login and
initial password (and that pair binds), a trainee's clock move keeps the session while a plain one
still expires it, and the training mode's automatic approval can be switched off (and stays off
in the database)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from live_registry import LiveRegistry, make_uscc, start_server, unique_suffix

from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.settings import ServerSettings


def test_open_agency_hands_over_login_and_initial_password(registry: LiveRegistry) -> None:
    name, code = f"中山市练习{unique_suffix()}房地产经纪有限公司", make_uscc()
    r = registry.post("/api/v1/_sandbox/agencies", json={"name": name, "uscc": code})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["netsign_login"] == name and body["initial_password"] == "123456" and body["uscc"] == code
    login, pw = registry.register_unified(uscc=code, company_name=name)
    bound = registry.bind(registry.login(login, pw), body["netsign_login"], body["initial_password"])
    assert bound.role == "agency" and bound.info["agency_name"] == name

    again = registry.post("/api/v1/_sandbox/agencies", json={"name": name, "uscc": make_uscc()})
    assert again.status_code == 409 and again.json()["code"] == "AGENCY_EXISTS"
    bad = registry.post("/api/v1/_sandbox/agencies", json={"name": name + "二", "uscc": code[:-1] + "X"})
    assert bad.status_code == 422 and bad.json()["field"] == "uscc"


def test_clock_move_keeps_sessions_only_when_asked(clock: LiveRegistry) -> None:
    actor = clock.agency_actor()
    kept = clock.put("/api/v1/_sandbox/clock", json={"advance_s": 24 * 3600, "keep_sessions": True})
    assert kept.status_code == 200 and kept.json()["offset_s"] == 24 * 3600
    assert clock.get("/api/v1/auth/me", actor).status_code == 200      # 24 h on, still signed in
    back = clock.put("/api/v1/_sandbox/clock", json={"offset_s": 0, "keep_sessions": True})
    assert back.status_code == 200
    assert clock.get("/api/v1/auth/me", actor).status_code == 200
    clock.advance_clock(24 * 3600)                                     # a plain move: the 8-hour token is gone
    assert clock.get("/api/v1/auth/me", actor).status_code == 401


@pytest.fixture()
def training(tmp_path: Path) -> Iterator[LiveRegistry]:
    url = f"sqlite:///{tmp_path / 'training.sqlite3'}"
    db, clock = Database(url), Clock()
    settings = ServerSettings(db_url=url, training=True, tick_interval_s=3600.0, auto_approve_delay_s=5.0)
    with start_server(settings, clock, db) as base_url:
        live = LiveRegistry(base_url, "sqlite", clock, db)
        yield live
        live.http.close()


def _status(reg: LiveRegistry, staff_id: int) -> str:
    rows = reg.get("/api/v1/center/pending", reg.center()).json()
    return "submitted" if any(r["kind"] == "staff" and r["id"] == staff_id for r in rows) else "reviewed"


def test_automatic_approval_switches_off_and_on(training: LiveRegistry) -> None:
    assert training.get("/api/v1/_sandbox/auto-approve").json() == {"enabled": True, "delay_s": 5.0}
    off = training.put("/api/v1/_sandbox/auto-approve", json={"enabled": False})
    assert off.status_code == 200 and off.json()["enabled"] is False
    agency = training.approved_agency()
    app = training.staff_application(agency)
    training.advance_clock(60)
    assert training.post("/api/v1/_sandbox/tick").status_code == 200
    assert _status(training, app["id"]) == "submitted"                # waits for the trainee's review
    assert training.get("/api/v1/_sandbox/auto-approve").json()["enabled"] is False

    on = training.put("/api/v1/_sandbox/auto-approve", json={"enabled": True})
    assert on.json()["enabled"] is True
    training.post("/api/v1/_sandbox/tick")
    assert _status(training, app["id"]) == "reviewed"
    assert training.put("/api/v1/_sandbox/auto-approve", json={"enabled": "maybe"}).status_code == 422
