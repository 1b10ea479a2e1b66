"""Alembic environment for the cache. Always run in code (`store.database`), with the
connection handed over in `config.attributes`, so no alembic.ini is needed (works frozen too)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from zsdesk.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things; Alembic rebuilds the table instead.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("zsdesk cache migrations run only through zsdesk.store.database")
_run(connection)
