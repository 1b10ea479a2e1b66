"""What a standard registry runs besides its routes: the periodic tasks, the start-up hooks and the
center's pending-review sources. `create_app` takes them as arguments (these are its defaults) and
the center CLI lists the same queue; nothing registers itself at import time."""

from __future__ import annotations

from collections.abc import Callable

from zsdesk.registry.server import center, contracts_service, register_seed, training
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.deps import PendingSource
from zsdesk.registry.server.settings import ServerSettings
from zsdesk.registry.server.ticker import PeriodicTask

# fn(db, settings, clock): runs once after the tables exist (training seed, the register's seed).
StartupHook = Callable[[Database, ServerSettings, Clock], None]

DEFAULT_STARTUP_HOOKS: tuple[StartupHook, ...] = (training.seed_demo, register_seed.seed_register_at_startup)
DEFAULT_PERIODIC_TASKS: tuple[PeriodicTask, ...] = (training.auto_approve, contracts_service.sweep_expired_drafts)
# In the order the center's queue lists them.
DEFAULT_PENDING_SOURCES: tuple[PendingSource, ...] = (center.pending_enterprise_records,
                                                      center.pending_staff_applications,
                                                      contracts_service.pending_cancellation_items)
