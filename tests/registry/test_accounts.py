"""Unified-identity accounts, binding to net-sign accounts, lockout and token expiry, over HTTP."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from live_registry import Actor, LiveRegistry, make_resident_id, make_uscc, unique_suffix


def _register_body(**over: str) -> dict[str, str]:
    body = {"login": f"u{unique_suffix()}", "password": "Pa55word!", "company_name": "中山市某某房地产经纪有限公司",
            "uscc": make_uscc(), "address": "广东省中山市东区", "legal_rep_name": "李四",
            "legal_rep_id_number": make_resident_id()}
    body.update(over)
    return body


def test_register_then_login_gives_an_unbound_token(registry: LiveRegistry) -> None:
    body = _register_body()
    r = registry.post("/api/v1/auth/register", json=body)
    assert r.status_code == 201, r.text
    assert r.json()["bound"] is False
    assert "password" not in r.json()
    actor = registry.login(body["login"], body["password"])
    assert actor.role == "unified"
    me = registry.get("/api/v1/auth/me", actor).json()
    assert me["unified_login"] == body["login"]
    assert me["netsign_login"] is None
    # an unbound login may not use the agency's endpoints
    r = registry.get("/api/v1/enterprise", actor)
    assert r.status_code == 403
    assert r.json()["code"] == "FORBIDDEN"


def test_register_refuses_taken_login_and_bad_uscc(registry: LiveRegistry) -> None:
    body = _register_body()
    assert registry.post("/api/v1/auth/register", json=body).status_code == 201
    again = registry.post("/api/v1/auth/register", json=_register_body(login=body["login"]))
    assert again.status_code == 409
    assert again.json()["code"] == "LOGIN_TAKEN"
    bad = registry.post("/api/v1/auth/register", json=_register_body(uscc="91442000123456789X"))
    assert bad.status_code == 422
    assert bad.json()["field"] == "uscc"
    assert bad.headers["content-type"].startswith("application/problem+json")
    short = registry.post("/api/v1/auth/register", json=_register_body(password="short"))
    assert short.status_code == 422
    assert short.json()["code"] == "VALIDATION_FAILED"
    assert short.json()["field"] == "password"


def test_bind_agency_account_gives_agency_role(registry: LiveRegistry) -> None:
    agency = registry.new_agency()
    actor = registry.agency_actor(agency)
    assert actor.role == "agency"
    assert actor.info["agency_name"] == agency["name"]
    # the next login with the unified account goes straight to the bound net-sign account
    again = registry.login(actor.login, actor.password)
    assert again.role == "agency"
    assert again.agency_id == agency["id"]


def test_binding_is_one_to_one_both_ways(registry: LiveRegistry) -> None:
    agency = registry.new_agency()
    first = registry.agency_actor(agency)
    # a second unified account of the same company cannot take the same net-sign account
    login, pw = registry.register_unified(uscc=agency["uscc"], company_name=agency["name"])
    second = registry.login(login, pw)
    r = registry.post("/api/v1/auth/bind", second, json={"netsign_login": agency["name"], "netsign_password": "123456"})
    assert r.status_code == 409
    assert r.json()["code"] == "BINDING_TAKEN"
    assert r.json()["field"] == "netsign_login"
    # the bound unified account cannot bind a second net-sign account either
    other = registry.new_agency()
    unified_again = registry.post("/api/v1/auth/bind", first,
                                  json={"netsign_login": other["name"], "netsign_password": "123456"})
    assert unified_again.status_code == 403  # it is now an agency login, not an unbound one
    bound_login = registry.login(first.login, first.password)
    assert bound_login.role == "agency"


def test_bind_needs_matching_uscc(registry: LiveRegistry) -> None:
    agency = registry.new_agency()
    login, pw = registry.register_unified(uscc=make_uscc(), company_name=agency["name"])
    unified = registry.login(login, pw)
    r = registry.post("/api/v1/auth/bind", unified,
                      json={"netsign_login": agency["name"], "netsign_password": "123456"})
    assert r.status_code == 422
    assert r.json()["code"] == "USCC_MISMATCH"
    me = registry.get("/api/v1/auth/me", unified).json()
    assert me["role"] == "unified"


def test_bind_with_wrong_netsign_password(registry: LiveRegistry) -> None:
    agency = registry.new_agency()
    login, pw = registry.register_unified(uscc=agency["uscc"], company_name=agency["name"])
    unified = registry.login(login, pw)
    r = registry.post("/api/v1/auth/bind", unified,
                      json={"netsign_login": agency["name"], "netsign_password": "654321"})
    assert r.status_code == 401
    assert r.json()["code"] == "BAD_CREDENTIALS"
    assert r.json()["field"] == "netsign_password"


def test_repeated_failed_logins_lock_the_account(clock: LiveRegistry) -> None:
    registry = clock
    body = _register_body()
    assert registry.post("/api/v1/auth/register", json=body).status_code == 201
    codes = []
    for _ in range(5):
        r = registry.post("/api/v1/auth/login", json={"login": body["login"], "password": "wrong-password"})
        codes.append(r.json()["code"])
    assert codes[:4] == ["BAD_CREDENTIALS"] * 4
    assert codes[4] == "ACCOUNT_LOCKED"
    # even the right password is refused while locked
    r = registry.post("/api/v1/auth/login", json={"login": body["login"], "password": body["password"]})
    assert r.status_code == 423
    assert r.json()["code"] == "ACCOUNT_LOCKED"
    assert "locked_until" in r.json()
    # the lock lifts after its duration (server clock moved, no sleeping)
    registry.advance_clock(16 * 60)
    r = registry.post("/api/v1/auth/login", json={"login": body["login"], "password": body["password"]})
    assert r.status_code == 200, r.text


def _answer(r: Any) -> tuple[int, str, dict[str, Any]]:
    """Status, media type and whole body, with the moment of a lock (it differs by the milliseconds
    between two requests) replaced by a placeholder after checking it is there."""
    body: dict[str, Any] = r.json()
    if r.status_code == 423:
        assert datetime.fromisoformat(body.pop("locked_until")), body
        body["detail"] = re.sub(r"\d\d:\d\d", "HH:MM", body["detail"])
        body["detail_text"]["params"]["time"] = "HH:MM"
    return r.status_code, r.headers["content-type"], body


def test_unknown_login_and_wrong_password_look_the_same(clock: LiveRegistry) -> None:
    """Nothing in the answer (status, code, detail, field, countdown, lock) tells whether a login name exists."""
    registry = clock
    body = _register_body()
    assert registry.post("/api/v1/auth/register", json=body).status_code == 201
    unknown_login = f"x{unique_suffix()}"
    answers = []
    for _ in range(6):
        wrong = registry.post("/api/v1/auth/login", json={"login": body["login"], "password": "nope-nope"})
        unknown = registry.post("/api/v1/auth/login", json={"login": unknown_login, "password": "nope-nope"})
        assert _answer(wrong) == _answer(unknown)
        answers.append(wrong)
    assert [r.status_code for r in answers] == [401, 401, 401, 401, 423, 423]
    assert [r.json()["detail_text"]["params"].get("left") for r in answers[:4]] == [4, 3, 2, 1]
    assert all(r.json()["code"] == "BAD_CREDENTIALS" and r.json()["field"] == "password" for r in answers[:4])
    assert "再错 4 次" in answers[0].json()["detail"]
    assert answers[4].json()["code"] == "ACCOUNT_LOCKED"
    # the right password does not tell either while locked; both names open again after the lock
    right = registry.post("/api/v1/auth/login", json={"login": body["login"], "password": body["password"]})
    unknown = registry.post("/api/v1/auth/login", json={"login": unknown_login, "password": body["password"]})
    assert _answer(right) == _answer(unknown)
    assert right.status_code == 423
    registry.advance_clock(16 * 60)
    assert registry.post("/api/v1/auth/login",
                         json={"login": body["login"], "password": body["password"]}).status_code == 200
    again = registry.post("/api/v1/auth/login", json={"login": unknown_login, "password": "nope-nope"})
    assert again.status_code == 401
    assert again.json()["detail_text"]["params"]["left"] == 4


def test_login_failures_count_per_name_however_written(registry: LiveRegistry) -> None:
    """A name differing only in case or width is the same name for the count (no fresh five guesses)."""
    login = f"Probe{unique_suffix()}"
    variants = [login, login.lower(), login.upper(), f" {login} ", login.replace("P", "Ｐ")]
    lefts = []
    for name in variants[:4]:
        r = registry.post("/api/v1/auth/login", json={"login": name, "password": "nope-nope"})
        assert r.status_code == 401, r.text
        lefts.append(r.json()["detail_text"]["params"]["left"])
    assert lefts == [4, 3, 2, 1]
    r = registry.post("/api/v1/auth/login", json={"login": variants[4], "password": "nope-nope"})
    assert r.status_code == 423, r.text


def _unbound(registry: LiveRegistry, agency: dict[str, Any] | None = None) -> Actor:
    """A logged-in unified account, not bound; of `agency`'s company when given, else of another one."""
    if agency is None:
        login, pw = registry.register_unified(uscc=make_uscc(), company_name="中山市某某贸易有限公司")
    else:
        login, pw = registry.register_unified(uscc=agency["uscc"], company_name=agency["name"])
    return registry.login(login, pw)


