"""Every endpoint of the protocol × every kind of caller, with real resources of one agency, against
the live server. (test_role_matrix.py checks the role sets alone; this one adds the agency scope.)

Callers: anonymous, the agency account of agency A, a staff member of A (who created A's
contracts), a staff member of another agency B, and the center. Each cell says what the server
must answer: OK (the caller passed the role and scope checks: any answer but 401/403/404), 401,
403 (role refused) or 404 (another agency's data: not even its existence is revealed).

The table must name exactly the endpoints of the OpenAPI document, so a new endpoint cannot be
added without deciding who may call it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from contract_helpers import DemoKind, create_contract, demo_property, filed_contract, verify, verify_body
from live_registry import Actor, LiveRegistry, make_png

OK = "ok"
ROLES = ("anonymous", "agency", "staff", "other_staff", "center")


@dataclass
class World:
    registry: LiveRegistry
    agency: Actor
    staff: Actor
    other_staff: Actor
    enterprise_id: int
    staff_member_id: int
    verification_id: str
    draft: dict[str, Any]
    filed: dict[str, Any]
    material_id: int

    def actor(self, role: str) -> Actor | None:
        if role == "anonymous":
            return None
        if role == "center":
            return self.registry.center()
        actor: Actor = getattr(self, role)
        return actor

    def fresh_token(self, role: str) -> Actor | None:
        """A second login of the same account, for calls that end the session (logout)."""
        actor = self.actor(role)
        if actor is None or role == "center":
            return actor
        return self.registry.login(actor.login, actor.password)


Request = Callable[[World, str], dict[str, Any]]


@dataclass(frozen=True)
class Row:
    expect: tuple[int | str, int | str, int | str, int | str, int | str]   # in ROLES order
    request: Request


def _req(path: str, **kw: Any) -> Request:
    return lambda w, role: {"path": path.format(w=w), **kw}


def _contract_terms(w: World, role: str) -> dict[str, Any]:
    current = w.registry.get(f"/api/v1/contracts/{w.draft['id']}", w.staff).json()
    return {"path": f"/api/v1/contracts/{w.draft['id']}", "json": current["terms"],
            "headers": {"If-Match": f'"{current["version"]}"'}}


def _fresh_draft_delete(w: World, role: str) -> dict[str, Any]:
    draft = create_contract(w.registry, w.staff)
    return {"path": f"/api/v1/contracts/{draft['id']}"}


def _deactivate(w: World, role: str) -> dict[str, Any]:
    throwaway = w.registry.staff_actor(w.agency)
    return {"path": f"/api/v1/staff/{throwaway.staff_id}/deactivate", "json": {}}


def _upload(w: World, role: str) -> dict[str, Any]:
    return {"path": f"/api/v1/materials/contract/{w.draft['id']}", "data": {"name": "身份证正面", "kind": "id_front"},
            "files": {"file": ("id.png", make_png(), "image/png")}}


def _delete_material(w: World, role: str) -> dict[str, Any]:
    up = w.registry.upload(w.staff, "contract", w.draft["id"], name="合同页", kind="contract_page")
    assert up.status_code == 201, up.text
    return {"path": f"/api/v1/materials/contract/{w.draft['id']}/{up.json()['id']}"}


def _logout(w: World, role: str) -> dict[str, Any]:
    return {"path": "/api/v1/auth/logout", "actor": w.fresh_token(role)}


TABLE: dict[tuple[str, str], Row] = {
    # public
    ("GET", "/api/v1/health"): Row((OK, OK, OK, OK, OK), _req("/api/v1/health")),
    ("POST", "/api/v1/auth/register"): Row((OK, OK, OK, OK, OK), _req("/api/v1/auth/register", json={})),
    ("POST", "/api/v1/auth/login"): Row((OK, OK, OK, OK, OK), _req("/api/v1/auth/login", json={})),
    # any logged-in caller / unified accounts only
    ("POST", "/api/v1/auth/bind"): Row((401, 403, 403, 403, 403), _req(
        "/api/v1/auth/bind", json={"netsign_login": "x", "netsign_password": "y"})),
    ("GET", "/api/v1/auth/me"): Row((401, OK, OK, OK, OK), _req("/api/v1/auth/me")),
    ("POST", "/api/v1/auth/logout"): Row((401, OK, OK, OK, OK), _logout),
    ("POST", "/api/v1/auth/password"): Row((401, OK, OK, OK, 403), _req("/api/v1/auth/password", json={})),
    # enterprise record: the agency edits; its staff may read their own agency's record
    ("GET", "/api/v1/enterprise"): Row((401, OK, OK, OK, 403), _req("/api/v1/enterprise")),
    ("PUT", "/api/v1/enterprise"): Row((401, OK, 403, 403, 403), _req(
        "/api/v1/enterprise", json={}, headers={"If-Match": '"999"'})),
    ("POST", "/api/v1/enterprise/submit"): Row((401, OK, 403, 403, 403), _req(
        "/api/v1/enterprise/submit", json={"comment": "请审核"})),
    # staff management: agency only (a staff member may read their own record)
    ("POST", "/api/v1/staff"): Row((401, OK, 403, 403, 403), _req("/api/v1/staff", json={})),
    ("GET", "/api/v1/staff"): Row((401, OK, 403, 403, 403), _req("/api/v1/staff")),
    ("GET", "/api/v1/staff/approved"): Row((401, OK, 403, 403, 403), _req("/api/v1/staff/approved")),
    ("GET", "/api/v1/staff/{staff_id}"): Row((401, OK, OK, 404, 403), _req("/api/v1/staff/{w.staff_member_id}")),
    ("PUT", "/api/v1/staff/{staff_id}"): Row((401, OK, 403, 403, 403), _req(
        "/api/v1/staff/{w.staff_member_id}", json={"name": "陈七", "id_number": "x", "phone": "1"},
        headers={"If-Match": '"999"'})),
    ("DELETE", "/api/v1/staff/{staff_id}"): Row((401, OK, 403, 403, 403), _req("/api/v1/staff/{w.staff_member_id}")),
    ("POST", "/api/v1/staff/{staff_id}/submit"): Row((401, OK, 403, 403, 403), _req(
        "/api/v1/staff/{w.staff_member_id}/submit", json={})),
    ("POST", "/api/v1/staff/{staff_id}/deactivate"): Row((401, OK, 403, 403, 403), _deactivate),
    # materials of a contract: seen like the contract, changed by its creating staff member only
    ("POST", "/api/v1/materials/{owner_kind}/{owner_id}"): Row((401, 403, OK, 404, 403), _upload),
    ("GET", "/api/v1/materials/{owner_kind}/{owner_id}"): Row((401, OK, OK, 404, 403), _req(
        "/api/v1/materials/contract/{w.draft[id]}")),
    ("GET", "/api/v1/materials/{owner_kind}/{owner_id}/{material_id}/content"): Row((401, OK, OK, 404, 403), _req(
        "/api/v1/materials/contract/{w.draft[id]}/{w.material_id}/content")),
    ("DELETE", "/api/v1/materials/{owner_kind}/{owner_id}/{material_id}"): Row((401, 403, OK, 404, 403),
                                                                             _delete_material),
    # change feed: every agency member, in its own scope
    ("GET", "/api/v1/changes"): Row((401, OK, OK, OK, 403), _req("/api/v1/changes")),
    # center
    ("POST", "/api/v1/center/agencies"): Row((401, 403, 403, 403, OK), _req("/api/v1/center/agencies", json={})),
    ("GET", "/api/v1/center/pending"): Row((401, 403, 403, 403, OK), _req("/api/v1/center/pending")),
    ("POST", "/api/v1/center/enterprise/{record_id}/approve"): Row((401, 403, 403, 403, OK), _req(
        "/api/v1/center/enterprise/{w.enterprise_id}/approve")),
    ("POST", "/api/v1/center/enterprise/{record_id}/reject"): Row((401, 403, 403, 403, OK), _req(
        "/api/v1/center/enterprise/{w.enterprise_id}/reject", json={"reason": "材料不清晰"})),
    ("POST", "/api/v1/center/staff/{staff_id}/approve"): Row((401, 403, 403, 403, OK), _req(
        "/api/v1/center/staff/{w.staff_member_id}/approve")),
    ("POST", "/api/v1/center/staff/{staff_id}/reject"): Row((401, 403, 403, 403, OK), _req(
        "/api/v1/center/staff/{w.staff_member_id}/reject", json={"reason": "材料不清晰"})),
    ("GET", "/api/v1/center/cancellations"): Row((401, 403, 403, 403, OK), _req("/api/v1/center/cancellations")),
    ("POST", "/api/v1/center/cancellations/{contract_id}/complete"): Row((401, 403, 403, 403, OK), _req(
        "/api/v1/center/cancellations/{w.filed[id]}/complete")),
    # property verification: staff only (an agency account cannot sign)
    ("POST", "/api/v1/properties/verify"): Row((401, 403, OK, OK, 403), _req(
        "/api/v1/properties/verify", json=verify_body(demo_property(DemoKind.MORTGAGED)))),
    ("GET", "/api/v1/properties/verifications/{verification_id}"): Row((401, 403, OK, 404, 403), _req(
        "/api/v1/properties/verifications/{w.verification_id}")),
    # contracts: staff sign (the creator changes), the agency reads all, nobody sees another agency's
    ("POST", "/api/v1/contracts"): Row((401, 403, OK, 404, 403), _req(
        "/api/v1/contracts", json={"verification_id": "{w.verification_id}"})),
    ("GET", "/api/v1/contracts"): Row((401, OK, OK, OK, 403), _req("/api/v1/contracts")),
    ("GET", "/api/v1/contracts/{contract_id}"): Row((401, OK, OK, 404, 403), _req("/api/v1/contracts/{w.draft[id]}")),
    ("PUT", "/api/v1/contracts/{contract_id}"): Row((401, 403, OK, 404, 403), _contract_terms),
    ("DELETE", "/api/v1/contracts/{contract_id}"): Row((401, 403, OK, 404, 403), _fresh_draft_delete),
    ("POST", "/api/v1/contracts/{contract_id}/consents"): Row((401, 403, OK, 404, 403), _req(
        "/api/v1/contracts/{w.draft[id]}/consents", json={"role": "seller", "party_name": "冯惠珍"})),
    ("POST", "/api/v1/contracts/{contract_id}/submit"): Row((401, 403, OK, 404, 403), _req(
        "/api/v1/contracts/{w.draft[id]}/submit")),
    ("POST", "/api/v1/contracts/{contract_id}/changes"): Row((401, 403, OK, 404, 403), lambda w, role: {
        "path": f"/api/v1/contracts/{w.filed['id']}/changes",
        "json": {"items": [{"item": "补充条款", "before": "", "after": "无"}], "terms": w.filed["terms"]}}),
    ("GET", "/api/v1/contracts/{contract_id}/revisions"): Row((401, OK, OK, 404, 403), _req(
        "/api/v1/contracts/{w.filed[id]}/revisions")),
    ("POST", "/api/v1/contracts/{contract_id}/cancellation"): Row((401, 403, OK, 404, 403), _req(
        "/api/v1/contracts/{w.filed[id]}/cancellation", json={"reason": "协商解除"})),
}


@pytest.fixture(scope="module")
def world(registry: LiveRegistry) -> World:
    agency = registry.approved_agency()
    staff = registry.staff_actor(agency)
    other_staff = registry.staff_actor()
    enterprise_id = registry.get("/api/v1/enterprise", agency).json()["id"]
    v = verify(registry, staff, demo_property(DemoKind.MORTGAGED))
    draft = create_contract(registry, staff, demo_property(DemoKind.MORTGAGED))
    filed = filed_contract(registry, staff)
    up = registry.upload(staff, "contract", draft["id"], name="身份证正面", kind="id_front")
    assert up.status_code == 201, up.text
    assert staff.staff_id is not None
    return World(registry, agency, staff, other_staff, enterprise_id, staff.staff_id, v["verification_id"],
                 draft, filed, up.json()["id"])


def test_table_covers_every_endpoint(registry: LiveRegistry) -> None:
    spec = registry.get("/openapi.json").json()
    endpoints = {(m.upper(), p) for p, ops in spec["paths"].items() for m in ops}
    assert endpoints == set(TABLE)


def _call(w: World, role: str, method: str, row: Row) -> int:
    req = row.request(w, role)
    actor = req.pop("actor") if "actor" in req else w.actor(role)
    path = req.pop("path")
    if isinstance(req.get("json"), dict):
        req["json"] = {k: (v.format(w=w) if isinstance(v, str) else v) for k, v in req["json"].items()}
    headers = dict(req.pop("headers", {}))
    if method in ("POST", "PUT"):
        headers.setdefault("Idempotency-Key", uuid.uuid4().hex)
    r = w.registry.http.request(method, w.registry.url(path), timeout=30, headers={
        **headers, **({"Authorization": f"Bearer {actor.token}"} if actor else {})}, **req)
    if r.status_code >= 400:
        assert r.headers["content-type"].startswith("application/problem+json"), r.text
    assert r.status_code < 500, (method, path, role, r.text)
    return r.status_code


@pytest.mark.parametrize("endpoint", list(TABLE), ids=[f"{m} {p}" for m, p in TABLE])
def test_role_matrix(world: World, endpoint: tuple[str, str]) -> None:
    method, _ = endpoint
    row = TABLE[endpoint]
    got: dict[str, int] = {}
    # Refused callers first: they must not change anything the allowed ones then act on.
    order = sorted(range(len(ROLES)), key=lambda i: row.expect[i] == OK)
    for i in order:
        got[ROLES[i]] = _call(world, ROLES[i], method, row)
    for role, expected in zip(ROLES, row.expect, strict=True):
        if expected == OK:
            assert got[role] not in (401, 403, 404), (endpoint, role, got)
        else:
            assert got[role] == expected, (endpoint, role, got)
