"""An agency administrator on the real sandbox registry (`sandbox_url`, `new_agency` in
tests/conftest.py), signed in and bound as the login and binding dialogs leave it — through the
services' own calls, no GUI."""

from __future__ import annotations

from typing import Any

from zsdesk.paths import app_paths
from zsdesk.services import session
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_settings import AppSettings
from zsdesk.services.connection import connect, disconnect
from zsdesk.services.progress import Progress

# What the center gives a new agency's net-sign account (registry/server/center.create_agency).
NETSIGN_INITIAL_PASSWORD = "123456"


def sign_in_agency(sandbox_url: str, agency: dict[str, Any], *, remember: bool = True) -> AppContext:
    """Connect, log in with the unified account and bind it to the agency's net-sign account."""
    ctx = AppContext(app_paths().ensure(), AppSettings(registry_url=sandbox_url))
    connect(ctx, Progress())
    outcome = session.login(ctx, agency["login"], agency["password"], remember=remember)
    assert outcome.needs_binding
    session.bind(ctx, agency["name"], NETSIGN_INITIAL_PASSWORD)
    assert ctx.account is not None
    return ctx


def close_context(ctx: AppContext) -> None:
    disconnect(ctx)
    if ctx.cache is not None:
        ctx.cache.close()
