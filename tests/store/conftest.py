"""A fresh cache per test, opened the way the app opens it (keyring from tests/conftest.py),
and a factory of realistic contracts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from stdnum.cn import ric

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import ContractStatus, EscrowBank, IdType, Ownership, PartyRole, PaymentMethod
from zsdesk.paths import app_paths
from zsdesk.store.database import Cache, open_cache

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
SURNAMES = "张王李赵陈刘黄吴周徐"
GIVEN = "伟芳娜敏静丽强磊军洋"


def resident_id(i: int) -> str:
    body = f"110105{1960 + i % 40:04d}{1 + i % 12:02d}{1 + i % 28:02d}{i % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")  # stdnum wants a placeholder check digit


def mobile(i: int) -> str:
    return f"13{i % 10}{i:08d}"[:11]


def unit_no(i: int) -> str:
    return f"442000001001GB{i % 100000:05d}F{i:08d}"


def title_cert(i: int) -> str:
    return f"粤（2020）中山市不动产权第{i:07d}号"


def make_contract(i: int) -> dc.Contract:
    seller = dc.Party(PartyRole.SELLER, SURNAMES[i % 10] + GIVEN[i // 10 % 10], IdType.RESIDENT_ID, resident_id(i),
                      address="中山市石岐区民生路1号", postal_code="528400", phone=mobile(i))
    buyers = [
        dc.Party(PartyRole.BUYER, SURNAMES[(i + 3) % 10] + GIVEN[i % 10], IdType.RESIDENT_ID, resident_id(i + 500_000),
                 phone=mobile(i + 500_000), share=Decimal("60.5")),
        dc.Party(PartyRole.BUYER, "陈𠮷" if i % 7 == 0 else "陈美", IdType.HK_MACAO_PERMIT, f"H{i:08d}",
                 nationality="中国香港", phone=mobile(i + 700_000), share=Decimal("39.5")),
    ]
    return dc.Contract(
        property=dc.Property(unit_no=unit_no(i), address=f"中山市东区兴中道{i}号{i % 30}栋", town="东区",
                             title_cert_no=title_cert(i), floor_area=Decimal("88.45"), year_built=2008,
                             owners=[dc.Owner(seller.name, IdType.RESIDENT_ID, seller.id_number)]),
        sellers=[seller],
        buyers=buyers,
        buyer_ownership=Ownership.BY_SHARES,
        payment=dc.Payment(total_price=Decimal("1234500.60"), method=PaymentMethod.COMMERCIAL_LOAN,
                           deposit_date=T0.date() + timedelta(days=3)),
        escrow=dc.Escrow(enabled=True, bank=EscrowBank.CCB, amount=Decimal("300000")),
        handover=dc.Handover(date=T0.date() + timedelta(days=60), transfer_registration_days=30),
        applicant=dc.Applicant(name=seller.name, phone=seller.phone, id_number=seller.id_number),
        notices_read=True,
        consents=[dc.Consent(seller.name, PartyRole.SELLER, T0, "agent01")],
        contract_no=f"ZS2026{i:06d}",
        status=ContractStatus.SIGNED if i % 3 else ContractStatus.DRAFT,
        version=2,
        created_at=T0 + timedelta(minutes=i),
        staff_account=f"agent{i % 4:02d}",
        agency_name="中山市示例房地产代理有限公司",
    )


@pytest.fixture
def contract_factory() -> Callable[[int], dc.Contract]:
    return make_contract


@pytest.fixture
def id_for() -> Callable[[int], str]:
    return resident_id


@pytest.fixture
def phone_for() -> Callable[[int], str]:
    return mobile


@pytest.fixture
def cache() -> Iterator[Cache]:
    paths = app_paths()
    c = open_cache(paths.database, paths.config_dir)
    yield c
    c.close()
