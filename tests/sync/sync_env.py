"""The real sandbox registry for sync tests, in a subprocess so a test can stop, kill and restart
it (same SQLite file, same port), plus direct seeding of an approved agency with a staff member
through the server's own models (the sign-up flow itself is tested by the registry's suite).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from server_seed import seed_bound_staff
from sqlalchemy import func, select

from zsdesk.registry.server.auth import hash_password
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.register_seed import RegisterProperty, generate_register, sellable

STAFF_PASSWORD = "Staff-Pa55word"
_HASH_CACHE: dict[str, str] = {}


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port: int = s.getsockname()[1]
    s.close()
    return port


class RegistryProcess:
    """``zsdesk-registry serve --sandbox`` in a subprocess on a fixed port."""

    def __init__(self, db_path: Path, port: int | None = None) -> None:
        self.db_path = db_path
        self.db_url = f"sqlite:///{db_path}"
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = db_path.with_suffix(".log")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> RegistryProcess:
        env = dict(os.environ)
        logf = self.log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "zsdesk.registry.server.cli", "serve", "--db", self.db_url, "--port",
             str(self.port), "--sandbox", "--log-level", "warning"],
            stdout=logf, stderr=subprocess.STDOUT, env=env)
        logf.close()
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"registry exited: {self.log.read_text(errors='replace')[-2000:]}")
            try:
                if requests.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("registry did not start")
            time.sleep(0.05)

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def kill(self) -> None:
        self.stop(signal.SIGKILL)

    def set_clock_offset(self, seconds: float) -> None:
        r = requests.put(self.url + "/api/v1/_sandbox/clock", json={"offset_s": seconds}, timeout=10)
        assert r.status_code == 200, r.text

    def expire_sweep(self) -> None:
        """Run the expiry sweep now (the ticker runs it every second anyway)."""


@dataclass
class StaffLogin:
    login: str
    password: str
    agency_id: int
    staff_id: int
    account_id: int


def seed_staff(db: Database, *, name: str = "测试员") -> StaffLogin:
    """An approved agency with one active staff member whose unified account is bound."""
    if "pw" not in _HASH_CACHE:
        _HASH_CACHE["pw"] = hash_password(STAFF_PASSWORD)
    seeded = seed_bound_staff(db, _HASH_CACHE["pw"], name=name, agency_label="同步测试")
    return StaffLogin(seeded.login, STAFF_PASSWORD, seeded.agency_id, seeded.staff_id, seeded.account_id)


_REGISTER: list[RegisterProperty] = []


def sellable_properties() -> list[RegisterProperty]:
    if not _REGISTER:
        _REGISTER.extend(p for p in generate_register() if sellable(p) and not p.owners[0].first_generation_id)
    return _REGISTER


def verify_request(prop: RegisterProperty) -> dict[str, Any]:
    owner = prop.owners[0]
    if prop.title_cert_no:
        body = {"method": "title_cert_no", "title_cert_no": prop.title_cert_no}
    elif prop.property_cert_no:
        body = {"method": "property_cert_no", "property_cert_no": prop.property_cert_no}
    else:
        body = {"method": "owner_name_unit_no", "unit_no": prop.unit_no}
    body.update(owner_name=owner.name, owner_id_number=owner.id_number, first_generation_id=False)
    return body


def count_contracts(db: Database, agency_id: int) -> int:
    from zsdesk.registry.server.models.contracts import ContractRecord

    with db.session() as s:
        return s.scalar(select(func.count()).select_from(ContractRecord)
                        .where(ContractRecord.agency_id == agency_id)) or 0


def server_contracts(db: Database, agency_id: int) -> list[Any]:
    from zsdesk.registry.server.models.contracts import ContractRecord

    with db.session() as s:
        return list(s.scalars(select(ContractRecord).where(ContractRecord.agency_id == agency_id)))
