"""Hostile input never gets a 5xx: arbitrary Unicode text in every protocol header (If-Match,
Idempotency-Key, Authorization), in every path and query parameter of every operation of the OpenAPI
document (and the sandbox routes), and JSON numbers written in odd forms, all against the real server.

How values reach the wire, so that nothing is skipped silently:
- headers: the text is encoded as UTF-8 (lone surrogates with "surrogatepass", as a broken client
  would) or, when it fits, as Latin-1, and written to a socket as they are (requests refuses leading
  spaces and more). A value with CR or LF is the only thing filtered out (`assume`): no HTTP client
  sends one, and on the wire it would end the header instead of being part of it. A byte the server's
  HTTP parser refuses itself (h11: NUL) gets its plain 400, before the app; every other value must
  reach the app and get a problem+json 4xx (or a success).
- path and query values: percent-encoded UTF-8 (surrogatepass), as clients send them.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import requests
import uvicorn
from contract_helpers import complete_terms, create_contract
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from live_registry import Actor, LiveRegistry, make_phone, make_resident_id

from zsdesk.registry.server.app import create_app
from zsdesk.registry.server.clock import MAX_OFFSET, Clock, ClockOffsetError
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.settings import ServerSettings

PROBLEM = "application/problem+json"
HEADERS = ("If-Match", "Idempotency-Key", "Authorization")
# Control bytes other than HTAB: RFC 9110 forbids them in a field value, so the server's HTTP parser
# may answer them itself (h11 refuses NUL) with its plain 400.
FORBIDDEN_IN_FIELD_VALUES = [bytes([b]) for b in (*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F)]
FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))
HEADER_FUZZ = settings(FUZZ, max_examples=80)


def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = create_app(ServerSettings(db_url="sqlite://", create_tables=False)).openapi()
    return spec


SPEC = _spec()
OPERATIONS: list[tuple[str, str, dict[str, Any]]] = [
    (method.upper(), path, op) for path, ops in SPEC["paths"].items() for method, op in ops.items()]
# Sandbox routes are not in the protocol document; their own parameters are listed here.
SANDBOX_OPERATIONS: list[tuple[str, str, dict[str, Any]]] = [
    ("GET", "/api/v1/_sandbox/clock", {}), ("PUT", "/api/v1/_sandbox/clock", {"requestBody": {}}),
    ("GET", "/api/v1/_sandbox/sms", {"parameters": [{"in": "query", "name": "phone"}]}),
    ("POST", "/api/v1/_sandbox/center-token", {}), ("GET", "/api/v1/_sandbox/demo-accounts", {}),
    ("GET", "/api/v1/_sandbox/demo-properties", {}), ("POST", "/api/v1/_sandbox/tick", {}),
    ("POST", "/api/v1/_sandbox/agencies", {"requestBody": {}}), ("GET", "/api/v1/_sandbox/auto-approve", {}),
    ("PUT", "/api/v1/_sandbox/auto-approve", {"requestBody": {}}),
]
ALL_OPERATIONS = OPERATIONS + SANDBOX_OPERATIONS
# Operations that would end the session the fuzzing runs with, or lock its account: a spare actor.
SESSION_ENDING = {"/api/v1/auth/logout", "/api/v1/auth/password"}


def _params(op: dict[str, Any], where: str) -> list[str]:
    return [p["name"] for p in op.get("parameters", []) if p["in"] == where]


PATH_TARGETS = [(m, p, name) for m, p, op in ALL_OPERATIONS for name in _params(op, "path")]
QUERY_TARGETS = [(m, p, name) for m, p, op in ALL_OPERATIONS for name in _params(op, "query")]


def _resolve(ref: str) -> dict[str, Any]:
    node: Any = SPEC
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    result: dict[str, Any] = node
    return result


def _is_number(schema: dict[str, Any]) -> bool:
    if "$ref" in schema:
        schema = _resolve(schema["$ref"])
    if schema.get("type") in ("integer", "number"):
        return True
    return any(_is_number(s) for s in schema.get("anyOf", []) + schema.get("oneOf", []))


def _number_fields() -> list[tuple[str, str, str]]:
    """(method, path, property) for every numeric top-level property of a JSON request body."""
    out = [("PUT", "/api/v1/_sandbox/clock", "offset_s"), ("PUT", "/api/v1/_sandbox/clock", "advance_s")]
    for method, path, op in OPERATIONS:
        content = op.get("requestBody", {}).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        if not schema:
            continue
        if "$ref" in schema:
            schema = _resolve(schema["$ref"])
        for name, prop in schema.get("properties", {}).items():
            if _is_number(prop):
                out.append((method, path, name))
    return out


NUMBER_TARGETS = _number_fields()


JsonPath = tuple[str | int, ...]


def _numeric_paths(schema: dict[str, Any], path: JsonPath = (), depth: int = 0) -> list[JsonPath]:
    """JSON paths of the numbers in a body schema, nested objects and first list items included."""
    if depth > 8:
        return []
    if "$ref" in schema:
        schema = _resolve(schema["$ref"])
    if schema.get("type") in ("integer", "number"):
        return [path]
    found = [p for name, prop in schema.get("properties", {}).items()
             for p in _numeric_paths(prop, (*path, name), depth + 1)]
    if "items" in schema:
        found += _numeric_paths(schema["items"], (*path, 0), depth + 1)
    for alt in schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", []):
        found += _numeric_paths(alt, path, depth + 1)
    return found


_PUT_TERMS = SPEC["paths"]["/api/v1/contracts/{contract_id}"]["put"]
TERMS_NUMBER_PATHS = _numeric_paths(_PUT_TERMS["requestBody"]["content"]["application/json"]["schema"])


@pytest.fixture(scope="module")
def actors(registry: LiveRegistry) -> dict[str, Actor]:
    agency = registry.approved_agency()
    return {"agency": agency, "staff": registry.staff_actor(agency), "throwaway": registry.staff_actor(),
            "center": registry.center()}


@pytest.fixture()
def known(registry: LiveRegistry, actors: dict[str, Actor]) -> dict[str, str]:
    """Real ids, for the parameters a request does not fuzz, so it reaches the handlers (fresh for each
    test: a generated If-Match of "*" may delete the draft)."""
    staff, agency = actors["staff"], actors["agency"]
    draft = create_contract(registry, staff)
    up = registry.upload(staff, "contract", draft["id"], name="身份证正面", kind="id_front")
    assert up.status_code == 201, up.text
    spare = registry.post("/api/v1/staff", agency, json={"name": "陈八", "id_number": make_resident_id(),
                                                          "phone": make_phone()})
    assert spare.status_code == 201, spare.text
    record = registry.get("/api/v1/enterprise", agency).json()
    return {"contract_id": draft["id"], "verification_id": draft["verification_id"], "owner_kind": "contract",
            "owner_id": draft["id"], "material_id": str(up.json()["id"]), "staff_id": str(spare.json()["id"]),
            "record_id": str(record["id"])}


def _token(path: str, registry: LiveRegistry, actors: dict[str, Actor]) -> str:
    if path in SESSION_ENDING:
        spare = actors["throwaway"]
        return registry.login(spare.login, spare.password).token if path.endswith("logout") else spare.token
    if path.startswith(("/api/v1/center/", "/api/v1/_sandbox")):
        return actors["center"].token
    if path.startswith(("/api/v1/enterprise", "/api/v1/staff")):
        return actors["agency"].token
    return actors["staff"].token


def _path(template: str, values: dict[str, str]) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template


@dataclass
class Answer:
    status: int
    content_type: str
    text: str

    def json(self) -> Any:
        return json.loads(self.text)


def _send(registry: LiveRegistry, method: str, path: str, headers: dict[str, str | bytes],
          body: bytes | None = None) -> Answer:
    """One request over a fresh socket, bytes exactly as given (requests and http.client refuse or
    rewrite some header values that a hostile client can still put on the wire)."""
    host, port = registry.base_url.removeprefix("http://").split(":")
    lines = [f"{method} {path} HTTP/1.1".encode(), f"Host: {host}:{port}".encode(), b"Connection: close"]
    if body is not None:
        headers = {**headers, "Content-Type": "application/json", "Content-Length": str(len(body))}
    for name, value in headers.items():
        lines.append(name.encode() + b": " + (value if isinstance(value, bytes) else value.encode("latin-1")))
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + (body or b""))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, payload = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    fields = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in header_lines)}
    if fields.get("transfer-encoding", "").lower() == "chunked":
        payload = _dechunk(payload)
    return Answer(int(status_line.split(" ")[1]), fields.get("content-type", ""),
                  payload.decode("utf-8", "replace"))


def _dechunk(payload: bytes) -> bytes:
    out = b""
    while payload:
        size_line, _, rest = payload.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            break
        out += rest[:size]
        payload = rest[size + 2:]
    return out


def _assert_4xx_problem_or_success(r: Answer, what: str, sent: bytes = b"") -> None:
    assert r.status < 500, f"{what}: {r.status} {r.text[:300]}"
    if r.status >= 400:
        if any(b in sent for b in FORBIDDEN_IN_FIELD_VALUES) and not r.content_type.startswith(PROBLEM):
            # The HTTP parser's own refusal of a byte RFC 9110 forbids in a field value, before the app.
            assert r.status == 400 and "Invalid HTTP request" in r.text, f"{what}: {r.status} {r.text[:200]}"
            return
        assert r.content_type.startswith(PROBLEM), f"{what}: {r.status} {r.content_type} {r.text[:200]}"
        body = r.json()
        assert body["status"] == r.status and body["code"] and body["detail"], body
        assert "Traceback" not in r.text


# Text as hypothesis makes it: every code point, surrogates and control characters included.
any_text = st.text(st.characters(codec=None), max_size=80)


def _unicode_digits() -> st.SearchStrategy[str]:
    return st.text(st.characters(categories=["Nd", "No"]), min_size=1, max_size=12)


# Version-like and key-like text: digits bare, quoted or weak, of any script ("١٢", "１２") or of the
# Latin-1 range, which is what header bytes decode to on the server ("²" is the byte 0xB2).
def _number_like(digits: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(lambda pre, d, post: pre + d + post, st.sampled_from(["", '"', 'W/"', "-", "+"]),
                     digits, st.sampled_from(["", '"', ", 1"]))


def _latin1(text: str) -> bytes:
    return text.encode("latin-1")


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


KNOWN_HOSTILE = ["\xb2", '"\xb9"', 'W/"\xb3"', "١٢", "１２", "-0", "+1", "1e3", "0x1", " 1", "1 ", "9" * 64,
                 "9" * 65, "*", '"*"', "", "W/", '"', "\x00", "\x7f", "Bearer", "bearer ", "Basic YTpi",
                 "Bearer \xff\xfe", "Bearer " + "A" * 5000, "null", "NaN", "\x1b[31m"]
# A header value as bytes on the wire: UTF-8 of any text (lone surrogates too), Latin-1 text, digit-like
# forms, and a few known-hostile values.
header_bytes = st.one_of(
    any_text.map(_utf8),
    st.text(st.characters(max_codepoint=0xFF), max_size=40).map(_latin1),
    _number_like(_unicode_digits()).map(_utf8),
    _number_like(st.text(st.sampled_from("0123456789¹²³"), min_size=1, max_size=4)).map(_latin1),
    st.sampled_from(KNOWN_HOSTILE).map(lambda t: t.encode("latin-1", "strict") if t.isascii() or
                                       all(ord(c) < 256 for c in t) else _utf8(t)),
)


def _declaring(header: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [o for o in ALL_OPERATIONS if header in _params(o[2], "header")]


# Each operation that reads the header gets its own run; Authorization is read by every operation.
HEADER_TARGETS = [(h, m, p) for h in ("If-Match", "Idempotency-Key") for m, p, _ in _declaring(h)]


def _fuzz_header(header: str, operation: tuple[str, str, dict[str, Any]], value: bytes, bearer: bool,
                 registry: LiveRegistry, actors: dict[str, Actor], known: dict[str, str]) -> int:
    method, path, op = operation
    if header == "Authorization" and bearer:
        value = b"Bearer " + value
    assume(b"\r" not in value and b"\n" not in value)  # no HTTP client can send these (see above)
    headers: dict[str, str | bytes] = {header: value}
    if header != "Authorization":
        headers["Authorization"] = f"Bearer {_token(path, registry, actors)}"
    body = b"{}" if "requestBody" in op else None
    r = _send(registry, method, _path(path, known), headers, body)
    _assert_4xx_problem_or_success(r, f"{method} {path} {header}: {value[:80]!r}", value)
    return r.status


# Path and query values: any text, plus a few that broke a backend (NUL: PostgreSQL text cannot hold it).
KNOWN_HOSTILE_VALUES = ["\x00", "a\x00b", "%00", "١٢", "１２", "²", "-1", "0", "9" * 30, "1e999", "NaN", "..", ".",
                        "\ud800", "\u202e", "\ufeff", " ", "%", "/", "\\", "'; --", "\x7f"]
value_text = st.one_of(any_text, st.sampled_from(KNOWN_HOSTILE_VALUES))


@pytest.mark.parametrize("header,method,path", HEADER_TARGETS, ids=lambda v: str(v))
def test_any_value_of_a_header_an_operation_reads_gets_no_5xx(header: str, method: str, path: str,
                                                              registry: LiveRegistry, actors: dict[str, Actor],
                                                              known: dict[str, str]) -> None:
    operation = next(o for o in ALL_OPERATIONS if o[0] == method and o[1] == path)
    sent: list[int] = []

    @settings(FUZZ, max_examples=25)
    @given(value=header_bytes)
    def run(value: bytes) -> None:
        sent.append(_fuzz_header(header, operation, value, False, registry, actors, known))

    run()
    assert len(sent) >= 15, "too few requests were sent"


@pytest.mark.parametrize("header", HEADERS)
def test_any_value_of_any_protocol_header_on_any_operation_gets_no_5xx(header: str, registry: LiveRegistry,
                                                                       actors: dict[str, Actor],
                                                                       known: dict[str, str]) -> None:
    sent: list[int] = []

    @HEADER_FUZZ
    @given(operation=st.sampled_from(ALL_OPERATIONS), value=header_bytes, bearer=st.booleans())
    def run(operation: tuple[str, str, dict[str, Any]], value: bytes, bearer: bool) -> None:
        sent.append(_fuzz_header(header, operation, value, bearer, registry, actors, known))

    run()
    assert len(sent) >= 50, "too few requests were sent"


def test_if_match_with_odd_digits_is_a_422_naming_the_header(registry: LiveRegistry,
                                                             actors: dict[str, Actor]) -> None:
    """Latin-1 header bytes such as 0xB2 ('²') pass str.isdigit() but not int(): before, a 500."""
    agency = actors["agency"]
    for value in (b"\xb2", b'"\xb9"', b'W/"\xb3"', "١٢".encode(), "１２".encode(), b"+3", b"-1", b"3, 4", b'""'):
        r = _send(registry, "PUT", "/api/v1/enterprise",
                  {"Authorization": f"Bearer {agency.token}", "If-Match": value}, b"{}")
        assert r.status == 422, (value, r.status, r.text)
        body = r.json()
        assert body["code"] == "VALIDATION_FAILED" and body["field"] == "If-Match", body
        assert "If-Match" in body["detail"], body
    current = registry.get("/api/v1/enterprise", agency).json()["version"]
    stale = _send(registry, "PUT", "/api/v1/enterprise",
                  {"Authorization": f"Bearer {agency.token}", "If-Match": f'"{current + 5}"'}, b"{}")
    assert stale.status == 412 and stale.json()["code"] == "VERSION_CONFLICT", stale.text


def test_any_text_as_a_path_parameter_gets_no_5xx(registry: LiveRegistry, actors: dict[str, Actor],
                                                  known: dict[str, str]) -> None:
    sent: list[int] = []

    @FUZZ
    @given(target=st.sampled_from(PATH_TARGETS), text=value_text)
    def run(target: tuple[str, str, str], text: str) -> None:
        method, path, name = target
        values = {**known, name: quote(text.encode("utf-8", "surrogatepass"), safe="")}
        url_path = _path(path, values)
        body = b"{}" if method in ("POST", "PUT") else None
        r = _send(registry, method, url_path, {"Authorization": f"Bearer {_token(path, registry, actors)}"}, body)
        _assert_4xx_problem_or_success(r, f"{method} {url_path}")
        sent.append(r.status)

    run()
    assert len(sent) >= 30


def test_any_text_as_a_query_value_gets_no_5xx(registry: LiveRegistry, actors: dict[str, Actor],
                                               known: dict[str, str]) -> None:
    sent: list[int] = []

    @FUZZ
    @given(target=st.sampled_from(QUERY_TARGETS), text=value_text)
    def run(target: tuple[str, str, str], text: str) -> None:
        method, path, name = target
        query = quote(name) + "=" + quote(text.encode("utf-8", "surrogatepass"), safe="")
        url_path = _path(path, known) + "?" + query
        r = _send(registry, method, url_path, {"Authorization": f"Bearer {_token(path, registry, actors)}"})
        _assert_4xx_problem_or_success(r, f"{method} {url_path}")
        sent.append(r.status)

    run()
    assert len(sent) >= 30


ODD_NUMBERS = st.one_of(
    st.sampled_from(["NaN", "Infinity", "-Infinity", "-0", "-0.0", "1e999999", "-1e999999", "1e-999999",
                     "9" * 5000, "-" + "9" * 5000, "0." + "0" * 5000 + "1", "1" + "0" * 400, "1E309",
                     "0x10", "1_000", ".5", "5.", "+1", "01", "١٢", "１２", "²", "1e", "--1", "1.7976931348623157e309",
                     "2147483648", "9223372036854775808", "-2147483649", "true", "null", "[]", "{}", '"12"']),
    _unicode_digits(),
    st.builds(lambda sign, digits, exp: f"{sign}{digits}e{exp}", st.sampled_from(["", "-", "+"]),
              _unicode_digits() | st.from_regex(r"\A[0-9]{1,30}\Z"), st.integers(-10**7, 10**7)),
    st.integers(-10**40, 10**40).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)


def test_json_numbers_in_odd_forms_get_no_5xx(registry: LiveRegistry, actors: dict[str, Actor],
                                              known: dict[str, str]) -> None:
    assert NUMBER_TARGETS, "no numeric request fields found"
    sent: list[int] = []
    try:
        @FUZZ
        @given(target=st.sampled_from(NUMBER_TARGETS), token=ODD_NUMBERS)
        def run(target: tuple[str, str, str], token: str) -> None:
            method, path, name = target
            body = ("{" + json.dumps(name) + ": " + token + "}").encode("utf-8", "surrogatepass")
            r = _send(registry, method, _path(path, known),
                      {"Authorization": f"Bearer {_token(path, registry, actors)}"}, body)
            _assert_4xx_problem_or_success(r, f"{method} {path} {name}={token[:40]!r}")
            sent.append(r.status)

        run()
    finally:
        registry.set_clock_offset(0)  # a number the clock took moved the shared server's time
    assert len(sent) >= 30


def _put_token(doc: Any, path: tuple[str | int, ...], placeholder: str) -> bool:
    """Put `placeholder` at `path` in `doc`; False when the document has no such place (an empty list)."""
    node = doc
    for step in path[:-1]:
        if isinstance(step, int):
            if not isinstance(node, list) or len(node) <= step:
                return False
        elif not isinstance(node, dict):
            return False
        elif node.get(step) is None:
            node[step] = {}
        node = node[step]
    if not isinstance(node, dict):
        return False
    node[path[-1]] = placeholder
    return True


def test_odd_numbers_in_contract_terms_get_no_5xx(registry: LiveRegistry, actors: dict[str, Actor],
                                                  known: dict[str, str]) -> None:
    """Prices, shares, days and rates of a complete draft, each written as an odd number: the save is
    refused or taken, and the draft still reads back (a stored NaN would break every later read)."""
    assert TERMS_NUMBER_PATHS, "no numeric fields in the contract terms"
    staff = actors["staff"]
    url = f"/api/v1/contracts/{known['contract_id']}"
    base_terms = complete_terms(registry.get(url, staff).json()["terms"])
    auth = {"Authorization": f"Bearer {staff.token}"}
    sent: list[int] = []

    @FUZZ
    @given(path=st.sampled_from(TERMS_NUMBER_PATHS), token=ODD_NUMBERS)
    def run(path: tuple[str | int, ...], token: str) -> None:
        terms = json.loads(json.dumps(base_terms))
        if not _put_token(terms, path, "@@NUMBER@@"):
            return  # e.g. guardians[0] of a draft without guardians: no place for the number
        body = json.dumps(terms, ensure_ascii=False).replace('"@@NUMBER@@"', token).encode("utf-8", "surrogatepass")
        r = _send(registry, "PUT", url, {**auth, "If-Match": "*"}, body)
        _assert_4xx_problem_or_success(r, f"PUT terms {'.'.join(map(str, path))}={token[:40]!r}")
        back = _send(registry, "GET", url, auth)
        assert back.status == 200, f"after {'.'.join(map(str, path))}={token[:40]!r}: {back.status} {back.text[:200]}"
        sent.append(r.status)

    run()
    assert len(sent) >= 30, "too few requests were sent"


@pytest.mark.parametrize("body", [
    '{"offset_s": 1e12}', '{"offset_s": -1e12}', '{"offset_s": 1e300}', '{"offset_s": 1e999999}',
    '{"offset_s": NaN}', '{"offset_s": Infinity}', '{"offset_s": -Infinity}', '{"advance_s": 1e12}',
    '{"offset_s": 315619201}', '{"offset_s": ' + "9" * 5000 + "}", '{"offset_s": "١٢"}',
    '{"offset_s": 0, "drift": 1}'])
def test_a_clock_offset_outside_ten_years_is_refused_and_the_server_stays_up(clock: LiveRegistry,
                                                                            body: str) -> None:
    """Before: an offset of 1e12 s was taken, and every later request, /health too, answered 500."""
    clock.set_clock_offset(3600)
    r = clock.put("/api/v1/_sandbox/clock", data=body, headers={"Content-Type": "application/json"})
    assert r.status_code in (400, 422), r.text
    assert r.headers["Content-Type"].startswith(PROBLEM)
    assert r.json()["detail"]
    health = clock.get("/api/v1/health")
    assert health.status_code == 200, health.text
    assert clock.get("/api/v1/_sandbox/clock").json()["offset_s"] == 3600


def test_advancing_the_clock_past_ten_years_is_refused_and_keeps_the_offset(clock: LiveRegistry) -> None:
    nine_years = 9 * 365 * 86400
    clock.set_clock_offset(nine_years)
    r = clock.put("/api/v1/_sandbox/clock", json={"advance_s": 2 * 365 * 86400})
    assert r.status_code == 422, r.text
    assert r.json()["field"] == "advance_s" and "10 年" in r.json()["detail"]
    assert clock.get("/api/v1/_sandbox/clock").json()["offset_s"] == nine_years
    assert clock.get("/api/v1/health").status_code == 200
    back = clock.put("/api/v1/_sandbox/clock", json={"offset_s": -nine_years})
    assert back.status_code == 200, back.text


@pytest.mark.parametrize("move", [
    lambda c: c.set_offset(MAX_OFFSET + timedelta(seconds=1)),
    lambda c: c.set_offset(-MAX_OFFSET - timedelta(seconds=1)),
    lambda c: c.advance(timedelta(days=3000)),
    lambda c: c.advance(timedelta.max),
], ids=["set-ahead", "set-behind", "advance-sum", "advance-huge"])
def test_the_clock_itself_refuses_an_offset_outside_the_window(move: Callable[[Clock], None]) -> None:
    c = Clock(timedelta(days=1000))
    with pytest.raises(ClockOffsetError):
        move(c)
    assert c.offset == timedelta(days=1000)
    c.now()  # still usable
    with pytest.raises(ClockOffsetError):
        Clock(timedelta(days=4000))


def test_sms_query_is_bounded(registry: LiveRegistry) -> None:
    r = registry.get("/api/v1/_sandbox/sms", params={"phone": "1" * 1000})
    assert r.status_code == 422 and r.json()["field"] == "phone", r.text


def test_an_unparseable_body_is_a_400_problem_in_chinese(registry: LiveRegistry) -> None:
    """Python's JSON parser refuses integers of over 4300 digits with a ValueError, which FastAPI turns
    into an English 400 ("There was an error parsing the body"): the user now reads Chinese."""
    body = ('{"login": ' + "9" * 5000 + ', "password": "x"}').encode()
    r = _send(registry, "POST", "/api/v1/auth/login", {}, body)
    assert r.status == 400, r.text
    assert r.content_type.startswith(PROBLEM)
    detail = r.json()["detail"]
    assert "There was an error" not in detail and "请求内容无法解析" in detail, detail


def test_an_unexpected_error_answers_a_problem_without_its_traceback(tmp_path: Path) -> None:
    """The generic handler (problems.py) tells the client nothing of the exception: no type, no message,
    no traceback (messages may quote personal data)."""
    url = f"sqlite:///{tmp_path / 'boom.sqlite3'}"
    app = create_app(ServerSettings(db_url=url, sandbox=True, tick_interval_s=3600), clock=Clock(),
                     db=Database(url))

    @app.get("/api/v1/_boom")
    def boom() -> None:
        raise RuntimeError("secret 440000199001011234 in a message")

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="critical", ws="none"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
            time.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        r = requests.get(f"http://127.0.0.1:{port}/api/v1/_boom", timeout=30)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    assert r.status_code == 500
    assert r.headers["Content-Type"].startswith(PROBLEM)
    body = r.json()
    assert body["code"] == "INTERNAL_ERROR" and body["detail"] == "登记中心服务器内部错误，请稍后重试。", body
    for leak in ("secret", "440000199001011234", "RuntimeError", "Traceback", "File \""):
        assert leak not in r.text


@pytest.mark.parametrize("path", ["/api/v1/contracts/%00", "/api/v1/contracts/a%00b",
                                  "/api/v1/properties/verifications/%00", "/api/v1/_sandbox/sms?phone=%00",
                                  "/api/v1/contracts?status=%00"])
def test_a_nul_in_the_path_or_query_is_a_400_naming_the_part(path: str, registry: LiveRegistry,
                                                             actors: dict[str, Actor]) -> None:
    """Before: 500 on PostgreSQL, whose text cannot hold NUL (SQLite stored it)."""
    r = _send(registry, "GET", path, {"Authorization": f"Bearer {actors['staff'].token}"})
    assert r.status == 400, r.text
    assert r.content_type.startswith(PROBLEM)
    assert r.json()["field"] == ("query" if "?" in path else "path")
    assert "NUL" in r.json()["detail"]


def test_a_nul_in_a_json_string_is_a_4xx(registry: LiveRegistry, actors: dict[str, Actor]) -> None:
    """Before: the login and bind lookups answered 500 on PostgreSQL."""
    login = _send(registry, "POST", "/api/v1/auth/login", {}, b'{"login": "a\\u0000b", "password": "x"}')
    assert 400 <= login.status < 500, login.text
    assert login.content_type.startswith(PROBLEM)
    agency = actors["agency"]
    unified = registry.login(*registry.register_unified(uscc=agency.info["agency_uscc"],
                                                        company_name=agency.info["agency_name"]))
    bind = _send(registry, "POST", "/api/v1/auth/bind", {"Authorization": f"Bearer {unified.token}"},
                 b'{"netsign_login": "x\\u0000", "netsign_password": "y"}')
    assert 400 <= bind.status < 500, bind.text
    assert bind.content_type.startswith(PROBLEM)
