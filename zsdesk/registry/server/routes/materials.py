"""/api/v1/materials/{owner_kind}/{owner_id}: upload (multipart, one file per request), list,
download and delete materials of an enterprise record, a staff application or a contract."""

from __future__ import annotations

import hashlib
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Path, Request, Response, UploadFile
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import select

from zsdesk.domain.enums import MaterialKind
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.materials import sniff_image_type, validate_material
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.schemas.changes import ChangeOp, Entity
from zsdesk.registry.schemas.common import Ok, problem_responses
from zsdesk.registry.schemas.materials import MaterialOut, MaterialOwnerKind
from zsdesk.registry.server.auth import MemberDep
from zsdesk.registry.server.deps import ClockDep, IdPath, SessionDep, SettingsDep
from zsdesk.registry.server.feed import record_change
from zsdesk.registry.server.idempotency import IdempotencyKeyDep, run_idempotent
from zsdesk.registry.server.materials_service import decoded_picture, material_out, resolve_owner
from zsdesk.registry.server.models.materials import Material
from zsdesk.registry.server.problems import ApiError, not_found

router = APIRouter(prefix="/api/v1/materials", tags=["materials"])

_ERR = problem_responses(401, 403, 404, 409, 410, 413, 415, 422)   # 410: a deleted or expired draft
OwnerIdPath = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


def _check_upload(name: str, data: bytes, limit: int) -> str:
    """Content type of an acceptable picture, or the problem (size and type come from the content)."""
    if len(data) > limit:
        raise ApiError(413, ErrorCode.MATERIAL_TOO_LARGE,
                       msg(QT_TRANSLATE_NOOP("messages", "图片超过 {kb} KB 的上限，请压缩后再上传"
                                                         "（单个图片不能超过 500K）。"),
                           kb=limit // 1024), "file",
                       extra={"limit": limit})
    for issue in validate_material(name, data, limit):
        if not issue.is_error:
            continue
        if issue.field.endswith(".name"):
            raise ApiError(422, ErrorCode.MATERIAL_NAME_REQUIRED, issue.message, "name")
        if issue.code == "MATERIAL_TOO_LARGE":
            raise ApiError(413, ErrorCode.MATERIAL_TOO_LARGE, issue.message, "file", extra={"limit": limit})
        raise ApiError(415 if issue.code == "MATERIAL_TYPE" else 422, ErrorCode.MATERIAL_TYPE_UNSUPPORTED,
                       issue.message, "file")
    kind = sniff_image_type(data)
    assert kind is not None   # validate_material refused anything else
    decoded_picture(name.strip(), data, kind)
    return "image/png" if kind == "png" else "image/jpeg"


@router.post("/{owner_kind}/{owner_id}", status_code=201, response_model=MaterialOut, responses=_ERR)
def upload_material(
    owner_kind: MaterialOwnerKind,
    owner_id: OwnerIdPath,
    request: Request,
    who: MemberDep,
    session: SessionDep,
    clock: ClockDep,
    settings: SettingsDep,
    file: Annotated[UploadFile, File(description="一个 JPG 或 PNG 图片，不超过 512,000 字节")],
    name: Annotated[str, Form(max_length=100, description="材料名称（必填，如「营业执照」）")] = "",
    kind: Annotated[MaterialKind, Form()] = MaterialKind.OTHER,
    idem_key: IdempotencyKeyDep = None,
) -> JSONResponse:
    """上传附件: one picture per request, named, JPEG/PNG by content, at most 512,000 bytes."""
    data = file.file.read(settings.max_material_bytes + 1)
    content_type = _check_upload(name, data, settings.max_material_bytes)
    digest = hashlib.sha256(data).hexdigest()
    fingerprint_payload = f"{owner_kind.value}/{owner_id}/{name}/{kind}/{digest}".encode()

    def command() -> tuple[int, BaseModel]:
        scope = resolve_owner(session, who, owner_kind.value, owner_id, write=True)
        now = clock.now()
        m = Material(agency_id=scope.agency_id, feed_staff_id=scope.feed_staff_id, owner_kind=owner_kind.value,
                     owner_id=owner_id, name=name.strip(), filename=(file.filename or "")[:255],
                     kind=kind.value, content_type=content_type, size=len(data), sha256=digest, content=data,
                     uploaded_by=who.account_id, created_at=now)
        session.add(m)
        session.flush()
        out = material_out(m)
        record_change(session, m.agency_id, m.feed_staff_id, Entity.MATERIAL, m.id, ChangeOp.UPSERT, out, at=now)
        return 201, out

    return run_idempotent(session, who, idem_key, request, fingerprint_payload, command)


@router.get("/{owner_kind}/{owner_id}", response_model=list[MaterialOut], responses=_ERR)
def list_materials(owner_kind: MaterialOwnerKind, owner_id: OwnerIdPath, who: MemberDep,
                   session: SessionDep) -> list[MaterialOut]:
    resolve_owner(session, who, owner_kind.value, owner_id, write=False)
    rows = session.scalars(select(Material).where(Material.owner_kind == owner_kind.value,
                                                  Material.owner_id == owner_id).order_by(Material.id))
    return [material_out(m) for m in rows]


def _material(session: SessionDep, owner_kind: str, owner_id: str, material_id: int) -> Material:
    m = session.get(Material, material_id)
    if m is None or m.owner_kind != owner_kind or m.owner_id != owner_id:
        raise not_found(QT_TRANSLATE_NOOP("labels", "材料"))
    return m


@router.get("/{owner_kind}/{owner_id}/{material_id}/content", response_class=Response,
            responses={200: {"content": {"image/jpeg": {}, "image/png": {}}}, **_ERR})
def download_material(owner_kind: MaterialOwnerKind, owner_id: OwnerIdPath, material_id: IdPath, who: MemberDep,
                      session: SessionDep) -> Response:
    resolve_owner(session, who, owner_kind.value, owner_id, write=False)
    m = _material(session, owner_kind.value, owner_id, material_id)
    return Response(content=m.content, media_type=m.content_type, headers=_download_headers(m))


def _download_headers(m: Material) -> dict[str, str]:
    """A picture is a download, never a page: the browser must neither guess another type (a
    PNG whose bytes also parse as HTML) nor show it inline on the registry's origin."""
    ext = "png" if m.content_type == "image/png" else "jpg"
    fallback = f"material-{m.id}.{ext}"
    named = quote(m.filename or fallback, safe="")
    return {"X-Content-Type-Options": "nosniff",
            "Content-Disposition": f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{named}",
            "Cache-Control": "private, no-store"}


@router.delete("/{owner_kind}/{owner_id}/{material_id}", response_model=Ok, responses=_ERR)
def delete_material(owner_kind: MaterialOwnerKind, owner_id: OwnerIdPath, material_id: IdPath, who: MemberDep,
                    session: SessionDep, clock: ClockDep) -> Ok:
    resolve_owner(session, who, owner_kind.value, owner_id, write=True)
    m = _material(session, owner_kind.value, owner_id, material_id)
    record_change(session, m.agency_id, m.feed_staff_id, Entity.MATERIAL, m.id, ChangeOp.DELETE, None, at=clock.now())
    session.delete(m)
    session.commit()
    return Ok()
