from __future__ import annotations

import io

import pytest
from PIL import Image

from zsdesk.domain.contact import is_mainland_mobile, validate_phone, validate_postal_code
from zsdesk.domain.errors import Severity
from zsdesk.domain.materials import MAX_MATERIAL_BYTES, size_text, sniff_image_type, validate_material


def _image(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buf, format=fmt)
    return buf.getvalue()


def test_sniff_real_images() -> None:
    assert sniff_image_type(_image("PNG")) == "png"
    assert sniff_image_type(_image("JPEG")) == "jpeg"
    assert sniff_image_type(b"hello") is None
    assert sniff_image_type(b"") is None


def test_png_renamed_jpg_is_still_png() -> None:
    data = _image("PNG")
    issues = validate_material("营业执照.jpg", data)
    assert sniff_image_type(data) == "png"
    assert [(i.code, i.severity) for i in issues] == [("MATERIAL_EXTENSION_MISMATCH", Severity.WARNING)]


def test_text_named_jpg_refused() -> None:
    issues = validate_material("身份证.jpg", "这不是图片".encode())
    assert [i.code for i in issues] == ["MATERIAL_TYPE"]


def test_size_limit_in_kb() -> None:
    head = _image("JPEG")
    exact = head + b"\0" * (MAX_MATERIAL_BYTES - len(head))
    assert validate_material("营业执照", exact) == []
    issues = validate_material("营业执照", exact + b"\0")
    assert [i.code for i in issues] == ["MATERIAL_TOO_LARGE"]
    # 512,001 bytes: rounded up, so one byte over never reads as the limit itself
    assert issues[0].message.startswith("图片大小为 501 KB，超过 500 KB 的上限")
    assert validate_material("营业执照", exact, limit=1024)[0].message.startswith("图片大小为 500 KB，超过 1 KB")


def test_size_text_never_crosses_the_limit() -> None:
    # Any size on either side of 500 KB = 512,000 bytes reads on the same side of "500 KB".
    for n in range(MAX_MATERIAL_BYTES - 3000, MAX_MATERIAL_BYTES + 3000):
        shown = int(size_text(n).removesuffix(" KB").replace(",", ""))
        assert (shown > 500) is (n > MAX_MATERIAL_BYTES), n
    assert size_text(1023) == "1023 字节" and size_text(1024) == "1 KB" and size_text(1_500_000) == "1,465 KB"


def test_name_required_and_empty_file() -> None:
    assert [i.code for i in validate_material("  ", _image("PNG"))] == ["REQUIRED"]
    assert [i.code for i in validate_material("x", b"")] == ["MATERIAL_EMPTY"]


@pytest.mark.parametrize(
    "phone",
    ["13800138000", "+86 138 0013 8000", "0760-88300526", "0760 8830 0526", "020-12345678", "010-1234567",
     "+852 9123 4567", "+853 6612 3456", "+886 912345678", "0760-88300526转123", "１３８００１３８０００"],
)
def test_valid_phones(phone: str) -> None:
    assert validate_phone(phone) == []


@pytest.mark.parametrize(
    ("phone", "code"),
    [("", "REQUIRED"), ("12800138000", "PHONE_FORMAT"), ("1380013800", "PHONE_FORMAT"), ("88300526", "PHONE_AREA_CODE"),
     ("+852 1234", "PHONE_FORMAT"), ("abc", "PHONE_FORMAT")],
)
def test_invalid_phones(phone: str, code: str) -> None:
    assert [i.code for i in validate_phone(phone, "buyers.0.phone")] == [code]


def test_mobile_detection() -> None:
    assert is_mainland_mobile("138-0013-8000")
    assert not is_mainland_mobile("0760-88300526")


def test_postal_codes() -> None:
    assert validate_postal_code("528400") == []
    assert validate_postal_code("５２８４０３") == []
    outside = validate_postal_code("510000")
    assert [(i.code, i.severity) for i in outside] == [("POSTAL_CODE_OUTSIDE", Severity.WARNING)]
    assert [i.code for i in validate_postal_code("52840")] == ["POSTAL_CODE_FORMAT"]
    assert [i.code for i in validate_postal_code("")] == ["REQUIRED"]
