"""The synthetic property register: deterministic, large enough, and every number in it passes the
client's own validators (so verification tests exercise real, well-formed data)."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from zsdesk.domain.enums import IdType, Ownership
from zsdesk.domain.errors import errors_only
from zsdesk.domain.identity import validate_id
from zsdesk.domain.property_numbers import validate_property_cert_no, validate_title_cert_no, validate_unit_no
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.models.properties import RegisterOwner, RegisterProperty
from zsdesk.registry.server.register_seed import (
    TOWNS,
    DemoKind,
    demo_properties,
    demo_property,
    generate_register,
    seed_register,
    sellable,
)
from zsdesk.registry.server.register_seed import (
    RegisterProperty as SeedProperty,
)


@pytest.fixture(scope="module")
def register() -> list[SeedProperty]:
    return generate_register()


def test_same_seed_same_register_other_seed_other_register(register: list[SeedProperty]) -> None:
    assert generate_register() == register
    other = generate_register(seed=7)
    assert other != register
    assert other[: len(demo_properties())] == register[: len(demo_properties())]  # demos never move


def test_at_least_2000_properties_with_unique_numbers(register: list[SeedProperty]) -> None:
    assert len(register) >= 2000
    for key in ("unit_no", "address"):
        values = [getattr(p, key) for p in register]
        assert len(set(values)) == len(values), key
    certs = [p.property_cert_no or p.title_cert_no for p in register]
    assert len(set(certs)) == len(certs)
    ids = [o.id_number for p in register for o in p.owners]
    assert len(set(ids)) == len(ids)


def test_every_unit_and_certificate_number_is_well_formed(register: list[SeedProperty]) -> None:
    for p in register:
        assert p.unit_no.startswith("442000") and len(p.unit_no) == 28
        assert validate_unit_no(p.unit_no) == [], p.unit_no
        assert bool(p.property_cert_no) != bool(p.title_cert_no), p.unit_no
        if p.title_cert_no:
            assert validate_title_cert_no(p.title_cert_no) == [], p.title_cert_no
        else:
            assert validate_property_cert_no(p.property_cert_no) == [], p.property_cert_no


def test_every_owner_document_passes_the_client_validators(register: list[SeedProperty]) -> None:
    for p in register:
        for o in p.owners:
            assert errors_only(validate_id(o.id_type, o.id_number, nationality=o.nationality)) == [], o
            fifteen = o.id_type is IdType.RESIDENT_ID and len(o.id_number) == 15
            assert o.first_generation_id == fifteen, o


def test_co_ownership_is_consistent(register: list[SeedProperty]) -> None:
    for p in register:
        if p.ownership is Ownership.SOLE:
            assert len(p.owners) == 1
        elif p.ownership is Ownership.JOINT:
            assert len(p.owners) >= 2 and all(o.share is None for o in p.owners)
        else:
            assert len(p.owners) >= 2
            assert sum((o.share or Decimal(0)) for o in p.owners) == Decimal(100)
            assert all(o.share is not None and o.share > 0 for o in p.owners)


def test_register_covers_every_interesting_kind(register: list[SeedProperty]) -> None:
    towns = Counter(p.town for p in register)
    assert set(towns) == {t for t, _ in TOWNS}
    kinds = Counter(o.id_type for p in register for o in p.owners)
    for id_type in (IdType.RESIDENT_ID, IdType.HK_MACAO_PERMIT, IdType.TAIWAN_PERMIT, IdType.PASSPORT):
        assert kinds[id_type] >= 10, id_type
    assert sum(o.first_generation_id for p in register for o in p.owners) >= 20
    assert Counter(p.ownership for p in register)[Ownership.JOINT] >= 100
    assert Counter(p.ownership for p in register)[Ownership.BY_SHARES] >= 100
    assert sum(p.mortgaged for p in register) >= 100
    assert sum(p.sealed for p in register) >= 10
    assert sum(bool(p.filed_contract_no) for p in register) >= 10
    assert sum(bool(p.property_cert_no) for p in register) >= 200
    assert sum(sellable(p) for p in register) >= 1800
    names = {o.name for p in register for o in p.owners}
    assert any("𠮷" in n for n in names) and any("·" in n for n in names)


@pytest.mark.parametrize("kind", list(DemoKind))
def test_demo_property_lookup(kind: DemoKind, register: list[SeedProperty]) -> None:
    prop = demo_property(kind)
    assert prop.demo_kind == kind.value
    assert prop in register
    assert demo_property(kind.value) is prop


def test_demo_properties_are_what_they_claim() -> None:
    assert demo_property(DemoKind.FIRST_GEN_ID).owners[0].first_generation_id
    assert len(demo_property(DemoKind.FIRST_GEN_ID).owners[0].id_number) == 15
    assert demo_property(DemoKind.HONG_KONG).owners[0].id_type is IdType.HK_MACAO_PERMIT
    assert demo_property(DemoKind.FOREIGN).owners[0].id_type is IdType.PASSPORT
    assert demo_property(DemoKind.OLD_PROPERTY_CERT).property_cert_no
    assert demo_property(DemoKind.SEALED).sealed and not sellable(demo_property(DemoKind.SEALED))
    assert demo_property(DemoKind.UNDER_CONTRACT).filed_contract_no
    assert demo_property(DemoKind.MORTGAGED).mortgaged and sellable(demo_property(DemoKind.MORTGAGED))
    assert demo_property(DemoKind.BY_THIRDS).ownership is Ownership.BY_SHARES
    assert demo_property(DemoKind.RARE_NAME).owners[0].name.startswith("𠮷")
    assert "·" in demo_property(DemoKind.MIDDLE_DOT_NAME).owners[0].name
    with pytest.raises(ValueError):
        demo_property("no-such-kind")


def test_seed_register_fills_a_database_once(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'register.sqlite3'}")
    db.create_all()
    try:
        with db.session() as session:
            added = seed_register(session, count=300)
            session.commit()
        assert added == 300 + len(demo_properties())
        with db.session() as session:
            assert seed_register(session, count=300) == 0
            assert session.scalar(select(func.count()).select_from(RegisterProperty)) == added
            owners = session.scalar(select(func.count()).select_from(RegisterOwner))
            assert owners is not None and owners > added
            thirds = session.scalar(select(RegisterProperty).where(
                RegisterProperty.demo_kind == DemoKind.BY_THIRDS.value))
            assert thirds is not None
            assert [o.share for o in thirds.owners] == ["33.33", "33.33", "33.34"]
            assert thirds.title_cert_key == demo_property(DemoKind.BY_THIRDS).title_cert_no
    finally:
        db.dispose()
