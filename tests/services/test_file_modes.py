"""Files at rest are the owner's only on POSIX (0600, directories 0700), whatever the umask: the
registry's SQLite database and its -wal/-shm, the client's cache and its companions, the app log
(also after a rollover), the training registry child's log and database, settings.json and the
fallback key file. Each test runs under the usual permissive umask 022."""

from __future__ import annotations

import logging
import os
import secrets
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import text

from zsdesk.paths import app_paths
from zsdesk.services.app_settings import AppSettings, save_settings
from zsdesk.store.database import open_cache
from zsdesk.store.keys import load_or_create_master_key

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows protects the profile by ACL")


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _assert_sqlite_private(path: Path) -> None:
    companions = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    assert all(p.exists() for p in companions), companions
    assert {p.name: oct(_mode(p)) for p in companions} == {p.name: "0o600" for p in companions}
    assert oct(_mode(path.parent)) == "0o700"


def test_registry_database_and_wal_are_owner_only(tmp_path: Path) -> None:
    from zsdesk.registry.server.db import Database

    path = tmp_path / "registry" / "registry.sqlite3"
    db = Database(f"sqlite:///{path}")
    try:
        db.create_all()
        with db.engine.begin() as conn:   # a write keeps -wal and -shm while connected
            conn.execute(text("CREATE TABLE IF NOT EXISTS probe (x INTEGER)"))
            conn.execute(text("INSERT INTO probe VALUES (1)"))
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
            _assert_sqlite_private(path)
    finally:
        db.dispose()


def test_client_cache_and_wal_are_owner_only(tmp_path: Path) -> None:
    paths = app_paths(tmp_path / "home").ensure()
    assert {d.name: oct(_mode(d)) for d in (paths.data_dir, paths.log_dir, paths.config_dir)} == {
        "data": "0o700", "logs": "0o700", "config": "0o700"}
    cache = open_cache(paths.database, paths.config_dir, master_key=secrets.token_bytes(32))
    try:
        with cache.engine.connect() as conn:
            assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
            _assert_sqlite_private(paths.database)
    finally:
        cache.close()


def test_an_existing_world_readable_cache_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "data" / "cache.sqlite3"
    path.parent.mkdir()
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    open_cache(path, tmp_path / "config", master_key=secrets.token_bytes(32)).close()
    assert oct(_mode(path)) == "0o600"


def test_app_log_is_owner_only_also_after_rollover(tmp_path: Path) -> None:
    from zsdesk.gui import logs

    log_file = tmp_path / "logs" / "zsdesk.log"
    root = logging.getLogger()
    before = list(root.handlers)
    level, configured = root.level, logs._configured
    try:
        logs.setup_logging(log_file)
        handler = next(h for h in root.handlers if getattr(h, "_zsdesk", False))
        logging.getLogger("zsdesk.test").warning("first file")
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        logging.getLogger("zsdesk.test").warning("second file")
        handler.flush()
        rolled = log_file.with_name("zsdesk.log.1")
        assert {p.name: oct(_mode(p)) for p in (log_file, rolled)} == {"zsdesk.log": "0o600", "zsdesk.log.1": "0o600"}
        assert oct(_mode(log_file.parent)) == "0o700"
    finally:
        for h in [h for h in root.handlers if h not in before]:
            root.removeHandler(h)
            h.close()
        root.setLevel(level)
        logs._configured = configured


def test_settings_file_is_owner_only(tmp_path: Path) -> None:
    paths = app_paths(tmp_path / "home")
    save_settings(paths, AppSettings())
    assert oct(_mode(paths.settings_file)) == "0o600"
    assert oct(_mode(paths.config_dir)) == "0o700"


def test_fallback_key_file_is_owner_only(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        _, status = load_or_create_master_key(tmp_path / "data" / "cache.sqlite3", tmp_path / "config")
    finally:
        keyring.set_keyring(previous)
    assert status.fallback and status.key_file is not None
    assert oct(_mode(status.key_file)) == "0o600"
    assert oct(_mode(status.key_file.parent)) == "0o700"


def test_training_registry_child_log_and_database_are_owner_only(tmp_path: Path) -> None:
    from zsdesk.services.sandbox_process import SandboxProcess

    database = tmp_path / "data" / "sandbox-registry.sqlite3"
    log_file = tmp_path / "logs" / "sandbox-registry.log"
    sandbox = SandboxProcess(database, log_file)
    sandbox.start()
    try:
        assert oct(_mode(log_file)) == "0o600"
        assert oct(_mode(log_file.parent)) == "0o700"
        _assert_sqlite_private(database)    # the child runs while the server is connected
    finally:
        sandbox.stop()
