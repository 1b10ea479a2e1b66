"""A tiny loopback HTTP reverse proxy that injects faults in front of the real sandbox registry.

Each request is matched against ``rules`` (first match wins, a rule may fire a limited number of
times); the action decides what the client sees:

- ``pass``        forward and relay the answer
- ``status``      answer ``status`` itself (e.g. 503) without forwarding
- ``delay``       forward, then hold the answer for ``delay`` seconds (beyond the read timeout)
- ``reset_after`` forward (the server commits), then reset the client's connection: the answer is lost
- ``reset``       reset the connection without forwarding

``log`` records (method, path, status-or-action) of every request, for asserting what crossed the wire.
"""

from __future__ import annotations

import http.client
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-authorization",
        "proxy-connection", "content-length"}


@dataclass
class Rule:
    action: str  # pass | status | delay | reset_after | reset
    method: str | None = None
    path_contains: str | None = None
    status: int = 503
    delay: float = 0.0
    times: int | None = None  # None = unlimited
    when: Callable[[str, str], bool] | None = None
    fired: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.times is not None and self.fired >= self.times:
            return False
        if self.method and self.method != method:
            return False
        if self.path_contains and self.path_contains not in path:
            return False
        return not (self.when and not self.when(method, path))


@dataclass
class FaultProxy:
    upstream: str
    rules: list[Rule] = field(default_factory=list)
    log: list[tuple[str, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        u = urlsplit(self.upstream)
        self._up_host, self._up_port = u.hostname or "127.0.0.1", u.port or 80
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def add(self, rule: Rule) -> Rule:
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()

    def count(self, method: str | None = None, path_contains: str = "") -> int:
        with self._lock:
            return sum(1 for m, p, _ in self.log if (method is None or m == method) and path_contains in p)

    def _choose(self, method: str, path: str) -> Rule | None:
        with self._lock:
            for r in self.rules:
                if r.matches(method, path):
                    r.fired += 1
                    return r
        return None

    def _record(self, method: str, path: str, outcome: str) -> None:
        with self._lock:
            self.log.append((method, path, outcome))

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _reset(sock: socket.socket) -> None:
    # SO_LINGER 0: close() sends RST, exactly like a dropped office link / crashed middlebox.
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()
    except OSError:
        pass


def _make_handler(proxy: FaultProxy) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _forward(self, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
            conn = http.client.HTTPConnection(proxy._up_host, proxy._up_port, timeout=60)
            try:
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
                headers["Content-Length"] = str(len(body))
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                return resp.status, [(k, v) for k, v in resp.getheaders() if k.lower() not in _HOP], data
            finally:
                conn.close()

        def _reply(self, status: int, headers: list[tuple[str, str]], data: bytes) -> None:
            self.send_response(status)
            for k, v in headers:
                if k.lower() not in ("server", "date"):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _any(self) -> None:
            n = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(n) if n else b""
            rule = proxy._choose(self.command, self.path)
            action = rule.action if rule else "pass"
            if action == "reset":
                proxy._record(self.command, self.path, "reset")
                self.close_connection = True
                _reset(self.connection)
                return
            if action == "status":
                assert rule is not None
                proxy._record(self.command, self.path, str(rule.status))
                payload = (b'{"type":"about:blank","title":"Service Unavailable","status":%d,'
                           b'"code":"INTERNAL_ERROR","detail":"injected"}' % rule.status)
                self._reply(rule.status, [("Content-Type", "application/problem+json")], payload)
                return
            try:
                status, headers, data = self._forward(body)
            except OSError:
                proxy._record(self.command, self.path, "upstream-down")
                self.close_connection = True
                _reset(self.connection)
                return
            if action == "reset_after":
                proxy._record(self.command, self.path, f"reset_after:{status}")
                self.close_connection = True
                _reset(self.connection)
                return
            if action == "delay":
                assert rule is not None
                proxy._record(self.command, self.path, f"delay:{status}")
                time.sleep(rule.delay)
                try:
                    self._reply(status, headers, data)
                except OSError:
                    self.close_connection = True
                return
            proxy._record(self.command, self.path, str(status))
            self._reply(status, headers, data)

        do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _any

    return Handler
