from __future__ import annotations

import pytest
from docsupport import make_contract

from zsdesk.domain.contract import Contract


@pytest.fixture
def contract() -> Contract:
    return make_contract()
