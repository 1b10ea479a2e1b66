"""services/materials.py — 收件材料: a picture read and checked by its content, the registry's size
limit of 512,000 bytes at and one byte over the edge, shrinking, upload and the list, against the
real sandbox registry over loopback (the enterprise record's materials of a fresh agency). No GUI."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from loopback import dead_url
from PIL import Image

from services.photos import phone_photo, png_of_exactly, small_png, truncated_jpeg
from zsdesk.domain.enums import MaterialKind
from zsdesk.domain.materials import MAX_MATERIAL_BYTES
from zsdesk.registry.exceptions import RegistryOffline, Rejected
from zsdesk.services import agency, materials
from zsdesk.services.app_context import AppContext
from zsdesk.services.errors import ServiceError
from zsdesk.services.images import NotAPicture
from zsdesk.services.materials import MaterialOwner, PreparedFile
from zsdesk.services.registry_access import RegistryAccess

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_the_limit_is_the_registrys_512000_bytes() -> None:
    assert MAX_MATERIAL_BYTES == 512_000


@pytest.fixture
def owner(agency_ctx: AppContext) -> MaterialOwner:
    return MaterialOwner("enterprise", agency.load_enterprise(agency_ctx).record_id)


# -- reading and checking a picture (no registry) --------------------------------------------------

def test_a_png_is_read_with_its_size_and_a_thumbnail() -> None:
    data = small_png((640, 400))
    prepared = materials.prepare_bytes("扫描件.png", data)
    assert (prepared.format, prepared.size, prepared.data) == ("png", len(data), data)
    assert (prepared.width, prepared.height) == (640, 400)
    assert not prepared.over_limit and not prepared.shrunk
    with Image.open(io.BytesIO(prepared.thumbnail_png)) as thumb:
        assert thumb.format == "PNG" and max(thumb.size) == 160 and thumb.size[0] > thumb.size[1]


def test_a_phone_photo_is_measured_upright(tmp_path: Path) -> None:
    path = tmp_path / "营业执照.jpg"
    path.write_bytes(phone_photo(150_000, size=(800, 600), orientation=6))
    prepared = materials.prepare_file(path)
    assert prepared.filename == "营业执照.jpg" and prepared.format == "jpeg"
    assert (prepared.width, prepared.height) == (600, 800)     # stored sideways, shown portrait
    with Image.open(io.BytesIO(prepared.thumbnail_png)) as thumb:
        assert thumb.size[1] > thumb.size[0]


@pytest.mark.parametrize("data", [b"%PDF-1.7 a scanned licence", truncated_jpeg(), b""],
                         ids=["pdf-named-jpg", "truncated-jpeg", "empty"])
def test_what_is_not_a_picture_is_refused_by_its_content(data: bytes) -> None:
    with pytest.raises(NotAPicture) as refused:
        materials.prepare_bytes("营业执照.jpg", data)
    assert CJK.search(refused.value.message)


def test_exactly_512000_bytes_is_within_the_limit_and_one_more_is_over() -> None:
    at = materials.prepare_bytes("at.png", png_of_exactly(512_000))
    over = materials.prepare_bytes("over.png", png_of_exactly(512_001))
    assert (at.size, at.over_limit) == (512_000, False)
    assert (over.size, over.over_limit) == (512_001, True)
    message = over.limit_message()
    assert "512,001" in message and "512,000" in message and CJK.search(message)


def test_kind_follows_the_typed_name() -> None:
    assert materials.kind_for_name("营业执照") is MaterialKind.BUSINESS_LICENCE
    assert materials.kind_for_name(" 身份证正面 ") is MaterialKind.ID_FRONT
    assert materials.kind_for_name("房产证复印件") is MaterialKind.OTHER
    assert all(materials.kind_for_name(k.label) is k for k in materials.KIND_CHOICES)


def test_an_oversized_photo_shrinks_under_the_limit_and_stays_legible() -> None:
    big = materials.prepare_bytes("licence.png", phone_photo(1_500_000))
    assert big.over_limit
    small = materials.shrink(big)
    assert small.shrunk and small.format == "jpeg" and small.filename == "licence.jpg"
    assert small.size <= MAX_MATERIAL_BYTES and not small.over_limit
    assert max(small.width, small.height) >= 1600 and small.height > small.width   # upright
    assert small.thumbnail_png != big.thumbnail_png


# -- upload and list ---------------------------------------------------------------------------------

def test_uploaded_pictures_are_listed_in_order(agency_ctx: AppContext, owner: MaterialOwner) -> None:
    assert materials.list_materials(agency_ctx, owner) == []
    first = materials.upload(agency_ctx, owner, "营业执照", MaterialKind.BUSINESS_LICENCE,
                             materials.prepare_bytes("licence.png", small_png()))
    second = materials.upload(agency_ctx, owner, "资质证书", MaterialKind.QUALIFICATION,
                              materials.prepare_bytes("cert.jpg", phone_photo(150_000, size=(800, 600))))
    assert first.material_id != second.material_id
    listed = materials.list_materials(agency_ctx, owner)
    assert [(m.material_id, m.name, m.kind, m.filename) for m in listed] == [
        (first.material_id, "营业执照", MaterialKind.BUSINESS_LICENCE, "licence.png"),
        (second.material_id, "资质证书", MaterialKind.QUALIFICATION, "cert.jpg")]
    assert [m.size for m in listed] == [first.size, second.size] and first.size == len(small_png())


def test_a_picture_of_exactly_the_limit_is_accepted(agency_ctx: AppContext, owner: MaterialOwner) -> None:
    done = materials.upload(agency_ctx, owner, "营业执照", MaterialKind.BUSINESS_LICENCE,
                            materials.prepare_bytes("edge.png", png_of_exactly(512_000)))
    assert done.size == 512_000
    assert [m.size for m in materials.list_materials(agency_ctx, owner)] == [512_000]


def test_one_byte_over_is_refused_here_and_by_the_registry_alike(agency_ctx: AppContext,
                                                                  owner: MaterialOwner) -> None:
    over = materials.prepare_bytes("over.png", png_of_exactly(512_001))
    with pytest.raises(ServiceError) as refused:
        materials.upload(agency_ctx, owner, "营业执照", MaterialKind.BUSINESS_LICENCE, over)
    assert (refused.value.field, refused.value.code) == ("file", "MATERIAL_TOO_LARGE")
    assert "512,001" in refused.value.message
    # The registry draws the line at the same byte: sent past the client's check, it refuses too.
    reg = agency_ctx.client
    assert isinstance(reg, RegistryAccess)
    with pytest.raises(Rejected) as registry_refused:
        reg.transport.request("POST", f"/api/v1/materials/{owner.scope}/{owner.owner_id}",
                              data={"name": "营业执照", "kind": MaterialKind.BUSINESS_LICENCE.value},
                              files={"file": ("over.png", over.data, "image/png")})
    assert (registry_refused.value.status, registry_refused.value.code) == (413, "MATERIAL_TOO_LARGE")
    assert registry_refused.value.field == "file"
    assert materials.list_materials(agency_ctx, owner) == []


def test_a_hand_made_file_that_is_no_picture_is_not_sent(agency_ctx: AppContext, owner: MaterialOwner) -> None:
    fake = PreparedFile("licence.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 5000, "jpeg", b"", 10, 10)
    with pytest.raises(ServiceError) as refused:
        materials.upload(agency_ctx, owner, "营业执照", MaterialKind.BUSINESS_LICENCE, fake)
    assert (refused.value.field, refused.value.code) == ("file", "MATERIAL_TYPE_UNSUPPORTED")
    assert CJK.search(refused.value.message)
    assert materials.list_materials(agency_ctx, owner) == []


def test_a_material_without_a_name_is_refused_at_the_name(agency_ctx: AppContext, owner: MaterialOwner) -> None:
    with pytest.raises(Rejected) as refused:
        materials.upload(agency_ctx, owner, "  ", MaterialKind.OTHER, materials.prepare_bytes("a.png", small_png()))
    assert refused.value.field == "name" and CJK.search(refused.value.detail)
    assert materials.list_materials(agency_ctx, owner) == []


def test_an_owner_the_registry_does_not_know_lists_nothing(agency_ctx: AppContext) -> None:
    assert materials.list_materials(agency_ctx, MaterialOwner("staff", "987654321")) == []


# -- offline ---------------------------------------------------------------------------------------------

def test_offline_upload_and_list_raise_registry_offline_and_nothing_is_stored(agency_ctx: AppContext,
                                                                             owner: MaterialOwner) -> None:
    prepared = materials.prepare_bytes("licence.png", small_png())
    live = agency_ctx.client
    dead = RegistryAccess(dead_url())
    agency_ctx.client = dead
    try:
        with pytest.raises(RegistryOffline):
            materials.upload(agency_ctx, owner, "营业执照", MaterialKind.BUSINESS_LICENCE, prepared)
        with pytest.raises(RegistryOffline):      # not "no materials": the list is unknown
            materials.list_materials(agency_ctx, owner)
    finally:
        dead.close()
        agency_ctx.client = live
    assert materials.list_materials(agency_ctx, owner) == []