def _bind(registry: LiveRegistry, caller: Actor, netsign_login: str, password: str) -> Any:
    return registry.post("/api/v1/auth/bind", caller,
                         json={"netsign_login": netsign_login, "netsign_password": password})


def test_bind_does_not_tell_an_unknown_netsign_account_from_a_wrong_password(registry: LiveRegistry) -> None:
    agency = registry.new_agency()
    first, second = _unbound(registry, agency), _unbound(registry, agency)
    for _ in range(6):
        wrong = _bind(registry, first, agency["name"], "654321")
        unknown = _bind(registry, second, f"中山市没有{unique_suffix()}房地产经纪有限公司", "654321")
        assert _answer(wrong) == _answer(unknown)
    # a center reviewer's account is not a binding target: the same answer as an unknown name
    third, fourth = _unbound(registry, agency), _unbound(registry, agency)
    center = _bind(registry, third, "center", "654321")
    unknown = _bind(registry, fourth, f"没有{unique_suffix()}", "654321")
    assert _answer(center) == _answer(unknown)
    assert center.status_code == 401
    assert center.json()["code"] == "BAD_CREDENTIALS"
    assert center.json()["field"] == "netsign_password"


def test_wrong_binds_lock_the_caller_not_the_agency(clock: LiveRegistry) -> None:
    """Five wrong net-sign passwords from an outsider's unified account used to lock the agency's
    net-sign account, so that its own legal representative could not bind it for 15 minutes."""
    registry = clock
    agency = registry.new_agency()
    outsider = _unbound(registry)
    answers = [_bind(registry, outsider, agency["name"], f"{n:06d}") for n in range(5)]
    assert [r.status_code for r in answers] == [401, 401, 401, 401, 423]
    assert [r.json()["detail_text"]["params"].get("left") for r in answers[:4]] == [4, 3, 2, 1]
    assert answers[4].json()["code"] == "ACCOUNT_LOCKED"
    # the outsider stays locked, even with the right password: it learns nothing about it
    right = _bind(registry, outsider, agency["name"], "123456")
    assert _answer(right) == _answer(_bind(registry, outsider, agency["name"], "000000"))
    assert right.status_code == 423
    # the agency's own unified account binds at once with the right password
    owner = _unbound(registry, agency)
    ok = _bind(registry, owner, agency["name"], "123456")
    assert ok.status_code == 200, ok.text
    assert ok.json()["role"] == "agency"
    # the lock on the outsider lifts after its duration; its next mistake counts from the start
    registry.advance_clock(16 * 60)
    later = _bind(registry, outsider, f"没有{unique_suffix()}", "654321")
    assert later.status_code == 401, later.text
    assert later.json()["detail_text"]["params"]["left"] == 4


