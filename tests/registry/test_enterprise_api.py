"""Enterprise record (企业信息核查) over HTTP: draft versions, the 2-year date rule on the server's
today, comment and material required, center approve/reject."""

from __future__ import annotations

from datetime import date, timedelta

from live_registry import Actor, LiveRegistry, enterprise_fields


def _fields(actor: Actor, **over: object) -> dict[str, object]:
    fields = enterprise_fields({"name": actor.info["agency_name"], "uscc": actor.info["agency_uscc"]})
    fields.update(over)
    return fields


def _save(registry: LiveRegistry, actor: Actor, fields: dict[str, object], version: int | str | None):
    headers = {"If-Match": f'"{version}"'} if version is not None else {}
    return registry.put("/api/v1/enterprise", actor, json=fields, headers=headers)


def test_first_read_is_a_prefilled_draft(registry: LiveRegistry) -> None:
    actor = registry.agency_actor()
    r = registry.get("/api/v1/enterprise", actor)
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "draft"
    assert body["fields"]["name"] == actor.info["agency_name"]
    assert body["fields"]["uscc"] == actor.info["agency_uscc"]
    assert r.headers["etag"] == f'"{body["version"]}"'


def test_save_needs_current_version(registry: LiveRegistry) -> None:
    actor = registry.agency_actor()
    v = registry.get("/api/v1/enterprise", actor).json()["version"]
    missing = _save(registry, actor, _fields(actor), None)
    assert missing.status_code == 428
    assert missing.json()["code"] == "PRECONDITION_REQUIRED"
    ok = _save(registry, actor, _fields(actor), v)
    assert ok.status_code == 200, ok.text
    assert ok.json()["version"] == v + 1
    stale = _save(registry, actor, _fields(actor, contact_name="别人"), v)
    assert stale.status_code == 412
    assert stale.json()["code"] == "VERSION_CONFLICT"
    assert stale.json()["current_version"] == v + 1
    assert registry.get("/api/v1/enterprise", actor).json()["fields"]["contact_name"] == "赵六"


def test_submit_needs_comment_material_and_valid_dates(clock: LiveRegistry) -> None:
    registry = clock
    actor = registry.agency_actor()
    rec = registry.get("/api/v1/enterprise", actor).json()
    too_far = (date.today() + timedelta(days=2 * 366 + 5)).isoformat()
    saved = _save(registry, actor, _fields(actor, business_term_end=too_far, qualification_valid_until=too_far),
                  rec["version"]).json()

    no_comment = registry.post("/api/v1/enterprise/submit", actor, json={"comment": "  "})
    assert no_comment.status_code == 422
    assert no_comment.json()["code"] == "COMMENT_REQUIRED"
    assert no_comment.json()["field"] == "comment"

    too_late = registry.post("/api/v1/enterprise/submit", actor, json={"comment": "请审核"})
    assert too_late.status_code == 422
    assert too_late.json()["code"] == "DATE_TOO_FAR"
    assert too_late.json()["field"] == "business_term_end"
    assert "2 年" in too_late.json()["detail"]

    # the same date passes once the server's today is a year later
    registry.advance_clock(366 * 86400)
    actor = registry.agency_actor(actor)  # the token expired meanwhile
    no_material = registry.post("/api/v1/enterprise/submit", actor, json={"comment": "请审核"})
    assert no_material.status_code == 422
    assert no_material.json()["code"] == "MATERIAL_MISSING"
    registry.set_clock_offset(0)
    actor = registry.agency_actor(actor)

    fixed = _save(registry, actor, _fields(actor), saved["version"]).json()
    assert registry.upload(actor, "enterprise", fixed["id"]).status_code == 201
    ok = registry.post("/api/v1/enterprise/submit", actor, json={"comment": "请审核"})
    assert ok.status_code == 200, ok.text
    assert ok.json()["status"] == "submitted"
    assert ok.json()["submit_comment"] == "请审核"
    # submitted records are locked
    locked = _save(registry, actor, _fields(actor), ok.json()["version"])
    assert locked.status_code == 409
    assert locked.json()["code"] == "INVALID_STATE"
    late_upload = registry.upload(actor, "enterprise", fixed["id"])
    assert late_upload.status_code == 409


