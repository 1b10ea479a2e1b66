"""Seeding the sandbox registry's database directly, for tests that need a ready staff account
faster than the review flow over HTTP (which tests/registry covers)."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from zsdesk.registry.server.db import Database
from zsdesk.registry.server.models.accounts import Agency, NetSignAccount, UnifiedAccount
from zsdesk.registry.server.models.enterprise import EnterpriseRecord
from zsdesk.registry.server.models.staff import StaffMember

_n = itertools.count(1)


@dataclass
class SeededStaff:
    login: str          # the unified-identity login, bound to the staff member's net-sign account
    agency_id: int
    staff_id: int
    account_id: int


def seed_bound_staff(db: Database, password_hash: str, *, name: str, agency_label: str) -> SeededStaff:
    """An approved agency with one active staff member whose unified account is bound."""
    now = datetime.now(UTC)
    tag = f"{next(_n)}{uuid.uuid4().hex[:6]}"
    with db.session() as s:
        agency = Agency(name=f"中山市{agency_label}{tag}房地产经纪有限公司", uscc=f"91442000{tag:0>9}"[:17] + "X",
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
        acct = NetSignAccount(kind="staff", login=f"staff{tag}", password_hash=password_hash, agency_id=agency.id,
                              staff_id=staff.id, active=True, failed_logins=0, created_at=now)
        s.add(acct)
        s.flush()
        staff.account_id = acct.id
        login = f"uid{tag}"
        s.add(UnifiedAccount(login=login, password_hash=password_hash, company_name=agency.name, uscc=agency.uscc,
                             legal_rep_name="张三", legal_rep_id_number="x", failed_logins=0,
                             bound_account_id=acct.id, bound_at=now, created_at=now))
        s.commit()
        return SeededStaff(login, agency.id, staff.id, acct.id)
