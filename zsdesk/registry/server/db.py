"""Database plumbing: declarative base, engine factory (SQLite WAL or PostgreSQL), sessions.

Handlers get a `Session` through `deps.SessionDep` and call `session.commit()` themselves; a
session that leaves a handler uncommitted is rolled back.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event, make_url
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from zsdesk.private_files import private_file, tighten_sqlite

_NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=_NAMING)


class UtcDateTime(TypeDecorator[datetime]):
    """Stores UTC, always returns aware UTC datetimes (SQLite would otherwise drop the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _private_sqlite_file(url: str) -> None:
    """Create the database file owner-only before SQLite does (it would follow the umask); its
    -wal and -shm files take the same mode."""
    database = make_url(url).database
    if database and database != ":memory:" and not database.startswith("file:"):
        path = Path(database)
        private_file(path)
        tighten_sqlite(path)


def make_engine(url: str) -> Engine:
    if is_sqlite(url):
        _private_sqlite_file(url)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        _sqlite_serialised_writes(engine)
        return engine
    return create_engine(url, pool_size=10, max_overflow=40, pool_pre_ping=True)


def _sqlite_serialised_writes(engine: Engine) -> None:
    """WAL plus BEGIN IMMEDIATE: a deferred transaction that reads and then writes can fail at once
    with 'database is locked' when another writer got in between; taking the write lock up front
    makes concurrent requests queue (busy timeout) instead."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's begin event issue BEGIN
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        # Deleted rows (a purged draft's parties) are overwritten, not left in free pages.
        cur.execute("PRAGMA secure_delete=ON")
        cur.close()

    # Within the process, writers queue on a lock that is handed over the moment COMMIT/ROLLBACK has
    # returned, instead of meeting SQLite's busy handler, which polls with sleeps of up to 100 ms:
    # under 50 concurrent agents that polling, not the work, made the p99 (bench/registry_load.py).
    # Other processes (CLI, extra workers) still wait through the busy timeout.
    writer = threading.Lock()
    holder: list[Any] = [None]  # the DBAPI connection whose transaction holds `writer`

    def release(dbapi_conn: Any) -> None:
        raw = getattr(dbapi_conn, "dbapi_connection", dbapi_conn)  # the pool may pass its proxy
        if holder[0] is not None and holder[0] is raw:
            holder[0] = None
            writer.release()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if not writer.acquire(timeout=30):
            raise TimeoutError("SQLite write lock not obtained within 30 s")
        holder[0] = conn.connection.dbapi_connection
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            release(holder[0])
            raise

    dialect = engine.dialect
    do_commit, do_rollback = dialect.do_commit, dialect.do_rollback

    def commit_then_release(dbapi_conn: Any) -> None:
        try:
            do_commit(dbapi_conn)
        finally:
            release(dbapi_conn)

    def rollback_then_release(dbapi_conn: Any) -> None:
        try:
            do_rollback(dbapi_conn)
        finally:
            release(dbapi_conn)

    dialect.do_commit = commit_then_release  # type: ignore[method-assign,assignment]
    dialect.do_rollback = rollback_then_release  # type: ignore[method-assign,assignment]


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def create_all(self) -> None:
        import_all_models()
        Base.metadata.create_all(self.engine)

    def drop_all(self) -> None:
        import_all_models()
        Base.metadata.drop_all(self.engine)

    def session(self) -> Session:
        return self.sessionmaker()

    def dispose(self) -> None:
        self.engine.dispose()


def import_all_models() -> None:
    """Import every models module so the metadata knows all tables (order does not matter)."""
    import importlib
    import pkgutil

    from zsdesk.registry.server import models

    for info in pkgutil.iter_modules(models.__path__):
        importlib.import_module(f"{models.__name__}.{info.name}")
