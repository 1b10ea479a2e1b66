"""Material content over HTTP: the registry decodes each upload with Pillow (a JPEG header followed
by garbage, a truncated JPEG and a decompression bomb are refused with 422 naming the material),
and serves a picture as a download of its stored type that a browser must not sniff."""

from __future__ import annotations

import pytest
from live_registry import LiveRegistry, make_jpeg, make_png
from services.photos import jpeg_header_then_garbage, png_bomb, truncated_jpeg


def _enterprise(registry: LiveRegistry):
    actor = registry.agency_actor()
    return actor, registry.get("/api/v1/enterprise", actor).json()["id"]


@pytest.mark.parametrize(("make", "content_type"), [
    (jpeg_header_then_garbage, "image/jpeg"),
    (truncated_jpeg, "image/jpeg"),
    (lambda: png_bomb(10_000, 10_000), "image/png"),
    (lambda: png_bomb(20_000, 20_000), "image/png"),
], ids=["jpeg-magic-garbage", "truncated-jpeg", "png-bomb-100mpx", "png-bomb-400mpx"])
def test_content_that_does_not_decode_is_refused(registry: LiveRegistry, make, content_type: str) -> None:
    actor, rec = _enterprise(registry)
    r = registry.upload(actor, "enterprise", rec, make(), name="营业执照", content_type=content_type)
    assert r.status_code == 422, r.text
    body = r.json()
    assert r.headers["content-type"].startswith("application/problem+json")
    assert (body["code"], body["field"]) == ("MATERIAL_TYPE_UNSUPPORTED", "file")
    assert "「营业执照」" in body["detail"]
    assert registry.get(f"/api/v1/materials/enterprise/{rec}", actor).json() == []


@pytest.mark.parametrize(("data", "content_type"), [(make_png((2, 2)), "image/png"), (make_jpeg((2, 2)), "image/jpeg")],
                         ids=["png", "jpeg"])
def test_real_picture_is_served_as_an_attachment_of_its_type(registry: LiveRegistry, data: bytes,
                                                             content_type: str) -> None:
    actor, rec = _enterprise(registry)
    up = registry.upload(actor, "enterprise", rec, data, name="营业执照", filename="营业执照 照片.bin",
                         content_type="application/octet-stream")
    assert up.status_code == 201, up.text
    got = registry.get(f"/api/v1/materials/enterprise/{rec}/{up.json()['id']}/content", actor)
    assert got.status_code == 200 and got.content == data
    assert got.headers["content-type"] == content_type      # stored type from the content, not the claim
    assert got.headers["x-content-type-options"] == "nosniff"
    disposition = got.headers["content-disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%E7%85%A7%E7%89%87.bin" in disposition
    assert "no-store" in got.headers["cache-control"]
