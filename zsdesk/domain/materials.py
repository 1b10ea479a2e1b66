"""收件材料 (pictures uploaded to the registry): at most 500 KB each, JPEG or PNG,
recognised by content — a file's name says nothing reliable about it."""

from __future__ import annotations

from typing import Literal

from zsdesk.domain.errors import Issue, Severity

MAX_MATERIAL_BYTES = 512_000  # the guide's 500K, in the registry's 1 KB = 1024 bytes

ImageType = Literal["jpeg", "png"]

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
_EXTENSIONS: dict[str, ImageType] = {".jpg": "jpeg", ".jpeg": "jpeg", ".jpe": "jpeg", ".png": "png"}


def sniff_image_type(data: bytes) -> ImageType | None:
    if data.startswith(_PNG_MAGIC):
        return "png"
    if data.startswith(_JPEG_MAGIC):
        return "jpeg"
    return None


def _kb(n: int) -> str:
    return f"{n / 1024:.1f} KB"


def validate_material(name: str, data: bytes, limit: int = MAX_MATERIAL_BYTES,
                      field: str = "material") -> list[Issue]:
    issues: list[Issue] = []
    if not name.strip():
        issues.append(Issue(f"{field}.name", "REQUIRED", "请先填写材料名称并保存，再上传（如「营业执照」）"))
    if not data:
        return [*issues, Issue(f"{field}.data", "MATERIAL_EMPTY", "文件是空的，请重新选择图片")]
    kind = sniff_image_type(data)
    if kind is None:
        issues.append(Issue(f"{field}.data", "MATERIAL_TYPE", "文件内容不是 JPG 或 PNG 图片，请上传照片或扫描图片"))
    if len(data) > limit:
        issues.append(Issue(f"{field}.data", "MATERIAL_TOO_LARGE",
                            f"图片大小为 {_kb(len(data))}，超过 {_kb(limit)} 的上限，请压缩后再上传"))
    suffix = name.strip().lower()
    dot = suffix.rfind(".")
    claimed = _EXTENSIONS.get(suffix[dot:]) if dot >= 0 else None
    if kind is not None and claimed is not None and claimed != kind:
        issues.append(Issue(f"{field}.name", "MATERIAL_EXTENSION_MISMATCH",
                            f"文件名后缀与内容不符：内容是 {kind.upper()} 图片，将按 {kind.upper()} 上传",
                            Severity.WARNING))
    return issues
