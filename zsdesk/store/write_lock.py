"""A write transaction on the cache (`sessions.begin()`) takes SQLite's write lock when it begins.

pysqlite begins a transaction only at the first INSERT/UPDATE/DELETE, so the reads of a write
block run outside any transaction. The background sync and the agent's edits write the cache
from two threads: one may commit between the other's reads and its writes, which then act on
what was read before. The soak test caught the worst case: the agent's save deleted the parties
it had loaded (already replaced by the sync thread's copy of the draft) and added its own, so
the draft had both sets — SQLAlchemy only warns ("DELETE statement on table 'contract_party'
expected to delete 2 row(s); 0 were matched"). Check-then-act use cases (one cancellation queued
per contract, no update of a contract that is no longer a draft) had the same hole.

With BEGIN IMMEDIATE the whole block is one serialised unit; the other writer waits for it
(busy_timeout). Every client-side write goes through `sessions.begin()` and keeps network calls
outside it (the sync engine ends its read before sending). Read-only sessions (`sessions()`,
auto-begun) stay as they were: under WAL they never wait for a writer.
"""

from __future__ import annotations

from sqlalchemy import Connection, event
from sqlalchemy.orm import Session, SessionTransaction, SessionTransactionOrigin, sessionmaker


def _begin_immediate(session: Session, transaction: SessionTransaction, connection: Connection) -> None:
    if transaction.origin is SessionTransactionOrigin.BEGIN:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def immediate_write_transactions(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "after_begin", _begin_immediate)
