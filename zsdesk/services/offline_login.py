"""Opening the app on the local cache when the registry cannot be reached.

After each login the account's identity (never the password or token) is kept in settings.json;
with the registry down, that account can open its own cached contracts read-and-draft only. Nothing
is sent until the user logs in again with the registry back."""

from __future__ import annotations

import logging
from dataclasses import asdict

from zsdesk.domain.enums import AccountKind
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.services.app_context import Account, AppContext, QueuedCommand
from zsdesk.services.app_settings import AppSettings, save_settings

log = logging.getLogger(__name__)

LAST_ACCOUNT_KEY = "last_account"
OFFLINE_MESSAGE = QT_TRANSLATE_NOOP("labels", "离线：未登录登记中心，显示本机数据；重新登录后才会提交待发送的操作。")


def remember_account(ctx: AppContext, account: Account) -> None:
    """Keep who logged in last, for the configured registry (empty URL: the training sandbox)."""
    entry: dict[str, object] = {k: v for k, v in asdict(account).items() if k != "kind"}
    entry["kind"] = account.kind.value
    entry["registry_url"] = ctx.settings.registry_url.strip()
    entry["training"] = bool(ctx.training)
    if ctx.settings.extra.get(LAST_ACCOUNT_KEY) == entry:
        return
    ctx.settings.extra[LAST_ACCOUNT_KEY] = entry
    try:
        save_settings(ctx.paths, ctx.settings)
    except OSError as exc:   # an unwritable config directory must not fail the login
        log.warning("last account not saved: %s", type(exc).__name__)


def last_account(settings: AppSettings) -> Account | None:
    """The account last logged in to the registry `settings` points at, if any."""
    raw = settings.extra.get(LAST_ACCOUNT_KEY)
    if not isinstance(raw, dict) or raw.get("registry_url") != settings.registry_url.strip():
        return None
    fields = ("uid_account", "username", "display_name", "agency_name", "agency_id", "account_id")
    values = {k: raw.get(k, "") for k in fields}
    if not all(isinstance(v, str) for v in values.values()) or not values["username"]:
        return None
    try:
        kind = AccountKind(str(raw.get("kind", "")))
    except ValueError:
        return None
    return Account(kind=kind, **values)


def open_offline(ctx: AppContext, account: Account) -> None:
    """Sign in locally: no registry client, so the pages read the cache and nothing syncs."""
    from zsdesk.services.connection import disconnect

    disconnect(ctx)
    ctx.account = account
    ctx.pending_uid = account.uid_account
    ctx.mark_online(False, OFFLINE_MESSAGE)


def pending_commands(ctx: AppContext) -> list[QueuedCommand]:
    """The outbox as the status bar lists it (opens the cache: run off the GUI thread)."""
    from zsdesk.services.app_context import cache_of
    from zsdesk.services.sync_status import queued_commands

    queued = queued_commands(cache_of(ctx).sessions)
    ctx.status.queued = queued
    return queued
