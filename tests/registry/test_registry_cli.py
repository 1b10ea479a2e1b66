"""`zsdesk-registry seed` and `zsdesk-registry center ...` against the database of a running server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from live_registry import LiveRegistry, enterprise_fields, make_uscc, start_server

from zsdesk.registry.server.cli import main
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.settings import ServerSettings


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveRegistry, str]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'cli.sqlite3'}"
    db, clock = Database(url), Clock()
    with start_server(ServerSettings(db_url=url, sandbox=True, tick_interval_s=3600), clock, db) as base_url:
        live = LiveRegistry(base_url, "sqlite", clock, db)
        yield live, url
        live.http.close()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_center_cli_opens_agency_and_reviews(served: tuple[LiveRegistry, str],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    registry, url = served
    name = "中山市命令行测试房地产经纪有限公司"
    code, out = _run(capsys, "center", "create-agency", name, make_uscc(), "--db", url)
    assert code == 0, out
    assert "初始密码 123456" in out
    code, out = _run(capsys, "center", "create-agency", name, make_uscc(), "--db", url)
    assert code == 1
    assert "AGENCY_EXISTS" in out

    actor = registry.agency_actor({"name": name, "uscc": _uscc_of(registry, name)})
    agency = {"name": name, "uscc": actor.info["agency_uscc"]}
    rec = registry.get("/api/v1/enterprise", actor).json()
    registry.put("/api/v1/enterprise", actor, json=enterprise_fields(agency), headers={"If-Match": str(rec["version"])})
    registry.upload(actor, "enterprise", rec["id"])
    assert registry.post("/api/v1/enterprise/submit", actor, json={"comment": "请审核"}).status_code == 200

    code, out = _run(capsys, "center", "list-pending", "--db", url)
    assert f"enterprise   {rec['id']}" in out
    code, out = _run(capsys, "center", "reject-enterprise", str(rec["id"]), "--reason", "缺少公章", "--db", url)
    assert code == 0
    assert registry.get("/api/v1/enterprise", actor).json()["review_reason"] == "缺少公章"
    current = registry.get("/api/v1/enterprise", actor).json()
    registry.put("/api/v1/enterprise", actor, json=enterprise_fields(agency),
                 headers={"If-Match": str(current["version"])})
    registry.post("/api/v1/enterprise/submit", actor, json={"comment": "已补"})
    code, out = _run(capsys, "center", "approve-enterprise", str(rec["id"]), "--db", url)
    assert code == 0, out
    assert registry.get("/api/v1/enterprise", actor).json()["status"] == "approved"

    app = registry.staff_application(actor, name="命令行员工")
    code, out = _run(capsys, "center", "approve-staff", str(app["id"]), "--db", url)
    assert code == 0, out
    login = registry.get(f"/api/v1/staff/{app['id']}", actor).json()["login"]
    assert login in out
    code, out = _run(capsys, "center", "sms", "--db", url)
    assert login in out and "初始密码" in out
    code, out = _run(capsys, "center", "approve-staff", str(app["id"]), "--db", url)
    assert code == 1
    assert "INVALID_STATE" in out


def _uscc_of(registry: LiveRegistry, name: str) -> str:
    with registry.db.session() as session:
        from sqlalchemy import select

        from zsdesk.registry.server.models.accounts import Agency

        uscc = session.scalar(select(Agency.uscc).where(Agency.name == name))
    assert uscc is not None
    return uscc


def test_seed_creates_tables_and_register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'seeded.sqlite3'}"
    code, out = _run(capsys, "seed", "--db", url, "--count", "40")
    assert code == 0, out
    from sqlalchemy import func, select

    from zsdesk.registry.server.models.properties import RegisterProperty

    db = Database(url)
    with db.session() as session:
        assert (session.scalar(select(func.count()).select_from(RegisterProperty)) or 0) >= 40
    db.dispose()


def test_serve_training_prints_demo_accounts(tmp_path: Path) -> None:
    import socket
    import subprocess
    import sys
    import time

    import requests

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "zsdesk.registry.server.cli", "serve", "--db", f"sqlite:///{tmp_path / 'serve.sqlite3'}",
         "--host", "127.0.0.1", "--port", str(port), "--training", "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        health = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                health = requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2).json()
                break
            except requests.ConnectionError:
                time.sleep(0.1)  # waiting for start-up, not timing anything
        assert health is not None and health["training"] is True
        login = requests.post(f"http://127.0.0.1:{port}/api/v1/auth/login",
                              json={"login": "demo-staff1", "password": "Demo2026!"}, timeout=10)
        assert login.json()["role"] == "staff"
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    assert "练习环境演示账号" in out
    assert "demo-agency" in out and "demo-staff2" in out
    # the demo properties follow the accounts, with the data to verify them
    assert out.index("练习环境演示房源") > out.index("demo-staff2")
    assert "已查封 — 不可交易" in out and "粤房地证字第C0000003号" in out and "勾选一代身份证" in out
