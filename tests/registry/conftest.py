"""The real sandbox registry, started once per test session and database backend: uvicorn in a
background thread on 127.0.0.1 (random port), talked to over HTTP with `requests`.

Backends: a temporary SQLite file always; PostgreSQL as well when ZSDESK_TEST_PG_URL is set
(.ci/postgres.sh sets it). Tests share the server, so each test creates its own agencies and
accounts (`registry.new_agency()`, ...) and never relies on global state; a test that moves the
clock uses the `clock` fixture, which puts it back afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from live_registry import PG_ENV, LiveRegistry, run_server

from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.settings import ServerSettings

# Without a PostgreSQL server (a machine with Python and pip only) the PostgreSQL half is skipped with
# this reason, listed in the summary; .ci/run starts one and refuses to go on without it.
NO_PG_REASON = (f"PostgreSQL half of the registry suite: {PG_ENV} is not set (no PostgreSQL server here; "
                "`bash .ci/run` starts one, or source .ci/postgres.sh first)")


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def registry(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveRegistry]:
    backend: str = request.param
    if backend == "postgresql" and not os.environ.get(PG_ENV):
        pytest.skip(NO_PG_REASON)
    if backend == "sqlite":
        path: Path = tmp_path_factory.mktemp("registry") / "registry.sqlite3"
        url = f"sqlite:///{path}"
    else:
        url = os.environ[PG_ENV]
    db = Database(url)
    if backend == "postgresql":
        db.drop_all()  # a fresh schema per session; the cluster is a throw-away one
    clock = Clock()
    # A long tick: tests drive periodic work through the clock, not by waiting for the ticker.
    settings = ServerSettings(db_url=url, sandbox=True, tick_interval_s=3600.0)
    server, thread, base_url = run_server(settings, clock, db)
    live = LiveRegistry(base_url, backend, clock, db)
    try:
        yield live
    finally:
        live.http.close()
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture()
def clock(registry: LiveRegistry) -> Iterator[LiveRegistry]:
    """Use when a test moves the server clock; resets the offset afterwards."""
    try:
        yield registry
    finally:
        # keep_sessions: tokens still valid keep what was left of them, whatever the test (or a
        # fuzzed PUT /_sandbox/clock moving back with keep_sessions) did to the clock, so the
        # module's shared actors stay signed in for the next test.
        r = registry.put("/api/v1/_sandbox/clock", json={"offset_s": 0, "keep_sessions": True})
        assert r.status_code == 200, r.text
