"""Server settings: one frozen object handed to `create_app`; nothing reads the environment later."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ServerSettings:
    db_url: str = "sqlite:///sandbox-registry.sqlite3"
    # 练习环境: seed demo accounts and auto-approve submitted records after `auto_approve_delay_s`.
    training: bool = False
    # Sandbox-only endpoints (/api/v1/_sandbox: clock, SMS outbox, center token). On in training mode.
    sandbox: bool = False
    auto_approve_delay_s: float = 5.0
    # How often the background ticker runs periodic tasks (auto-approval, expiry sweeps), real seconds.
    tick_interval_s: float = 1.0
    token_ttl_s: int = 8 * 3600
    lockout_threshold: int = 5  # consecutive failed logins before the account locks
    lockout_duration_s: int = 15 * 60
    max_material_bytes: int = 512_000
    # Request bodies (body_limit.py): any non-multipart body, and what a multipart upload may add to
    # its one picture (boundaries, part headers, the name and kind fields).
    max_json_body_bytes: int = 1024 * 1024
    multipart_overhead_bytes: int = 64 * 1024
    agency_initial_password: str = "123456"  # the guide's initial password for agency net-sign accounts
    # Create tables at start-up (sandbox convenience; a real deployment would migrate instead).
    create_tables: bool = True
    # A full collection once started, before freezing what exists: right for a server process; off
    # when the server runs inside the desktop app, where it would pause the GUI thread ~100 ms.
    collect_at_start: bool = True

    @property
    def sandbox_enabled(self) -> bool:
        return self.sandbox or self.training
