import io

import pytest
from PIL import Image

from services.photos import jpeg_header_then_garbage, phone_photo, png_bomb, truncated_jpeg
from zsdesk.domain.materials import MAX_MATERIAL_BYTES
from zsdesk.services.images import NotAPicture, check_picture, shrink_to_limit, sniff


@pytest.fixture(scope="module")
def photo() -> bytes:
    return phone_photo()


def test_fixture_is_an_oversized_phone_photo_with_gps(photo):
    assert len(photo) > 1_000_000
    with Image.open(io.BytesIO(photo)) as img:
        assert img.getexif()[0x0112] == 6
        assert img.getexif().get_ifd(0x8825)


def test_shrunk_photo_fits_is_upright_legible_and_has_no_metadata(photo):
    result = shrink_to_limit(photo)
    assert result.size <= MAX_MATERIAL_BYTES
    assert result.original_bytes == len(photo)
    with Image.open(io.BytesIO(result.data)) as img:
        assert img.format == "JPEG"
        # Stored landscape with orientation 6: upright it is portrait.
        assert img.height > img.width
        assert max(img.size) >= 1600
        assert (result.width, result.height) == img.size
        assert not img.getexif()
        assert "exif" not in img.info and "icc_profile" not in img.info
        # The red marker stored top-left appears top-right after the 90° turn.
        r, g, b = img.getpixel((img.width - 5, 5))
        assert r > 200 and g < 60 and b < 60
    assert b"GPS" not in result.data and b"PhoneMaker" not in result.data


def test_small_source_is_not_upscaled():
    img = Image.new("RGB", (800, 600), (10, 20, 30))
    out = io.BytesIO()
    img.save(out, format="PNG")
    result = shrink_to_limit(out.getvalue())
    assert (result.width, result.height) == (800, 600)
    assert result.size <= MAX_MATERIAL_BYTES


def test_transparent_png_is_flattened_on_white():
    img = Image.new("RGBA", (100, 100), (0, 0, 0, 0))
    out = io.BytesIO()
    img.save(out, format="PNG")
    result = shrink_to_limit(out.getvalue())
    with Image.open(io.BytesIO(result.data)) as shrunk:
        assert shrunk.getpixel((50, 50))[0] > 240


@pytest.mark.parametrize("data", [b"%PDF-1.7 not a picture", b"GIF89a......", b"", b"\xff\xd8\xff but broken"])
def test_non_pictures_refused_by_content(data):
    with pytest.raises(NotAPicture):
        check_picture(data)


def test_sniff_ignores_names_and_reads_magic():
    assert sniff(b"\x89PNG\r\n\x1a\nrest") == "png"
    assert sniff(b"\xff\xd8\xff\xe0rest") == "jpeg"
    assert sniff(b"PK\x03\x04") is None


@pytest.mark.parametrize("make", [jpeg_header_then_garbage, truncated_jpeg], ids=["jpeg-magic-garbage", "truncated"])
def test_a_jpeg_header_is_not_a_picture(make):
    data = make()
    assert sniff(data) == "jpeg"     # the first bytes alone would let it through
    with pytest.raises(NotAPicture) as refused:
        check_picture(data)
    assert "损坏" in refused.value.message


@pytest.mark.parametrize("side", [10_000, 20_000], ids=["over-warning-threshold", "over-error-threshold"])
def test_decompression_bomb_refused_before_decoding(side):
    bomb = png_bomb(side, side)
    assert len(bomb) < 60_000 and sniff(bomb) == "png"
    with pytest.raises(NotAPicture) as refused:
        check_picture(bomb)
    assert "尺寸过大" in refused.value.message


def test_bomb_refused_even_when_warnings_are_only_warnings(recwarn):
    # The app does not run with filterwarnings=error: Pillow's warning alone would let it decode.
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("default")
        with pytest.raises(NotAPicture):
            check_picture(png_bomb(10_000, 10_000))


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_tiny_real_pictures_pass(fmt):
    out = io.BytesIO()
    Image.new("RGB", (2, 2), (10, 20, 30)).save(out, format=fmt)
    assert check_picture(out.getvalue()) == fmt.lower()
