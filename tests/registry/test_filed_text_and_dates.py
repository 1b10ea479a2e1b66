"""Text and dates that can be filed, against the live sandbox over HTTP: unfileable characters
(control characters, lone surrogates, bidi controls) and absurd dates are refused with a 422 naming
the field when a draft is saved, when it is submitted, and on changes, consents, cancellations,
enterprise records and staff applications. Before issue 12 a buyer name with NUL and ESC was filed
(已签约), and so were the dates 0001-01-01 and 9999-12-31."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import pytest
from contract_helpers import (
    complete_terms,
    consent_all,
    create_contract,
    filed_contract,
    fill,
    fresh_property,
    problem,
    submit,
    verify,
)
from live_registry import Actor, LiveRegistry, enterprise_fields, make_resident_id, make_uscc
from sqlalchemy import select

from zsdesk.registry.server.models.contracts import ContractRecord

C = "/api/v1/contracts"
NUL_ESC_NAME = "王\x00晓\x1b[31m东"


@pytest.fixture(scope="module")
def agency_account(registry: LiveRegistry) -> Actor:
    return registry.approved_agency()


@pytest.fixture(scope="module")
def staff(registry: LiveRegistry, agency_account: Actor) -> Actor:
    return registry.staff_actor(agency_account)


def _put(registry: LiveRegistry, staff: Actor, contract: dict[str, Any], terms: dict[str, Any]) -> Any:
    return registry.put(f"{C}/{contract['id']}", staff, json=terms, headers={"If-Match": f'"{contract["version"]}"'})


def _store_terms_behind_the_api(registry: LiveRegistry, contract_id: str, terms: dict[str, Any]) -> None:
    """A draft saved before the rule existed (or by any path that forgot it), with both parties'
    consent recorded under the names as stored: submit must still refuse."""
    with registry.db.session() as s:
        rec = s.scalars(select(ContractRecord).where(ContractRecord.id == contract_id)).one()
        names = {"seller": [p["name"] for p in terms["sellers"]], "buyer": [p["name"] for p in terms["buyers"]]}
        rec.consents_doc = [{**c, "party_name": names[c["role"]][0]} for c in rec.consents_doc]
        rec.terms_doc = terms
        s.commit()


def _status(registry: LiveRegistry, staff: Actor, contract_id: str) -> str:
    r = registry.get(f"{C}/{contract_id}", staff)
    assert r.status_code == 200, r.text
    status: str = r.json()["status"]
    return status


def test_buyer_name_with_nul_and_esc_is_refused_when_saved(registry: LiveRegistry, staff: Actor) -> None:
    c = create_contract(registry, staff)
    terms = complete_terms(copy.deepcopy(c["terms"]), buyer_name=NUL_ESC_NAME)
    body = problem(_put(registry, staff, c, terms), 422, "TEXT_CONTROL_CHAR", "buyers.0.name")
    assert body["detail"] == "乙方1 姓名（名称）含有不可见的控制字符，请删除后重新输入"
    # complete_terms makes the buyer the applicant too
    assert [(e["field"], e["code"]) for e in body["errors"]] == [("buyers.0.name", "TEXT_CONTROL_CHAR"),
                                                                ("applicant.name", "TEXT_CONTROL_CHAR")]
    stored = registry.get(f"{C}/{c['id']}", staff).json()
    assert stored["version"] == 1 and stored["terms"]["buyers"] == []


def test_buyer_name_with_nul_and_esc_is_refused_on_create(registry: LiveRegistry, staff: Actor) -> None:
    terms = complete_terms(copy.deepcopy(create_contract(registry, staff)["terms"]), buyer_name=NUL_ESC_NAME)
    v = verify(registry, staff, fresh_property())
    r = registry.post(C, staff, json={"verification_id": v["verification_id"], "terms": terms},
                      headers={"Idempotency-Key": uuid.uuid4().hex})
    problem(r, 422, "TEXT_CONTROL_CHAR", "buyers.0.name")


def test_a_stored_draft_with_nul_and_esc_in_a_name_is_never_filed(registry: LiveRegistry, staff: Actor) -> None:
    c = consent_all(registry, staff, fill(registry, staff, create_contract(registry, staff)))
    terms = copy.deepcopy(c["terms"])
    terms["buyers"][0]["name"] = NUL_ESC_NAME
    terms["applicant"]["name"] = NUL_ESC_NAME
    _store_terms_behind_the_api(registry, c["id"], terms)
    body = problem(submit(registry, staff, c), 422, "TEXT_CONTROL_CHAR", "buyers.0.name")
    assert "乙方1 姓名（名称）" in body["detail"]
    assert {e["field"] for e in body["errors"]} >= {"buyers.0.name", "applicant.name"}
    assert _status(registry, staff, c["id"]) == "draft"


@pytest.mark.parametrize(("path", "value", "code"), [
    (("sellers", 0, "address"), "中山市\u202e101房", "TEXT_BIDI_CONTROL"),
    (("buyers", 0, "phone"), "138\x0000138000", "TEXT_CONTROL_CHAR"),
    (("buyers", 0, "nationality"), "中国\u2066", "TEXT_BIDI_CONTROL"),
    # JSON parsing refuses a lone surrogate before the domain rule sees it (the client's copy of the
    # rule, tests/domain/test_text_rules.py, gives the Chinese TEXT_SURROGATE message)
    (("buyers", 0, "address"), "中山市\ud800", "VALIDATION_FAILED"),
    (("other", "supplementary"), "第一条\n第二条\x07", "TEXT_CONTROL_CHAR"),
    (("handover", "conditions"), "现状\x1b交付", "TEXT_CONTROL_CHAR"),
    (("payment", "loan_bank"), "建设银行\x85", "TEXT_CONTROL_CHAR"),
    (("applicant", "id_number"), "44200019900101\x00011", "TEXT_CONTROL_CHAR"),
    (("evaluation", "comment"), "服务\u202b很好", "TEXT_BIDI_CONTROL"),
])
def test_every_free_text_field_refuses_unfileable_characters(registry: LiveRegistry, staff: Actor,
                                                              path: tuple[Any, ...], value: str, code: str) -> None:
    c = create_contract(registry, staff)
    terms = complete_terms(copy.deepcopy(c["terms"]))
    target: Any = terms
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    field = ".".join(str(p) for p in path)
    body = problem(_put(registry, staff, c, terms), 422, code, field)
    assert "请删除后重新输入" in body["detail"] or code == "VALIDATION_FAILED"


def test_multi_line_notes_keep_their_line_breaks(registry: LiveRegistry, staff: Actor) -> None:
    c = create_contract(registry, staff)
    terms = complete_terms(copy.deepcopy(c["terms"]))
    terms["other"]["supplementary"] = "第一条 家具家电随房赠送。\r\n第二条 物业费结清至交房日。"
    r = _put(registry, staff, c, terms)
    assert r.status_code == 200, r.text
    assert r.json()["terms"]["other"]["supplementary"].count("\n") == 1


def test_zero_width_characters_are_dropped_and_the_contract_files(registry: LiveRegistry, staff: Actor) -> None:
    c = create_contract(registry, staff)
    terms = complete_terms(copy.deepcopy(c["terms"]))
    buyer_id = make_resident_id()
    pasted = buyer_id[:6] + "\u200b" + buyer_id[6:] + "\ufeff"
    terms["buyers"][0].update(id_number=pasted, name="王\u200b晓东")
    terms["applicant"].update(id_number=pasted, name="王晓东")
    r = _put(registry, staff, c, terms)
    assert r.status_code == 200, r.text
    stored = r.json()["terms"]["buyers"][0]
    assert (stored["id_number"], stored["name"]) == (buyer_id, "王晓东")
    filed = submit(registry, staff, consent_all(registry, staff, r.json()))
    assert filed.status_code == 200, filed.text            # before: 422 "现为 19 位"
    assert filed.json()["status"] == "signed"


@pytest.mark.parametrize(("path", "value", "code"), [
    (("payment", "deposit_date"), "0001-01-01", "DATE_TOO_EARLY"),
    (("payment", "down_payment_date"), "1989-12-31", "DATE_TOO_EARLY"),
    (("payment", "balance_date"), "9999-12-31", "DATE_TOO_LATE"),
    (("handover", "date"), "9999-12-31", "DATE_TOO_LATE"),
    (("handover", "date"), "0001-01-01", "DATE_TOO_EARLY"),
])
def test_absurd_contract_dates_are_refused_when_saved(registry: LiveRegistry, staff: Actor,
                                                      path: tuple[str, str], value: str, code: str) -> None:
    c = create_contract(registry, staff)
    terms = complete_terms(copy.deepcopy(c["terms"]))
    terms[path[0]][path[1]] = value
    body = problem(_put(registry, staff, c, terms), 422, code, ".".join(path))
    assert value in body["detail"]


def test_a_stored_draft_with_absurd_dates_is_never_filed(registry: LiveRegistry, staff: Actor) -> None:
    c = consent_all(registry, staff, fill(registry, staff, create_contract(registry, staff)))
    terms = copy.deepcopy(c["terms"])
    terms["payment"]["deposit_date"] = "0001-01-01"
    terms["handover"]["date"] = "9999-12-31"
    _store_terms_behind_the_api(registry, c["id"], terms)
    body = problem(submit(registry, staff, c), 422, "DATE_TOO_EARLY", "payment.deposit_date")
    assert {(e["field"], e["code"]) for e in body["errors"]} == {("payment.deposit_date", "DATE_TOO_EARLY"),
                                                                ("handover.date", "DATE_TOO_LATE")}
    assert _status(registry, staff, c["id"]) == "draft"


def test_changes_consents_and_cancellations_refuse_unfileable_input(registry: LiveRegistry, staff: Actor) -> None:
    filed = filed_contract(registry, staff)
    terms = copy.deepcopy(filed["terms"])
    terms["handover"]["date"] = "9999-12-31"
    items = [{"item": "交房日期", "before": "2027-03-31", "after": "9999-12-31"}]
    key = {"Idempotency-Key": uuid.uuid4().hex}
    problem(registry.post(f"{C}/{filed['id']}/changes", staff, json={"items": items, "terms": terms}, headers=key),
            422, "DATE_TOO_LATE", "handover.date")
    terms["handover"]["date"] = "2027-04-30"
    items = [{"item": "交房\x00日期", "before": "2027-03-31", "after": "2027-04-30"}]
    problem(registry.post(f"{C}/{filed['id']}/changes", staff, json={"items": items, "terms": terms},
                          headers={"Idempotency-Key": uuid.uuid4().hex}), 422, "TEXT_CONTROL_CHAR", "items.0.item")
    problem(registry.post(f"{C}/{filed['id']}/cancellation", staff, json={"reason": "协商\x1b解除"},
                          headers={"Idempotency-Key": uuid.uuid4().hex}), 422, "TEXT_CONTROL_CHAR", "reason")
    assert _status(registry, staff, filed["id"]) == "signed"
    draft = fill(registry, staff, create_contract(registry, staff))
    seller = draft["terms"]["sellers"][0]["name"]
    problem(registry.post(f"{C}/{draft['id']}/consents", staff,
                          json={"role": "seller", "party_name": seller, "method": "当面\u202e确认"}),
            422, "TEXT_BIDI_CONTROL", "method")


def test_enterprise_record_refuses_unfileable_text_and_dates(registry: LiveRegistry) -> None:
    actor = registry.agency_actor()
    agency = {"name": actor.info["agency_name"], "uscc": actor.info["agency_uscc"]}
    rec = registry.get("/api/v1/enterprise", actor).json()
    fields = enterprise_fields(agency)
    bad = {**fields, "legal_rep_name": "王\x00五"}
    problem(registry.put("/api/v1/enterprise", actor, json=bad, headers={"If-Match": str(rec["version"])}),
            422, "TEXT_CONTROL_CHAR", "legal_rep_name")
    dated = {**fields, "established_on": "0001-01-01"}
    put = registry.put("/api/v1/enterprise", actor, json=dated, headers={"If-Match": str(rec["version"])})
    assert put.status_code == 200, put.text    # a draft may be saved half-checked ...
    assert registry.upload(actor, "enterprise", rec["id"], kind="business_licence").status_code == 201
    body = problem(registry.post("/api/v1/enterprise/submit", actor, json={"comment": "请审核"}),
                   422, "DATE_TOO_EARLY", "established_on")   # ... but never submitted
    assert "成立日期" in body["detail"]
    problem(registry.post("/api/v1/enterprise/submit", actor, json={"comment": "请\x00审核"}),
            422, "TEXT_CONTROL_CHAR", "comment")


def test_staff_application_refuses_unfileable_text(registry: LiveRegistry, agency_account: Actor) -> None:
    body = {"name": "陈\u202e七", "id_number": make_resident_id(), "phone": "13800138000"}
    answer = problem(registry.post("/api/v1/staff", agency_account, json=body), 422, "TEXT_BIDI_CONTROL", "name")
    assert answer["detail"] == "姓名含有改变文字显示方向的隐藏字符，请删除后重新输入"
    body = {"name": "陈七", "id_number": make_resident_id(), "phone": "13800138000", "gender": "男\x00"}
    problem(registry.post("/api/v1/staff", agency_account, json=body), 422, "TEXT_CONTROL_CHAR", "gender")


def test_center_cannot_open_an_agency_with_an_unfileable_name(registry: LiveRegistry) -> None:
    r = registry.post("/api/v1/center/agencies", registry.center(),
                      json={"name": "中山市\u202e测试房地产经纪有限公司", "uscc": make_uscc()})
    body = problem(r, 422, "TEXT_BIDI_CONTROL", "name")
    assert body["detail"].startswith("机构名称含有")