def test_domain_issues_are_all_reported(registry: LiveRegistry) -> None:
    actor = registry.agency_actor()
    rec = registry.get("/api/v1/enterprise", actor).json()
    assert registry.upload(actor, "enterprise", rec["id"]).status_code == 201
    r = registry.post("/api/v1/enterprise/submit", actor, json={"comment": "请审核"})
    assert r.status_code == 422
    fields = {e["field"] for e in r.json()["errors"]}
    assert {"legal_rep_name", "address", "contact_name", "business_term_end"} <= fields
    assert r.json()["field"] == r.json()["errors"][0]["field"]


def test_center_rejects_with_reason_then_approves(registry: LiveRegistry) -> None:
    actor = registry.agency_actor()
    rec = registry.get("/api/v1/enterprise", actor).json()
    _save(registry, actor, _fields(actor), rec["version"])
    registry.upload(actor, "enterprise", rec["id"])
    assert registry.post("/api/v1/enterprise/submit", actor, json={"comment": "首次提交"}).status_code == 200
    center = registry.center()
    pending = registry.get("/api/v1/center/pending", center).json()
    assert any(p["kind"] == "enterprise" and p["id"] == rec["id"] for p in pending)
    no_reason = registry.post(f"/api/v1/center/enterprise/{rec['id']}/reject", center, json={})
    assert no_reason.status_code == 422
    rejected = registry.post(f"/api/v1/center/enterprise/{rec['id']}/reject", center,
                             json={"reason": "营业执照图片不清晰"})
    assert rejected.json()["status"] == "rejected"
    # staff cannot be added yet
    r = registry.post("/api/v1/staff", actor, json={"name": "甲", "id_number": "x", "phone": "13800138000"})
    assert r.status_code == 409
    assert r.json()["code"] == "AGENCY_NOT_APPROVED"
    # a rejected record is edited (back to draft) and submitted again
    current = registry.get("/api/v1/enterprise", actor).json()
    assert current["review_reason"] == "营业执照图片不清晰"
    again = _save(registry, actor, _fields(actor), current["version"]).json()
    assert again["status"] == "draft"
    assert registry.post("/api/v1/enterprise/submit", actor, json={"comment": "已更换图片"}).status_code == 200
    approved = registry.post(f"/api/v1/center/enterprise/{rec['id']}/approve", center)
    assert approved.json()["status"] == "approved"
    twice = registry.post(f"/api/v1/center/enterprise/{rec['id']}/approve", center)
    assert twice.status_code == 409


def test_submit_replays_with_the_same_idempotency_key(registry: LiveRegistry) -> None:
    actor = registry.agency_actor()
    rec = registry.get("/api/v1/enterprise", actor).json()
    _save(registry, actor, _fields(actor), rec["version"])
    registry.upload(actor, "enterprise", rec["id"])
    key = {"Idempotency-Key": "submit-enterprise-1"}
    first = registry.post("/api/v1/enterprise/submit", actor, json={"comment": "请审核"}, headers=key)
    again = registry.post("/api/v1/enterprise/submit", actor, json={"comment": "请审核"}, headers=key)
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    assert again.headers.get("idempotent-replayed") == "true"
    # without the key the repeat is a real second submit, refused because it is submitted already
    plain = registry.post("/api/v1/enterprise/submit", actor, json={"comment": "请审核"})
    assert plain.status_code == 409
    other_body = registry.post("/api/v1/enterprise/submit", actor, json={"comment": "别的"}, headers=key)
    assert other_body.status_code == 422
    assert other_body.json()["code"] == "IDEMPOTENCY_KEY_REUSED"


def test_staff_may_read_but_not_write_the_record(registry: LiveRegistry) -> None:
    agency = registry.approved_agency()
    staff = registry.staff_actor(agency)
    r = registry.get("/api/v1/enterprise", staff)
    assert r.status_code == 200
    assert r.json()["status"] == "approved"
    w = registry.put("/api/v1/enterprise", staff, json={}, headers={"If-Match": "1"})
    assert w.status_code == 403
