"""Facts about the cache file itself (e.g. which key encrypted it)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from zsdesk.store.models.base import Base


class CacheMeta(Base):
    __tablename__ = "cache_meta"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(500))
