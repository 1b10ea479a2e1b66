"""Each registry app runs the periodic tasks and lists the pending-review sources it was given
(`create_app(periodic_tasks=..., pending_sources=...)`): nothing is registered at import time, so two
apps in one process never share them."""

from __future__ import annotations

from pathlib import Path

import requests
from live_registry import start_server
from sqlalchemy.orm import Session

from zsdesk.registry.schemas.center import PendingItem
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.settings import ServerSettings


def _settings(path: Path) -> ServerSettings:
    # A long tick: only /tick runs the tasks during the test.
    return ServerSettings(db_url=f"sqlite:///{path}", sandbox=True, tick_interval_s=3600.0)


def _center(base: str) -> dict[str, str]:
    token = requests.post(f"{base}/api/v1/_sandbox/center-token", timeout=10).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def test_two_apps_run_only_their_own_periodic_tasks(tmp_path: Path) -> None:
    ran: list[str] = []

    def task(name: str):  # type: ignore[no-untyped-def]
        def run(_session: Session, _settings: ServerSettings, _clock: Clock) -> None:
            ran.append(name)
        run.__name__ = name
        return run

    a_settings, b_settings = _settings(tmp_path / "a.sqlite3"), _settings(tmp_path / "b.sqlite3")
    with start_server(a_settings, Clock(), Database(a_settings.db_url), periodic_tasks=[task("a1")],
                      startup_hooks=()) as a, \
            start_server(b_settings, Clock(), Database(b_settings.db_url),
                         periodic_tasks=[task("b1"), task("b2")], startup_hooks=()) as b:
        assert requests.post(f"{a}/api/v1/_sandbox/tick", timeout=10).json() == {"ran": 1}
        assert ran == ["a1"]
        assert requests.post(f"{b}/api/v1/_sandbox/tick", timeout=10).json() == {"ran": 2}
        assert ran == ["a1", "b1", "b2"]


def test_each_app_lists_its_own_pending_sources(tmp_path: Path) -> None:
    item = PendingItem(kind="enterprise", id=7, agency_id=3, agency_name="测试机构", title="企业信息核查：测试机构")

    def one_item(_session: Session) -> list[PendingItem]:
        return [item]

    a_settings, b_settings = _settings(tmp_path / "a.sqlite3"), _settings(tmp_path / "b.sqlite3")
    with start_server(a_settings, Clock(), Database(a_settings.db_url), pending_sources=[one_item, one_item],
                      startup_hooks=()) as a, \
            start_server(b_settings, Clock(), Database(b_settings.db_url), pending_sources=(),
                         startup_hooks=()) as b:
        listed = requests.get(f"{a}/api/v1/center/pending", headers=_center(a), timeout=10)
        assert listed.status_code == 200
        assert [PendingItem.model_validate(x) for x in listed.json()] == [item, item]
        assert requests.get(f"{b}/api/v1/center/pending", headers=_center(b), timeout=10).json() == []
