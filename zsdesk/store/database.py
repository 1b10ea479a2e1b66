"""Opening the local cache: SQLite in WAL mode, migrated to the current schema, with the
field cipher attached.

A cache whose schema is newer than this program (written by a later zsdesk) is refused with
a message instead of being half-understood; the data stays untouched.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from zsdesk.private_files import private_file, tighten_sqlite
from zsdesk.store import events as _events  # noqa: F401  (installs the derived-column listeners)
from zsdesk.store.crypto import FieldCipher
from zsdesk.store.keys import KeyStatus, load_or_create_master_key
from zsdesk.store.models import CacheMeta
from zsdesk.store.types import attach_cipher
from zsdesk.store.write_lock import immediate_write_transactions

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


class CacheError(Exception):
    """The cache cannot be opened; `message` is Chinese and tells the user what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SchemaTooNewError(CacheError):
    pass


class CacheKeyMismatchError(CacheError):
    pass


@dataclass(slots=True)
class Cache:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    cipher: FieldCipher
    key_status: KeyStatus

    def close(self) -> None:
        self.engine.dispose()


def _alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("zsdesk.store") / "migrations"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    # A deleted contract's parties are overwritten on disk, not left in SQLite's free pages.
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def create_cache_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    return engine


def too_new_message(found: str) -> str:
    return (f"本地缓存数据库（架构版本 {found}）由更新版本的 zsdesk 创建，当前程序无法识别。"
            "请升级 zsdesk 后再打开；数据库未被修改。")


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema to `revision` (head by default); refuse a newer database."""
    with engine.begin() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if current is not None and current not in known_revisions():
            raise SchemaTooNewError(too_new_message(current))
        target = head_revision() if revision == "head" else revision
        if current == target:
            return
        log.info("cache schema %s -> %s", current, target)
        command.upgrade(_alembic_config(conn), revision)


def _check_key(sessions: sessionmaker[Session], cipher: FieldCipher) -> None:
    """The key id is recorded on first open; a different key later means the keyring entry
    (or key file) was lost or replaced, and encrypted columns would fail one by one."""
    kid = cipher.key_id.hex()
    with sessions.begin() as s:
        row = s.execute(select(CacheMeta).where(CacheMeta.name == "key_id")).scalar_one_or_none()
        if row is None:
            s.add(CacheMeta(name="key_id", value=kid))
        elif row.value != kid:
            raise CacheKeyMismatchError(
                "本地缓存的加密密钥与数据库不匹配（系统密钥环中的密钥可能已丢失或被替换）。"
                "本地缓存可以从登记中心重新同步：请删除缓存数据库后重新登录；尚未上传的待发送操作将丢失。"
            )


def open_cache(path: Path, config_dir: Path, master_key: bytes | None = None) -> Cache:
    """Open (creating if needed) the cache at `path`. The key comes from the keyring, or from the
    fallback key file in `config_dir`; tests may pass `master_key` directly."""
    private_file(path)      # owner-only before SQLite creates it (and its -wal/-shm) by the umask
    tighten_sqlite(path)
    if master_key is None:
        master_key, status = load_or_create_master_key(path, config_dir)
    else:
        status = KeyStatus("explicit", False, None, "使用调用方提供的密钥。")
    cipher = FieldCipher(master_key)
    engine = create_cache_engine(path)
    attach_cipher(engine.dialect, cipher)
    try:
        migrate(engine)
        sessions = sessionmaker(engine, expire_on_commit=False)
        immediate_write_transactions(sessions)   # the sync thread and the agent write concurrently
        _check_key(sessions, cipher)
    except Exception:
        engine.dispose()
        raise
    if status.fallback:
        log.warning("no usable keyring; cache key kept in a key file in the config directory")
    return Cache(path, engine, sessions, cipher, status)

