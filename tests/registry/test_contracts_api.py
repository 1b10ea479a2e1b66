"""Contracts end to end over HTTP against the live sandbox: drafts and versions, consents, filing
exactly once, key-field lock, change requests, creator-only edits, cancellation, 24-hour expiry."""

from __future__ import annotations

import copy
import uuid
from datetime import datetime, timedelta
from typing import Any

import pytest
from contract_helpers import (
    DemoKind,
    complete_terms,
    consent_all,
    create_contract,
    demo_property,
    filed_contract,
    fill,
    fresh_property,
    problem,
    submit,
    verify,
    verify_body,
)
from live_registry import Actor, LiveRegistry
from sqlalchemy import func, select

from zsdesk.domain.identity import upgrade_first_generation
from zsdesk.registry.server import cli
from zsdesk.registry.server.models.contracts import ContractRecord
from zsdesk.registry.server.models.feed import Change
from zsdesk.registry.server.models.properties import RegisterProperty

C = "/api/v1/contracts"


@pytest.fixture(scope="module")
def agency_account(registry: LiveRegistry) -> Actor:
    """The agency's own account (its enterprise record approved)."""
    return registry.approved_agency()


@pytest.fixture(scope="module")
def staff(registry: LiveRegistry, agency_account: Actor) -> Actor:
    return registry.staff_actor(agency_account)


@pytest.fixture(scope="module")
def colleague(registry: LiveRegistry, agency_account: Actor) -> Actor:
    return registry.staff_actor(agency_account)


def _put(registry: LiveRegistry, staff: Actor, contract: dict[str, Any], terms: dict[str, Any],
         version: int | None = None) -> Any:
    v = contract["version"] if version is None else version
    return registry.put(f"{C}/{contract['id']}", staff, json=terms, headers={"If-Match": f'"{v}"'})


