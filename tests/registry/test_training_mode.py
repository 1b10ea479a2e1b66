"""练习环境: a training-mode server seeds demo accounts (bound, approved) and auto-approves
submissions once the delay has passed on its clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from live_registry import LiveRegistry, enterprise_fields, start_server

from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.settings import ServerSettings


@pytest.fixture(scope="module")
def training(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveRegistry]:
    url = f"sqlite:///{tmp_path_factory.mktemp('training') / 'training.sqlite3'}"
    db, clock = Database(url), Clock()
    settings = ServerSettings(db_url=url, training=True, auto_approve_delay_s=30, tick_interval_s=3600)
    with start_server(settings, clock, db) as base_url:
        live = LiveRegistry(base_url, "sqlite", clock, db)
        yield live
        live.http.close()


def test_demo_accounts_are_listed_and_work(training: LiveRegistry, capsys: pytest.CaptureFixture[str]) -> None:
    demo = training.get("/api/v1/_sandbox/demo-accounts").json()
    assert [d["kind"] for d in demo] == ["agency", "staff", "staff"]
    roles = [training.login(d["login"], d["password"]).role for d in demo]
    assert roles == ["agency", "staff", "staff"]
    agency = training.login(demo[0]["login"], demo[0]["password"])
    assert training.get("/api/v1/enterprise", agency).json()["status"] == "approved"
    assert len(training.get("/api/v1/staff/approved", agency).json()) == 2
    assert training.get("/api/v1/health").json()["training"] is True


def test_submissions_are_approved_after_the_delay(training: LiveRegistry) -> None:
    actor = training.agency_actor()
    rec = training.get("/api/v1/enterprise", actor).json()
    agency = {"name": actor.info["agency_name"], "uscc": actor.info["agency_uscc"]}
    training.put("/api/v1/enterprise", actor, json=enterprise_fields(agency), headers={"If-Match": str(rec["version"])})
    training.upload(actor, "enterprise", rec["id"])
    assert training.post("/api/v1/enterprise/submit", actor, json={"comment": "练习"}).status_code == 200
    assert training.post("/api/v1/_sandbox/tick").status_code == 200
    assert training.get("/api/v1/enterprise", actor).json()["status"] == "submitted"  # not yet due
    try:
        training.advance_clock(31)
        training.post("/api/v1/_sandbox/tick")
        assert training.get("/api/v1/enterprise", actor).json()["status"] == "approved"
        app = training.staff_application(actor)
        training.advance_clock(31)
        training.post("/api/v1/_sandbox/tick")
        staff = training.get(f"/api/v1/staff/{app['id']}", actor).json()
        assert staff["status"] == "approved"
        assert staff["login"]
        assert any(staff["login"] in m["text"] for m in training.sms(staff["fields"]["phone"]))
    finally:
        training.set_clock_offset(0)


def test_the_protocol_server_has_no_demo_accounts(registry: LiveRegistry) -> None:
    assert registry.get("/api/v1/_sandbox/demo-accounts").json() == []
