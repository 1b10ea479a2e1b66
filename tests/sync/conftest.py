"""Fixtures for the sync tests: the real sandbox registry in a subprocess (module-wide, or one per
test for tests that stop it), a fault proxy in front of it, an encrypted local cache, and a desk
(`sync_world.World`) of a logged-in staff member."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from faultproxy import FaultProxy
from sync_env import RegistryProcess
from sync_world import MASTER_KEY, World, make_world

from zsdesk.store.database import Cache, open_cache


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RegistryProcess]:
    proc = RegistryProcess(tmp_path_factory.mktemp("registry") / "registry.sqlite3").start()
    yield proc
    proc.stop()


@pytest.fixture
def own_registry(tmp_path: Path) -> Iterator[RegistryProcess]:
    """A registry this test may stop, kill and restart."""
    proc = RegistryProcess(tmp_path / "own-registry.sqlite3").start()
    yield proc
    proc.stop()


@pytest.fixture
def proxy(registry: RegistryProcess) -> Iterator[FaultProxy]:
    p = FaultProxy(registry.url)
    yield p
    p.close()


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = open_cache(tmp_path / "cache.sqlite3", tmp_path / "config", master_key=MASTER_KEY)
    yield c
    c.close()


@pytest.fixture
def world(registry: RegistryProcess, cache: Cache) -> Iterator[World]:
    w = make_world(registry, cache)
    yield w
    w.client.close()
    w.db.dispose()
