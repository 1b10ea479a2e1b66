"""Fixtures of the services tests: `agency_ctx`, a fresh agency's administrator signed in and bound
(services/agency_world.py); `staff_ctx`, the app's context on a staff member's `desk` (tests/conftest.py,
shared with the GUI tests): the desk's cache, a client of its own signed in as the app signs in."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from services.agency_world import close_context, sign_in_agency
from services.wizard_world import Desk
from zsdesk.services.app_context import AppContext


@pytest.fixture
def agency_ctx(sandbox_url: str, new_agency: dict[str, Any]) -> Iterator[AppContext]:
    """A fresh agency's administrator, signed in and bound, its enterprise record untouched."""
    ctx = sign_in_agency(sandbox_url, new_agency)
    yield ctx
    close_context(ctx)


@pytest.fixture
def staff_ctx(desk: Desk) -> Iterator[AppContext]:
    c = desk.context()
    yield c
    c.cache = None          # the desk closes its own cache
    close_context(c)
