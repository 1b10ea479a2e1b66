"""收件材料: choosing, checking, shrinking and uploading pictures, one file at a time.

The panel in the GUI works on `PreparedFile`s: read and checked off the GUI thread,
refused when they are not really JPEG/PNG, marked `over_limit` when larger than the
registry accepts (the user may then shrink them with `shrink`)."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PIL import Image

from zsdesk.domain.enums import MaterialKind
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.materials import MAX_MATERIAL_BYTES, size_text
from zsdesk.registry.schemas.materials import MaterialOut
from zsdesk.services.app_context import AppContext
from zsdesk.services.errors import ServiceError
from zsdesk.services.images import NotAPicture, check_picture, shrink_to_limit

# The kinds offered first in the panel; any other name can be typed.
KIND_CHOICES: tuple[MaterialKind, ...] = (
    MaterialKind.BUSINESS_LICENCE, MaterialKind.ID_FRONT, MaterialKind.ID_BACK,
    MaterialKind.POWER_OF_ATTORNEY, MaterialKind.QUALIFICATION, MaterialKind.CONTRACT_PAGE, MaterialKind.OTHER,
)


def kind_for_name(name: str) -> MaterialKind:
    for kind in MaterialKind:
        if kind.label == name.strip():
            return kind
    return MaterialKind.OTHER


@dataclass(frozen=True, slots=True)
class PreparedFile:
    filename: str
    data: bytes
    format: str              # "jpeg" | "png"
    thumbnail_png: bytes     # small preview, made off the GUI thread
    width: int
    height: int
    shrunk: bool = False

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def over_limit(self) -> bool:
        return self.size > MAX_MATERIAL_BYTES

    def size_text(self) -> str:
        return size_text(self.size)

    def limit_message(self) -> str:
        return msg(QT_TRANSLATE_NOOP("messages", "文件大小 {size}（{count:,} 字节），超过登记中心允许的 "
                                     "{limit}（{limit_bytes:,} 字节），不能上传。可以压缩图片后再上传。"),
                   size=size_text(self.size), count=self.size, limit=size_text(MAX_MATERIAL_BYTES),
                   limit_bytes=MAX_MATERIAL_BYTES)


def thumbnail(data: bytes, box: int = 160) -> tuple[bytes, int, int]:
    from PIL import ImageOps

    with Image.open(io.BytesIO(data)) as img:
        img.load()
        upright = ImageOps.exif_transpose(img) or img
        size = upright.size
        thumb = upright.convert("RGB")
        thumb.thumbnail((box, box))
        out = io.BytesIO()
        thumb.save(out, format="PNG")
    return out.getvalue(), size[0], size[1]


def prepare_bytes(filename: str, data: bytes) -> PreparedFile:
    kind = check_picture(data)
    thumb, w, h = thumbnail(data)
    return PreparedFile(filename, data, kind, thumb, w, h)


def prepare_file(path: str | Path) -> PreparedFile:
    p = Path(path)
    return prepare_bytes(p.name, p.read_bytes())


def shrink(prepared: PreparedFile) -> PreparedFile:
    result = shrink_to_limit(prepared.data)
    thumb, w, h = thumbnail(result.data)
    stem = Path(prepared.filename).stem
    return replace(prepared, filename=f"{stem}.jpg", data=result.data, format="jpeg", thumbnail_png=thumb,
                   width=w, height=h, shrunk=True)


@dataclass(frozen=True, slots=True)
class MaterialOwner:
    """What a material belongs to: the enterprise record, a staff application or a contract."""

    scope: str        # "enterprise" | "staff" | "contract"
    owner_id: str = ""


@dataclass(frozen=True, slots=True)
class UploadedMaterial:
    material_id: str
    name: str
    kind: MaterialKind
    filename: str
    size: int


def _uploaded_from(data: Any) -> UploadedMaterial:
    out = MaterialOut.model_validate(data)
    return UploadedMaterial(str(out.id), out.name, out.kind, out.filename, out.size)


def upload(ctx: AppContext, owner: MaterialOwner, name: str, kind: MaterialKind,
           prepared: PreparedFile) -> UploadedMaterial:
    """Upload one picture; refused here already when it is over the limit (the registry would too)."""
    if prepared.over_limit:
        raise ServiceError(prepared.limit_message(), field="file", code="MATERIAL_TOO_LARGE")
    try:
        check_picture(prepared.data)   # a PreparedFile made by hand is decoded here too
    except NotAPicture as exc:
        raise ServiceError(exc.message, field="file", code="MATERIAL_TYPE_UNSUPPORTED") from exc
    from zsdesk.services.connection import access

    reg = access(ctx)
    content_type = "image/jpeg" if prepared.format == "jpeg" else "image/png"
    resp = reg.transport.request(
        "POST", f"/api/v1/materials/{owner.scope}/{owner.owner_id}",
        data={"name": name, "kind": kind.value},
        files={"file": (prepared.filename, prepared.data, content_type)},
        idempotency_key=str(uuid.uuid4()))
    return _uploaded_from(resp.json())


def list_materials(ctx: AppContext, owner: MaterialOwner) -> list[UploadedMaterial]:
    from zsdesk.registry.exceptions import NotFound
    from zsdesk.services.connection import access

    try:
        rows = access(ctx).get(f"/materials/{owner.scope}/{owner.owner_id}")
    except NotFound:
        return []
    return [_uploaded_from(r) for r in rows]
