"""The registry's access log (uvicorn, as `zsdesk-registry serve` runs it) never carries a phone or
an ID number, wherever the request put it: query string, percent-encoded, full-width, or path."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import uvicorn

from zsdesk.registry.server.access_log import mask_request_target
from zsdesk.registry.server.app import create_app
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.settings import ServerSettings

PHONE = "13912345678"
ID_NUMBER = "44200019900307123X"


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture(scope="module")
def logged_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, _Lines]]:
    path: Path = tmp_path_factory.mktemp("access") / "registry.sqlite3"
    settings = ServerSettings(db_url=f"sqlite:///{path}", sandbox=True, tick_interval_s=3600.0)
    app = create_app(settings, clock=Clock(), db=Database(settings.db_url))
    # As `zsdesk-registry serve` runs it: uvicorn's default logging, access log on, level info.
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="info", access_log=True,
                                           lifespan="on", ws="none"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "registry did not start"
        time.sleep(0.02)
    capture = _Lines()
    access = logging.getLogger("uvicorn.access")
    access.addHandler(capture)
    try:
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}", capture
    finally:
        access.removeHandler(capture)
        server.should_exit = True
        thread.join(timeout=30)


@pytest.mark.parametrize("target", [
    f"/api/v1/_sandbox/sms?phone={PHONE}&id_number={ID_NUMBER}",
    f"/api/v1/_sandbox/sms?phone=%2B86{PHONE}",
    "/api/v1/_sandbox/sms?phone=" + "".join(f"%EF%BC%{0x90 + int(d):02X}" for d in PHONE),   # full-width
    f"/api/v1/contracts/{ID_NUMBER}?x={PHONE[:3]}-{PHONE[3:7]}-{PHONE[7:]}",
    f"/api/v1/properties/{PHONE}",
], ids=["query", "plus86", "fullwidth", "path-and-dashes", "path-phone"])
def test_access_log_line_has_no_phone_or_id(logged_server: tuple[str, _Lines], target: str) -> None:
    base, capture = logged_server
    before = len(capture.lines)
    r = requests.get(base + target, timeout=30)
    assert r.status_code < 500
    deadline = time.monotonic() + 10
    while len(capture.lines) == before and time.monotonic() < deadline:
        time.sleep(0.01)
    lines = capture.lines[before:]
    assert lines and any('"GET /api/v1/' in line for line in lines), lines
    text = "\n".join(lines)
    for secret in (PHONE, ID_NUMBER, PHONE[3:7] + "-" + PHONE[7:], "%EF%BC%91%EF%BC%93%EF%BC%99"):
        assert secret not in text, text
    assert "***" in text


def test_ordinary_lines_stay_readable() -> None:
    assert mask_request_target("/api/v1/changes?since=42&limit=500") == "/api/v1/changes?since=42&limit=500"
    assert mask_request_target("/api/v1/contracts/HT20261202000123") == "/api/v1/contracts/HT20261202000123"
