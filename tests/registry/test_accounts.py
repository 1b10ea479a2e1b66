"""Unified-identity accounts, binding to net-sign accounts, lockout and token expiry, over HTTP."""

from __future__ import annotations

from live_registry import LiveRegistry, make_resident_id, make_uscc, unique_suffix


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


def test_unknown_login_and_wrong_password_look_the_same(registry: LiveRegistry) -> None:
    body = _register_body()
    assert registry.post("/api/v1/auth/register", json=body).status_code == 201
    wrong = registry.post("/api/v1/auth/login", json={"login": body["login"], "password": "nope-nope"})
    unknown = registry.post("/api/v1/auth/login", json={"login": f"x{unique_suffix()}", "password": "nope-nope"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["code"] == unknown.json()["code"] == "BAD_CREDENTIALS"


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
