"""Materials bound to owners of different kinds. Each owner kind registers a resolver that says
which agency the owner belongs to, who sees it in the feed, and whether its materials may still
change; the routes stay generic. Helper D registers "contract"::

    register_owner(MaterialOwnerKind.CONTRACT, contract_material_owner)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.picture_decode import PictureProblem, picture_problem
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.schemas.common import Role
from zsdesk.registry.schemas.materials import MaterialOut, MaterialOwnerKind
from zsdesk.registry.server.auth import Principal
from zsdesk.registry.server.models.enterprise import EnterpriseRecord
from zsdesk.registry.server.models.materials import Material
from zsdesk.registry.server.models.staff import StaffMember
from zsdesk.registry.server.problems import ApiError, not_found
from zsdesk.registry.server.reviews import EDITABLE


@dataclass(frozen=True, slots=True)
class OwnerScope:
    agency_id: int
    feed_staff_id: int | None  # feed scope of the material rows (None: the whole agency)
    editable: bool  # may materials still be added or removed?
    locked_detail: str = msg(QT_TRANSLATE_NOOP("messages", "该记录已提交，不能再增删材料。"))


# resolver(session, principal, owner_id, write) -> OwnerScope; raises not_found when the caller
# may not see the owner, forbidden/NOT_CREATOR when it may see but not change it.
Resolver = Callable[[Session, Principal, str, bool], OwnerScope]
_RESOLVERS: dict[str, Resolver] = {}


def register_owner(kind: str, resolver: Resolver) -> None:
    _RESOLVERS[str(kind)] = resolver


def resolve_owner(session: Session, principal: Principal, kind: str, owner_id: str, write: bool) -> OwnerScope:
    resolver = _RESOLVERS.get(kind)
    if resolver is None:
        raise ApiError(422, ErrorCode.VALIDATION_FAILED,
                       msg(QT_TRANSLATE_NOOP("messages", "不支持的材料归属类型「{kind}」。"), kind=kind), "owner_kind")
    scope = resolver(session, principal, owner_id, write)
    if write and not scope.editable:
        raise ApiError(409, ErrorCode.INVALID_STATE, scope.locked_detail, "owner_id")
    return scope


def material_out(m: Material) -> MaterialOut:
    return MaterialOut.model_validate({"id": m.id, "owner_kind": m.owner_kind, "owner_id": m.owner_id,
                                       "name": m.name, "filename": m.filename, "kind": m.kind,
                                       "content_type": m.content_type, "size": m.size, "sha256": m.sha256,
                                       "created_at": m.created_at})


def _int_id(owner_id: str) -> int:
    return int(owner_id) if owner_id.isdigit() and len(owner_id) < 10 else 0


def _enterprise_owner(session: Session, principal: Principal, owner_id: str, write: bool) -> OwnerScope:
    rec = session.get(EnterpriseRecord, _int_id(owner_id))
    if rec is None or rec.agency_id != principal.agency_id:
        raise not_found(QT_TRANSLATE_NOOP("labels", "企业信息核查记录"), "owner_id")
    if write and principal.role is not Role.AGENCY:
        raise ApiError(403, ErrorCode.FORBIDDEN,
                       msg(QT_TRANSLATE_NOOP("messages", "只有中介机构账号可以上传企业信息核查材料。")))
    return OwnerScope(rec.agency_id, None, rec.status in EDITABLE,
                      msg(QT_TRANSLATE_NOOP("messages", "企业信息已提交或已审核通过，不能再增删材料。")))


def _staff_owner(session: Session, principal: Principal, owner_id: str, write: bool) -> OwnerScope:
    member = session.get(StaffMember, _int_id(owner_id))
    if member is None or member.agency_id != principal.agency_id:
        raise not_found(QT_TRANSLATE_NOOP("labels", "从业人员申请"), "owner_id")
    if principal.role is Role.STAFF and principal.staff_id != member.id:
        raise not_found(QT_TRANSLATE_NOOP("labels", "从业人员申请"), "owner_id")
    if write and principal.role is not Role.AGENCY:
        raise ApiError(403, ErrorCode.FORBIDDEN,
                       msg(QT_TRANSLATE_NOOP("messages", "只有中介机构账号可以上传从业人员材料。")))
    return OwnerScope(member.agency_id, member.id, member.status in EDITABLE,
                      msg(QT_TRANSLATE_NOOP("messages", "从业人员申请已提交或已审核通过，不能再增删材料。")))


register_owner(MaterialOwnerKind.ENTERPRISE, _enterprise_owner)
register_owner(MaterialOwnerKind.STAFF, _staff_owner)

def decoded_picture(name: str, data: bytes, kind: Literal["jpeg", "png"]) -> None:
    """Refuse (422) content that does not decode, pixel by pixel, as the `kind` its first bytes
    announce, and a decompression bomb. `name`: the material's name, for the message."""
    problem = picture_problem(data, kind)
    if problem is PictureProblem.TOO_MANY_PIXELS:
        raise ApiError(422, ErrorCode.MATERIAL_TYPE_UNSUPPORTED,
                       msg(QT_TRANSLATE_NOOP("messages", "材料「{name}」的图片像素尺寸过大，请缩小图片后再上传。"),
                           name=name), "file")
    if problem is PictureProblem.BROKEN:
        raise ApiError(422, ErrorCode.MATERIAL_TYPE_UNSUPPORTED,
                       msg(QT_TRANSLATE_NOOP("messages", "材料「{name}」的文件无法作为 {kind} 图片读取"
                                                         "（文件已损坏或内容不是图片），请重新拍摄或扫描后上传。"),
                           name=name, kind=kind.upper()), "file")


__all__ = ["OwnerScope", "Resolver", "decoded_picture", "material_out", "register_owner", "resolve_owner"]