def test_bind_failures_are_not_reset_by_logging_in_again(registry: LiveRegistry) -> None:
    """The caller owns its unified password: a fresh login between guesses must not buy new guesses."""
    agency = registry.new_agency()
    caller = _unbound(registry)
    lefts = []
    for n in range(4):
        r = _bind(registry, caller, agency["name"], f"{n:06d}")
        lefts.append(r.json()["detail_text"]["params"]["left"])
        caller = registry.login(caller.login, caller.password)
    assert lefts == [4, 3, 2, 1]
    assert _bind(registry, caller, agency["name"], "999999").status_code == 423


def test_tokens_expire_on_the_server_clock(clock: LiveRegistry) -> None:
    registry = clock
    actor = registry.agency_actor()
    assert registry.get("/api/v1/auth/me", actor).status_code == 200
    registry.advance_clock(8 * 3600 + 1)
    r = registry.get("/api/v1/auth/me", actor)
    assert r.status_code == 401
    assert r.json()["code"] == "TOKEN_EXPIRED"
    # logging in again works
    fresh = registry.login(actor.login, actor.password)
    assert registry.get("/api/v1/auth/me", fresh).status_code == 200


def test_logout_revokes_the_token(registry: LiveRegistry) -> None:
    actor = registry.agency_actor()
    assert registry.post("/api/v1/auth/logout", actor).status_code == 200
    r = registry.get("/api/v1/auth/me", actor)
    assert r.status_code == 401
    assert r.json()["code"] == "UNAUTHORIZED"


def test_agency_changes_its_initial_password(registry: LiveRegistry) -> None:
    agency = registry.new_agency()
    actor = registry.agency_actor(agency)
    bad = registry.post("/api/v1/auth/password", actor, json={"old_password": "000000", "new_password": "NewPass123"})
    assert bad.status_code == 401
    ok = registry.post("/api/v1/auth/password", actor, json={"old_password": "123456", "new_password": "NewPass123"})
    assert ok.status_code == 200, ok.text


def test_center_opens_agency_once(registry: LiveRegistry) -> None:
    agency = registry.new_agency()
    assert agency["netsign_login"] == agency["name"]
    center = registry.center()
    r = registry.post("/api/v1/center/agencies", center, json={"name": agency["name"], "uscc": make_uscc()})
    assert r.status_code == 409
    assert r.json()["code"] == "AGENCY_EXISTS"
    # agencies cannot open agencies
    actor = registry.agency_actor(agency)
    r = registry.post("/api/v1/center/agencies", actor, json={"name": "x公司", "uscc": make_uscc()})
    assert r.status_code == 403
