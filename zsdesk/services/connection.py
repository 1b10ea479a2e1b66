"""Connecting to the registry: the configured one, or the embedded training sandbox."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.schemas.sandbox import DemoPropertyOut
from zsdesk.services.app_context import AppContext
from zsdesk.services.progress import Progress
from zsdesk.services.registry_access import RegistryAccess

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """A training-sandbox account a newcomer can click to fill the login form."""

    label: str
    uid_account: str
    password: str
    kind: str              # "agency" | "staff"
    description: str = ""
    ready: bool = True     # False while e.g. a staff account still awaits approval


def connect(ctx: AppContext, progress: Progress) -> list[DemoAccount]:
    """Start the sandbox when no registry is configured, then check the registry answers.
    Returns the demo accounts the login window lists (empty outside training)."""
    disconnect(ctx)
    settings = ctx.settings
    if settings.uses_sandbox:
        from zsdesk.services.sandbox_process import SandboxProcess

        progress.step(0, 2, QT_TRANSLATE_NOOP("labels", "正在启动本机练习环境（沙盒登记中心）…"))
        # Its own process: started here it would hold the GIL for 100+ ms at a time (a frozen GUI).
        sandbox = SandboxProcess(ctx.paths.sandbox_database, ctx.paths.log_dir / "sandbox-registry.log")
        url = sandbox.start()
        ctx.sandbox = sandbox
        access = RegistryAccess(url)
    else:
        progress.step(0, 2, QT_TRANSLATE_NOOP("labels", "正在连接登记中心…"))
        access = RegistryAccess(settings.registry_url, ca_bundle=settings.ca_bundle or None,
                                proxy=settings.proxy or None)
    ctx.client = access
    ctx.registry_url = access.base_url
    progress.step(1, 2, QT_TRANSLATE_NOOP("labels", "正在检查登记中心…"))
    health = access.health()
    demo = access.sandbox_demo_accounts()
    # The 练习环境 banner goes only for a registry that is not a sandbox: one that says it is not
    # in training mode and has no sandbox endpoints. Data on any sandbox has no legal effect.
    ctx.training = settings.uses_sandbox or bool(health.get("training")) or demo is not None
    ctx.mark_online(True)
    ctx.status.last_sync = None
    ctx.demo_accounts = list(demo or [])
    return list(demo or [])


def cached_demo_accounts(ctx: AppContext) -> list[DemoAccount]:
    return list(getattr(ctx, "demo_accounts", []))


def demo_properties(ctx: AppContext) -> list[DemoPropertyOut]:
    """练习环境: the synthetic register's demo properties, with the data to verify each (a network
    call: run off the GUI thread). Empty outside training."""
    if not ctx.training:
        return []
    return access(ctx).client.demo_properties()


def disconnect(ctx: AppContext) -> None:
    client = ctx.client
    if isinstance(client, RegistryAccess):
        client.close()
    ctx.client = None
    sandbox = ctx.sandbox
    if sandbox is not None:
        from zsdesk.services.sandbox import EmbeddedSandbox
        from zsdesk.services.sandbox_process import SandboxProcess

        if isinstance(sandbox, (EmbeddedSandbox, SandboxProcess)):
            sandbox.stop()
    ctx.sandbox = None


def access(ctx: AppContext) -> RegistryAccess:
    client = ctx.client
    if not isinstance(client, RegistryAccess):
        from zsdesk.services.errors import ServiceError

        raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "尚未连接登记中心")), code="NOT_CONNECTED")
    return client


def sync_now(ctx: AppContext, progress: Progress) -> None:
    """F5: bring the cache up to date. Until the sync engine is wired, a reachability check."""
    try:
        access(ctx).health()
    except Exception:
        ctx.mark_online(False)
        raise
    ctx.mark_online(True)
    ctx.status.last_sync = datetime.now(UTC)
