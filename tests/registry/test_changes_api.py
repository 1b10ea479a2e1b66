"""The change feed over HTTP: cursor paging with progress, the caller's scope, tombstones."""

from __future__ import annotations

from typing import Any

from live_registry import Actor, LiveRegistry, make_phone, make_resident_id, make_uscc


def _all(registry: LiveRegistry, actor: Actor, since: int = 0, limit: int = 500) -> tuple[list[dict[str, Any]], int]:
    items: list[dict[str, Any]] = []
    while True:
        page = registry.get("/api/v1/changes", actor, params={"since": since, "limit": limit})
        assert page.status_code == 200, page.text
        body = page.json()
        items.extend(body["items"])
        assert body["next_cursor"] >= since
        since = body["next_cursor"]
        if not body["has_more"]:
            assert body["total_remaining"] == 0
            return items, since


def test_paging_reports_what_remains(registry: LiveRegistry) -> None:
    agency = registry.approved_agency()
    everything, _ = _all(registry, agency)
    assert len(everything) >= 4
    first = registry.get("/api/v1/changes", agency, params={"since": 0, "limit": 2}).json()
    assert len(first["items"]) == 2
    assert first["has_more"] is True
    assert first["total_remaining"] == len(everything) - 2
    cursors = [i["cursor"] for i in everything]
    assert cursors == sorted(cursors)
    assert len(set(cursors)) == len(cursors)
    # nothing new: the cursor stays
    _, end = _all(registry, agency)
    empty = registry.get("/api/v1/changes", agency, params={"since": end}).json()
    assert empty == {"items": [], "next_cursor": end, "has_more": False, "total_remaining": 0}


def test_scope_agency_sees_all_staff_sees_own(registry: LiveRegistry) -> None:
    agency = registry.approved_agency()
    alice = registry.staff_actor(agency)
    bob = registry.staff_actor(agency)
    outsider = registry.approved_agency()

    agency_items, _ = _all(registry, agency)
    staff_ids = {int(i["entity_id"]) for i in agency_items if i["entity"] == "staff"}
    assert {alice.staff_id, bob.staff_id} <= staff_ids
    assert any(i["entity"] == "enterprise" for i in agency_items)

    alice_items, _ = _all(registry, alice)
    alice_staff = {int(i["entity_id"]) for i in alice_items if i["entity"] == "staff"}
    assert alice_staff == {alice.staff_id}
    assert any(i["entity"] == "enterprise" for i in alice_items)  # the agency's record is shared
    assert any(i["entity"] == "account" and i["data"]["role"] == "staff" for i in alice_items)
    assert not any(i["entity"] == "account" and i["data"].get("netsign_login") == bob.info["netsign_login"]
                   for i in alice_items)

    outsider_items, _ = _all(registry, outsider)
    assert not {str(alice.staff_id), str(bob.staff_id)} & {i["entity_id"] for i in outsider_items
                                                          if i["entity"] == "staff"}
    assert registry.get("/api/v1/changes", registry.center()).status_code == 403


def test_deletions_are_tombstones(registry: LiveRegistry) -> None:
    agency = registry.approved_agency()
    _, cursor = _all(registry, agency)
    app = registry.post("/api/v1/staff", agency, json={"name": "吴二", "id_number": make_resident_id(),
                                                        "phone": make_phone()}).json()
    material = registry.upload(agency, "staff", app["id"], name="身份证正面").json()
    assert registry.delete(f"/api/v1/materials/staff/{app['id']}/{material['id']}", agency).status_code == 200
    assert registry.delete(f"/api/v1/staff/{app['id']}", agency).status_code == 200
    items, _ = _all(registry, agency, cursor)
    ops = [(i["entity"], i["op"]) for i in items]
    assert ops == [("staff", "upsert"), ("material", "upsert"), ("material", "delete"), ("staff", "delete")]
    assert items[-1]["entity_id"] == str(app["id"])
    assert items[-1]["data"] is None


def test_feed_needs_a_member_login(registry: LiveRegistry) -> None:
    login, pw = registry.register_unified(uscc=make_uscc(), company_name="未绑定公司")
    unbound = registry.login(login, pw)
    assert registry.get("/api/v1/changes", unbound).status_code == 403
    bad = registry.get("/api/v1/changes", registry.agency_actor(), params={"since": -1})
    assert bad.status_code == 422
