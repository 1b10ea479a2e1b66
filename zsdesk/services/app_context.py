"""The running app's state outside Qt: paths, settings, the registry connection and the
signed-in account. The GUI holds one `AppContext` and passes it to every service call."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from zsdesk.domain.enums import AccountKind
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.paths import AppPaths
from zsdesk.services.app_settings import AppSettings, load_settings

if TYPE_CHECKING:
    from zsdesk.store.database import Cache

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Account:
    """Who is signed in (never the password or token)."""

    uid_account: str          # unified-identity login name
    username: str             # net-sign account bound to it
    kind: AccountKind
    display_name: str         # person's name (staff) or the agency's name
    agency_name: str
    agency_id: str = ""
    account_id: str = ""

    @property
    def kind_label(self) -> str:
        return (QT_TRANSLATE_NOOP("labels", "中介机构账号") if self.kind is AccountKind.AGENCY
                else QT_TRANSLATE_NOOP("labels", "从业人员账号"))


@dataclass(frozen=True, slots=True)
class QueuedCommand:
    """One command waiting in the outbox, as the status bar's dialog lists it."""

    summary: str
    created_at: datetime
    attempts: int = 0
    last_error: str = ""
    state: str = "pending"


@dataclass(slots=True)
class ConnectionStatus:
    online: bool = False
    last_sync: datetime | None = None
    queued: list[QueuedCommand] = field(default_factory=list)
    message: str = ""
    connecting: bool = False      # signing in in the background (a remembered login at start)


class AppContext:
    def __init__(self, paths: AppPaths, settings: AppSettings | None = None) -> None:
        self.paths = paths
        self.settings = settings if settings is not None else load_settings(paths)
        self.account: Account | None = None
        self.status = ConnectionStatus()
        self.registry_url: str = ""
        self.training: bool = self.settings.uses_sandbox
        self.lock = threading.RLock()
        self.sandbox: object | None = None   # EmbeddedSandbox when running the training registry
        self.client: object | None = None    # the registry client, once connected
        self.demo_accounts: list[object] = []
        self.pending_uid: str = ""
        self.cache: Cache | None = None      # the local cache, opened once on first use (cache_of)

    @property
    def signed_in(self) -> bool:
        return self.account is not None

    def mark_online(self, online: bool, message: str = "") -> None:
        self.status.online = online
        self.status.message = message
        self.status.connecting = False


def cache_of(ctx: AppContext) -> Cache:
    """The local cache of this app: opened once, on first use, from whichever thread asks first."""
    with ctx.lock:
        if ctx.cache is None:
            from zsdesk.store.database import open_cache

            ctx.cache = open_cache(ctx.paths.database, ctx.paths.config_dir)
        return ctx.cache
