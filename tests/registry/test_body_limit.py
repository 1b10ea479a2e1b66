"""Request bodies are cut off while they stream in (body_limit.py), before authentication and parsing.

The memory test runs the real `zsdesk-registry serve` in its own process, so that its RSS is the
server's alone, and streams a 200 MB body at it through a raw socket: the client counts what it
managed to send before the answer (or the reset that follows the answer) came."""

from __future__ import annotations

import json
import os
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest
import requests
from live_registry import Actor, LiveRegistry, make_png

from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database

MiB = 1024 * 1024
ATTACK_BYTES = 200 * MiB
# What may reach the server before it answers: the limit plus what loopback socket buffers hold.
EARLY_BYTES = 32 * MiB
RSS_GROWTH_LIMIT = 50 * MiB
BOUNDARY = "zsdeskBoundary7"
MULTIPART_HEAD = (f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="name"\r\n\r\n营业执照\r\n'
                  f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n'
                  "Content-Type: image/png\r\n\r\n").encode()


@dataclass
class Outcome:
    status: int | None          # None: the connection ended before any answer could be read
    body: dict[str, object] | None
    sent: int                   # body bytes the client got onto the wire
    error: str | None           # the reset/broken pipe the client saw, if any


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[psutil.Process, LiveRegistry]]:
    work: Path = tmp_path_factory.mktemp("body-limit")
    url = f"sqlite:///{work / 'registry.sqlite3'}"
    port = _free_port()
    env = {**os.environ, "ZSDESK_REGISTRY_DB": url}
    with open(work / "server.log", "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "zsdesk.registry.server.cli", "serve", "--sandbox",
                                 "--db", url, "--port", str(port), "--log-level", "warning"],
                                stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if requests.get(base + "/api/v1/health", timeout=2).status_code == 200:
                break
        except requests.ConnectionError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"server did not start: {(work / 'server.log').read_text(errors='replace')}")
        time.sleep(0.1)
    live = LiveRegistry(base, "sqlite", Clock(), Database(url))
    try:
        yield psutil.Process(proc.pid), live
    finally:
        live.http.close()
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.fixture(scope="module")
def agency(server: tuple[psutil.Process, LiveRegistry]) -> Actor:
    return server[1].agency_actor()


def _read_answer(sock: socket.socket, deadline: float) -> tuple[int | None, dict[str, object] | None]:
    data = b""
    while time.monotonic() < deadline:
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, BrokenPipeError):
            break
        if not chunk:
            break
        data += chunk
        head, sep, rest = data.partition(b"\r\n\r\n")
        if sep:
            length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                           if line.lower().startswith(b"content-length:")), None)
            if length is not None and len(rest) >= length:
                return int(head.split(b" ")[1]), json.loads(rest[:length])
    if not data:
        return None, None
    return int(data.split(b" ")[1]), None


def stream(base_url: str, path: str, *, content_type: str, first: bytes = b"", total: int = ATTACK_BYTES,
           token: str | None = None, announce: bool = False, timeout_s: float = 20.0) -> Outcome:
    """POST `first` plus zeros up to `total` bytes, chunked (or with Content-Length when `announce`),
    and stop sending as soon as the server answers or closes."""
    host, port = base_url.removeprefix("http://").split(":")
    lines = [f"POST {path} HTTP/1.1", f"Host: {host}:{port}", f"Content-Type: {content_type}"]
    lines.append(f"Content-Length: {total}" if announce else "Transfer-Encoding: chunked")
    if token:
        lines.append(f"Authorization: Bearer {token}")
    sock = socket.create_connection((host, int(port)), timeout=timeout_s)
    deadline = time.monotonic() + timeout_s
    sent, error = 0, None
    try:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        piece = b"0" * (256 * 1024)
        while sent < total and time.monotonic() < deadline:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                break  # the answer (or the close) is there: a real client stops here too
            data = first if sent == 0 and first else piece[: total - sent]
            frame = data if announce else f"{len(data):x}\r\n".encode() + data + b"\r\n"
            try:
                sock.sendall(frame)
            except (BrokenPipeError, ConnectionResetError) as exc:
                error = type(exc).__name__
                break
            sent += len(data)
        else:
            if not announce and sent >= total:
                sock.sendall(b"0\r\n\r\n")
        status, body = _read_answer(sock, deadline)
    finally:
        sock.close()
    return Outcome(status, body, sent, error)


class PeakRss:
    """Samples a process's RSS in a thread while the block runs."""

    def __init__(self, proc: psutil.Process) -> None:
        self.proc = proc
        self.base: int = proc.memory_info().rss
        self.peak: int = self.base
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            self._stop.wait(0.01)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.peak = max(self.peak, self.proc.memory_info().rss)

    @property
    def growth(self) -> int:
        return self.peak - self.base


def _assert_cut_off_early(outcome: Outcome, limit: int) -> None:
    # The server answers 413 and closes: the client either reads the 413 or, when the close reaches it
    # mid-send before it looked, sees a reset. A reset alone is honest only if nothing else was answered.
    assert outcome.sent < EARLY_BYTES, f"the server took {outcome.sent} bytes before refusing"
    if outcome.status is None:
        assert outcome.error is not None, "no answer and no reset"
        return
    assert outcome.status == 413, outcome
    assert outcome.body is not None and outcome.body["code"] == "BODY_TOO_LARGE", outcome.body
    assert outcome.body["limit"] == limit
    assert outcome.body["detail"] and "KB" in str(outcome.body["detail"])


