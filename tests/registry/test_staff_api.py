"""Staff (从业人员) over HTTP: add after approval, one agency per person, review, approved list
with login accounts, SMS password, deactivation."""

from __future__ import annotations

from live_registry import LiveRegistry, make_phone, make_resident_id


def test_full_staff_flow(registry: LiveRegistry) -> None:
    agency = registry.approved_agency()
    app = registry.staff_application(agency, name="林八")
    assert app["status"] == "submitted"
    assert registry.get("/api/v1/staff", agency, params={"status": "pending"}).json()[0]["id"] == app["id"]
    staff, password = registry.approve_staff(app["id"])
    assert staff["status"] == "approved"
    assert staff["active"] is True
    assert staff["login"].startswith("zs")
    approved = registry.get("/api/v1/staff/approved", agency).json()
    assert [(s["name"], s["login"], s["active"]) for s in approved] == [("林八", staff["login"], True)]
    # the staff member binds their own unified account with the SMS password
    login, pw = registry.register_unified(uscc=agency.info["agency_uscc"], company_name=agency.info["agency_name"])
    actor = registry.bind(registry.login(login, pw), staff["login"], password)
    assert actor.role == "staff"
    assert actor.info["staff_name"] == "林八"
    # staff see only themselves
    assert registry.get(f"/api/v1/staff/{staff['id']}", actor).status_code == 200
    assert registry.get("/api/v1/staff", actor).status_code == 403


def test_staff_application_is_validated_by_the_domain_rules(registry: LiveRegistry) -> None:
    agency = registry.approved_agency()
    r = registry.post("/api/v1/staff", agency, json={"name": "王九", "id_number": "442000199001011234",
                                                      "phone": "13800138000"})
    assert r.status_code == 422
    assert r.json()["field"] == "id_number"
    r = registry.post("/api/v1/staff", agency, json={"name": "王九", "id_number": make_resident_id(),
                                                      "phone": "0760-88300526"})
    assert r.status_code == 422
    assert r.json()["field"] == "phone"


def test_submit_needs_the_id_card_picture(registry: LiveRegistry) -> None:
    agency = registry.approved_agency()
    r = registry.post("/api/v1/staff", agency, json={"name": "周十", "id_number": make_resident_id(),
                                                      "phone": make_phone()})
    sub = registry.post(f"/api/v1/staff/{r.json()['id']}/submit", agency, json={})
    assert sub.status_code == 422
    assert sub.json()["code"] == "MATERIAL_MISSING"
    # a 居民身份证 is filed with both sides: the front alone is refused, naming the back
    assert registry.upload(agency, "staff", r.json()["id"], name="身份证正面", kind="id_front").status_code == 201
    sub = registry.post(f"/api/v1/staff/{r.json()['id']}/submit", agency, json={})
    assert sub.status_code == 422 and sub.json()["field"] == "materials"
    assert "身份证反面" in sub.json()["detail"]
    assert registry.upload(agency, "staff", r.json()["id"], name="身份证反面", kind="id_back").status_code == 201
    assert registry.post(f"/api/v1/staff/{r.json()['id']}/submit", agency, json={}).status_code == 200


def test_a_person_is_active_in_one_agency_only(registry: LiveRegistry) -> None:
    first = registry.approved_agency()
    second = registry.approved_agency()
    person = make_resident_id()
    app = registry.staff_application(first, id_number=person)
    # pending in both: allowed to apply, only one approval can win
    other_app = registry.staff_application(second, id_number=person)
    registry.approve_staff(app["id"])
    r = registry.post(f"/api/v1/center/staff/{other_app['id']}/approve", registry.center())
    assert r.status_code == 409
    assert r.json()["code"] == "STAFF_ACTIVE_ELSEWHERE"
    # once active, a new application elsewhere is refused at once
    third = registry.approved_agency()
    r = registry.post("/api/v1/staff", third, json={"name": "陈七", "id_number": person, "phone": make_phone()})
    assert r.status_code == 409
    assert r.json()["code"] == "STAFF_ACTIVE_ELSEWHERE"
    # and the same agency cannot add them twice
    r = registry.post("/api/v1/staff", first, json={"name": "陈七", "id_number": person, "phone": make_phone()})
    assert r.json()["code"] == "STAFF_DUPLICATE"
    # after deactivation in the first agency the second may have them
    assert registry.post(f"/api/v1/staff/{app['id']}/deactivate", first).status_code == 200
    staff, _ = registry.approve_staff(other_app["id"])
    assert staff["active"] is True


def test_deactivated_staff_cannot_log_in(registry: LiveRegistry) -> None:
    agency = registry.approved_agency()
    actor = registry.staff_actor(agency)
    assert registry.get("/api/v1/auth/me", actor).status_code == 200
    r = registry.post(f"/api/v1/staff/{actor.staff_id}/deactivate", agency)
    assert r.status_code == 200
    assert r.json()["active"] is False
    assert r.json()["deactivated_at"] is not None
    # the open session ends, and a new login is refused
    assert registry.get("/api/v1/auth/me", actor).status_code == 401
    login = registry.post("/api/v1/auth/login", json={"login": actor.login, "password": actor.password})
    assert login.status_code == 403
    assert login.json()["code"] == "ACCOUNT_DISABLED"
    listed = registry.get("/api/v1/staff/approved", agency).json()
    assert [s["active"] for s in listed] == [False]
    assert registry.get("/api/v1/staff", agency, params={"status": "deactivated"}).json()[0]["id"] == actor.staff_id


def test_center_rejects_staff_with_reason(registry: LiveRegistry) -> None:
    agency = registry.approved_agency()
    app = registry.staff_application(agency)
    r = registry.post(f"/api/v1/center/staff/{app['id']}/reject", registry.center(), json={"reason": "身份证图片模糊"})
    assert r.json()["status"] == "rejected"
    listed = registry.get("/api/v1/staff", agency, params={"status": "rejected"}).json()
    assert [s["review_reason"] for s in listed] == ["身份证图片模糊"]
    # rejected applications are edited and submitted again
    fields = dict(listed[0]["fields"])
    put = registry.put(f"/api/v1/staff/{app['id']}", agency, json=fields,
                       headers={"If-Match": str(listed[0]["version"])})
    assert put.status_code == 200, put.text
    assert put.json()["status"] == "draft"


def test_other_agencies_cannot_see_staff(registry: LiveRegistry) -> None:
    agency = registry.approved_agency()
    app = registry.staff_application(agency)
    outsider = registry.approved_agency()
    r = registry.get(f"/api/v1/staff/{app['id']}", outsider)
    assert r.status_code == 404
    r = registry.post(f"/api/v1/staff/{app['id']}/deactivate", outsider)
    assert r.status_code == 404
    assert registry.get("/api/v1/staff", outsider).json() == []
