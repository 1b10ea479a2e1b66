"""Where the cache key lives: the keyring, or the documented fallback file (never the database)."""

from __future__ import annotations

import base64
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from zsdesk.doctor import collect
from zsdesk.paths import app_paths
from zsdesk.store.database import CacheKeyMismatchError, open_cache
from zsdesk.store.keys import SERVICE, fallback_key_file, keyring_user
from zsdesk.store.models import Staff


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_key_is_created_in_the_keyring(memory_keyring: object) -> None:
    paths = app_paths()
    cache = open_cache(paths.database, paths.config_dir)
    cache.close()
    stored = keyring.get_password(SERVICE, keyring_user(paths.database))
    assert stored is not None and len(base64.b64decode(stored)) == 32
    assert not cache.key_status.fallback
    assert not fallback_key_file(paths.database, paths.config_dir).exists()
    assert base64.b64decode(stored) not in paths.database.read_bytes()


def test_fallback_without_keyring_keeps_key_out_of_database(no_keyring: None) -> None:
    paths = app_paths()
    cache = open_cache(paths.database, paths.config_dir)
    with cache.sessions.begin() as s:
        s.add(Staff(name="李强", id_number="11010519491231002X", phone="13900001111"))
    cache.close()
    status = cache.key_status
    assert status.fallback and status.backend.endswith("fail.Keyring")
    assert status.key_file is not None and status.key_file.is_relative_to(paths.config_dir)
    assert not status.key_file.is_relative_to(paths.data_dir)
    assert "没有可用的系统密钥环" in status.message and str(status.key_file) in status.message
    if sys.platform != "win32":
        assert stat.S_IMODE(status.key_file.stat().st_mode) == 0o600
    key_text = status.key_file.read_text()
    key = base64.b64decode(key_text)
    wal = paths.database.with_name(paths.database.name + "-wal")   # gone after a clean close
    raw = paths.database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert key not in raw and key_text.encode() not in raw
    # reopening finds the same key and reads the data back
    again = open_cache(paths.database, paths.config_dir)
    with again.sessions() as s:
        assert s.query(Staff).one().id_number == "11010519491231002X"
    again.close()
    rows = dict(collect())
    assert "后备密钥文件" in rows["keyring"] and "没有可用的系统密钥环" in rows["cache key"]


def test_fallback_file_moves_into_keyring_when_one_appears(memory_keyring: object) -> None:
    paths = app_paths()
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        open_cache(paths.database, paths.config_dir).close()
    finally:
        keyring.set_keyring(previous)
    key_file = fallback_key_file(paths.database, paths.config_dir)
    file_key = key_file.read_text()
    cache = open_cache(paths.database, paths.config_dir)   # keyring available now
    cache.close()
    assert keyring.get_password(SERVICE, keyring_user(paths.database)) == file_key
    assert not key_file.exists() and not cache.key_status.fallback


def test_lost_key_is_reported_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    open_cache(path, tmp_path / "config", master_key=os.urandom(32)).close()
    with pytest.raises(CacheKeyMismatchError) as err:
        open_cache(path, tmp_path / "config", master_key=os.urandom(32))
    assert "加密密钥与数据库不匹配" in err.value.message


def test_doctor_reports_keyring_and_does_not_create_database() -> None:
    rows = dict(collect())
    assert rows["schema"] == "尚未创建"
    assert rows["keyring"].endswith("MemoryKeyring")
    assert not app_paths().database.exists()
