"""The contract list pages over a real encrypted cache of 5,000 contracts: search as you type by
name, ID number (blind index), certificate number and address; filters; lazy paging; masked numbers;
the draft clock; the wizard hosted on the page (new, resume)."""

from __future__ import annotations

import importlib.util
import os
import random
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from zsdesk.domain.enums import AccountKind, ContractStatus
from zsdesk.gui.contract_list_model import COLUMNS
from zsdesk.gui.pages.contracts_page import ContractsPage
from zsdesk.paths import app_paths
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.app_settings import AppSettings
from zsdesk.services.contract_list import ContractLister, ListQuery, SearchScope, resolve
from zsdesk.store.database import Cache, open_cache
from zsdesk.store.models import Contract as ContractRow
from zsdesk.store.models import ContractParty

N = 5000
BENCH = Path(__file__).resolve().parents[2] / "bench" / "store_search.py"


def bench_seeding() -> ModuleType:
    """bench/store_search.py's fast bulk seeding (encrypted numbers, blind indexes, masked copies)."""
    spec = importlib.util.spec_from_file_location("bench_store_search", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_store_search", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Cache, dict[str, Any]]]:
    root = tmp_path_factory.mktemp("list-cache")
    cache = open_cache(root / "cache.sqlite3", root / "config", master_key=os.urandom(32))
    probe = bench_seeding().seed(cache, N, random.Random(7))
    yield cache, probe
    cache.close()


def context(cache: Cache, kind: AccountKind = AccountKind.AGENCY, username: str = "agency_admin") -> AppContext:
    ctx = AppContext(app_paths().ensure(), AppSettings())
    ctx.account = Account("uid", username, kind, "测试", "中山市示例房地产代理有限公司")
    ctx.cache = cache  # type: ignore[attr-defined]
    return ctx


def shown_page(qtbot, ctx: AppContext, key: str) -> ContractsPage:  # type: ignore[no-untyped-def]
    page = ContractsPage(key, ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        page.activate()
    return page


def search(qtbot, page: ContractsPage, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        page.search.setText(text)
    return [i.row.contract_no for i in page.model.items]


def cells(page: ContractsPage, row: int) -> list[str]:
    m = page.model
    return [str(m.data(m.index(row, c))) for c in range(m.columnCount())]


def test_search_by_id_name_cert_and_address(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    cache, probe = seeded
    page = shown_page(qtbot, context(cache), "agency_contracts")
    assert page.model.rowCount() == 200 and not page.model.complete
    target = f"ZS{N // 2:09d}"

    # an ID number is found exactly through the blind index (lower-case x and spaces as typed)
    id_number: str = probe["id_number"]
    typed = f"{id_number[:6]} {id_number[6:14]} {id_number[14:]}".lower()
    assert search(qtbot, page, typed) == [target]
    assert page.model.query.scope is SearchScope.ID_NUMBER
    row = cells(page, 0)
    assert id_number not in " ".join(row)                       # masked in the list
    assert f"{id_number[:6]}**{id_number[-4:]}" in row[5]
    assert "证件号码" in page.message.text()

    assert target in search(qtbot, page, probe["name_prefix"])
    assert page.model.query.scope is SearchScope.NAME
    with cache.sessions() as s:
        for item in page.model.items:       # every hit has a party (seller or any buyer) with that prefix
            names = s.scalars(select(ContractParty.name).where(ContractParty.contract_id == item.local_id)).all()
            assert any(n.startswith(probe["name_prefix"]) for n in names)

    assert search(qtbot, page, probe["cert_no"]) == [target]
    assert page.model.query.scope is SearchScope.NUMBER

    assert search(qtbot, page, f"某路{N // 2}号") == [target]
    assert page.model.query.scope is SearchScope.ADDRESS

    assert search(qtbot, page, "11010519491231002X") == []
    assert "没有找到" in page.message.text()


def test_search_by_part_of_a_certificate_or_unit_number(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    """Typed as the agent reads it off the papers: the certificate's serial, the end of the
    不动产单元号 — also when it looks like a passport or permit number to the search box."""
    cache, probe = seeded
    page = shown_page(qtbot, context(cache), "agency_contracts")
    target = f"ZS{N // 2:09d}"
    assert search(qtbot, page, probe["cert_serial"]) == [target]          # 0002500 of …第0002500号
    assert page.model.query.scope is SearchScope.NUMBER
    assert "证书号/单元号" in page.message.text()
    assert search(qtbot, page, probe["unit_tail"]) == [target]            # F00002500: not a passport here
    assert page.model.query.scope is SearchScope.NUMBER
    assert search(qtbot, page, probe["unit_tail"][1:]) == [target]        # 8 digits: not a permit either
    assert search(qtbot, page, probe["unit_tail"].lower()) == [target]


def test_lazy_fetch_pages_of_200_and_never_a_full_load(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    cache, _probe = seeded
    page = shown_page(qtbot, context(cache), "agency_contracts")
    model = page.model
    assert model.rowCount() == 200 and model.canFetchMore()
    # scrolling to the bottom asks the model for the next page
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=10000)
    assert model.rowCount() < N
    while model.canFetchMore() or model._fetching:
        if model.canFetchMore():
            model.fetchMore()
        qtbot.waitUntil(lambda: not model._fetching, timeout=10000)
    assert model.rowCount() == N and model.complete and not model.canFetchMore()
    ids = [i.local_id for i in model.items]
    assert len(set(ids)) == N
    created = [i.row.created_at for i in model.items]
    assert created == sorted(created, reverse=True)              # newest first, no duplicates across pages


def test_filters_status_dates_staff_and_order(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    cache, _probe = seeded
    page = shown_page(qtbot, context(cache), "agency_contracts")
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        page.status_filter.setCurrentIndex(page.status_filter.findData(ContractStatus.SIGNED.value))
    assert page.model.items and all(i.row.status is ContractStatus.SIGNED for i in page.model.items)

    assert page.staff_filter is not None
    qtbot.waitUntil(lambda: page.staff_filter.count() == 41, timeout=10000)   # 全部 + agent00..agent39
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        page.staff_filter.setCurrentIndex(page.staff_filter.findData("agent05"))
    assert page.model.items and {i.row.staff_account for i in page.model.items} == {"agent05"}

    # the seeded contracts start 2024-01-01 (UTC), one every ten minutes: two China days hold few
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        page.staff_filter.setCurrentIndex(0)
    page.date_from.setValue(date(2024, 1, 3))
    page.date_to.setValue(date(2024, 1, 4))
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        page.by_date.setChecked(True)
    lo, hi = datetime(2024, 1, 2, 16, tzinfo=UTC), datetime(2024, 1, 4, 16, tzinfo=UTC)
    items = page.model.items
    assert items and all(i.row.created_at is not None and lo <= i.row.created_at < hi for i in items)
    assert len(items) < 2 * 24 * 6 + 1
    # a filter date typed as no date: kept in the field, said under the list, the bounds stay as they were
    shown = [i.row.contract_no for i in items]
    page.date_to.setFocus()
    page.date_to.selectAll()
    qtbot.keyClicks(page.date_to, "2024-13-04")
    qtbot.keyClick(page.date_to, Qt.Key.Key_Return)
    assert page.date_to.text() == "2024-13-04" and page.date_to.property("invalid") is True
    assert "创建日期（止）" in page.message.text() and "月份应为 1 至 12" in page.message.text()
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        page.refresh()                       # e.g. after a background sync round
    assert [i.row.contract_no for i in page.model.items] == shown
    assert "创建日期（止）" in page.message.text()
    page.date_to.selectAll()
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        qtbot.keyClicks(page.date_to, "2024/1/4")
        qtbot.keyClick(page.date_to, Qt.Key.Key_Return)
    assert page.date_to.text() == "2024-01-04" and page.date_to.property("invalid") is False
    assert [i.row.contract_no for i in page.model.items] == shown

    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        page.order.setCurrentIndex(page.order.findData("created_asc"))
    created = [i.row.created_at for i in page.model.items]
    assert created == sorted(created)  # type: ignore[type-var]


def test_staff_account_sees_only_its_own_contracts(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    cache, _probe = seeded
    page = shown_page(qtbot, context(cache, AccountKind.STAFF, "agent07"), "my_contracts")
    assert page.model.items and {i.row.staff_account for i in page.model.items} == {"agent07"}
    assert page.staff_filter is None and page.table.isColumnHidden(6)


def test_auto_scope_resolution() -> None:
    assert resolve(ListQuery(text="440101199001011234")).scope is SearchScope.ID_NUMBER
    assert resolve(ListQuery(text="粤（2024）中山市不动产权第0000012号")).scope is SearchScope.NUMBER
    assert resolve(ListQuery(text="石岐区孙文中路")).scope is SearchScope.ADDRESS
    assert resolve(ListQuery(text="王小明")).scope is SearchScope.NAME
    assert resolve(ListQuery(text="王", scope=SearchScope.ADDRESS)).scope is SearchScope.ADDRESS


# -- drafts: the clock and the wizard on the page --------------------------------------------------

@pytest.fixture
def draft_ctx() -> Iterator[tuple[AppContext, list[str]]]:
    from services.printing_world import AGENT_ACCOUNT, close, new_context, store_contracts

    ctx = new_context()
    ids = store_contracts(ctx, 3)          # signed, draft, cancelled
    from zsdesk.services.app_context import cache_of

    with cache_of(ctx).sessions.begin() as s:
        row = s.get(ContractRow, ids[1])
        assert row is not None and row.status == ContractStatus.DRAFT
        row.registry_id = "reg-draft-1"
        row.created_at = datetime.now(UTC) - timedelta(hours=23)
        row.expires_at = datetime.now(UTC) + timedelta(minutes=59, seconds=30)
    assert ctx.account is not None and ctx.account.username == AGENT_ACCOUNT
    yield ctx, ids
    close(ctx)


def test_draft_clock_warns_under_two_hours(qtbot, draft_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = draft_ctx
    page = shown_page(qtbot, ctx, "new_contract")
    assert [i.local_id for i in page.model.items] == [ids[1]]
    clock_col = len(COLUMNS)
    index = page.model.index(0, clock_col)
    assert page.model.data(index) == "⚠ 剩 0 小时 59 分"
    assert page.model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert "24 小时" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_new_contract_and_resume_a_draft_on_the_page(qtbot, draft_ctx) -> None:  # type: ignore[no-untyped-def]
    from zsdesk.gui.contract_wizard.wizard_widget import ContractWizardWidget
    from zsdesk.services.wizard_pages import PageId

    ctx, ids = draft_ctx
    page = shown_page(qtbot, ctx, "new_contract")
    page.new_contract()
    view = page.wizard_view
    assert isinstance(view, ContractWizardWidget) and page.stack.currentWidget() is not page.list_page
    assert view.wizard.page is PageId.VERIFY and view.wizard.local_id is None
    assert view.wizard.on_queued is not None
    page.show_list()
    assert page.wizard_view is None and page.stack.currentWidget() is page.list_page

    # double-click on the draft resumes it in the wizard
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.open_row(0)
    view = page.wizard_view
    assert isinstance(view, ContractWizardWidget)
    assert view.wizard.local_id == ids[1] and view.wizard.page is PageId.PROPERTY_SELLERS
    page.show_list()


def test_lister_pages_are_stable_without_qt(seeded) -> None:  # type: ignore[no-untyped-def]
    cache, _probe = seeded
    lister = ContractLister(cache.sessions)
    first = lister.page(ListQuery(), 0, 50)
    second = lister.page(ListQuery(), 50, 50)
    assert len(first.items) == len(second.items) == 50
    assert not {i.local_id for i in first.items} & {i.local_id for i in second.items}


def test_broad_certificate_prefix_walks_the_date_index(seeded) -> None:  # type: ignore[no-untyped-def]
    cache, _probe = seeded
    lister = ContractLister(cache.sessions)
    page = lister.page(ListQuery(text="粤（2024）中山市"), 0, 200)      # every seeded certificate matches
    assert page.query.scope is SearchScope.NUMBER and len(page.items) == 200
    assert all(i.row.cert_no.startswith("粤（2024）中山市") for i in page.items)
    everything = lister.page(ListQuery(), 0, 200)
    assert [i.local_id for i in page.items] == [i.local_id for i in everything.items]
    assert [i.row.contract_no for i in lister.page(ListQuery(text="粤（2024）中山市不动产权第0001234号")).items] \
        == ["ZS000001234"]
