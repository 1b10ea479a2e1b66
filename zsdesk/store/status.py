"""The store's lines in `zsdesk doctor`. Reads only: never creates the database or a key."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from zsdesk.paths import app_paths
from zsdesk.store.database import head_revision, known_revisions
from zsdesk.store.keys import describe_key_status


def schema_status(database: Path) -> str:
    if not database.exists():
        return "尚未创建"
    head = head_revision()
    try:
        conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"无法读取（{exc}）"
    current = rows[0][0] if rows else None
    if current is None:
        return f"空数据库（启动时将升级到 {head}）"
    if current == head:
        return f"{current}（最新）"
    if current not in known_revisions():
        return f"{current}（比本程序新，本程序无法打开；请升级 zsdesk）"
    return f"{current}（启动时将自动升级到 {head}）"


def status_rows() -> list[tuple[str, str]]:
    paths = app_paths()
    key = describe_key_status(paths.database, paths.config_dir)
    keyring_line = f"{key.backend}（后备密钥文件：{key.key_file}）" if key.fallback else key.backend
    return [
        ("schema", schema_status(paths.database)),
        ("keyring", keyring_line),
        ("cache key", key.message),
    ]
