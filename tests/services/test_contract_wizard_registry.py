"""The wizard and the contract lifecycle end to end against the real sandbox registry over HTTP:
verification by every method, drafts through the outbox, shares, escrow, consent, submit, change,
cancellation and the 24-hour expiry with re-creation from the local copy. No Qt."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from services.wizard_world import (
    BUYER_IDS,
    Desk,
    consent_all,
    demo,
    fill_terms,
    form_for,
    free_property,
)
from zsdesk.domain import contract as dc
from zsdesk.domain.enums import ContractStatus, EscrowBank, IdType, Ownership, PartyRole
from zsdesk.domain.identity import upgrade_first_generation
from zsdesk.registry.schemas.properties import VerifyMethod
from zsdesk.registry.server.properties_service import ADVICE
from zsdesk.registry.server.register_seed import DemoKind
from zsdesk.services import wizard_terms as wt
from zsdesk.services.contract_cancellation import open_plan, request_cancellation
from zsdesk.services.contract_change import CANCELLATION_PATH, ContractChange
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.errors import ServiceError
from zsdesk.services.wizard_pages import PageId
from zsdesk.store.contracts import load_contract
from zsdesk.store.models import Contract as ContractRow


def _row(desk: Desk, local_id: str) -> ContractRow:
    with desk.cache.sessions() as s:
        row = s.get(ContractRow, local_id)
        assert row is not None
        return row


def _verified(desk: Desk) -> ContractWizard:
    wiz = desk.wizard()
    result = wiz.verify_property(form_for(free_property()))
    assert result.ok, result.failure
    return wiz


# -- 房源验证 ------------------------------------------------------------------------------------

def test_verify_by_title_cert_prefills_and_creates_the_draft_through_the_outbox(desk: Desk) -> None:
    prop = free_property()
    wiz = desk.wizard()
    result = wiz.verify_property(form_for(prop, VerifyMethod.TITLE_CERT_NO))
    assert result.ok and wiz.contract is not None and wiz.local_id is not None
    assert wiz.contract.property.unit_no == prop.unit_no
    assert [s.name for s in wiz.contract.sellers] == [o.name for o in prop.owners]
    assert wiz.draft_clock().text.startswith("草稿尚未在登记中心创建")   # queued, not yet sent
    desk.sync()
    row = _row(desk, wiz.local_id)
    assert row.registry_id and row.contract_no.startswith("HT") and row.status == "draft"
    clock = wiz.draft_clock()
    assert clock.created and not clock.warning and clock.time_left is not None
    assert timedelta(hours=23, minutes=59) < clock.time_left <= timedelta(hours=24)
    assert not wiz.draft_clock(desk.registry.clock.now() + timedelta(hours=21, minutes=59)).warning
    late = wiz.draft_clock(desk.registry.clock.now() + timedelta(hours=22, minutes=30))
    assert late.warning and "请尽快提交" in late.text


def test_verify_first_generation_owner_by_property_cert(desk: Desk) -> None:
    prop = demo(DemoKind.FIRST_GEN_ID)
    wiz = desk.wizard()
    unticked = form_for(prop, VerifyMethod.PROPERTY_CERT_NO)
    unticked.first_generation_id = False
    refused = wiz.verify_property(unticked)
    assert not refused.ok and refused.failure is not None
    assert refused.failure.field == "first_generation_id" and "一代" in refused.failure.message
    assert ADVICE in refused.failure.message + refused.failure.advice
    result = wiz.verify_property(form_for(prop, VerifyMethod.PROPERTY_CERT_NO))
    assert result.ok and wiz.contract is not None
    owner_id = prop.owners[0].id_number
    assert len(owner_id) == 15
    # the contract carries the owner's current 18-digit number
    assert wiz.contract.sellers[0].id_number == upgrade_first_generation(owner_id)


def test_verify_hong_kong_owner_by_name_and_unit_number(desk: Desk) -> None:
    prop = demo(DemoKind.HONG_KONG)
    wiz = desk.wizard()
    result = wiz.verify_property(form_for(prop, VerifyMethod.OWNER_NAME_UNIT_NO))
    assert result.ok and wiz.contract is not None
    seller = wiz.contract.sellers[0]
    assert seller.id_type is IdType.HK_MACAO_PERMIT and seller.nationality == "中国香港"
    assert wiz.next().ok and wiz.page is PageId.PROPERTY_SELLERS


def test_sealed_property_is_refused_with_the_registrys_reason(desk: Desk) -> None:
    wiz = desk.wizard()
    result = wiz.verify_property(form_for(demo(DemoKind.SEALED)))
    assert not result.ok and result.failure is not None and result.failure.sealed
    assert "查封" in result.failure.message and result.failure.advice == ""
    assert wiz.local_id is None and not wiz.next().ok


def test_wrong_owner_id_shows_the_guides_advice(desk: Desk) -> None:
    form = form_for(free_property())
    form.owner_id_number = BUYER_IDS[2]
    result = desk.wizard().verify_property(form)
    assert not result.ok and result.failure is not None
    assert result.failure.field == "owner_id_number" and ADVICE in result.failure.message


# -- shares, consent, submit, change, cancellation ---------------------------------------------

def test_three_buyers_by_shares_40_35_24_refused_and_40_35_25_accepted(desk: Desk) -> None:
    wiz = _verified(desk)
    fill_terms(wiz, buyers=3)
    c = wiz.contract
    assert c is not None
    c.buyer_ownership = Ownership.BY_SHARES
    for b, share in zip(c.buyers, ("40", "35", "24"), strict=True):
        b.share = Decimal(share)
    assert not wt.share_status(c.buyer_ownership, c.buyers).ok
    consent_all(wiz)
    assert any(i.code == "OWNERSHIP_SHARE_SUM" for i in wiz.page_issues(PageId.BUYERS))
    assert not wiz.can_submit()
    with pytest.raises(ServiceError) as refused:
        wiz.submit()
    assert "99%" in refused.value.message and refused.value.field == "buyers.share"
    c.buyers[2].share = Decimal("25")
    assert wt.share_status(c.buyer_ownership, c.buyers).text == "份额合计 100%"
    assert not wiz.can_submit() and wiz.consents_cleared   # the parties agreed to other shares
    consent_all(wiz)
    assert wiz.can_submit()
    wiz.submit()
    desk.sync()
    state = wiz.submit_state()
    assert state.signed and state.filing_no
    with desk.cache.sessions() as s:
        assert [b.share for b in load_contract(s, wiz.local_id or "").buyers] == [Decimal(40), Decimal(35),
                                                                                  Decimal(25)]


def test_sign_change_and_cancel(desk: Desk) -> None:
    wiz = _verified(desk)
    fill_terms(wiz)
    c = wiz.contract
    assert c is not None and wiz.local_id is not None
    assert wiz.go_to(PageId.ESCROW).ok
    c.escrow = dc.Escrow(enabled=True, bank=EscrowBank.CCB, amount=Decimal("1000000.00"))
    assert wt.escrow_route(EscrowBank.CCB, wiz.ccb_url).online
    assert wiz.go_to(PageId.APPLICANT_CONSENT).ok
    assert not wiz.can_submit()
    assert {ln.field for ln in wiz.summary() if ln.is_error} == {"sellers.0.consent", "buyers.0.consent"} | {
        f"sellers.{i}.consent" for i in range(len(c.sellers))}
    consent_all(wiz)
    recorded = [given for *_, given in wiz.parties_for_consent()]
    assert all(g is not None and g.recorded_by == desk.staff_account for g in recorded)
    assert wiz.go_to(PageId.CONFIRM).ok and wiz.can_submit()
    wiz.submit()
    assert wiz.submit_state().queued
    desk.sync()
    state = wiz.submit_state()
    assert state.status is ContractStatus.SIGNED and state.status.label == "已签约"
    assert state.filing_no.startswith("CL") and not state.queued
    with desk.cache.sessions() as s:
        signed = load_contract(s, wiz.local_id)
    assert signed.escrow.bank is EscrowBank.CCB and {k.role for k in signed.consents} == {PartyRole.SELLER,
                                                                                           PartyRole.BUYER}

    # 合同变更: a buyer's ID number is locked — refused locally, with the way to cancellation
    change = ContractChange(desk.cache.sessions, wiz.local_id, staff_account=desk.staff_account)
    change.edited.buyers[0].id_number = BUYER_IDS[1]
    [locked] = change.locked()
    assert locked.field == "buyers.0.id_number" and "注销网签备案" in locked.message
    with pytest.raises(ServiceError) as refused:
        change.submit()
    assert refused.value.code == "KEY_FIELD_LOCKED" and CANCELLATION_PATH in refused.value.message
    # …the handover date is not: accepted as revision 2
    change = ContractChange(desk.cache.sessions, wiz.local_id, staff_account=desk.staff_account)
    change.edited.handover.date = date(2027, 5, 1)
    change.reason = "卖方需延期搬迁"
    [item] = change.items()
    assert (item.label_zh, item.before, item.after) == ("交房日期", "2027-03-31", "2027-05-01")
    body = change.submit()
    assert [i.item for i in body.items] == ["交房日期", "变更原因"]
    desk.sync()
    with desk.cache.sessions() as s:
        changed = load_contract(s, wiz.local_id)
    assert changed.revision == 2 and changed.handover.date == date(2027, 5, 1)
    with pytest.raises(ServiceError) as other:
        ContractChange(desk.cache.sessions, wiz.local_id, staff_account="someone-else")
    assert other.value.code == "NOT_CREATOR"

    # 注销网签备案: the checklist, the application, 注销申请中, completed at the center
    plan = open_plan(desk.cache.sessions, wiz.local_id)
    plan.reason = "买卖双方协商一致解除合同"
    items = [i.text for i in plan.checklist(desk.registry.clock.now())]
    assert any("身份证件" in t and "原件" in t for t in items)
    plan.set_proxy(PartyRole.BUYER, 0, "赵受托")
    assert any("公证" in i.text and "注销" in i.text for i in plan.checklist(desk.registry.clock.now()))
    pdf = plan.application(desk.registry.clock.now())
    assert pdf.pdf.startswith(b"%PDF") and pdf.page_count >= 1
    request_cancellation(desk.cache.sessions, wiz.local_id, plan, staff_account=desk.staff_account)
    with pytest.raises(ServiceError):
        request_cancellation(desk.cache.sessions, wiz.local_id, plan, staff_account=desk.staff_account)
    desk.sync()
    row = _row(desk, wiz.local_id)
    assert ContractStatus(row.status).label == "注销申请中"
    assert row.registry_id is not None
    desk.registry.complete_cancellation(row.registry_id)
    desk.sync()
    assert _row(desk, wiz.local_id).status == ContractStatus.CANCELLED


def test_minor_buyer_with_guardian_is_filed(desk: Desk) -> None:
    wiz = _verified(desk)
    fill_terms(wiz, buyers=2)
    c = wiz.contract
    assert c is not None
    from services.wizard_world import resident_id

    c.buyers[1].id_number = resident_id(date(2014, 2, 2), 55)
    assert any(i.code == "MINOR_NEEDS_GUARDIAN" for i in wiz.page_issues(PageId.BUYERS))
    g = wt.add_guardian(c, "buyers", 1)
    g.name, g.id_number, g.address, g.phone = "李国强", BUYER_IDS[2], "广东省中山市东区博爱六路22号", "13800000001"
    assert not [i for i in wiz.page_issues(PageId.BUYERS) if i.is_error]
    consent_all(wiz)
    wiz.submit()
    desk.sync()
    assert wiz.submit_state().signed


# -- drafts: autosave, resume, expiry --------------------------------------------------------------

def test_autosave_writes_only_changes_and_resume_brings_them_back(desk: Desk) -> None:
    wiz = _verified(desk)
    assert wiz.local_id is not None and wiz.contract is not None
    assert not wiz.autosave()          # nothing typed yet
    wiz.contract.payment.total_price = Decimal("990000")
    assert wiz.dirty
    assert not wiz.autosave()          # typed a moment ago: the timer has not run out
    wiz._saved.at = desk.registry.clock.now() - timedelta(seconds=6)
    assert wiz.autosave() and not wiz.dirty
    again = ContractWizard.resume(desk.cache.sessions, desk.client, wiz.local_id, staff_account=desk.staff_account)
    assert again.contract is not None and again.contract.payment.total_price == Decimal("990000")
    assert again.page is PageId.PROPERTY_SELLERS


def test_expired_draft_is_recreated_from_the_local_copy(desk: Desk) -> None:
    wiz = _verified(desk)
    fill_terms(wiz)
    assert wiz.go_to(PageId.CONFIRM).ok
    desk.sync()
    assert wiz.local_id is not None
    first_registry_id = _row(desk, wiz.local_id).registry_id
    desk.registry.clock.advance(timedelta(hours=24, minutes=1))
    try:
        desk.registry.tick()
        desk.sync()
        assert wiz.draft_clock().expired
        assert _row(desk, wiz.local_id).status == ContractStatus.EXPIRED
        wiz.recreate()
        desk.sync()
    finally:
        desk.registry.clock.set_offset(timedelta(0))
    row = _row(desk, wiz.local_id)
    assert row.status == ContractStatus.DRAFT and row.registry_id and row.registry_id != first_registry_id
    clock = wiz.draft_clock()
    assert clock.created and not clock.expired and clock.time_left is not None
    with desk.cache.sessions() as s:
        again = load_contract(s, wiz.local_id)
    assert again.buyers[0].name == "王晓东" and again.payment.total_price == Decimal("1280000.00")
    consent_all(wiz)
    wiz.submit()
    desk.sync()
    assert wiz.submit_state().signed
