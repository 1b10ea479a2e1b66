"""Leaving offline mode: probe the configured registry, and once it answers sign in again with the
remembered login (keyring, "remember me") so the queued commands go out. Runs off the GUI thread."""

from __future__ import annotations

import logging

from zsdesk.services.app_context import AppContext
from zsdesk.services.offline_login import OFFLINE_MESSAGE
from zsdesk.services.registry_access import RegistryAccess

log = logging.getLogger(__name__)

# A probe must give up quickly: the next one comes in a few seconds anyway.
PROBE_TIMEOUT = (2.0, 5.0)


def probe(ctx: AppContext) -> RegistryAccess | None:
    """A client for the configured registry when it answers /health, else None. The training
    sandbox is started by the app itself, so there is nothing to probe for it."""
    settings = ctx.settings
    if settings.uses_sandbox:
        return None
    access = RegistryAccess(settings.registry_url, ca_bundle=settings.ca_bundle or None,
                            proxy=settings.proxy or None)
    try:
        access.get("/health", authenticated=False, timeout=PROBE_TIMEOUT)
    except Exception as exc:      # any failure just means "still offline"
        log.debug("registry probe: %s", type(exc).__name__)
        access.close()
        return None
    return access


def resume(ctx: AppContext, access: RegistryAccess) -> bool:
    """Use `access` as the registry client and log in with the remembered login of the offline
    account. False (and ctx.client left as it was) when there is no usable remembered login."""
    from zsdesk.services import session

    current = ctx.account
    saved = session.saved_login()
    if current is None or saved is None or saved.account != current.uid_account:
        return False
    previous = ctx.client
    ctx.client = access
    try:
        outcome = session.login(ctx, saved.account, saved.password, remember=True)
    except Exception as exc:      # wrong/changed password, registry refused: the user logs in by hand
        log.info("automatic re-login failed: %s", type(exc).__name__)
        ctx.client = previous
        ctx.account = current
        ctx.mark_online(False, OFFLINE_MESSAGE)
        return False
    if outcome.account is None or outcome.account.username != current.username:
        ctx.client = previous
        ctx.account = current
        ctx.mark_online(False, OFFLINE_MESSAGE)
        return False
    ctx.registry_url = access.base_url
    return True
