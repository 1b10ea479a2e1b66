"""Every test gets its own data directory and an in-memory keyring: nothing touches
the developer's home or real keychain. The real sandbox registry (`sandbox_url`) and fresh agencies
on it (`new_agency`), and a staff member's desk (`desk`: cache, client and sync engine) on the sandbox
registry with its clock in the test's hands (`registry`, one per test module; tests/services/wizard_world.py)
are here for every directory's tests: the GUI's and the services'. tests/registry and tests/sync have a
`registry` of their own (a live or subprocess registry), which their conftest puts in place of this one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest
from memory_keyring import MemoryKeyring

if TYPE_CHECKING:
    from services.wizard_world import Desk, Registry


@pytest.fixture(autouse=True)
def zsdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "zsdesk-home"
    monkeypatch.setenv("ZSDESK_HOME", str(home))
    yield home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def sandbox_url(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The real sandbox registry, started once per test session on a random loopback port."""
    from zsdesk.services.sandbox import EmbeddedSandbox

    server = EmbeddedSandbox(tmp_path_factory.mktemp("registry") / "registry.sqlite3", training=False, sandbox=True)
    url = server.start()
    yield url
    server.stop()


_counter = [0]


def _valid_uscc(seq: int) -> str:
    from stdnum.cn import uscc

    body = f"914420001{seq:08d}"
    return body + uscc.calc_check_digit(body)


def _valid_ric(seq: int) -> str:
    from stdnum.cn import ric

    # calc_check_digit expects the full 18 characters and ignores the last one
    body = f"44200019900101{seq % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


@pytest.fixture
def new_agency(sandbox_url):  # type: ignore[no-untyped-def]
    """A fresh agency opened by the center and a unified account of the same company, unbound."""
    return _open_agency(sandbox_url)


@pytest.fixture
def another_agency(sandbox_url):  # type: ignore[no-untyped-def]
    """A second fresh agency, for tests about whose login is used."""
    return _open_agency(sandbox_url)


def _open_agency(sandbox_url):  # type: ignore[no-untyped-def]
    import requests

    _counter[0] += 1
    n = _counter[0]
    code = _valid_uscc(n)
    name = f"中山市测试{n}号房地产代理有限公司"
    login, password = f"agency{n}", "Passw0rd!x"
    reg = requests.post(f"{sandbox_url}/api/v1/auth/register", json={
        "login": login, "password": password, "company_name": name, "uscc": code, "address": "中山市东区",
        "legal_rep_name": "张三", "legal_rep_id_number": _valid_ric(n)}, timeout=10)
    assert reg.status_code == 201, reg.text
    center = requests.post(f"{sandbox_url}/api/v1/_sandbox/center-token", timeout=10).json()["access_token"]
    made = requests.post(f"{sandbox_url}/api/v1/center/agencies", json={"name": name, "uscc": code},
                         headers={"Authorization": f"Bearer {center}", "Idempotency-Key": f"agency-{n}"}, timeout=10)
    assert made.status_code == 201, made.text
    return {"login": login, "password": password, "name": name, "uscc": code, "center_token": center}


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    """The sandbox registry in this process (uvicorn on 127.0.0.1) with its clock in the test's hands,
    one per test module."""
    from services.wizard_world import running_registry

    with running_registry(tmp_path_factory.mktemp("wizard-registry") / "registry.sqlite3") as reg:
        yield reg


@pytest.fixture
def desk(registry: Registry, tmp_path: Path) -> Iterator[Desk]:
    """A bound staff member of an approved agency: encrypted cache, signed-in client, sync engine."""
    from services.wizard_world import make_desk

    d = make_desk(registry, tmp_path)
    yield d
    d.close()
