"""Starting straight into the main window with a remembered login ("remember me").

The last account's identity is in settings.json and its password in the keyring; the main window
opens at once on the local cache (as when offline) while a worker connects — starting the training
sandbox when no registry is configured — and signs in with the remembered password. Nothing is sent
before that sign-in succeeds; the outbox just waits, as it does offline."""

from __future__ import annotations

import logging
from enum import Enum

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.offline_login import LAST_ACCOUNT_KEY, OFFLINE_MESSAGE, last_account
from zsdesk.services.progress import Progress

log = logging.getLogger(__name__)

CONNECTING_MESSAGE = QT_TRANSLATE_NOOP("labels", "正在登录登记中心…（可先查看本机数据）")


class ResumeResult(Enum):
    ONLINE = "online"        # signed in: sync may start
    NEEDS_LOGIN = "login"    # the registry answers but refused the remembered password
    OFFLINE = "offline"      # the registry cannot be reached


def candidate(ctx: AppContext) -> Account | None:
    """The account to open at start without the login window: the last one signed in to this
    registry, when its login was remembered. Reads settings only (opening the keyring is slow)."""
    account = last_account(ctx.settings)
    remembered = ctx.settings.remembered_account
    if account is None or not remembered or remembered != account.uid_account:
        return None
    return account


def begin(ctx: AppContext, account: Account) -> None:
    """Before the main window is built: who it is for, and that we are signing in."""
    ctx.account = account
    ctx.pending_uid = account.uid_account
    raw = ctx.settings.extra.get(LAST_ACCOUNT_KEY)
    remembered_training = isinstance(raw, dict) and bool(raw.get("training"))
    ctx.training = ctx.settings.uses_sandbox or remembered_training
    ctx.mark_online(False, CONNECTING_MESSAGE)
    ctx.status.connecting = True


def finish(ctx: AppContext, progress: Progress) -> ResumeResult:
    """Off the GUI thread: connect and sign in with the remembered password."""
    from zsdesk.services.connection import connect, disconnect
    from zsdesk.services.reconnect import resume
    from zsdesk.services.registry_access import RegistryAccess

    try:
        connect(ctx, progress)   # leaves ctx.account (the remembered account) as it is
    except Exception as exc:     # unreachable registry or sandbox: keep working on the cache
        log.info("resume: registry not reached: %s", type(exc).__name__)
        disconnect(ctx)
        ctx.mark_online(False, OFFLINE_MESSAGE)
        return ResumeResult.OFFLINE
    access = ctx.client
    assert isinstance(access, RegistryAccess), "connect() sets the registry client"
    if resume(ctx, access):
        return ResumeResult.ONLINE
    # connect() marked the context online; without a usable remembered login it is not signed in.
    ctx.mark_online(False, OFFLINE_MESSAGE)
    return ResumeResult.NEEDS_LOGIN
