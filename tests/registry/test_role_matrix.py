"""Every protocol endpoint × every role: anonymous callers get 401, roles outside the endpoint's
set get 403, allowed roles get past the role check. A new endpoint fails this test until it is
entered in EXPECTED, so no route ships without a decision about who may call it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from live_registry import Actor, LiveRegistry, make_uscc

from zsdesk.registry.server.app import create_app
from zsdesk.registry.server.settings import ServerSettings

ANON, UNIFIED, AGENCY, STAFF, CENTER = "anonymous", "unified", "agency", "staff", "center"
EVERYONE = frozenset({ANON, UNIFIED, AGENCY, STAFF, CENTER})
LOGGED_IN = frozenset({UNIFIED, AGENCY, STAFF, CENTER})
MEMBER = frozenset({AGENCY, STAFF})

EXPECTED: dict[tuple[str, str], frozenset[str]] = {
    ("GET", "/api/v1/health"): EVERYONE,
    ("POST", "/api/v1/auth/register"): EVERYONE,
    ("POST", "/api/v1/auth/login"): EVERYONE,
    ("POST", "/api/v1/auth/bind"): frozenset({UNIFIED}),
    ("GET", "/api/v1/auth/me"): LOGGED_IN,
    ("POST", "/api/v1/auth/logout"): LOGGED_IN,
    ("POST", "/api/v1/auth/password"): MEMBER,
    ("GET", "/api/v1/enterprise"): MEMBER,
    ("PUT", "/api/v1/enterprise"): frozenset({AGENCY}),
    ("POST", "/api/v1/enterprise/submit"): frozenset({AGENCY}),
    ("POST", "/api/v1/staff"): frozenset({AGENCY}),
    ("GET", "/api/v1/staff"): frozenset({AGENCY}),
    ("GET", "/api/v1/staff/approved"): frozenset({AGENCY}),
    ("GET", "/api/v1/staff/{staff_id}"): MEMBER,
    ("PUT", "/api/v1/staff/{staff_id}"): frozenset({AGENCY}),
    ("DELETE", "/api/v1/staff/{staff_id}"): frozenset({AGENCY}),
    ("POST", "/api/v1/staff/{staff_id}/submit"): frozenset({AGENCY}),
    ("POST", "/api/v1/staff/{staff_id}/deactivate"): frozenset({AGENCY}),
    ("POST", "/api/v1/materials/{owner_kind}/{owner_id}"): MEMBER,
    ("GET", "/api/v1/materials/{owner_kind}/{owner_id}"): MEMBER,
    ("GET", "/api/v1/materials/{owner_kind}/{owner_id}/{material_id}/content"): MEMBER,
    ("DELETE", "/api/v1/materials/{owner_kind}/{owner_id}/{material_id}"): MEMBER,
    ("GET", "/api/v1/changes"): MEMBER,
    ("POST", "/api/v1/center/agencies"): frozenset({CENTER}),
    ("GET", "/api/v1/center/pending"): frozenset({CENTER}),
    ("POST", "/api/v1/center/enterprise/{record_id}/approve"): frozenset({CENTER}),
    ("POST", "/api/v1/center/enterprise/{record_id}/reject"): frozenset({CENTER}),
    ("POST", "/api/v1/center/staff/{staff_id}/approve"): frozenset({CENTER}),
    ("POST", "/api/v1/center/staff/{staff_id}/reject"): frozenset({CENTER}),
    ("GET", "/api/v1/center/cancellations"): frozenset({CENTER}),
    ("POST", "/api/v1/center/cancellations/{contract_id}/complete"): frozenset({CENTER}),
    ("POST", "/api/v1/properties/verify"): frozenset({STAFF}),
    ("GET", "/api/v1/properties/verifications/{verification_id}"): frozenset({STAFF}),
    ("POST", "/api/v1/contracts"): frozenset({STAFF}),
    ("GET", "/api/v1/contracts"): MEMBER,
    ("GET", "/api/v1/contracts/{contract_id}"): MEMBER,
    ("PUT", "/api/v1/contracts/{contract_id}"): frozenset({STAFF}),
    ("DELETE", "/api/v1/contracts/{contract_id}"): frozenset({STAFF}),
    ("POST", "/api/v1/contracts/{contract_id}/consents"): frozenset({STAFF}),
    ("POST", "/api/v1/contracts/{contract_id}/submit"): frozenset({STAFF}),
    ("POST", "/api/v1/contracts/{contract_id}/changes"): frozenset({STAFF}),
    ("GET", "/api/v1/contracts/{contract_id}/revisions"): MEMBER,
    ("POST", "/api/v1/contracts/{contract_id}/cancellation"): frozenset({STAFF}),
}

_PARAM_VALUES = {"owner_kind": "enterprise"}


def _routes() -> list[tuple[str, str]]:
    doc = create_app(ServerSettings(db_url="sqlite://", create_tables=False)).openapi()
    routes = [(method.upper(), path) for path, ops in doc["paths"].items() for method in ops]
    # logout ends the caller's session: walk it last
    return sorted(routes, key=lambda r: r[1] == "/api/v1/auth/logout")


def test_every_endpoint_has_an_expected_role_set() -> None:
    missing = [r for r in _routes() if r not in EXPECTED]
    assert not missing, f"decide who may call these endpoints (EXPECTED): {missing}"


@pytest.fixture(scope="module")
def actors(registry: LiveRegistry) -> dict[str, Actor | None]:
    agency = registry.approved_agency()
    staff = registry.staff_actor(agency)
    login, pw = registry.register_unified(uscc=make_uscc(), company_name="未关联公司")
    return {ANON: None, UNIFIED: registry.login(login, pw), AGENCY: agency, STAFF: staff,
            CENTER: registry.center()}


def _call(registry: LiveRegistry, actor: Actor | None, method: str, path: str) -> Any:
    url = re.sub(r"\{(\w+)\}", lambda m: _PARAM_VALUES.get(m.group(1), "999999"), path)
    kw: dict[str, Any] = {"json": {}} if method in ("POST", "PUT") else {}
    return registry.http.request(method, registry.url(url), headers=registry._h(actor, {}), timeout=30, **kw)


def test_role_matrix(registry: LiveRegistry, actors: dict[str, Actor | None]) -> None:
    failures = []
    for method, path in _routes():
        allowed = EXPECTED.get((method, path), frozenset())
        for role, actor in actors.items():
            r = _call(registry, actor, method, path)
            body = r.json() if r.headers.get("content-type", "").startswith("application/") else {}
            if role in allowed:
                ok = r.status_code not in (401, 403) or body.get("code") not in ("UNAUTHORIZED", "FORBIDDEN")
            elif role == ANON:
                ok = r.status_code == 401 and body.get("code") == "UNAUTHORIZED"
            else:
                ok = r.status_code == 403 and body.get("code") == "FORBIDDEN"
            if not ok:
                failures.append(f"{role:<8} {method} {path} -> {r.status_code} {body.get('code')}")
    assert not failures, "\n".join(failures)