def _ts(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def test_create_from_verification_prefills_sellers(registry: LiveRegistry, staff: Actor) -> None:
    c = create_contract(registry, staff, demo_property(DemoKind.FIRST_GEN_ID))
    assert c["status"] == "draft" and c["version"] == 1 and c["revision"] == 1
    assert c["contract_no"].startswith("HT") and c["filing_no"] == ""
    assert _ts(c["expires_at"]) - _ts(c["created_at"]) == timedelta(hours=24)
    assert c["staff_account"] and c["agency_name"]
    owner = demo_property(DemoKind.FIRST_GEN_ID).owners[0]
    seller = c["terms"]["sellers"][0]
    # The certificate's 15-digit number becomes the current 18-digit one on the contract.
    assert seller["name"] == owner.name and seller["id_number"] == upgrade_first_generation(owner.id_number)
    r = registry.get(f"{C}/{c['id']}", staff)
    assert r.status_code == 200 and r.headers["etag"] == '"1"' and r.json() == c


def test_create_is_idempotent(registry: LiveRegistry, staff: Actor) -> None:
    prop = fresh_property()
    vid = verify(registry, staff, prop)["verification_id"]
    key = uuid.uuid4().hex
    first = registry.post(C, staff, json={"verification_id": vid}, headers={"Idempotency-Key": key})
    again = registry.post(C, staff, json={"verification_id": vid}, headers={"Idempotency-Key": key})
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again.headers["idempotent-replayed"] == "true"
    with registry.db.session() as s:
        assert s.scalar(select(func.count()).select_from(ContractRecord)
                        .where(ContractRecord.verification_id == vid)) == 1


def test_update_needs_the_current_version(registry: LiveRegistry, staff: Actor) -> None:
    c = create_contract(registry, staff)
    terms = complete_terms(copy.deepcopy(c["terms"]))
    r = _put(registry, staff, c, terms)
    assert r.status_code == 200, r.text
    assert r.json()["version"] == 2 and r.headers["etag"] == '"2"'
    assert r.json()["terms"]["buyers"][0]["name"] == "王晓东"
    problem(_put(registry, staff, c, terms, version=1), 412, "VERSION_CONFLICT", "version")
    problem(registry.put(f"{C}/{c['id']}", staff, json=terms), 428, "PRECONDITION_REQUIRED", "If-Match")
    bad = copy.deepcopy(terms)
    bad["payment"]["total_price"] = "-1"
    problem(_put(registry, staff, c, bad, version=2), 422, "VALIDATION_FAILED", "payment.total_price")


def test_submit_needs_every_required_field_and_both_consents(registry: LiveRegistry, staff: Actor) -> None:
    c = create_contract(registry, staff)
    r = submit(registry, staff, c)
    assert r.status_code == 422
    fields = {e["field"] for e in r.json()["errors"]}
    assert {"buyers", "payment.total_price", "handover.date"} <= fields
    c = fill(registry, staff, c)
    r = submit(registry, staff, c)
    body = problem(r, 422, "CONSENT_MISSING", "sellers.0.consent")
    assert {e["code"] for e in body["errors"]} == {"CONSENT_MISSING"}
    seller = c["terms"]["sellers"][0]["name"]
    r = registry.post(f"{C}/{c['id']}/consents", staff, json={"role": "seller", "party_name": seller})
    assert r.status_code == 200
    consent = r.json()["consents"][0]
    assert consent["party_name"] == seller and consent["recorded_by"] == r.json()["staff_account"]
    assert abs(_ts(consent["confirmed_at"]) - registry.clock.now()) < timedelta(minutes=1)
    problem(submit(registry, staff, r.json()), 422, "CONSENT_MISSING", "buyers.0.consent")
    problem(registry.post(f"{C}/{c['id']}/consents", staff, json={"role": "buyer", "party_name": "路人甲"}),
            422, "VALIDATION_FAILED", "party_name")


def test_changing_a_partys_name_drops_their_consent(registry: LiveRegistry, staff: Actor) -> None:
    c = consent_all(registry, staff, fill(registry, staff, create_contract(registry, staff)))
    assert len(c["consents"]) == 2
    terms = copy.deepcopy(c["terms"])
    terms["buyers"][0]["name"] = "王晓明"
    r = _put(registry, staff, c, terms)
    assert [x["role"] for x in r.json()["consents"]] == ["seller"]


def test_submit_files_once_even_when_repeated(registry: LiveRegistry, staff: Actor) -> None:
    prop = fresh_property()
    c = consent_all(registry, staff, fill(registry, staff, create_contract(registry, staff, prop)))
    key = uuid.uuid4().hex
    first = submit(registry, staff, c, key)
    assert first.status_code == 200, first.text
    filed = first.json()
    assert filed["status"] == "signed" and filed["filing_no"].startswith("CL") and filed["expires_at"] is None
    assert filed["property"]["under_contract"] is True
    again = submit(registry, staff, c, key)
    assert again.status_code == 200 and again.json() == filed and again.headers["idempotent-replayed"] == "true"
    # A new key on a filed contract is refused instead of filing twice.
    problem(submit(registry, staff, c), 409, "INVALID_STATE", "status")
    with registry.db.session() as s:
        assert s.scalar(select(func.count()).select_from(ContractRecord)
                        .where(ContractRecord.filing_no == filed["filing_no"])) == 1
        row = s.scalar(select(RegisterProperty).where(RegisterProperty.unit_no == prop.unit_no))
        assert row is not None and row.filed_contract_no == filed["filing_no"]
        signed_events = [ch for ch in s.scalars(select(Change).where(Change.entity_id == c["id"]))
                         if (ch.data or {}).get("status") == "signed"]
        assert len(signed_events) == 1
    # The property is now under contract for everybody.
    r = registry.post("/api/v1/properties/verify", staff, json=verify_body(prop))
    problem(r, 409, "PROPERTY_UNDER_CONTRACT", "property")


def test_second_draft_for_a_filed_property_cannot_be_filed(registry: LiveRegistry, staff: Actor) -> None:
    prop = fresh_property()
    a = consent_all(registry, staff, fill(registry, staff, create_contract(registry, staff, prop)))
    b = consent_all(registry, staff, fill(registry, staff, create_contract(registry, staff, prop)))
    assert submit(registry, staff, a).status_code == 200
    problem(submit(registry, staff, b), 409, "PROPERTY_UNDER_CONTRACT", "property")


def test_key_fields_are_locked_after_filing(registry: LiveRegistry, staff: Actor) -> None:
    filed = filed_contract(registry, staff)
    terms = copy.deepcopy(filed["terms"])
    terms["buyers"][0]["name"] = "王大明"
    body = problem(_put(registry, staff, filed, terms), 409, "KEY_FIELD_LOCKED", "buyers.0.name")
    assert "乙方1的姓名" in body["detail"] and "注销" in body["detail"]
    terms = copy.deepcopy(filed["terms"])
    terms["sellers"][0]["id_number"] = terms["buyers"][0]["id_number"]
    r = registry.post(f"{C}/{filed['id']}/changes", staff, json={
        "items": [{"item": "甲方证件号码", "before": "x", "after": "y"}], "terms": terms})
    problem(r, 409, "KEY_FIELD_LOCKED", "sellers.0.id_number")
    # Non-key terms cannot be edited directly either once filed: only through a change request.
    terms = copy.deepcopy(filed["terms"])
    terms["payment"]["total_price"] = "1200000.00"
    problem(_put(registry, staff, filed, terms), 409, "INVALID_STATE", "status")


def test_change_request_creates_revision_2(registry: LiveRegistry, staff: Actor, agency_account: Actor) -> None:
    filed = filed_contract(registry, staff)
    terms = copy.deepcopy(filed["terms"])
    terms["payment"]["total_price"] = "1250000.00"
    terms["handover"]["date"] = "2027-04-30"
    items = [{"item": "成交总价", "before": "1280000.00", "after": "1250000.00"},
             {"item": "交房日期", "before": "2027-03-31", "after": "2027-04-30"}]
    r = registry.post(f"{C}/{filed['id']}/changes", staff, json={"items": items, "terms": terms},
                      headers={"Idempotency-Key": uuid.uuid4().hex})
    assert r.status_code == 200, r.text
    changed = r.json()
    assert changed["revision"] == 2 and changed["status"] == "signed"
    assert changed["filing_no"] == filed["filing_no"]
    assert changed["terms"]["payment"]["total_price"] == "1250000.00"
    revs = registry.get(f"{C}/{filed['id']}/revisions", agency_account)
    assert revs.status_code == 200
    assert [(x["revision"], [i["item"] for i in x["items"]]) for x in revs.json()] == [(2, ["成交总价", "交房日期"])]
    # Every copy of the contract carries the same list: the answer, a read, the feed.
    assert changed["revisions"] == revs.json() == registry.get(f"{C}/{filed['id']}", agency_account).json()["revisions"]
    assert filed["revisions"] == []
    feed = registry.get("/api/v1/changes?since=0&limit=1000", staff).json()["items"]
    last = [i for i in feed if i["entity"] == "contract" and i["entity_id"] == filed["id"]][-1]
    assert last["data"]["revisions"] == revs.json()


def test_only_the_creator_may_change_a_contract(registry: LiveRegistry, staff: Actor, colleague: Actor) -> None:
    draft = create_contract(registry, staff)
    problem(_put(registry, colleague, draft, draft["terms"]), 403, "NOT_CREATOR", None)
    problem(submit(registry, colleague, draft), 403, "NOT_CREATOR", None)
    filed = filed_contract(registry, staff)
    r = registry.post(f"{C}/{filed['id']}/changes", colleague, json={
        "items": [{"item": "成交总价", "before": "1", "after": "2"}], "terms": filed["terms"]})
    problem(r, 403, "NOT_CREATOR", None)
    # A colleague does not even see another staff member's contracts (the feed's scope).
    problem(registry.get(f"{C}/{filed['id']}", colleague), 404, "NOT_FOUND", "contract_id")
    ids = {x["id"] for x in registry.get(C, colleague).json()["items"]}
    assert filed["id"] not in ids


def test_agency_reads_everything_but_never_signs(registry: LiveRegistry, staff: Actor, colleague: Actor,
                                                 agency_account: Actor) -> None:
    mine = create_contract(registry, staff)
    theirs = create_contract(registry, colleague)
    listed = registry.get(C, agency_account, params={"limit": 500})
    assert listed.status_code == 200
    ids = {x["id"] for x in listed.json()["items"]}
    assert {mine["id"], theirs["id"]} <= ids
    assert registry.get(f"{C}/{theirs['id']}", agency_account).json()["id"] == theirs["id"]
    vid = mine["verification_id"]
    problem(registry.post(C, agency_account, json={"verification_id": vid}), 403, "FORBIDDEN", None)
    problem(_put(registry, agency_account, mine, mine["terms"]), 403, "FORBIDDEN", None)
    problem(submit(registry, agency_account, mine), 403, "FORBIDDEN", None)


def test_nobody_sees_another_agencys_contracts(registry: LiveRegistry, staff: Actor) -> None:
    c = create_contract(registry, staff)
    outsider_admin = registry.approved_agency()
    outsider = registry.staff_actor(outsider_admin)
    for who in (outsider, outsider_admin):
        problem(registry.get(f"{C}/{c['id']}", who), 404, "NOT_FOUND", "contract_id")
        assert c["id"] not in {x["id"] for x in registry.get(C, who).json()["items"]}
    problem(registry.post(C, outsider, json={"verification_id": c["verification_id"]}), 404, "NOT_FOUND",
            "verification_id")
    problem(_put(registry, outsider, c, c["terms"]), 404, "NOT_FOUND", "contract_id")


def test_cancellation_completed_by_the_center_frees_the_property(registry: LiveRegistry, staff: Actor) -> None:
    prop = fresh_property()
    filed = filed_contract(registry, staff, prop)
    r = registry.post(f"{C}/{filed['id']}/cancellation", staff, json={"reason": "买卖双方协商一致解除合同"},
                      headers={"Idempotency-Key": uuid.uuid4().hex})
    assert r.status_code == 200 and r.json()["status"] == "cancellation_pending"
    # Still under contract until the center completes it (both parties in person).
    problem(registry.post("/api/v1/properties/verify", staff, json=verify_body(prop)), 409,
            "PROPERTY_UNDER_CONTRACT", "property")
    center = registry.center()
    pending = registry.get("/api/v1/center/cancellations", center).json()
    assert filed["id"] in {x["id"] for x in pending}
    problem(registry.post(f"/api/v1/center/cancellations/{filed['id']}/complete", staff), 403, "FORBIDDEN", None)
    r = registry.post(f"/api/v1/center/cancellations/{filed['id']}/complete", center)
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    problem(registry.post(f"/api/v1/center/cancellations/{filed['id']}/complete", center), 409,
            "INVALID_STATE", "status")
    again = filed_contract(registry, staff, prop)  # free to sell again
    assert again["filing_no"] != filed["filing_no"]


def test_draft_expires_24_hours_after_creation(clock: LiveRegistry, staff: Actor,
                                               agency_account: Actor) -> None:
    registry = clock
    start = registry.get("/api/v1/changes", staff, params={"since": 0, "limit": 1000}).json()
    cursor = start["next_cursor"]
    while start["has_more"]:
        start = registry.get("/api/v1/changes", staff, params={"since": cursor, "limit": 1000}).json()
        cursor = start["next_cursor"]
    lazy = create_contract(registry, staff)
    swept = create_contract(registry, staff)
    filed = filed_contract(registry, staff)
    registry.advance_clock(24 * 3600 - 60)
    # Tokens live 8 hours: log in again on the moved clock.
    staff = registry.login(staff.login, staff.password)
    agency_account = registry.login(agency_account.login, agency_account.password)
    assert staff.role == "staff" and agency_account.role == "agency"
    assert registry.get(f"{C}/{lazy['id']}", staff).status_code == 200   # one minute left
    registry.advance_clock(61)
    body = problem(registry.get(f"{C}/{lazy['id']}", staff), 410, "DRAFT_EXPIRED", "contract_id")
    assert "24 小时" in body["detail"]
    problem(_put(registry, staff, lazy, lazy["terms"]), 410, "DRAFT_EXPIRED", "contract_id")
    # The agency's list sweeps the rest; filed contracts do not expire.
    ids = {x["id"] for x in registry.get(C, agency_account, params={"limit": 500}).json()["items"]}
    assert lazy["id"] not in ids and swept["id"] not in ids and filed["id"] in ids
    assert registry.get(f"{C}/{filed['id']}", staff).json()["status"] == "signed"
    feed = registry.get("/api/v1/changes", staff, params={"since": cursor, "limit": 1000}).json()["items"]
    tombstones = {i["entity_id"]: i for i in feed if i["entity"] == "contract" and i["op"] == "delete"}
    assert set(tombstones) >= {lazy["id"], swept["id"]} and filed["id"] not in tombstones
    assert tombstones[lazy["id"]]["data"]["reason"] == "expired"
    with registry.db.session() as s:
        row = s.scalar(select(ContractRecord).where(ContractRecord.id == lazy["id"]))
        assert row is not None and row.terms_doc == {}   # the content is gone, only the tombstone stays


def test_deleting_a_draft_leaves_a_tombstone(registry: LiveRegistry, staff: Actor) -> None:
    c = create_contract(registry, staff)
    r = registry.delete(f"{C}/{c['id']}", staff)
    assert r.status_code == 200
    problem(registry.get(f"{C}/{c['id']}", staff), 410, "DRAFT_EXPIRED", "contract_id")
    with registry.db.session() as s:
        last = s.scalars(select(Change).where(Change.entity_id == c["id"]).order_by(Change.id.desc())).first()
        assert last is not None and last.op == "delete" and last.data["reason"] == "deleted"


def test_contract_changes_reach_the_feed(registry: LiveRegistry, staff: Actor, agency_account: Actor) -> None:
    filed = filed_contract(registry, staff)
    for who in (staff, agency_account):
        items = registry.get("/api/v1/changes", who, params={"since": 0, "limit": 1000})
        assert items.status_code == 200
        feed = items.json()
        while feed["has_more"]:
            page = registry.get("/api/v1/changes", who, params={"since": feed["next_cursor"], "limit": 1000}).json()
            feed = {**page, "items": feed["items"] + page["items"]}
        mine = [i for i in feed["items"] if i["entity_id"] == filed["id"]]
        assert [i["data"]["status"] for i in mine][-1] == "signed"
        assert mine[-1]["data"]["filing_no"] == filed["filing_no"]


def test_center_cli_lists_and_completes_a_cancellation(registry: LiveRegistry, staff: Actor,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    prop = fresh_property()
    filed = filed_contract(registry, staff, prop)
    r = registry.post(f"{C}/{filed['id']}/cancellation", staff, json={"reason": ""})
    assert r.status_code == 200
    pending = registry.get("/api/v1/center/pending", registry.center()).json()
    assert any(p["kind"] == "cancellation" and filed["filing_no"] in p["title"] for p in pending)
    url = registry.db.url
    assert cli.main(["center", "cancellations", "--db", url]) == 0
    assert filed["filing_no"] in capsys.readouterr().out
    assert cli.main(["center", "complete-cancellation", "--db", url, filed["filing_no"]]) == 0
    assert "已注销" in capsys.readouterr().out
    assert registry.get(f"{C}/{filed['id']}", staff).json()["status"] == "cancelled"
    assert registry.post("/api/v1/properties/verify", staff, json=verify_body(prop)).status_code == 200
    assert cli.main(["center", "complete-cancellation", "--db", url, "HT-no-such"]) == 1
