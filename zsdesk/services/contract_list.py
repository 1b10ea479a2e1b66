"""The contract lists of the staff and agency pages, read page by page from the local cache.

Every page goes through `zsdesk.store.search.search_contracts` (indexed columns, blind index for ID
numbers, masked copies only), so a page of 200 rows costs the same over 100 contracts or 100,000.
The search box is one field: `resolve` decides whether the text is an ID number, a 不动产单元号 or
certificate number, a name or an address (with an explicit scope the user can force).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, cast

from zsdesk.domain.china_time import china_midnight
from zsdesk.domain.enums import AccountKind, ContractStatus
from zsdesk.domain.halfwidth import compact
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.services.app_context import AppContext, cache_of

# The page imports this module on the GUI thread: the store, SQLAlchemy and the wizard core (~1.5 s
# cold) are imported by the first page read, on a worker thread.
if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from zsdesk.services.contract_wizard import DraftClock
    from zsdesk.store.search import ContractListRow

PAGE_SIZE = 200

# Characters that mark an address rather than a person's name or a certificate number.
_ADDRESS_MARKS = frozenset("路街巷弄栋幢座楼室镇区村苑道")
_CERT_MARKS = ("证", "第", "粤")


class SearchScope(Enum):
    AUTO = "auto"
    NAME = "name"
    ID_NUMBER = "id_number"
    NUMBER = "number"          # 不动产单元号 or certificate number
    ADDRESS = "address"

    @property
    def label(self) -> str:
        return _SCOPE_LABELS[self]


_SCOPE_LABELS = {
    SearchScope.AUTO: QT_TRANSLATE_NOOP("labels", "自动识别"),
    SearchScope.NAME: QT_TRANSLATE_NOOP("labels", "姓名"),
    SearchScope.ID_NUMBER: QT_TRANSLATE_NOOP("labels", "证件号码"),
    SearchScope.NUMBER: QT_TRANSLATE_NOOP("labels", "证书号/单元号"),
    SearchScope.ADDRESS: QT_TRANSLATE_NOOP("labels", "房屋坐落"),
}

ORDER_LABELS: dict[str, str] = {
    "created_desc": QT_TRANSLATE_NOOP("labels", "创建时间（新→旧）"),
    "created_asc": QT_TRANSLATE_NOOP("labels", "创建时间（旧→新）"),
    "updated_desc": QT_TRANSLATE_NOOP("labels", "最近更新"),
}


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What the list shows: the search box, the filters, the order. Dates are China dates, inclusive."""

    text: str = ""
    scope: SearchScope = SearchScope.AUTO
    statuses: tuple[ContractStatus, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    staff: str = ""
    order: str = "created_desc"


@dataclass(frozen=True, slots=True)
class ListItem:
    row: ContractListRow
    has_registry_draft: bool     # the registry holds the draft (its 24-hour clock runs)
    cancellation_queued: bool = False   # 注销申请 saved here, not yet at the registry

    @property
    def status_text(self) -> str:
        if self.cancellation_queued and self.row.status is ContractStatus.SIGNED:
            return QT_TRANSLATE_NOOP("labels", "注销申请中（待发送）")
        if self.row.status is ContractStatus.EXPIRED:
            return QT_TRANSLATE_NOOP("labels", "已过期")  # the full label (登记中心已删除) is the cell's tooltip
        return self.row.status.label

    @property
    def local_id(self) -> str:
        return self.row.local_id


@dataclass(frozen=True, slots=True)
class ListPage:
    query: ListQuery            # resolved: the scope the rows were found by (never AUTO)
    offset: int
    items: list[ListItem]
    complete: bool              # fewer than asked: nothing more to fetch


def looks_like_address(value: str) -> bool:
    c = compact(value)
    return not any(m in c for m in _CERT_MARKS) and any(ch in _ADDRESS_MARKS for ch in c)


def resolve(query: ListQuery) -> ListQuery:
    """The scope the search box text will be searched by (AUTO decided here)."""
    if query.scope is not SearchScope.AUTO or not query.text.strip():
        return query
    from zsdesk.store.search import QueryKind, classify_query

    kind, _ = classify_query(query.text)
    if kind is QueryKind.ID_NUMBER:
        return replace(query, scope=SearchScope.ID_NUMBER)
    if kind in (QueryKind.UNIT_NO, QueryKind.CERT_NO) and not looks_like_address(query.text):
        return replace(query, scope=SearchScope.NUMBER)
    if looks_like_address(query.text):
        return replace(query, scope=SearchScope.ADDRESS)
    return replace(query, scope=SearchScope.NAME)


class ContractLister:
    """Pages of one account's contract list. A staff account sees only its own contracts."""

    def __init__(self, sessions: sessionmaker[Session] | Callable[[], sessionmaker[Session]], *,
                 own_staff: str = "") -> None:
        # a callable defers opening the cache (migrations, key) to the first page, read off the GUI thread
        self._sessions = sessions
        self.own_staff = own_staff

    @property
    def sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        if not isinstance(self._sessions, sessionmaker):
            self._sessions = self._sessions()
        return self._sessions

    @classmethod
    def for_context(cls, ctx: AppContext) -> ContractLister:
        account = ctx.account
        own = account.username if account is not None and account.kind is AccountKind.STAFF else ""
        return cls(lambda: cache_of(ctx).sessions, own_staff=own)

    def _search(self, session: Session, q: ListQuery, offset: int, limit: int) -> list[ContractListRow]:
        from zsdesk.store.search import QueryKind, classify_query, search_contracts

        value = q.text.strip()
        criteria: dict[str, object] = {}
        if value:
            if q.scope is SearchScope.ID_NUMBER:
                criteria["id_number"] = compact(value).upper()
            elif q.scope is SearchScope.NAME:
                criteria["name"] = value
            elif q.scope is SearchScope.ADDRESS:
                criteria["address"] = value
            elif q.scope is SearchScope.NUMBER:
                kind, _ = classify_query(value)
                if kind is QueryKind.UNIT_NO:
                    criteria["text"] = value
                else:
                    criteria["cert_no"] = value
        staff = self.own_staff or q.staff
        return search_contracts(
            session, statuses=q.statuses,
            date_from=china_midnight(q.date_from) if q.date_from else None,
            date_to=china_midnight(q.date_to + timedelta(days=1)) if q.date_to else None,
            staff=staff or None, order=q.order, offset=offset, limit=limit,
            **criteria)  # type: ignore[arg-type]

    def page(self, query: ListQuery, offset: int = 0, limit: int = PAGE_SIZE) -> ListPage:
        """One page. At offset 0 an AUTO search is resolved; a name that matches nobody is tried as
        an address, an ID number that matches nobody as the end of a certificate or unit number (the
        page carries the scope used, so the next pages follow it)."""
        from sqlalchemy import select

        from zsdesk.services import contract_wizard  # noqa: F401  (loaded here, off the GUI thread: draft_clock)
        from zsdesk.store.models import Contract as ContractRow
        from zsdesk.store.models import OutboxCommand
        from zsdesk.sync import contracts as sc
        from zsdesk.sync.outbox import OPEN_STATES

        q = resolve(query)
        with self.sessions() as session:
            rows = self._search(session, q, offset, limit)
            if not rows and offset == 0 and query.scope is SearchScope.AUTO and q.scope is SearchScope.NAME:
                q = replace(q, scope=SearchScope.ADDRESS)
                rows = self._search(session, q, offset, limit)
            elif not rows and offset == 0 and query.scope is SearchScope.AUTO and q.scope is SearchScope.ID_NUMBER:
                # 8 digits or a letter and digits (F00030003) also end many a 不动产单元号
                q = replace(q, scope=SearchScope.NUMBER)
                rows = self._search(session, q, offset, limit)
            drafts = [r.local_id for r in rows if r.status is ContractStatus.DRAFT]
            filed: set[str] = set()
            if drafts:
                filed = set(session.scalars(select(ContractRow.local_id).where(
                    ContractRow.local_id.in_(drafts), ContractRow.registry_id.is_not(None))))
            signed = [r.local_id for r in rows if r.status is ContractStatus.SIGNED]
            cancelling: set[str] = set()
            if signed:
                # the outbox is small (open commands only), so this is a scan of a handful of rows
                cancelling = set(session.scalars(select(OutboxCommand.entity_id).where(
                    OutboxCommand.state.in_([str(x) for x in OPEN_STATES]), OutboxCommand.kind == sc.CANCEL,
                    OutboxCommand.entity_type == sc.ENTITY, OutboxCommand.entity_id.in_(signed))))
        items = [ListItem(r, r.local_id in filed, r.local_id in cancelling) for r in rows]
        return ListPage(q, offset, items, len(rows) < limit)

    def staff_accounts(self) -> list[tuple[str, str]]:
        """(login account, display) of every staff member with contracts in the cache, for the
        agency's filter. Distinct values read by skipping through the staff index."""
        from sqlalchemy import select, text

        from zsdesk.store.models.account import Staff

        with self.sessions() as session:
            accounts = [a for (a,) in session.execute(text(
                "WITH RECURSIVE s(a) AS (SELECT min(staff_account) FROM contract UNION ALL "
                "SELECT (SELECT min(staff_account) FROM contract WHERE staff_account > s.a) FROM s "
                "WHERE s.a IS NOT NULL) SELECT a FROM s WHERE a IS NOT NULL AND a != ''"))]
            names = dict(cast(list[tuple[str, str]], session.execute(
                select(Staff.login_account, Staff.name).where(Staff.login_account.in_(accounts))).tuples().all()))
        return [(a, msg(QT_TRANSLATE_NOOP("messages", "{name}（{account}）"), name=names[a], account=a)
                 if names.get(a) else a) for a in accounts]


def draft_clock(item: ListItem, now: datetime) -> DraftClock | None:
    """The same 24-hour clock the wizard shows; None for contracts that are not drafts."""
    r = item.row
    if r.status not in (ContractStatus.DRAFT, ContractStatus.EXPIRED):
        return None
    from zsdesk.services.contract_wizard import draft_clock_of
    from zsdesk.store.models import Contract as ContractRow

    probe = _ClockRow(r.status.value, "x" if item.has_registry_draft else None, r.created_at, r.expires_at)
    return draft_clock_of(cast(ContractRow, probe), now)


@dataclass(frozen=True, slots=True)
class _ClockRow:
    """The four columns `draft_clock_of` reads, from a list row."""

    status: str
    registry_id: str | None
    created_at: datetime | None
    expires_at: datetime | None


def clock_text(clock: DraftClock | None) -> str:
    """Short form for a table cell."""
    if clock is None or not clock.saved:
        return ""
    if clock.expired:
        return QT_TRANSLATE_NOOP("labels", "已过期，可重新创建")
    if not clock.created or clock.time_left is None:
        return QT_TRANSLATE_NOOP("labels", "等待同步")
    minutes = int(clock.time_left.total_seconds() // 60)
    if clock.warning:
        return msg(QT_TRANSLATE_NOOP("messages", "⚠ 剩 {hours} 小时 {minutes:02d} 分"),
                   hours=minutes // 60, minutes=minutes % 60)
    return msg(QT_TRANSLATE_NOOP("messages", "剩 {hours} 小时 {minutes:02d} 分"),
               hours=minutes // 60, minutes=minutes % 60)


__all__ = ["ORDER_LABELS", "PAGE_SIZE", "ContractLister", "ListItem", "ListPage", "ListQuery", "SearchScope",
           "clock_text", "draft_clock", "looks_like_address", "resolve"]
