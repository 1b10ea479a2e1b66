"""The change feed: what changed in the caller's scope since a cursor."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

__all__ = ["ChangeItem", "ChangeOp", "ChangesPage", "Entity"]


class ChangeOp(StrEnum):
    UPSERT = "upsert"  # `data` is the entity's full current state
    DELETE = "delete"  # tombstone: the entity is gone (deleted or expired draft); `data` may say why


class Entity(StrEnum):
    AGENCY = "agency"
    ACCOUNT = "account"
    ENTERPRISE = "enterprise"
    STAFF = "staff"
    MATERIAL = "material"
    CONTRACT = "contract"


class ChangeItem(BaseModel):
    cursor: int
    entity: str
    entity_id: str
    op: ChangeOp
    data: dict[str, Any] | None = None
    changed_at: datetime


class ChangesPage(BaseModel):
    items: list[ChangeItem]
    next_cursor: int = Field(description="下次请求的 since；没有新变化时等于本次的 since")
    has_more: bool
    total_remaining: int = Field(description="next_cursor 之后尚未取回的变化条数（用于显示进度）")
