from __future__ import annotations

import copy
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from zsdesk.domain.contract import Contract, Party, Property
from zsdesk.domain.enums import ContractStatus, IdType, PartyRole, PaymentMethod
from zsdesk.domain.errors import RuleError
from zsdesk.domain.lifecycle import (
    DRAFT_TTL,
    KEY_FIELDS,
    TRANSITIONS,
    ContractEvent,
    allowed_events,
    diff_terms,
    draft_expires_at,
    is_draft_expired,
    locked_changes,
    time_left,
    transition,
)

S, E = ContractStatus, ContractEvent

LEGAL = [
    (S.DRAFT, E.EDIT_DRAFT, S.DRAFT),
    (S.DRAFT, E.SUBMIT, S.SIGNED),
    (S.DRAFT, E.EXPIRE, S.EXPIRED),
    (S.SIGNED, E.APPLY_CHANGE, S.SIGNED),
    (S.SIGNED, E.REQUEST_CANCELLATION, S.CANCELLATION_PENDING),
    (S.CANCELLATION_PENDING, E.COMPLETE_CANCELLATION, S.CANCELLED),
    (S.CANCELLATION_PENDING, E.WITHDRAW_CANCELLATION, S.SIGNED),
]


@pytest.mark.parametrize(("status", "event", "after"), LEGAL)
def test_legal_transitions(status: ContractStatus, event: ContractEvent, after: ContractStatus) -> None:
    assert transition(status, event) is after
    assert event in allowed_events(status)


ILLEGAL = [(s, e) for s in ContractStatus for e in ContractEvent if (s, e) not in TRANSITIONS]


@pytest.mark.parametrize(("status", "event"), ILLEGAL)
def test_illegal_transitions_raise(status: ContractStatus, event: ContractEvent) -> None:
    with pytest.raises(RuleError) as info:
        transition(status, event)
    assert info.value.code == "ILLEGAL_TRANSITION"
    assert status.label in info.value.first.message and event.label in info.value.first.message


def test_specific_illegal_cases() -> None:
    assert (S.SIGNED, E.SUBMIT) in ILLEGAL           # no filing twice
    assert (S.SIGNED, E.EXPIRE) in ILLEGAL           # a filed contract never expires
    assert (S.CANCELLED, E.WITHDRAW_CANCELLATION) in ILLEGAL
    assert (S.EXPIRED, E.SUBMIT) in ILLEGAL
    assert allowed_events(S.CANCELLED) == [] and allowed_events(S.EXPIRED) == []


def test_draft_ttl_with_injected_clock() -> None:
    created = datetime(2026, 3, 1, 9, 30)
    assert timedelta(hours=24) == DRAFT_TTL
    assert draft_expires_at(created) == datetime(2026, 3, 2, 9, 30)
    assert not is_draft_expired(created, created + timedelta(hours=23, minutes=59, seconds=59))
    assert is_draft_expired(created, created + timedelta(hours=24))
    assert time_left(created, created + timedelta(hours=20)) == timedelta(hours=4)
    assert time_left(created, created + timedelta(days=3)) == timedelta(0)


def _contract() -> Contract:
    return Contract(
        property=Property(unit_no="442000001002GB00003F00010001", address="中山市石岐街道某路1号"),
        sellers=[Party(PartyRole.SELLER, "张三", IdType.RESIDENT_ID, "442000199001010011", phone="13800138000")],
        buyers=[Party(PartyRole.BUYER, "李四", IdType.RESIDENT_ID, "44200019800101005X", address="旧址")],
    )


def test_locked_changes_lists_key_paths() -> None:
    before = _contract()
    after = copy.deepcopy(before)
    assert locked_changes(before, after) == []
    after.buyers[0].name = "李肆"
    after.sellers[0].id_number = "442000199001010020"
    after.property.address = "中山市东区某路2号"
    after.buyers.append(Party(PartyRole.BUYER, "王五"))
    assert locked_changes(before, after) == [
        "sellers.0.id_number", "buyers.count", "buyers.0.name", "property.address"]
    assert "buyers.*.name" in KEY_FIELDS and "property.unit_no" in KEY_FIELDS


def test_non_key_changes_are_not_locked_but_diffed() -> None:
    before = _contract()
    after = copy.deepcopy(before)
    after.payment.total_price = Decimal("1500000.00")
    after.payment.method = PaymentMethod.COMMERCIAL_LOAN
    after.buyers[0].address = "新址"
    after.escrow.enabled = True
    assert locked_changes(before, after) == []
    items = {i.field: i for i in diff_terms(before, after)}
    assert set(items) == {"payment.total_price", "payment.method", "buyers.0.address", "escrow.enabled"}
    assert items["payment.total_price"].before == "" and items["payment.total_price"].after == "1500000.00"
    assert items["payment.method"].after == "商业贷款"
    assert items["escrow.enabled"].before == "否" and items["escrow.enabled"].after == "是"
    assert items["buyers.0.address"].label_zh == "乙方1（李四）住所"
    assert (items["buyers.0.address"].before, items["buyers.0.address"].after) == ("旧址", "新址")
