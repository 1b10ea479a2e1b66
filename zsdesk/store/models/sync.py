"""The outbox of commands waiting for the registry, and the change feed's cursors."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from zsdesk.store.models.base import Base, UTCDateTime, utcnow
from zsdesk.store.types import EncryptedJSON


class OutboxCommand(Base):
    __tablename__ = "outbox_command"
    __table_args__ = (
        UniqueConstraint("entity_type", "entity_id", "seq"),
        Index("ix_outbox_command_state_next", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int]                                        # order of commands per entity
    kind: Mapped[str] = mapped_column(String(64))
    # Payloads carry parties' ID numbers and phones: encrypted as a whole.
    payload: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON("outbox_command.payload"))
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="pending")   # pending/sending/failed/done
    attempts: Mapped[int] = mapped_column(default=0)
    last_error_code: Mapped[str] = mapped_column(String(64), default="")
    last_error_detail: Mapped[str] = mapped_column(String(2000), default="")
    last_error_field: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # The detail's recipe (JSON of the registry's detail_text) to show it in the UI language.
    last_error_text: Mapped[str] = mapped_column(String(4000), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SyncCursor(Base):
    __tablename__ = "sync_cursor"

    scope: Mapped[str] = mapped_column(String(100), primary_key=True)
    cursor: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
