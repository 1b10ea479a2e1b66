"""Fixtures of the services tests: `agency_ctx`, a fresh agency's administrator signed in and bound
(services/agency_world.py); `registry`, the sandbox registry with its clock in the test's hands, one per
test module, and `desk`, a bound staff member's cache, client and sync engine on it
(services/wizard_world.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from services.agency_world import close_context, sign_in_agency
from services.wizard_world import Desk, Registry, make_desk, running_registry
from zsdesk.services.app_context import AppContext


@pytest.fixture
def agency_ctx(sandbox_url: str, new_agency: dict[str, Any]) -> Iterator[AppContext]:
    """A fresh agency's administrator, signed in and bound, its enterprise record untouched."""
    ctx = sign_in_agency(sandbox_url, new_agency)
    yield ctx
    close_context(ctx)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    with running_registry(tmp_path_factory.mktemp("wizard-registry") / "registry.sqlite3") as reg:
        yield reg


@pytest.fixture
def desk(registry: Registry, tmp_path: Path) -> Iterator[Desk]:
    d = make_desk(registry, tmp_path)
    yield d
    d.close()
