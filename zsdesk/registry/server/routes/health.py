"""GET /api/v1/health — liveness, server time and mode (clients show the 练习环境 banner)."""

from __future__ import annotations

from fastapi import APIRouter

from zsdesk import __version__
from zsdesk.registry.schemas.common import Health
from zsdesk.registry.server.deps import ClockDep, SettingsDep

router = APIRouter(prefix="/api/v1", tags=["health"])


@router.get("/health", response_model=Health)
def health(clock: ClockDep, settings: SettingsDep) -> Health:
    return Health(version=__version__, server_time=clock.now(), training=settings.training)
