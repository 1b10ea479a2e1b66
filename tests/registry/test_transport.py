"""The client's transport against a real, scripted HTTP server on 127.0.0.1: what is retried,
what is sent once, how answers map to typed errors, and the 401 re-login path."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from zsdesk import __version__
from zsdesk.registry.exceptions import (
    AuthExpired,
    Forbidden,
    NotFound,
    RegistryOffline,
    RegistryUnavailable,
    Rejected,
    VersionConflict,
)
from zsdesk.registry.transport import Transport, TransportConfig


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False  # close the connection without answering


class Script:
    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.seen: list[tuple[str, str, dict[str, str], bytes]] = []
        self.lock = threading.Lock()

    def next(self) -> Reply:
        with self.lock:
            return self.replies.pop(0) if self.replies else Reply(200, {"ok": True})


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _any(self) -> None:
            n = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(n) if n else b""
            with script.lock:
                script.seen.append((self.command, self.path, dict(self.headers.items()), body))
            r = script.next()
            if r.delay:
                time.sleep(r.delay)
            if r.drop:
                self.close_connection = True
                self.connection.close()
                return
            payload = b"" if r.body is None else json.dumps(r.body).encode()
            self.send_response(r.status)
            ctype = "application/problem+json" if r.status >= 400 else "application/json"
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(payload)))
            for k, v in r.headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _any

    return H


@pytest.fixture
def scripted() -> Iterator[tuple[Script, str]]:
    script = Script()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    server.daemon_threads = True
    t = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    t.start()
    yield script, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _transport(url: str, **kw: Any) -> Transport:
    cfg = TransportConfig(base_url=url, backoff_factor=0.0, backoff_jitter=0.0, retries=kw.pop("retries", 3),
                          read_timeout=kw.pop("read_timeout", 5.0), trust_env=False)
    return Transport(cfg, **kw)


def test_get_retries_503_then_succeeds_with_user_agent(scripted: tuple[Script, str]) -> None:
    script, url = scripted
    script.replies = [Reply(503), Reply(503), Reply(200, {"n": 1})]
    resp = _transport(url).request("GET", "/api/v1/me")
    assert resp.json() == {"n": 1}
    assert len(script.seen) == 3
    assert script.seen[0][2]["User-Agent"].startswith(f"zsdesk/{__version__} (")


def test_post_without_key_is_sent_once_and_503_becomes_unavailable(scripted: tuple[Script, str]) -> None:
    script, url = scripted
    script.replies = [Reply(503), Reply(200)]
    with pytest.raises(RegistryUnavailable) as ei:
        _transport(url).request("POST", "/api/v1/x", json={"a": 1})
    assert ei.value.transient and ei.value.status == 503
    assert len(script.seen) == 1


def test_post_with_idempotency_key_is_retried_with_the_same_key(scripted: tuple[Script, str]) -> None:
    script, url = scripted
    script.replies = [Reply(500), Reply(502), Reply(201, {"id": 7})]
    resp = _transport(url).request("POST", "/api/v1/contracts", json={"a": 1}, idempotency_key="k-1")
    assert resp.status_code == 201
    keys = [s[2]["Idempotency-Key"] for s in script.seen]
    assert keys == ["k-1", "k-1", "k-1"]
    assert all(s[3] == b'{"a": 1}' for s in script.seen)


def test_read_timeout_on_keyed_post_is_retried(scripted: tuple[Script, str]) -> None:
    script, url = scripted
    script.replies = [Reply(200, {"late": True}, delay=0.6), Reply(201, {"id": 1})]
    resp = _transport(url, read_timeout=0.3).request("POST", "/api/v1/s", json={}, idempotency_key="k")
    assert resp.json() == {"id": 1}
    assert len(script.seen) == 2


def test_read_timeout_on_unkeyed_post_is_offline_without_retry(scripted: tuple[Script, str]) -> None:
    script, url = scripted
    script.replies = [Reply(200, delay=0.6), Reply(200)]
    with pytest.raises(RegistryOffline):
        _transport(url, read_timeout=0.3).request("POST", "/api/v1/s", json={})
    assert len(script.seen) == 1


def test_connection_refused_is_offline() -> None:
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(RegistryOffline) as ei:
        _transport(f"http://127.0.0.1:{port}", retries=1).request("GET", "/api/v1/me")
    assert ei.value.code == "OFFLINE" and ei.value.transient


def test_dropped_connection_is_retried_for_get(scripted: tuple[Script, str]) -> None:
    script, url = scripted
    script.replies = [Reply(drop=True), Reply(200, {"ok": 1})]
    assert _transport(url).request("GET", "/x").json() == {"ok": 1}


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (422, "VALIDATION_FAILED", Rejected),
        (409, "KEY_FIELD_LOCKED", Rejected),
        (412, "VERSION_CONFLICT", VersionConflict),
        (409, "VERSION_CONFLICT", VersionConflict),
        (404, "PROPERTY_NOT_FOUND", NotFound),
        (403, "NOT_CREATOR", Forbidden),
    ],
)
def test_problem_json_becomes_typed_error(scripted: tuple[Script, str], status: int, code: str,
                                          cls: type[Exception]) -> None:
    script, url = scripted
    script.replies = [Reply(status, {"type": "about:blank", "title": "t", "status": status, "code": code,
                                     "field": "buyers.0.id_number", "detail": "证件号码与登记不一致"})]
    with pytest.raises(cls) as ei:
        _transport(url).request("POST", "/y", json={}, idempotency_key="k")
    err = ei.value
    assert err.code == code and err.field == "buyers.0.id_number"  # type: ignore[attr-defined]
    assert err.detail == "证件号码与登记不一致" and not err.transient  # type: ignore[attr-defined]
    assert len(script.seen) == 1  # refusals are never retried


def test_401_calls_relogin_hook_and_repeats_with_new_token(scripted: tuple[Script, str]) -> None:
    script, url = scripted
    token = {"v": "old"}
    calls: list[int] = []

    def relogin() -> bool:
        calls.append(1)
        token["v"] = "new"
        return True

    script.replies = [Reply(401, {"code": "UNAUTHORIZED", "detail": "过期"}), Reply(200, {"ok": 1})]
    t = _transport(url, token=lambda: token["v"], on_auth_required=relogin)
    assert t.request("GET", "/api/v1/me").json() == {"ok": 1}
    assert calls == [1]
    assert [s[2]["Authorization"] for s in script.seen] == ["Bearer old", "Bearer new"]


def test_401_without_hook_raises_with_retry_that_keeps_the_call(scripted: tuple[Script, str]) -> None:
    script, url = scripted
    token = {"v": "old"}
    script.replies = [Reply(401, {"code": "UNAUTHORIZED", "detail": "过期"}), Reply(201, {"id": 9})]
    t = _transport(url, token=lambda: token["v"])
    with pytest.raises(AuthExpired) as ei:
        t.request("POST", "/api/v1/contracts", json={"draft": "kept"}, idempotency_key="k9")
    assert ei.value.retry is not None
    token["v"] = "fresh"  # the GUI logged in again
    resp = ei.value.retry()
    assert resp.json() == {"id": 9}
    last = script.seen[-1]
    assert last[2]["Authorization"] == "Bearer fresh" and last[2]["Idempotency-Key"] == "k9"
    assert last[3] == b'{"draft": "kept"}'


def test_tls_verification_cannot_be_disabled() -> None:
    t = Transport(TransportConfig(base_url="https://registry.example", ca_bundle=None))
    assert t.session.verify is True
    t2 = Transport(TransportConfig(base_url="https://registry.example", ca_bundle="/etc/office-ca.pem",
                                   proxy="http://proxy.office:3128"))
    assert t2.session.verify == "/etc/office-ca.pem"
    assert t2.session.proxies["https"] == "http://proxy.office:3128"


def test_https_with_untrusted_certificate_is_refused(tmp_path: Any) -> None:
    """A self-signed server is refused (TLS_ERROR), and accepted once its CA is configured."""
    import datetime
    import ssl

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    import ipaddress

    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_pem = tmp_path / "cert.pem"
    key_pem = tmp_path / "key.pem"
    cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    script = Script()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert_pem, key_pem)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    url = f"https://127.0.0.1:{server.server_address[1]}"
    try:
        with pytest.raises(RegistryOffline) as ei:
            Transport(TransportConfig(base_url=url, retries=0, trust_env=False)).request("GET", "/x")
        assert ei.value.code == "TLS_ERROR"
        ok = Transport(TransportConfig(base_url=url, ca_bundle=str(cert_pem), trust_env=False))
        assert ok.request("GET", "/x").json() == {"ok": True}
    finally:
        server.shutdown()
        server.server_close()
