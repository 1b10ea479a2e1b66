"""Material pictures: what a file really is, and shrinking a photo under the registry's limit.

Pure functions over bytes (no Qt), so the shrinking is tested on its own. A shrunk picture:
- is turned upright by its EXIF orientation (phones store portrait shots sideways),
- carries no metadata at all (EXIF, GPS position, camera serial, thumbnails, ICC comments),
- is re-encoded as baseline JPEG at the best quality that fits under the limit, keeping
  the long side at least 1600 px where the source has that many, so a licence stays legible.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Literal

from PIL import Image, ImageOps

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.materials import MAX_MATERIAL_BYTES
from zsdesk.domain.picture_decode import PictureProblem, picture_problem

MIN_LONG_SIDE = 1600
ImageFormat = Literal["jpeg", "png"]

_JPEG_MAGIC = b"\xff\xd8\xff"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class NotAPicture(ValueError):
    """The bytes are not a JPEG or PNG picture, whatever the file is called."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message   # str(exc) keeps a msg()'s recipe, so the GUI can show it translated


@dataclass(frozen=True, slots=True)
class ShrinkResult:
    data: bytes
    width: int
    height: int
    quality: int
    original_bytes: int

    @property
    def size(self) -> int:
        return len(self.data)


def sniff(data: bytes) -> ImageFormat | None:
    """The picture format by content (magic bytes), never by file name."""
    if data.startswith(_JPEG_MAGIC):
        return "jpeg"
    if data.startswith(_PNG_MAGIC):
        return "png"
    return None


def check_picture(data: bytes) -> ImageFormat:
    """The format, after the content really decodes as that picture (every pixel, not only the
    header) and its size is sane (domain.picture_decode, the registry's rule too)."""
    kind = sniff(data)
    if kind is None:
        raise NotAPicture(msg(QT_TRANSLATE_NOOP("messages", "文件内容不是 JPEG 或 PNG 图片（与扩展名无关），"
                                                "请选择照片或扫描件")))
    problem = picture_problem(data, kind)
    if problem is PictureProblem.TOO_MANY_PIXELS:
        raise NotAPicture(msg(QT_TRANSLATE_NOOP("messages", "图片的像素尺寸过大，无法作为收件材料处理，"
                                                "请缩小图片后再选择")))
    if problem is PictureProblem.BROKEN:
        raise NotAPicture(msg(QT_TRANSLATE_NOOP("messages", "图片文件已损坏，无法读取，请重新拍摄或扫描")))
    return kind


def _prepared(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as img:
        img.load()
        upright = ImageOps.exif_transpose(img) or img
    if upright.mode in ("RGBA", "LA") or (upright.mode == "P" and "transparency" in upright.info):
        background = Image.new("RGB", upright.size, (255, 255, 255))
        rgba = upright.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        upright = background
    elif upright.mode != "RGB":
        upright = upright.convert("RGB")
    # A fresh image: nothing of the source's info/EXIF/ICC travels with the pixels.
    clean = Image.new("RGB", upright.size)
    clean.paste(upright)
    return clean


def _encode(img: Image.Image, quality: int) -> bytes:
    # No optimize: Huffman optimisation makes Pillow encode the whole picture in one C call that
    # holds the GIL (~50 ms per try), which stalls the GUI thread while the panel shrinks a photo.
    # Plain encoding hands the GIL back between 64 KB blocks; the quality search absorbs the
    # few percent of size.
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=quality, optimize=False, progressive=False, subsampling="4:2:0")
    return out.getvalue()


def _scaled(img: Image.Image, long_side: int) -> Image.Image:
    w, h = img.size
    if max(w, h) <= long_side:
        return img
    factor = long_side / max(w, h)
    return img.resize((max(1, round(w * factor)), max(1, round(h * factor))), Image.Resampling.LANCZOS)


def _best_quality(img: Image.Image, limit: int, low: int, high: int) -> tuple[int, bytes] | None:
    """Highest quality in [low, high] whose encoding fits `limit` (binary search)."""
    best: tuple[int, bytes] | None = None
    while low <= high:
        mid = (low + high) // 2
        data = _encode(img, mid)
        if len(data) <= limit:
            best = (mid, data)
            low = mid + 1
        else:
            high = mid - 1
    return best


def shrink_to_limit(data: bytes, limit: int = MAX_MATERIAL_BYTES, min_long_side: int = MIN_LONG_SIDE) -> ShrinkResult:
    """Re-encode a JPEG/PNG picture so it fits in `limit` bytes and stays legible."""
    check_picture(data)
    img = _prepared(data)
    src_long = max(img.size)
    floor = min(src_long, min_long_side)
    # Prefer detail (long side) while quality stays good; then keep the floor and give up quality.
    sizes = sorted({min(src_long, s) for s in (src_long, 3000, 2400, 2000, floor)}, reverse=True)
    sizes = [s for s in sizes if s >= floor]
    for side in sizes:
        candidate = _scaled(img, side)
        found = _best_quality(candidate, limit, 75, 92)
        if found is not None:
            return ShrinkResult(found[1], candidate.width, candidate.height, found[0], len(data))
    candidate = _scaled(img, floor)
    found = _best_quality(candidate, limit, 30, 74)
    if found is not None:
        return ShrinkResult(found[1], candidate.width, candidate.height, found[0], len(data))
    # Even a low quality at the floor is too big (an extreme source): go below the floor.
    side = floor
    while side > 200:
        side = int(side * 0.8)
        candidate = _scaled(img, side)
        found = _best_quality(candidate, limit, 30, 85)
        if found is not None:
            return ShrinkResult(found[1], candidate.width, candidate.height, found[0], len(data))
    raise NotAPicture(msg(QT_TRANSLATE_NOOP("messages", "图片无法压缩到限制以内")))
