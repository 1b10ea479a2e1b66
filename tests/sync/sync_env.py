"""The real sandbox registry for sync tests, in a subprocess so a test can stop, kill and restart
it (same SQLite file, same port), plus direct seeding of an approved agency with a staff member
through the server's own models (the sign-up flow itself is tested by the registry's suite).
"""

from __future__ import annotations

import itertools
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import func, select

from zsdesk.registry.server.auth import hash_password
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.models.accounts import Agency, NetSignAccount, UnifiedAccount
from zsdesk.registry.server.models.enterprise import EnterpriseRecord
from zsdesk.registry.server.models.staff import StaffMember
from zsdesk.registry.server.register_seed import RegisterProperty, generate_register, sellable

_n = itertools.count(1)
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
    now = datetime.now(UTC)
    tag = f"{next(_n)}{uuid.uuid4().hex[:6]}"
    if "pw" not in _HASH_CACHE:
        _HASH_CACHE["pw"] = hash_password(STAFF_PASSWORD)
    pw_hash = _HASH_CACHE["pw"]
    with db.session() as s:
        agency = Agency(name=f"中山市同步测试{tag}房地产经纪有限公司", uscc=f"91442000{tag:0>9}"[:17] + "X",
                        created_at=now)
        s.add(agency)
        s.flush()
        s.add(EnterpriseRecord(agency_id=agency.id, status="approved", version=1, data={}, updated_at=now,
                               reviewed_at=now, submitted_at=now))
        staff = StaffMember(agency_id=agency.id, name=name, id_type="resident_id", id_number=f"S{tag}",
                            phone="13900000000", data={}, status="approved", active=True, created_at=now,
                            updated_at=now)
        s.add(staff)
        s.flush()
        acct = NetSignAccount(kind="staff", login=f"staff{tag}", password_hash=pw_hash, agency_id=agency.id,
                              staff_id=staff.id, active=True, failed_logins=0, created_at=now)
        s.add(acct)
        s.flush()
        staff.account_id = acct.id
        login = f"uid{tag}"
        s.add(UnifiedAccount(login=login, password_hash=pw_hash, company_name=agency.name, uscc=agency.uscc,
                             legal_rep_name="张三", legal_rep_id_number="x", failed_logins=0,
                             bound_account_id=acct.id, bound_at=now, created_at=now))
        s.commit()
        return StaffLogin(login, STAFF_PASSWORD, agency.id, staff.id, acct.id)


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
