"""Pull the registry's change feed into the cache.

From the stored cursor, page by page: each page is applied in one SQLite transaction that also
stores the page's ``next_cursor``, so the cache and the cursor move together — a crash (even
SIGKILL) mid-page leaves both at the previous page, and the page is simply fetched again.
Appliers are idempotent (upserts by registry id; tombstones mark), so applying a page twice is
harmless. With nothing new, a pull is exactly one request (one empty page).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import groupby

from sqlalchemy.orm import Session, sessionmaker

from zsdesk.registry.schemas.changes import ChangeItem, ChangesPage
from zsdesk.store.models import SyncCursor
from zsdesk.sync.handlers import ChangeApplier

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
StopCheck = Callable[[], bool]
FetchPage = Callable[[int, int], ChangesPage]


@dataclass(slots=True)
class PullReport:
    pages: int = 0
    applied: int = 0
    cursor: int = 0
    cancelled: bool = False
    total: int = 0


def load_cursor(session: Session, scope: str) -> int:
    row = session.get(SyncCursor, scope)
    return int(row.cursor) if row is not None else 0


def store_cursor(session: Session, scope: str, cursor: int) -> None:
    row = session.get(SyncCursor, scope)
    now = datetime.now(UTC)
    if row is None:
        session.add(SyncCursor(scope=scope, cursor=str(cursor), updated_at=now))
    else:
        row.cursor = str(cursor)
        row.updated_at = now


def apply_items(session: Session, items: list[ChangeItem], appliers: Mapping[str, ChangeApplier]) -> int:
    """Apply items in feed order; consecutive items of one entity type go to a batch applier when
    it has one. Unknown entity types are skipped (a newer registry may send more than we cache)."""
    n = 0
    for entity, group in groupby(items, key=lambda i: i.entity):
        applier = appliers.get(entity)
        batch = list(group)
        if applier is None:
            continue
        apply_batch = getattr(applier, "apply_batch", None)
        if apply_batch is not None:
            apply_batch(session, batch)
        else:
            for item in batch:
                applier(session, item)
        n += len(batch)
    return n


def pull(
    sessions: sessionmaker[Session],
    fetch: FetchPage,
    appliers: Mapping[str, ChangeApplier],
    scope: str,
    *,
    page_size: int = 500,
    progress: ProgressCallback | None = None,
    should_stop: StopCheck | None = None,
) -> PullReport:
    """Pull until the feed has no more, or ``should_stop()`` says so between pages (the cursor is
    saved, so the next pull resumes there). ``progress(done, total)`` after every page.

    While a page is applied, the next one is already being fetched (one request in flight, in
    a helper thread), so a long first sync costs about max(fetch, apply) per page, not the sum.
    A prefetched page is only ever applied after the previous one committed; when the pull stops
    early it is dropped and fetched again next time."""
    with sessions() as s:
        cursor = load_cursor(s, scope)
    report = PullReport(cursor=cursor)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="zsdesk-prefetch") as pool:
        ahead: Future[ChangesPage] | None = None
        try:
            page = fetch(cursor, page_size)
            while True:
                report.pages += 1
                if page.has_more and (should_stop is None or not should_stop()):
                    ahead = pool.submit(fetch, page.next_cursor, page_size)
                if page.items:
                    with sessions.begin() as s:
                        apply_items(s, page.items, appliers)
                        store_cursor(s, scope, page.next_cursor)
                    report.applied += len(page.items)
                elif page.next_cursor != cursor:
                    with sessions.begin() as s:
                        store_cursor(s, scope, page.next_cursor)
                cursor = report.cursor = page.next_cursor
                report.total = report.applied + page.total_remaining
                if progress is not None:
                    progress(report.applied, report.total)
                if not page.has_more:
                    return report
                if ahead is None or (should_stop is not None and should_stop()):
                    report.cancelled = True
                    log.info("pull cancelled at cursor %s after %d items", cursor, report.applied)
                    return report
                page, ahead = ahead.result(), None
        finally:
            if ahead is not None:
                ahead.cancel()
                with contextlib.suppress(Exception):
                    ahead.result()
