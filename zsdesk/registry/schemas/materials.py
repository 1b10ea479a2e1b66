"""Materials (收件材料): one picture per upload, named, bound to an owner."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from zsdesk.domain.enums import MaterialKind

__all__ = ["MaterialOut", "MaterialOwnerKind"]


class MaterialOwnerKind(StrEnum):
    ENTERPRISE = "enterprise"  # owner_id = enterprise record id
    STAFF = "staff"  # owner_id = staff application id
    CONTRACT = "contract"  # owner_id = contract id


class MaterialOut(BaseModel):
    id: int
    owner_kind: str
    owner_id: str
    name: str = Field(description="材料名称（如「营业执照」）")
    filename: str = Field(default="", description="上传时的文件名")
    kind: MaterialKind
    content_type: str
    size: int
    sha256: str
    created_at: datetime
