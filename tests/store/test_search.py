from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import ContractStatus
from zsdesk.store.contracts import save_contract
from zsdesk.store.database import Cache
from zsdesk.store.search import QueryKind, classify_query, search_contracts

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def filled(cache: Cache, contract_factory: Callable[[int], dc.Contract]) -> Cache:
    with cache.sessions.begin() as s:
        for i in range(120):
            save_contract(s, contract_factory(i), f"c{i:04d}")
    return cache


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("11010519491231002X", QueryKind.ID_NUMBER),
        ("110105 1949 1231 002x", QueryKind.ID_NUMBER),
        ("H00000012", QueryKind.ID_NUMBER),
        ("442000001001GB00012F00000012", QueryKind.UNIT_NO),
        ("粤(2020)中山市不动产权第0000012号", QueryKind.CERT_NO),
        ("张伟", QueryKind.NAME),
    ],
)
def test_classify_query(text: str, kind: QueryKind) -> None:
    assert classify_query(text)[0] is kind


def test_exact_id_search_through_blind_index(filled: Cache, id_for: Callable[[int], str]) -> None:
    with filled.sessions() as s:
        rows = search_contracts(s, text=id_for(42).lower())
        assert [r.local_id for r in rows] == ["c0042"]
        assert rows[0].seller_id_masked == id_for(42)[:6] + "********" + id_for(42)[-4:]
        # a buyer's ID finds the contract too, and an HK permit through the same index
        assert [r.local_id for r in search_contracts(s, id_number=id_for(500_042))] == ["c0042"]
        assert [r.local_id for r in search_contracts(s, text="H00000042")] == ["c0042"]
        assert search_contracts(s, text="11010519491231002X") == []


def test_name_prefix_includes_rare_characters(filled: Cache) -> None:
    with filled.sessions() as s:
        rows = search_contracts(s, text="陈𠮷", limit=500)
        assert {r.local_id for r in rows} == {f"c{i:04d}" for i in range(120) if i % 7 == 0}
        # prefix: a surname finds every contract with a party of that surname
        zhang = search_contracts(s, name="张", limit=500)
        assert {r.local_id for r in zhang} == {f"c{i:04d}" for i in range(120) if i % 10 == 0 or (i + 3) % 10 == 0}
        assert search_contracts(s, name="%") == []


def test_cert_unit_and_address(filled: Cache) -> None:
    with filled.sessions() as s:
        assert [r.local_id for r in search_contracts(s, text="粤 (2020) 中山市不动产权第0000012号")] == ["c0012"]
        assert [r.local_id for r in search_contracts(s, text="442000001001gb00013F00000013")] == ["c0013"]
        assert [r.local_id for r in search_contracts(s, address="兴中道77号")] == ["c0077"]
        assert search_contracts(s, address="%") == []


def test_part_of_a_number_finds_the_contract_by_its_end(filled: Cache) -> None:
    """A certificate's serial or the last characters of a 不动产单元号 (…F00000013) find the contract."""
    with filled.sessions() as s:
        assert [r.local_id for r in search_contracts(s, text="0000012")] == ["c0012"]
        assert [r.local_id for r in search_contracts(s, text="第0000012号")] == ["c0012"]
        assert [r.local_id for r in search_contracts(s, text="00012号")] == ["c0012"]
        assert [r.local_id for r in search_contracts(s, cert_no="f00000013")] == ["c0013"]
        assert [r.local_id for r in search_contracts(s, text="GB00013F00000013")] == ["c0013"]
        # four characters are the shortest end searched: …0010 ends c0010 only
        assert [r.local_id for r in search_contracts(s, text="0010")] == ["c0010"]
        assert search_contracts(s, text="010") == []
        # the start of a number still works, and a number inside (neither start nor end) is not searched
        assert [r.local_id for r in search_contracts(s, text="粤（2020）中山市不动产权第000001", limit=500)] == \
            [f"c{i:04d}" for i in range(19, 9, -1)]
        assert search_contracts(s, text="00001F") == []


def test_a_broad_end_of_number_takes_the_index_walk_with_same_results(filled: Cache,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from zsdesk.store import search

    with filled.sessions() as s:
        collected = [r.local_id for r in search_contracts(s, text="0000", limit=500)]
        monkeypatch.setattr(search, "NAME_SCAN_THRESHOLD", 2)
        walked = [r.local_id for r in search_contracts(s, text="0000", limit=500)]
    assert collected == walked == ["c0000"]


def test_status_date_page_is_ordered_and_masked(filled: Cache) -> None:
    with filled.sessions() as s:
        page = search_contracts(s, status=ContractStatus.SIGNED, date_from=T0 + timedelta(minutes=10),
                                date_to=T0 + timedelta(minutes=100), limit=20, offset=5)
        assert len(page) == 20
        created = [r.created_at for r in page]
        assert created == sorted(created, reverse=True)   # type: ignore[type-var]
        assert all(r.status is ContractStatus.SIGNED for r in page)
        assert all(T0 + timedelta(minutes=10) <= r.created_at < T0 + timedelta(minutes=100)  # type: ignore[operator]
                   for r in page)
        assert all("*" in r.seller_id_masked and "*" in r.buyer_id_masked for r in page)
        first = search_contracts(s, status=ContractStatus.SIGNED, limit=1)[0]
        assert first.local_id == "c0119"
        staff_rows = search_contracts(s, staff="agent01", limit=500)
        assert {r.staff_account for r in staff_rows} == {"agent01"} and len(staff_rows) == 30


def test_broad_name_prefix_takes_the_index_walk_with_same_results(filled: Cache,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import zsdesk.store.search as search

    with filled.sessions() as s:
        narrow = search_contracts(s, name="陈", status=ContractStatus.SIGNED, limit=500)
        monkeypatch.setattr(search, "NAME_SCAN_THRESHOLD", 5)
        search.compiled_query.cache_clear()
        broad = search_contracts(s, name="陈", status=ContractStatus.SIGNED, limit=500)
        sql, _ = search.compiled_query(("name_scan", "status"), "created_desc")
    assert "EXISTS" in sql
    assert broad == narrow and len(broad) == 80


def test_several_statuses_and_updated_order(filled: Cache) -> None:
    with filled.sessions() as s:
        both = search_contracts(s, statuses=(ContractStatus.DRAFT, ContractStatus.SIGNED), limit=500)
        drafts = search_contracts(s, status=ContractStatus.DRAFT, limit=500)
        none = search_contracts(s, statuses=(ContractStatus.CANCELLED, ContractStatus.EXPIRED), limit=500)
        recent = search_contracts(s, order="updated_desc", limit=3)
    assert len(both) == 120 and len(drafts) == 40 and none == []
    assert {r.status for r in both} == {ContractStatus.DRAFT, ContractStatus.SIGNED}
    assert [r.local_id for r in recent] == ["c0119", "c0118", "c0117"]   # saved in that order
