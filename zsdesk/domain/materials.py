"""收件材料 (pictures uploaded to the registry): at most 500 KB each, JPEG or PNG,
recognised by content — a file's name says nothing reliable about it."""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

from zsdesk.domain.enums import IdType, MaterialKind
from zsdesk.domain.errors import Issue, Severity
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.text import validate_text

MAX_MATERIAL_BYTES = 512_000  # the guide's 500K, in the registry's 1 KB = 1024 bytes

ImageType = Literal["jpeg", "png"]

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
_EXTENSIONS: dict[str, ImageType] = {".jpg": "jpeg", ".jpeg": "jpeg", ".jpe": "jpeg", ".png": "png"}


def size_text(n: int) -> str:
    """A file size in the limit's own unit: 1 KB = 1,024 bytes (the guide's 500 KB is 512,000 bytes),
    whole KB rounded up — so a file over the limit never reads as 500 KB or less and an allowed one
    never as more, whatever its size. Large files stay in KB too, to compare with the limit at a glance."""
    if n < 1024:
        return msg(QT_TRANSLATE_NOOP("messages", "{count} 字节"), count=n)
    return f"{-(-n // 1024):,} KB"


# A 居民身份证 is filed with both its sides; the staff dialog's box says so (身份证正面、反面).
ID_CARD_SIDES: tuple[MaterialKind, MaterialKind] = (MaterialKind.ID_FRONT, MaterialKind.ID_BACK)


def missing_id_pictures(id_type: IdType, uploaded: Collection[MaterialKind]) -> Issue | None:
    """What a staff application still lacks before it can be submitted, or None. A 居民身份证 needs
    both sides, each as its own picture; another document (passport, permit) at least one picture.
    The client enables 提交审核 by it and the registry refuses a submission by it."""
    if id_type is IdType.RESIDENT_ID:
        missing = [k for k in ID_CARD_SIDES if k not in uploaded]
        if len(missing) == 2:
            return Issue("materials", "MATERIAL_MISSING",
                         msg(QT_TRANSLATE_NOOP("messages", "请先在「收件材料」中上传身份证正面和反面图片，再提交。")))
        if missing:
            return Issue("materials", "MATERIAL_MISSING",
                         msg(QT_TRANSLATE_NOOP("messages", "还需上传{side}图片（身份证正面、反面各一张），再提交。"),
                             side=missing[0].label))
        return None
    if not uploaded:
        return Issue("materials", "MATERIAL_MISSING",
                     msg(QT_TRANSLATE_NOOP("messages", "请先在「收件材料」中上传证件图片，再提交。")))
    return None


def sniff_image_type(data: bytes) -> ImageType | None:
    if data.startswith(_PNG_MAGIC):
        return "png"
    if data.startswith(_JPEG_MAGIC):
        return "jpeg"
    return None


def validate_material(name: str, data: bytes, limit: int = MAX_MATERIAL_BYTES,
                      field: str = "material") -> list[Issue]:
    # The material's name is listed with the filing: the same text rule as every other field.
    issues: list[Issue] = validate_text(name, f"{field}.name", QT_TRANSLATE_NOOP("labels", "材料名称"))
    if not name.strip():
        issues.append(Issue(f"{field}.name", "REQUIRED",
                            msg(QT_TRANSLATE_NOOP("messages", "请先填写材料名称并保存，再上传（如「营业执照」）"))))
    if not data:
        return [*issues, Issue(f"{field}.data", "MATERIAL_EMPTY",
                                 msg(QT_TRANSLATE_NOOP("messages", "文件是空的，请重新选择图片")))]
    kind = sniff_image_type(data)
    if kind is None:
        issues.append(Issue(f"{field}.data", "MATERIAL_TYPE",
                            msg(QT_TRANSLATE_NOOP("messages", "文件内容不是 JPG 或 PNG 图片，请上传照片或扫描图片"))))
    if len(data) > limit:
        issues.append(Issue(f"{field}.data", "MATERIAL_TOO_LARGE",
                            msg(QT_TRANSLATE_NOOP("messages", "图片大小为 {size}，超过 {limit} 的上限，"
                                                                  "请压缩后再上传"),
                                size=size_text(len(data)), limit=size_text(limit))))
    suffix = name.strip().lower()
    dot = suffix.rfind(".")
    claimed = _EXTENSIONS.get(suffix[dot:]) if dot >= 0 else None
    if kind is not None and claimed is not None and claimed != kind:
        issues.append(Issue(f"{field}.name", "MATERIAL_EXTENSION_MISMATCH",
                            msg(QT_TRANSLATE_NOOP("messages", "文件名后缀与内容不符："
                                                                  "内容是 {kind} 图片，将按 {kind} 上传"),
                                kind=kind.upper()),
                            Severity.WARNING))
    return issues
