"""Helpers for the property and contract API tests: verify a register property, fill a contract's
terms completely, record both parties' consent, file it — all through the live server's HTTP API."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

from live_registry import Actor, LiveRegistry, make_phone, make_resident_id

from zsdesk.registry.server.register_seed import (
    DemoKind,
    RegisterProperty,
    demo_properties,
    demo_property,
    generate_register,
    sellable,
)

_REGISTER = generate_register()
# Tests share one server: each takes properties nobody else has used in this session.
_free_sole = (p for p in _REGISTER[len(demo_properties()):] if sellable(p) and len(p.owners) == 1
              and p.owners[0].id_type.value == "resident_id" and not p.owners[0].first_generation_id)
_taken: set[str] = set()
_lock_counter = itertools.count()


def fresh_property() -> RegisterProperty:
    """An ordinary sellable property with one resident-ID owner, unused so far in this test session."""
    prop = next(_free_sole)
    _taken.add(prop.unit_no)
    return prop


def verify_body(prop: RegisterProperty, owner_index: int = 0, method: str = "title_cert_no",
                **overrides: Any) -> dict[str, Any]:
    owner = prop.owners[owner_index]
    if method == "title_cert_no" and not prop.title_cert_no:
        method = "property_cert_no"
    body: dict[str, Any] = {"method": method, "owner_name": owner.name, "owner_id_number": owner.id_number,
                            "first_generation_id": owner.first_generation_id}
    if method == "title_cert_no":
        body["title_cert_no"] = prop.title_cert_no
    elif method == "property_cert_no":
        body["property_cert_no"] = prop.property_cert_no
    else:
        body["unit_no"] = prop.unit_no
    body.update(overrides)
    return body


def verify(registry: LiveRegistry, staff: Actor, prop: RegisterProperty, **kw: Any) -> dict[str, Any]:
    r = registry.post("/api/v1/properties/verify", staff, json=verify_body(prop, **kw))
    assert r.status_code == 200, r.text
    result: dict[str, Any] = r.json()
    return result


def create_contract(registry: LiveRegistry, staff: Actor, prop: RegisterProperty | None = None,
                    key: str | None = None) -> dict[str, Any]:
    v = verify(registry, staff, prop or fresh_property())
    r = registry.post("/api/v1/contracts", staff, json={"verification_id": v["verification_id"]},
                      headers={"Idempotency-Key": key or uuid.uuid4().hex})
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


def complete_terms(terms: dict[str, Any], buyer_name: str = "王晓东") -> dict[str, Any]:
    """Every field the registry requires for filing, with a single buyer."""
    buyer_id = make_resident_id()
    for seller in terms["sellers"]:
        seller.update(address="广东省中山市石岐街道孙文中路1号", phone=make_phone(), postal_code="528400")
    terms["buyers"] = [{"role": "buyer", "name": buyer_name, "id_type": "resident_id", "id_number": buyer_id,
                        "nationality": "中国", "address": "广东省中山市东区博爱六路22号", "phone": make_phone()}]
    terms["buyer_ownership"] = "sole"
    terms["payment"].update(total_price="1280000.00", method="lump_sum", deposit="50000.00")
    terms["handover"].update(date="2027-03-31", conditions="现状交付")
    terms["other"].update(dispute="litigation")
    terms["applicant"] = {"name": buyer_name, "phone": make_phone(), "id_type": "resident_id", "id_number": buyer_id}
    terms["evaluation"] = {"rating": "very_good", "comment": ""}
    terms["notices_read"] = True
    return terms


def fill(registry: LiveRegistry, staff: Actor, contract: dict[str, Any]) -> dict[str, Any]:
    terms = complete_terms(contract["terms"])
    r = registry.put(f"/api/v1/contracts/{contract['id']}", staff, json=terms,
                     headers={"If-Match": f'"{contract["version"]}"'})
    assert r.status_code == 200, r.text
    result: dict[str, Any] = r.json()
    return result


def consent_all(registry: LiveRegistry, staff: Actor, contract: dict[str, Any]) -> dict[str, Any]:
    for role, side in (("seller", "sellers"), ("buyer", "buyers")):
        for party in contract["terms"][side]:
            r = registry.post(f"/api/v1/contracts/{contract['id']}/consents", staff,
                              json={"role": role, "party_name": party["name"]})
            assert r.status_code == 200, r.text
            contract = r.json()
    return contract


def submit(registry: LiveRegistry, staff: Actor, contract: dict[str, Any], key: str | None = None) -> Any:
    return registry.post(f"/api/v1/contracts/{contract['id']}/submit", staff,
                         headers={"Idempotency-Key": key or uuid.uuid4().hex})


def filed_contract(registry: LiveRegistry, staff: Actor, prop: RegisterProperty | None = None) -> dict[str, Any]:
    contract = consent_all(registry, staff, fill(registry, staff, create_contract(registry, staff, prop)))
    r = submit(registry, staff, contract)
    assert r.status_code == 200, r.text
    result: dict[str, Any] = r.json()
    return result


def problem(r: Any, status: int, code: str, field: str | None = "") -> dict[str, Any]:
    """Assert a problem+json answer; `field=""` means: do not check the field."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = r.json()
    assert body["code"] == code, body
    assert body["status"] == status, body
    if field != "":
        assert body["field"] == field, body
    assert body["detail"], body
    return body


__all__ = ["DemoKind", "demo_property"]
