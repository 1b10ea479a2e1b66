"""The contract list as a lazily fetched table model: the view asks for more rows as it scrolls
(`canFetchMore`/`fetchMore`), a page of 200 at a time read off the GUI thread. A new search replaces
the rows when its first page arrives; while one search runs, newer keystrokes wait and only the
latest runs next, so fast typing never piles up queries."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from zsdesk.domain.china_time import format_china_time
from zsdesk.domain.enums import ContractStatus
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.gui.errors import failure_text
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import run_operation
from zsdesk.services.contract_list import (
    PAGE_SIZE,
    ContractLister,
    ListItem,
    ListPage,
    ListQuery,
    clock_text,
    draft_clock,
)

Index = QModelIndex | QPersistentModelIndex
LOCAL_ID_ROLE = Qt.ItemDataRole.UserRole
WARNING = QBrush(QColor("#c62828"))
MUTED = QBrush(QColor("#757575"))


def _when(value: datetime | None) -> str:
    return format_china_time(value)


def _party(name: str, masked: str) -> str:
    # the store's masked copy with its run of * shortened, so name and number fit one column
    if not masked:
        return name
    return translate("ContractListModel", "{name}（{id_number}）").format(name=name, id_number=_STARS.sub("**", masked))


_STARS = re.compile(r"\*{3,}")


# (header, cell text); ID numbers only ever as the store's masked copies
COLUMNS: tuple[tuple[str, Callable[[ListItem], str]], ...] = (
    (QT_TRANSLATE_NOOP("ContractListModel", "合同编号"),
     lambda i: i.row.contract_no or translate("ContractListModel", "（待登记中心编号）")),
    (QT_TRANSLATE_NOOP("ContractListModel", "备案号"), lambda i: i.row.filing_no),
    (QT_TRANSLATE_NOOP("ContractListModel", "状态"), lambda i: label(i.status_text)),
    (QT_TRANSLATE_NOOP("ContractListModel", "房屋坐落"), lambda i: i.row.address),
    (QT_TRANSLATE_NOOP("ContractListModel", "出卖人"), lambda i: _party(i.row.seller_name, i.row.seller_id_masked)),
    (QT_TRANSLATE_NOOP("ContractListModel", "买受人"), lambda i: _party(i.row.buyer_name, i.row.buyer_id_masked)),
    (QT_TRANSLATE_NOOP("ContractListModel", "经办人"), lambda i: i.row.staff_account),
    (QT_TRANSLATE_NOOP("ContractListModel", "创建时间"), lambda i: _when(i.row.created_at)),
)
CLOCK_HEADER = QT_TRANSLATE_NOOP("ContractListModel", "草稿剩余时间")


class ContractListModel(QAbstractTableModel):
    loaded = Signal()            # the first page of the current search is shown
    failed = Signal(str)

    def __init__(self, lister: ContractLister, *, clock: Callable[[], datetime] | None = None,
                 page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self.lister = lister
        self.clock = clock or (lambda: datetime.now(UTC))
        self.page_size = page_size
        self.items: list[ListItem] = []
        self.query = ListQuery()            # as resolved by the last first page
        self.complete = True
        self.generation = 0
        self.searching = False
        self._wanted: ListQuery | None = None
        self._fetching = False
        self._now = self.clock()
        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)    # the draft clocks move on
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()

    # -- searching -------------------------------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        """Show the first page of ``query`` (the rows stay until it arrives)."""
        self._wanted = query
        if not self.searching:
            self._start_search()

    def _start_search(self) -> None:
        query, self._wanted = self._wanted, None
        assert query is not None
        self.searching = True
        self.generation += 1
        gen = self.generation
        run_operation(self, lambda _p: self.lister.page(query, 0, self.page_size),
                      on_success=lambda page: self._first_page(gen, page),
                      on_failure=self._search_failed, name="contract list")

    def _first_page(self, gen: int, page: ListPage) -> None:
        self.searching = False
        if self._wanted is not None:        # typed on meanwhile: only the newest search matters
            self._start_search()
            return
        if gen != self.generation:
            return
        self.beginResetModel()
        self.items = list(page.items)
        self.query = page.query
        self.complete = page.complete
        self._fetching = False
        self._now = self.clock()
        self.endResetModel()
        self.loaded.emit()

    def _search_failed(self, exc: BaseException) -> None:
        self.searching = False
        self.failed.emit(translate("ContractListModel", "读取本机数据失败：{error}")
                         .format(error=failure_text(exc) or exc))
        if self._wanted is not None:
            self._start_search()

    def refresh(self) -> None:
        self.set_query(self.query if self._wanted is None else self._wanted)

    # -- lazy paging -----------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.complete and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.complete or self._fetching:
            return
        self._fetching = True
        gen, query, offset = self.generation, self.query, len(self.items)
        run_operation(self, lambda _p: self.lister.page(query, offset, self.page_size),
                      on_success=lambda page: self._more(gen, page), on_failure=self._more_failed,
                      name="contract list page")

    def _more(self, gen: int, page: ListPage) -> None:
        if gen != self.generation or page.offset != len(self.items):
            return
        self._fetching = False
        self.complete = page.complete
        if page.items:
            first = len(self.items)
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            self.items.extend(page.items)
            self.endInsertRows()

    def _more_failed(self, exc: BaseException) -> None:
        self._fetching = False
        self.complete = True
        self.failed.emit(translate("ContractListModel", "读取更多合同失败：{error}")
                         .format(error=failure_text(exc) or exc))

    # -- the table -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ContractListModel", COLUMNS[section][0] if section < len(COLUMNS) else CLOCK_HEADER)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col < len(COLUMNS):
                return COLUMNS[col][1](item)
            return label(clock_text(draft_clock(item, self._now)))
        if role == LOCAL_ID_ROLE:
            return item.local_id
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == len(COLUMNS):
                clock = draft_clock(item, self._now)
                if clock is not None and (clock.warning or clock.expired):
                    return WARNING
            if col == 2 and item.row.status in (ContractStatus.EXPIRED, ContractStatus.CANCELLED):
                return MUTED
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == len(COLUMNS):
                clock = draft_clock(item, self._now)
                return label(clock.text) if clock is not None else None
            if col == 2:
                return label(item.row.status.label)
            if col == 3:
                return item.row.address
        return None
        return None

    def item_at(self, row: int) -> ListItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def tick(self) -> None:
        self._now = self.clock()
        if self.items:
            col = len(COLUMNS)
            self.dataChanged.emit(self.index(0, col), self.index(len(self.items) - 1, col))
