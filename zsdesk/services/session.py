"""Login (统一身份认证 · 法人登录 · 账号密码), binding to a net-sign account, re-login, logout.

Passwords are never stored except through keyring when the user chooses "remember me";
the session token lives in memory (the registry access object's TokenHolder)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from zsdesk.domain.enums import AccountKind
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.credentials import CredentialStore, SavedLogin
from zsdesk.registry.schemas.accounts import AccountInfo
from zsdesk.registry.schemas.common import Role
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.app_settings import save_settings
from zsdesk.services.connection import DemoAccount, access
from zsdesk.services.errors import ServiceError
from zsdesk.services.offline_login import remember_account

log = logging.getLogger(__name__)

__all__ = ["DemoAccount", "LoginOutcome", "bind", "login", "logout", "reauthenticate", "saved_login"]


@dataclass(frozen=True, slots=True)
class LoginOutcome:
    uid_account: str
    account: Account | None          # None: the unified account is not yet bound (show the binding dialog)

    @property
    def needs_binding(self) -> bool:
        return self.account is None


def saved_login() -> SavedLogin | None:
    return CredentialStore().load()


def _account_from(uid_account: str, info: AccountInfo) -> Account | None:
    """The signed-in account, or None while the unified account is not bound (role uid)."""
    if info.role not in (Role.AGENCY, Role.STAFF):
        return None
    kind = AccountKind.AGENCY if info.role is Role.AGENCY else AccountKind.STAFF
    agency_name = info.agency_name or info.company_name or ""
    display = (info.staff_name or agency_name) if kind is AccountKind.STAFF else agency_name
    account_id = info.staff_id if kind is AccountKind.STAFF else info.agency_id
    return Account(uid_account=uid_account, username=info.netsign_login or "", kind=kind, display_name=display,
                   agency_name=agency_name, agency_id=str(info.agency_id or ""), account_id=str(account_id or ""))


def login(ctx: AppContext, uid_account: str, password: str, remember: bool) -> LoginOutcome:
    client = access(ctx).client
    token = client.login(uid_account, password)
    account = _account_from(uid_account, token.account)
    store = CredentialStore()
    remembered = remember and store.remember(uid_account, password)
    if remember and not remembered:
        log.warning("keyring unavailable: login not remembered")
    elif not remember:
        store.forget(uid_account)
    # Settings say (without opening the keyring) whether the next start may sign in by itself.
    before = ctx.settings.remembered_account
    if remembered:
        ctx.settings.remembered_account = uid_account
    elif before == uid_account:
        ctx.settings.remembered_account = ""
    if ctx.settings.remembered_account != before:
        try:
            save_settings(ctx.paths, ctx.settings)
        except OSError as exc:   # an unwritable config directory must not fail the login
            log.warning("remembered login not noted in settings: %s", type(exc).__name__)
    ctx.account = account
    ctx.pending_uid = uid_account
    ctx.mark_online(True)
    if account is not None:
        remember_account(ctx, account)
    return LoginOutcome(uid_account, account)


def bind(ctx: AppContext, netsign_login: str, netsign_password: str) -> Account:
    """关联本地用户. The registry refuses a second binding either way (one-to-one)."""
    token = access(ctx).client.bind(netsign_login, netsign_password)
    uid = ctx.pending_uid or token.account.unified_login or ""
    account = _account_from(uid, token.account)
    if account is None:
        raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "关联没有完成，请重新登录后再试。")),
                           code="BIND_INCOMPLETE")
    ctx.account = account
    remember_account(ctx, account)
    return account


def reauthenticate(ctx: AppContext, password: str) -> Account:
    """The token expired: log in again as the same unified account, keeping the open work."""
    current = ctx.account
    if current is None:
        raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "尚未登录")), code="NOT_SIGNED_IN")
    # Keep the user's "remember me" choice: a remembered login is updated to the new password.
    outcome = login(ctx, current.uid_account, password,
                    remember=ctx.settings.remembered_account == current.uid_account)
    if outcome.account is None or outcome.account.username != current.username:
        raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "该统一身份认证账号关联的网签账号已变化，"
                                                 "请切换账号后重新登录。")),
                           code="ACCOUNT_CHANGED")
    return outcome.account


def logout(ctx: AppContext) -> None:
    client = ctx.client
    ctx.account = None
    if client is None:
        return
    try:
        access(ctx).client.logout()
    except Exception as exc:  # logging out locally must work offline too
        log.info("logout on registry failed: %s", type(exc).__name__)
