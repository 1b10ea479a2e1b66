"""练习环境 switches the trainee sets from the app (a real registry has none of these)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from zsdesk.registry.server.db import Base


class SandboxOption(Base):
    """One named switch, e.g. whether the sandbox approves submissions by itself. In the database,
    not in memory, so a restarted sandbox keeps the trainee's choice."""

    __tablename__ = "sandbox_options"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
