"""The registry center's review queue."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

__all__ = ["PendingItem"]


class PendingItem(BaseModel):
    kind: str  # enterprise | staff | cancellation
    id: int
    agency_id: int
    agency_name: str
    title: str
    submitted_at: datetime | None = None
