"""The upgrade path: a cache from every schema version we shipped reaches head with its data."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from zsdesk.store.crypto import FieldCipher
from zsdesk.store.database import (
    SchemaTooNewError,
    create_cache_engine,
    head_revision,
    known_revisions,
    migrate,
    open_cache,
)
from zsdesk.store.models import AuditLog, Contract, ContractParty, Staff
from zsdesk.store.status import schema_status
from zsdesk.store.types import attach_cipher


def _build_at(path: Path, revision: str, key: bytes) -> None:
    engine = create_cache_engine(path)
    attach_cipher(engine.dialect, FieldCipher(key))
    migrate(engine, revision)
    engine.dispose()


@pytest.mark.parametrize("start", sorted(known_revisions() - {head_revision()}))
def test_upgrade_from_every_shipped_revision_keeps_data(tmp_path: Path, start: str) -> None:
    key = os.urandom(32)
    path = tmp_path / "old.sqlite3"
    _build_at(path, start, key)
    cipher = FieldCipher(key)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(start,)]
        has_audit = conn.execute("SELECT name FROM sqlite_master WHERE name='audit_log'").fetchall() != []
        assert has_audit == (start >= "0002")
        conn.execute(
            "INSERT INTO contract (local_id, contract_no, filing_no, status, version, revision, updated_at,"
            " staff_account, agency_name, unit_no, property_cert_no, title_cert_no, property_cert_key,"
            " title_cert_key, address, seller_name, seller_id_masked, buyer_name, buyer_id_masked, buyer_ownership,"
            " payload, local_dirty) VALUES ('old-1', 'ZS1', '', 'draft', 1, 1, '2026-01-01 00:00:00.000000',"
            " 'agent01', '', '', '', '', '', '', '中山市', '王伟', '', '', '', 'sole', '{}', 0)")
        conn.execute(
            "INSERT INTO contract_party (contract_id, slot, ordinal, role, name, id_type, id_number, id_number_bidx,"
            " id_masked, phone_masked, nationality, address, postal_code) VALUES ('old-1', 'sellers', 0, 'seller',"
            " '王伟', 'resident_id', ?, ?, '110105********002X', '', '中国', '', '')",
            (cipher.encrypt("11010519491231002X", "contract_party.id_number"),
             cipher.blind_index("11010519491231002X")),
        )
        conn.execute("INSERT INTO staff (name, id_type, id_masked, phone_masked, review_status, reject_reason, active,"
                     " login_account, updated_at) VALUES ('李强', 'resident_id', '', '', 'approved', '', 1, 'li01',"
                     " '2026-01-01 00:00:00')")
    assert schema_status(path).startswith(f"{start}（启动时将自动升级")

    cache = open_cache(path, tmp_path / "config", master_key=key)
    try:
        with cache.sessions() as s:
            party = s.scalars(select(ContractParty)).one()
            assert party.id_number == "11010519491231002X" and party.contract.contract_no == "ZS1"
            assert s.scalars(select(Staff.login_account)).all() == ["li01"]
            s.add(AuditLog(actor="li01", action="login"))
            s.commit()
            assert s.scalars(select(AuditLog.action)).all() == ["login"]
            assert s.scalars(select(Contract.local_id)).all() == ["old-1"]
    finally:
        cache.close()
    assert schema_status(path) == f"{head_revision()}（最新）"


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "new.sqlite3"
    open_cache(path, tmp_path / "config", master_key=key).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError) as err:
        open_cache(path, tmp_path / "config", master_key=key)
    assert "更新版本的 zsdesk" in err.value.message and "9999_future" in err.value.message
    assert path.read_bytes() == before
    assert "比本程序新" in schema_status(path)


def test_wal_and_pragmas(tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "c.sqlite3", tmp_path / "config", master_key=os.urandom(32))
    try:
        with cache.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1   # NORMAL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        cache.close()


def test_schema_status_without_database(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite3"
    assert schema_status(missing) == "尚未创建"
    assert not missing.exists()


def test_models_match_migrations(tmp_path: Path) -> None:
    """A model change without its migration would only show up on users' machines."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from zsdesk.store.models import Base

    cache = open_cache(tmp_path / "c.sqlite3", tmp_path / "config", master_key=os.urandom(32))
    try:
        with cache.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        cache.close()


def test_0006_gives_existing_contracts_their_number_tails(tmp_path: Path) -> None:
    """A cache from before 0006 finds its contracts by the end of a number right after the upgrade."""
    from zsdesk.store.search import search_contracts

    key = os.urandom(32)
    path = tmp_path / "old.sqlite3"
    _build_at(path, "0005", key)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO contract (local_id, contract_no, filing_no, status, version, revision, updated_at,"
            " staff_account, agency_name, unit_no, property_cert_no, title_cert_no, property_cert_key,"
            " title_cert_key, address, seller_name, seller_id_masked, buyer_name, buyer_id_masked, buyer_ownership,"
            " payload, local_dirty) VALUES ('old-1', 'ZS1', '', 'signed', 1, 1, '2026-01-01 00:00:00.000000',"
            " 'agent01', '', '442000001001GB00689F00030003', '', '粤（2024）中山市不动产权第0000001号', '',"
            " '粤（2024）中山市不动产权第0000001号', '中山市', '王伟', '', '', '', 'sole', '{}', 0)")
    cache = open_cache(path, tmp_path / "config", master_key=key)
    try:
        with cache.sessions() as s:
            row = s.get(Contract, "old-1")
            assert row is not None
            assert (row.unit_no_tail, row.title_cert_tail) == ("30003000F98600BG100100000244",
                                                               "1000000第权产动不市山中）4202（粤")
            assert row.property_cert_tail == ""
            assert [r.local_id for r in search_contracts(s, text="0000001")] == ["old-1"]
            assert [r.local_id for r in search_contracts(s, cert_no="F00030003")] == ["old-1"]
    finally:
        cache.close()
