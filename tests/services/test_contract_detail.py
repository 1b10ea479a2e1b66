"""services/contract_detail.py — the contract detail view's content: times in China time, every
section of the cached contract with ID numbers and phones masked unless asked for, what still waits
in the outbox or was refused, the draft's 24-hour clock, and the registry's revision list. A staff
member's desk on the real sandbox registry over loopback and a real encrypted SQLite cache
(services/wizard_world.py). No GUI."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import delete

from services.wizard_world import (
    BUYER_IDS,
    Desk,
    change_handover,
    fill_terms,
    go_offline,
    signed_contract,
    verified_draft,
)
from zsdesk.domain.enums import ContractStatus
from zsdesk.registry.exceptions import NotFound, RegistryOffline
from zsdesk.services import contract_detail as cd
from zsdesk.services.app_context import AppContext
from zsdesk.services.contract_cancellation import open_plan, request_cancellation
from zsdesk.services.errors import ServiceError
from zsdesk.services.sync_status import KIND_LABELS
from zsdesk.store.models import Contract as ContractRow
from zsdesk.store.models import ContractRevision
from zsdesk.sync import contracts as sc

MINUTE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")


def registry_id(desk: Desk, local_id: str) -> str:
    with desk.cache.sessions() as s:
        row = s.get(ContractRow, local_id)
        assert row is not None and row.registry_id
        return row.registry_id


def values(sections: list[cd.Section]) -> list[str]:
    return [v for sec in sections for _label, v in sec.rows]


def row_of(sections: list[cd.Section], title: str, label: str) -> str:
    [section] = [s for s in sections if s.title == title]
    [value] = [v for k, v in section.rows if k == label]
    return value


# -- China time -------------------------------------------------------------------------------------

def test_china_time_is_utc_plus_eight_to_the_minute() -> None:
    assert cd.china_time(datetime(2024, 1, 31, 16, 30, 59, tzinfo=UTC)) == "2024-02-01 00:30"
    assert cd.china_time(datetime(2024, 1, 31, 16, 30)) == "2024-02-01 00:30"        # naive: stored as UTC
    assert cd.china_time(datetime(2024, 6, 1, 9, 5, tzinfo=timezone(timedelta(hours=8)))) == "2024-06-01 09:05"
    assert cd.china_time(datetime(2024, 12, 31, 12, 0, tzinfo=timezone(timedelta(hours=-5)))) == "2025-01-01 01:00"
    assert cd.china_time(None) == ""


# -- what waits, what was refused, the draft's clock -------------------------------------------------

def test_a_queued_draft_shows_what_waits_and_then_its_clock(desk: Desk, staff_ctx: AppContext) -> None:
    wiz = verified_draft(desk)
    assert wiz.local_id is not None
    detail = cd.load_detail(staff_ctx, wiz.local_id)
    assert detail.status is ContractStatus.DRAFT and detail.registry_id == ""
    assert detail.pending == [KIND_LABELS[sc.CREATE]] and detail.failed == []
    assert detail.clock is not None and not detail.clock.created and not detail.cancellation_queued

    desk.sync()
    sent = cd.load_detail(staff_ctx, wiz.local_id)
    assert sent.registry_id and sent.pending == []
    assert sent.clock is not None and sent.clock.created and sent.clock.time_left is not None
    assert timedelta(hours=23) < sent.clock.time_left <= timedelta(hours=24)


def test_a_refused_filing_is_shown_with_the_registrys_reason(desk: Desk, staff_ctx: AppContext) -> None:
    wiz = verified_draft(desk)
    assert wiz.local_id is not None
    desk.sync()
    with desk.cache.sessions() as s:      # a filing of a draft with no terms: the registry refuses it
        sc.submit(s, wiz.local_id)
        s.commit()
    desk.sync()
    detail = cd.load_detail(staff_ctx, wiz.local_id)
    assert detail.pending == []
    [failed] = detail.failed
    assert failed.startswith(KIND_LABELS[sc.SUBMIT]) and len(failed) > len(KIND_LABELS[sc.SUBMIT]) + 1


def test_a_contract_no_longer_in_the_cache_is_not_found(staff_ctx: AppContext) -> None:
    with pytest.raises(ServiceError) as refused:
        cd.load_detail(staff_ctx, "no-such-local-id")
    assert refused.value.code == "NOT_FOUND" and refused.value.message == cd.NOT_FOUND


# -- the sections ------------------------------------------------------------------------------------

def test_sections_mask_id_numbers_and_phones_unless_asked(desk: Desk, staff_ctx: AppContext) -> None:
    wiz = verified_draft(desk)
    assert wiz.local_id is not None and wiz.contract is not None
    assert row_of(cd.sections(cd.load_detail(staff_ctx, wiz.local_id)), "合同概况", "创建时间") == ""   # not yet sent
    fill_terms(wiz)
    wiz.flush()
    desk.sync()
    detail = cd.load_detail(staff_ctx, wiz.local_id)
    masked = cd.sections(detail)
    full = cd.sections(detail, full_numbers=True)
    secrets = [BUYER_IDS[0], "13812345670", *(p.id_number for p in wiz.contract.sellers)]
    assert not any(secret in v for secret in secrets for v in values(masked))
    assert all(any(secret == v for v in values(full)) for secret in secrets)
    assert [s.title for s in masked] == [s.title for s in full]
    # one section per seller and per buyer, the contract's own facts in the overview
    titles = [s.title for s in masked]
    assert len(titles) == len(set(titles))
    assert sum(t.startswith("出卖人") for t in titles) == len(wiz.contract.sellers)
    assert sum(t.startswith("买受人") for t in titles) == 1
    assert row_of(masked, "合同概况", "状态") == ContractStatus.DRAFT.label
    assert "1,280,000.00" in row_of(masked, "价款与付款", "成交总价")
    created = row_of(masked, "合同概况", "创建时间")
    assert MINUTE.fullmatch(created) and created == cd.china_time(detail.contract.created_at)


# -- revisions -----------------------------------------------------------------------------------------

def test_a_changed_contract_lists_its_revisions_from_the_registry(desk: Desk, staff_ctx: AppContext) -> None:
    wiz = signed_contract(desk)
    assert wiz.local_id is not None
    change_handover(desk, wiz.local_id, date(2027, 5, 1), "卖方需延期搬迁")
    detail = cd.load_detail(staff_ctx, wiz.local_id)
    assert detail.contract.revision == 2 and detail.clock is None and detail.pending == []

    revisions = cd.fetch_revisions(staff_ctx, detail.registry_id)
    assert [r.revision for r in revisions] == sorted(r.revision for r in revisions) and revisions[-1].revision == 2
    last = revisions[-1]
    assert ("交房日期", "2027-03-31", "2027-05-01") in last.items
    assert any(item == "变更原因" and after == "卖方需延期搬迁" for item, _before, after in last.items)
    assert last.who == desk.staff_account and last.when is not None and MINUTE.fullmatch(cd.china_time(last.when))
    assert detail.local_revisions == revisions      # the cache had them before the registry was asked


def test_offline_the_detail_lists_the_same_revisions_as_online(desk: Desk, staff_ctx: AppContext) -> None:
    wiz = signed_contract(desk)
    assert wiz.local_id is not None
    assert cd.load_detail(staff_ctx, wiz.local_id).local_revisions == []
    change_handover(desk, wiz.local_id, date(2027, 5, 1), "卖方需延期搬迁")
    change_handover(desk, wiz.local_id, date(2027, 6, 1), "买方贷款审批延后")
    online = cd.fetch_revisions(staff_ctx, registry_id(desk, wiz.local_id))
    go_offline(staff_ctx)
    with pytest.raises(RegistryOffline):
        cd.fetch_revisions(staff_ctx, registry_id(desk, wiz.local_id))
    lines = cd.load_detail(staff_ctx, wiz.local_id).local_revisions
    assert lines == online and [r.revision for r in lines] == [2, 3]
    assert ("交房日期", "2027-05-01", "2027-06-01") in lines[1].items and lines[1].who == desk.staff_account
    assert cd.china_time(lines[0].when) == cd.china_time(online[0].when) != ""


def test_opening_the_detail_online_fills_a_cache_that_lacks_the_revisions(desk: Desk,
                                                                         staff_ctx: AppContext) -> None:
    """A contract cached before the registry sent its revision list with it gets it when its detail
    is read online."""
    wiz = signed_contract(desk)
    assert wiz.local_id is not None
    change_handover(desk, wiz.local_id, date(2027, 5, 1), "卖方需延期搬迁")
    with desk.cache.sessions.begin() as s:
        s.execute(delete(ContractRevision))
    assert cd.load_detail(staff_ctx, wiz.local_id).local_revisions == []
    online = cd.fetch_revisions(staff_ctx, registry_id(desk, wiz.local_id))
    assert [r.revision for r in online] == [2]
    assert cd.load_detail(staff_ctx, wiz.local_id).local_revisions == online


def test_revisions_of_a_contract_the_registry_does_not_know(staff_ctx: AppContext) -> None:
    with pytest.raises(NotFound):
        cd.fetch_revisions(staff_ctx, "999999999")


def test_revisions_offline_raise_registry_offline(desk: Desk, staff_ctx: AppContext) -> None:
    wiz = verified_draft(desk)
    desk.sync()
    assert wiz.local_id is not None
    rid = registry_id(desk, wiz.local_id)
    go_offline(staff_ctx)
    with pytest.raises(RegistryOffline):
        cd.fetch_revisions(staff_ctx, rid)
    assert cd.load_detail(staff_ctx, wiz.local_id).registry_id == rid     # the cached detail still reads


def test_a_signed_contracts_consents_are_listed_with_china_time_and_recorder(desk: Desk,
                                                                             staff_ctx: AppContext) -> None:
    wiz = signed_contract(desk)
    assert wiz.local_id is not None and wiz.contract is not None
    detail = cd.load_detail(staff_ctx, wiz.local_id)
    assert detail.status is ContractStatus.SIGNED and detail.clock is None
    assert cd.sections(detail)[0].rows[1][1] == detail.contract.filing_no != ""      # 备案号
    [consents] = [s for s in cd.sections(detail) if s.title == "买卖双方同意记录"]
    names = [p.name for p in (*wiz.contract.sellers, *wiz.contract.buyers)]
    assert len(consents.rows) == len(names)
    for (who, what), given in zip(consents.rows, detail.contract.consents, strict=True):
        assert given.party_name in who and desk.staff_account in what
        assert cd.china_time(given.confirmed_at) in what and MINUTE.search(what)


# -- cancellation --------------------------------------------------------------------------------------

def test_a_queued_cancellation_is_shown_as_queued(desk: Desk, staff_ctx: AppContext) -> None:
    wiz = signed_contract(desk)
    assert wiz.local_id is not None
    assert not cd.load_detail(staff_ctx, wiz.local_id).cancellation_queued
    plan = open_plan(desk.cache.sessions, wiz.local_id)
    plan.reason = "买卖双方协商一致解除合同"
    request_cancellation(desk.cache.sessions, wiz.local_id, plan, staff_account=desk.staff_account)
    detail = cd.load_detail(staff_ctx, wiz.local_id)
    assert detail.cancellation_queued and detail.pending == [KIND_LABELS[sc.CANCEL]]
    assert detail.status is ContractStatus.SIGNED          # not cancelled until the registry says so