JSON_LIMIT = 1024 * 1024
MULTIPART_LIMIT = 512_000 + 64 * 1024


@pytest.mark.parametrize("with_token", [False, True], ids=["no-token", "token"])
@pytest.mark.parametrize("announce", [False, True], ids=["chunked", "content-length"])
def test_huge_json_body_is_refused_early_and_not_buffered(server: tuple[psutil.Process, LiveRegistry],
                                                          agency: Actor, with_token: bool,
                                                          announce: bool) -> None:
    proc, live = server
    with PeakRss(proc) as rss:
        outcome = stream(live.base_url, "/api/v1/staff", content_type="application/json",
                         first=b'{"name": "', token=agency.token if with_token else None, announce=announce)
    _assert_cut_off_early(outcome, JSON_LIMIT)
    if announce:
        assert outcome.status == 413  # refused on the announced length, before a byte was read
    assert rss.growth < RSS_GROWTH_LIMIT, f"server RSS grew by {rss.growth / MiB:.0f} MB"


@pytest.mark.parametrize("with_token", [False, True], ids=["no-token", "token"])
def test_huge_upload_is_refused_early_and_not_spooled(server: tuple[psutil.Process, LiveRegistry],
                                                      agency: Actor, with_token: bool) -> None:
    proc, live = server
    rec = live.get("/api/v1/enterprise", agency).json()
    before = live.get(f"/api/v1/materials/enterprise/{rec['id']}", agency).json()
    with PeakRss(proc) as rss:
        outcome = stream(live.base_url, f"/api/v1/materials/enterprise/{rec['id']}",
                         content_type=f"multipart/form-data; boundary={BOUNDARY}", first=MULTIPART_HEAD,
                         token=agency.token if with_token else None)
    _assert_cut_off_early(outcome, MULTIPART_LIMIT)
    assert rss.growth < RSS_GROWTH_LIMIT, f"server RSS grew by {rss.growth / MiB:.0f} MB"
    # Nothing was stored, and the server still serves an ordinary upload.
    listed = live.get(f"/api/v1/materials/enterprise/{rec['id']}", agency)
    assert listed.status_code == 200 and listed.json() == before, listed.text
    ok = live.upload(agency, "enterprise", rec["id"], kind="business_licence")
    assert ok.status_code == 201, ok.text


def test_bodies_under_the_limits_still_reach_the_handlers(server: tuple[psutil.Process, LiveRegistry],
                                                          agency: Actor) -> None:
    _proc, live = server
    # 900 KB of JSON: under the limit, so the handler's own validation answers (not a 413).
    near = live.post("/api/v1/staff", agency, data=json.dumps({"name": "陈" * 300_000}, ensure_ascii=False).encode(),
                     headers={"Content-Type": "application/json"})
    assert near.status_code == 422, near.text
    assert near.json()["code"] != "BODY_TOO_LARGE"
    # A picture of exactly the material limit, streamed chunked: the handler checks it, no 413 before.
    rec = live.get("/api/v1/enterprise", agency).json()
    png = make_png()
    picture = png + b"\0" * (512_000 - len(png))
    up = live.upload(agency, "enterprise", rec["id"], data=picture)
    assert up.json().get("code") != "BODY_TOO_LARGE", up.text
    assert up.status_code in (201, 415, 422), up.text


def test_announced_oversize_json_gets_413_on_the_shared_server(registry: LiveRegistry) -> None:
    announced = stream(registry.base_url, "/api/v1/auth/login", content_type="application/json",
                       total=2 * MiB, announce=True)
    assert announced.status == 413, announced
    assert announced.body is not None and announced.body["code"] == "BODY_TOO_LARGE"
    assert announced.sent < EARLY_BYTES
    plain = registry.post("/api/v1/auth/login", data=b"{" + b" " * (2 * MiB) + b"}",
                          headers={"Content-Type": "application/json"})
    assert plain.status_code == 413, plain.text
    assert plain.headers["Content-Type"].startswith("application/problem+json")
    assert plain.json()["code"] == "BODY_TOO_LARGE"
    # A normal body still works: a wrong password is the handler's own 401, not a size refusal.
    normal = registry.post("/api/v1/auth/login", json={"login": "nobody-here", "password": "x" * 20})
    assert normal.status_code == 401, normal.text


@pytest.mark.parametrize("value", ["abc", "١٢", "+12", "-1", "1e3", " "])
def test_a_malformed_content_length_is_a_400_problem(registry: LiveRegistry, value: str) -> None:
    host, port = registry.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(f"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {value}\r\n\r\n".encode())
        status, body = _read_answer(sock, time.monotonic() + 10)
    # The HTTP parser itself may refuse it (a plain 400) before the app sees it; never anything else.
    assert status == 400, (status, body)
    if body is not None:
        assert body["field"] == "Content-Length"
