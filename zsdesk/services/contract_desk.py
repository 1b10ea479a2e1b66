"""The wizard and the contract sync for the running app (AppContext): the cache, the registry
client and one sync engine per signed-in account."""

from __future__ import annotations

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_context import cache_of as _cache
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.errors import ServiceError
from zsdesk.services.wizard_terms import CCB_URL_SETTING
from zsdesk.sync import contracts as sc
from zsdesk.sync.engine import SyncEngine


def _client(ctx: AppContext):  # type: ignore[no-untyped-def]
    from zsdesk.services.connection import access

    return access(ctx).client


def new_wizard(ctx: AppContext) -> ContractWizard:
    account = ctx.account
    if account is None:
        raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "尚未登录")), code="NOT_SIGNED_IN")
    client = _client(ctx) if ctx.client is not None else None
    ccb = ctx.settings.extra.get(CCB_URL_SETTING, "")
    wizard = ContractWizard(_cache(ctx).sessions, client, staff_account=account.username,
                            agency_name=account.agency_name, ccb_url=ccb if isinstance(ccb, str) else "")
    if ctx.training and client is not None:
        from zsdesk.services.connection import demo_properties

        wizard.demo_source = lambda: demo_properties(ctx)
    return wizard


def engine(ctx: AppContext) -> SyncEngine:
    account = ctx.account
    if account is None:
        raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "尚未登录")), code="NOT_SIGNED_IN")
    existing = getattr(ctx, "contract_sync", None)
    if isinstance(existing, SyncEngine) and existing.scope == f"changes:{account.username}":
        return existing
    eng = SyncEngine(_cache(ctx).sessions, _client(ctx), sc.handlers(), sc.appliers(),
                     scope=f"changes:{account.username}")
    ctx.contract_sync = eng  # type: ignore[attr-defined]
    return eng


def sync_contracts(ctx: AppContext) -> None:
    """Send the queued contract commands and bring the registry's changes (run off the GUI thread)."""
    engine(ctx).sync(force=True)
