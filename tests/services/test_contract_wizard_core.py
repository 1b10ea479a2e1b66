"""The wizard's page model, checks and live helpers, without Qt and without a registry."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from services.wizard_world import BUYER_IDS, MASTER_KEY, resident_id
from zsdesk.domain import contract as dc
from zsdesk.domain.enums import DisputeResolution, EscrowBank, Ownership, PartyRole, PaymentMethod
from zsdesk.domain.errors import Severity
from zsdesk.registry.schemas.properties import VerifyMethod
from zsdesk.services import wizard_terms as wt
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.errors import ServiceError
from zsdesk.services.property_verification import (
    FIRST_GEN_CAUTION,
    FIRST_GEN_CHECKBOX,
    HMT_HINT,
    VerifyForm,
    can_query,
    check_form,
)
from zsdesk.services.wizard_pages import PAGES, PageId, page_of, required_on, required_paths
from zsdesk.store.database import open_cache

UNIT = "442000001901GB88001F00010001"


def _contract() -> dc.Contract:
    prop = dc.Property(unit_no=UNIT, address="中山市石岐街道孙文中路88号1栋101房", floor_area=Decimal("89.50"))
    return dc.Contract(property=prop, sellers=[dc.Party(role=PartyRole.SELLER, name="陈志强",
                                                        id_number=resident_id(date(1988, 3, 15), 131))])


def _wizard(tmp_path: Path, contract: dc.Contract | None = None) -> ContractWizard:
    cache = open_cache(tmp_path / "c.sqlite3", tmp_path / "cfg", master_key=MASTER_KEY)
    wiz = ContractWizard(cache.sessions, None, staff_account="staff01")
    wiz.contract = contract
    return wiz


def test_eight_pages_in_the_issues_order() -> None:
    assert [p.value for p in PAGES] == ["verify", "property_sellers", "buyers", "price", "escrow", "handover_other",
                                        "applicant_consent", "confirm"]
    assert PageId.ESCROW.label == "资金监管" and PageId.CONFIRM.number == 8


@pytest.mark.parametrize(("field", "page"), [
    ("property", PageId.VERIFY),
    ("property.unit_no", PageId.VERIFY),
    ("sellers.0.phone", PageId.PROPERTY_SELLERS),
    ("buyers.share", PageId.BUYERS),
    ("buyer_ownership", PageId.BUYERS),
    ("payment.loan_amount", PageId.PRICE),
    ("escrow.bank", PageId.ESCROW),
    ("handover.date", PageId.HANDOVER_OTHER),
    ("other.arbitration_commission", PageId.HANDOVER_OTHER),
    ("applicant.id_number", PageId.APPLICANT_CONSENT),
    ("sellers.0.consent", PageId.APPLICANT_CONSENT),
    ("notices_read", PageId.APPLICANT_CONSENT),
])
def test_every_field_has_its_page(field: str, page: PageId) -> None:
    assert page_of(field) is page


def test_a_guardian_sits_beside_its_minor() -> None:
    c = _contract()
    c.guardians = [dc.Party(role=PartyRole.GUARDIAN, name="父", represents=PartyRole.SELLER, guardian_of=0),
                   dc.Party(role=PartyRole.GUARDIAN, name="母", represents=PartyRole.BUYER, guardian_of=0)]
    assert page_of("guardians.0.name", c) is PageId.PROPERTY_SELLERS
    assert page_of("guardians.1.name", c) is PageId.BUYERS


def test_required_cues_follow_the_conditions() -> None:
    c = _contract()
    c.buyers = [dc.Party(role=PartyRole.BUYER, name="甲"), dc.Party(role=PartyRole.BUYER, name="乙")]
    assert "buyers.1.id_number" in required_paths(c)
    assert "buyers.0.share" not in required_paths(c)
    c.buyer_ownership = Ownership.BY_SHARES
    assert {"buyers.0.share", "buyers.1.share"} <= required_on(PageId.BUYERS, c)
    assert "escrow.bank" not in required_on(PageId.ESCROW, c)
    c.escrow.enabled = True
    assert {"escrow.bank", "escrow.amount", "escrow.enabled"} <= required_on(PageId.ESCROW, c)
    c.other.dispute = DisputeResolution.ARBITRATION
    assert "other.arbitration_commission" in required_on(PageId.HANDOVER_OTHER, c)
    c.payment.method = PaymentMethod.COMBINED_LOAN
    assert "payment.loan_amount" in required_on(PageId.PRICE, c)


def test_form_checks_as_typed() -> None:
    form = VerifyForm(method=VerifyMethod.OWNER_NAME_UNIT_NO, unit_no="442000001901GB88001X0001", owner_name="甲",
                      owner_id_number="x")
    issue = next(i for i in check_form(form) if i.field == "unit_no")
    assert issue.is_error and "28" in issue.message
    assert not can_query(form)
    form.unit_no = UNIT
    assert can_query(form)
    # full-width digits and spaces in a certificate number are normalised, not refused
    form = VerifyForm(method=VerifyMethod.TITLE_CERT_NO, title_cert_no="粤（２０２０）中山市不动产权第 0012345 号",
                      owner_name="陈志强", owner_id_number=resident_id(date(1988, 3, 15), 131))
    assert can_query(form)
    assert form.to_request().title_cert_no == "粤（2020）中山市不动产权第0012345号"


def test_first_generation_number_suggests_the_checkbox_with_the_guides_words() -> None:
    form = VerifyForm(method=VerifyMethod.PROPERTY_CERT_NO, property_cert_no="粤房地证字第C0000003号",
                      owner_name="黄锦荣", owner_id_number="442724561120357")
    hint = next(i for i in check_form(form) if i.field == "first_generation_id")
    assert hint.severity is Severity.WARNING and FIRST_GEN_CHECKBOX in hint.message
    assert "否则不要勾选" in FIRST_GEN_CAUTION
    form.first_generation_id = True
    assert not [i for i in check_form(form) if i.field == "first_generation_id"]


def test_hong_kong_permit_suggests_name_and_unit_number() -> None:
    form = VerifyForm(method=VerifyMethod.TITLE_CERT_NO, title_cert_no="粤（2020）中山市不动产权第0000004号",
                      owner_name="陳大文", owner_id_number="H12345678")
    assert any(i.field == "method" and i.message == HMT_HINT for i in check_form(form))
    form.method = VerifyMethod.OWNER_NAME_UNIT_NO
    form.unit_no = UNIT
    assert not any(i.field == "method" for i in check_form(form))


def test_price_in_words_and_unit_price() -> None:
    assert wt.price_uppercase(Decimal("1234500.60")) == "壹佰贰拾叁万肆仟伍佰元陆角整"
    assert wt.price_uppercase(Decimal("1.234")) == ""
    assert wt.price_uppercase(None) == ""
    assert wt.unit_price(Decimal("1280000"), Decimal("89.50")) == Decimal("14301.68")
    assert wt.unit_price_text(Decimal("1280000"), Decimal("89.50")) == "14,301.68 元/平方米"
    assert wt.unit_price(Decimal("1"), Decimal("0")) is None


def _buyers(*shares: str) -> list[dc.Party]:
    return [dc.Party(role=PartyRole.BUYER, name=f"买{i}", share=Decimal(s)) for i, s in enumerate(shares)]


def test_share_sum_is_live_and_must_be_exactly_100() -> None:
    ok = wt.share_status(Ownership.BY_SHARES, _buyers("40", "35", "25"))
    assert ok.ok and ok.text == "份额合计 100%"
    short = wt.share_status(Ownership.BY_SHARES, _buyers("40", "35", "24"))
    assert not short.ok and "99" in short.text and "还差 1%" in short.text
    over = wt.share_status(Ownership.BY_SHARES, _buyers("40", "35", "25.5"))
    assert not over.ok and "超出 0.5%" in over.text
    assert not wt.share_status(Ownership.JOINT, _buyers("1", "2")).applies


def test_minor_buyer_needs_a_guardian_and_removal_keeps_links() -> None:
    c = _contract()
    minor_id = resident_id(date(2015, 5, 5), 77)
    c.buyers = [dc.Party(role=PartyRole.BUYER, name="成年", id_number=BUYER_IDS[0]),
                dc.Party(role=PartyRole.BUYER, name="小明", id_number=minor_id)]
    today = date(2026, 11, 1)
    [m] = wt.minors(c, today)
    assert (m.side, m.index, m.has_guardian) == ("buyers", 1, False)
    g = wt.add_guardian(c, "buyers", 1)
    assert g.represents is PartyRole.BUYER and wt.minors(c, today)[0].has_guardian
    wt.remove_party(c, "buyers", 0)
    assert c.guardians[0].guardian_of == 0 and c.buyers[0].name == "小明"
    wt.remove_party(c, "buyers", 0)
    assert c.guardians == []


def test_escrow_routes() -> None:
    ccb = wt.escrow_route(EscrowBank.CCB, "https://lcg.example.test/zs")
    assert ccb.online and ccb.url == "https://lcg.example.test/zs" and "龙存管" in ccb.text
    assert wt.escrow_route(EscrowBank.CCB).url == wt.DEFAULT_CCB_URL
    rcb = wt.escrow_route(EscrowBank.RCB)
    assert not rcb.online and rcb.documents and "用户操作手册" in rcb.manual and "线下支行" in rcb.text


def test_next_is_blocked_only_before_verification(tmp_path: Path) -> None:
    wiz = _wizard(tmp_path)
    nav = wiz.next()
    assert not nav.ok and nav.page is PageId.VERIFY and "房源验证" in nav.reason
    wiz.contract = _contract()
    for expected in PAGES[1:]:
        nav = wiz.next()   # incomplete pages do not block Next
        assert nav.ok and nav.page is expected
    assert not wiz.next().ok
    assert wiz.back().page is PageId.APPLICANT_CONSENT
    sealed = _contract()
    sealed.property.sealed = True
    wiz.contract = sealed
    wiz.page = PageId.VERIFY
    assert not wiz.next().ok


def test_summary_lists_every_finding_with_its_page(tmp_path: Path) -> None:
    c = _contract()
    c.buyers = _buyers("40", "35", "24")
    c.buyer_ownership = Ownership.BY_SHARES
    c.escrow.enabled = True
    wiz = _wizard(tmp_path, c)
    lines = wiz.summary()
    pages = [ln.page for ln in lines]
    assert pages == sorted(pages, key=PAGES.index)
    by_field = {ln.field: ln for ln in lines}
    assert by_field["buyers.share"].page is PageId.BUYERS and "99" in by_field["buyers.share"].message
    assert by_field["escrow.bank"].page is PageId.ESCROW
    assert by_field["sellers.0.consent"].page is PageId.APPLICANT_CONSENT
    assert by_field["payment.total_price"].page is PageId.PRICE
    assert not wiz.can_submit()
    wiz.page = PageId.BUYERS
    assert {i.field for i in wiz.page_issues()} >= {"buyers.share", "buyers.0.id_number"}
    with pytest.raises(ServiceError):
        wiz.submit()
