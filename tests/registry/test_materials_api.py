"""Materials (收件材料) over HTTP: one picture per request, named, at most 512,000 bytes, JPEG or
PNG by content, bound to an owner the caller may see."""

from __future__ import annotations

import os

from live_registry import LiveRegistry, make_jpeg, make_png, make_resident_id


def _enterprise(registry: LiveRegistry):
    actor = registry.agency_actor()
    return actor, registry.get("/api/v1/enterprise", actor).json()["id"]


def test_upload_list_download_delete(registry: LiveRegistry) -> None:
    actor, rec = _enterprise(registry)
    png = make_png()
    r = registry.upload(actor, "enterprise", rec, png, name="营业执照", kind="business_licence")
    assert r.status_code == 201, r.text
    m = r.json()
    assert (m["name"], m["kind"], m["content_type"], m["size"]) == ("营业执照", "business_licence", "image/png",
                                                                   len(png))
    jpeg = registry.upload(actor, "enterprise", rec, make_jpeg(), name="资质证书", filename="q.jpg",
                           content_type="image/jpeg")
    assert jpeg.json()["content_type"] == "image/jpeg"
    listed = registry.get(f"/api/v1/materials/enterprise/{rec}", actor).json()
    assert [x["name"] for x in listed] == ["营业执照", "资质证书"]
    content = registry.get(f"/api/v1/materials/enterprise/{rec}/{m['id']}/content", actor)
    assert content.content == png
    assert content.headers["content-type"] == "image/png"
    assert registry.delete(f"/api/v1/materials/enterprise/{rec}/{m['id']}", actor).status_code == 200
    assert [x["name"] for x in registry.get(f"/api/v1/materials/enterprise/{rec}", actor).json()] == ["资质证书"]


def test_size_limit_is_512000_bytes(registry: LiveRegistry) -> None:
    actor, rec = _enterprise(registry)
    png = make_png()
    at_limit = png + b"\0" * (512_000 - len(png))  # trailing bytes after IEND: still a PNG by content
    assert registry.upload(actor, "enterprise", rec, at_limit).status_code == 201
    over = registry.upload(actor, "enterprise", rec, at_limit + b"\0")
    assert over.status_code == 413
    assert over.json()["code"] == "MATERIAL_TOO_LARGE"
    assert over.json()["field"] == "file"


def test_type_is_checked_by_content_not_name(registry: LiveRegistry) -> None:
    actor, rec = _enterprise(registry)
    fake = registry.upload(actor, "enterprise", rec, b"GIF89a" + os.urandom(100), filename="licence.png")
    assert fake.status_code == 415
    assert fake.json()["code"] == "MATERIAL_TYPE_UNSUPPORTED"
    pdf = registry.upload(actor, "enterprise", rec, b"%PDF-1.7\n", filename="x.pdf", content_type="application/pdf")
    assert pdf.status_code == 415


def test_name_is_required(registry: LiveRegistry) -> None:
    actor, rec = _enterprise(registry)
    r = registry.upload(actor, "enterprise", rec, name="  ")
    assert r.status_code == 422
    assert r.json()["code"] == "MATERIAL_NAME_REQUIRED"
    assert r.json()["field"] == "name"


def test_owner_must_belong_to_the_caller(registry: LiveRegistry) -> None:
    actor, rec = _enterprise(registry)
    outsider, _ = _enterprise(registry)
    r = registry.upload(outsider, "enterprise", rec)
    assert r.status_code == 404
    assert registry.get(f"/api/v1/materials/enterprise/{rec}", outsider).status_code == 404
    unknown = registry.upload(actor, "enterprise", 999_999)
    assert unknown.status_code == 404
    bad_kind = registry.post(f"/api/v1/materials/nonsense/{rec}", actor, data={"name": "x"},
                             files={"file": ("a.png", make_png(), "image/png")})
    assert bad_kind.status_code == 422


def test_upload_replays_with_idempotency_key(registry: LiveRegistry) -> None:
    actor, rec = _enterprise(registry)
    png = make_png(color=(1, 2, 3))
    key = {"Idempotency-Key": "upload-1"}
    first = registry.post(f"/api/v1/materials/enterprise/{rec}", actor, data={"name": "营业执照"},
                          files={"file": ("a.png", png, "image/png")}, headers=key)
    again = registry.post(f"/api/v1/materials/enterprise/{rec}", actor, data={"name": "营业执照"},
                          files={"file": ("a.png", png, "image/png")}, headers=key)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    assert len(registry.get(f"/api/v1/materials/enterprise/{rec}", actor).json()) == 1


def test_staff_materials_belong_to_the_agency(registry: LiveRegistry) -> None:
    agency = registry.approved_agency()
    app = registry.post("/api/v1/staff", agency,
                        json={"name": "郑一", "id_number": make_resident_id(), "phone": "13700137000"})
    assert app.status_code == 201, app.text
    staff_actor = registry.staff_actor(agency)
    # a staff account can neither upload to nor read a colleague's application
    assert registry.upload(staff_actor, "staff", app.json()["id"]).status_code == 404
    assert registry.upload(agency, "staff", app.json()["id"], name="身份证正面").status_code == 201

