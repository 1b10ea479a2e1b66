"""services/agency.py — the agency's enterprise record (企业信息核查): read, save as a draft, submit
with a comment and the business-licence picture, and the form's own check, which must find exactly
what the registry refuses. The real sandbox registry over loopback; no GUI."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest
import requests
from loopback import dead_url
from stdnum.cn import uscc as uscc_rule

from services.photos import small_png
from services.wizard_world import resident_id
from zsdesk.domain.enums import MaterialKind, ReviewStatus
from zsdesk.registry.exceptions import RegistryOffline, Rejected
from zsdesk.services import agency
from zsdesk.services.agency import Value
from zsdesk.services.app_context import AppContext
from zsdesk.services.errors import ServiceError
from zsdesk.services.materials import prepare_bytes
from zsdesk.services.registry_access import RegistryAccess

CJK = re.compile(r"[\u4e00-\u9fff]")
TODAY = date.today()   # the sandbox registry's clock is the real one here


def complete(new_agency: dict[str, Any]) -> dict[str, Value]:
    """Every required field as the business licence and the qualification certificate give them."""
    return {
        "name": new_agency["name"], "uscc": new_agency["uscc"], "legal_rep_name": "张三",
        "legal_rep_id_number": resident_id(date(1980, 5, 6), 321), "address": "广东省中山市东区中山四路1号",
        "registered_capital": "100", "established_on": TODAY - timedelta(days=3650),
        "business_term_end": TODAY + timedelta(days=365), "business_scope": "房地产经纪；房地产咨询",
        "contact_name": "李四", "contact_phone": "13800138000", "filing_cert_no": "ZS-2024-0001",
        "qualification_valid_until": TODAY + timedelta(days=365),
    }


def wrong_check_digit(code: str) -> str:
    return code[:-1] + ("0" if code[-1] != "0" else "1")


def errors(values: dict[str, Value]) -> set[tuple[str, str]]:
    return {(i.field, i.code) for i in agency.validate_values(values, TODAY) if i.is_error}


def attach_licence(ctx: AppContext) -> None:
    agency.upload_material(ctx, "营业执照", MaterialKind.BUSINESS_LICENCE, prepare_bytes("licence.png", small_png()))


def center(sandbox_url: str, new_agency: dict[str, Any], path: str, body: dict[str, Any] | None = None) -> None:
    r = requests.post(f"{sandbox_url}/api/v1/center/{path}", json=body or {},
                      headers={"Authorization": f"Bearer {new_agency['center_token']}"}, timeout=10)
    assert r.status_code == 200, r.text


# -- reading and saving ---------------------------------------------------------------------------

def test_a_new_agencys_record_is_a_draft_with_what_the_center_opened_it_with(agency_ctx: AppContext,
                                                                               new_agency) -> None:
    record = agency.load_enterprise(agency_ctx)
    assert record.status is ReviewStatus.DRAFT and record.editable
    assert record.record_id and record.materials == []
    assert set(record.values) == {f.key for f in agency.ENTERPRISE_FIELDS}
    assert (record.values["name"], record.values["uscc"]) == (new_agency["name"], new_agency["uscc"])
    assert all(record.values[k] is None for k in agency.DATE_KEYS)
    assert all(v == "" for k, v in record.values.items() if k not in (*agency.DATE_KEYS, "name", "uscc"))


def test_a_half_filled_draft_is_saved_and_read_back_trimmed(agency_ctx: AppContext, new_agency) -> None:
    before = agency.load_enterprise(agency_ctx)
    established = TODAY - timedelta(days=400)
    saved = agency.save_enterprise(agency_ctx, {"name": f"  {new_agency['name']} ", "registered_capital": "100万元",
                                                "established_on": established, "contact_phone": "   "})
    assert saved.version > before.version and saved.status is ReviewStatus.DRAFT
    again = agency.load_enterprise(agency_ctx)
    assert again.version == saved.version and again.record_id == before.record_id
    assert again.values["name"] == new_agency["name"]                 # trimmed as saved
    assert again.values["registered_capital"] == "100万元"
    assert again.values["established_on"] == established
    assert again.values["contact_phone"] == "" and again.values["business_term_end"] is None


def test_text_that_could_never_be_filed_is_refused_even_in_a_draft(agency_ctx: AppContext) -> None:
    before = agency.load_enterprise(agency_ctx)
    with pytest.raises(Rejected) as refused:
        agency.save_enterprise(agency_ctx, {"name": "中山市\x00测试公司"})
    assert refused.value.field == "name" and CJK.search(refused.value.detail)
    assert agency.load_enterprise(agency_ctx).version == before.version   # nothing saved


# -- the form's check ------------------------------------------------------------------------------

def test_a_complete_record_has_no_errors(new_agency) -> None:
    assert errors(complete(new_agency)) == set()


def test_each_bad_field_is_named_with_a_chinese_message(new_agency) -> None:
    bad: dict[str, tuple[Value, str]] = {
        "uscc": (wrong_check_digit(new_agency["uscc"]), ""),
        "legal_rep_id_number": (wrong_check_digit(resident_id(date(1980, 5, 6), 321)), ""),
        "contact_phone": ("12345", ""),
        "registered_capital": ("0", "CAPITAL_POSITIVE"),
        "established_on": (TODAY + timedelta(days=1), "DATE_IN_FUTURE"),
        "business_term_end": (TODAY + timedelta(days=3 * 365), "DATE_TOO_FAR"),
        "qualification_valid_until": (TODAY - timedelta(days=1), "DATE_EXPIRED"),
        "filing_cert_no": ("", "REQUIRED"),
    }
    for key, (value, code) in bad.items():
        values = complete(new_agency) | {key: value}
        found = agency.validate_field(key, values, TODAY)
        assert found and found[0].is_error, key
        assert found[0].field == key and CJK.search(found[0].message), (key, found[0])
        if code:
            assert found[0].code == code, (key, found[0])
        # only that field is wrong
        assert {f for f, _ in errors(values)} == {key}, key


def test_a_required_field_left_empty_names_its_label(new_agency) -> None:
    values = complete(new_agency) | {"contact_name": "  "}
    [issue] = [i for i in agency.validate_field("contact_name", values, TODAY) if i.is_error]
    assert issue.code == "REQUIRED" and agency.FIELDS_BY_KEY["contact_name"].label in issue.message


def test_the_forms_check_finds_exactly_what_the_registry_refuses(agency_ctx: AppContext, new_agency) -> None:
    values = complete(new_agency) | {
        "uscc": wrong_check_digit(new_agency["uscc"]), "contact_phone": "12345", "registered_capital": "",
        "business_term_end": TODAY + timedelta(days=3 * 365), "qualification_valid_until": None}
    expected = errors(values)
    assert {f for f, _ in expected} == {"uscc", "contact_phone", "registered_capital", "business_term_end",
                                        "qualification_valid_until"}
    attach_licence(agency_ctx)
    with pytest.raises(Rejected) as refused:
        agency.submit_enterprise(agency_ctx, values, "首次登记，请审核")
    assert {(e["field"], e["code"]) for e in refused.value.issues} == expected
    assert (refused.value.field, refused.value.code) in expected
    assert agency.load_enterprise(agency_ctx).status is ReviewStatus.DRAFT


# -- submitting --------------------------------------------------------------------------------------

def test_submit_without_a_comment_is_refused_before_anything_is_sent(agency_ctx: AppContext, new_agency) -> None:
    before = agency.load_enterprise(agency_ctx)
    with pytest.raises(ServiceError) as refused:
        agency.submit_enterprise(agency_ctx, complete(new_agency), "   ")
    assert refused.value.field == "comment" and refused.value.code == "COMMENT_REQUIRED"
    assert CJK.search(refused.value.message)
    after = agency.load_enterprise(agency_ctx)
    assert after.version == before.version and after.values == before.values   # not even saved


def test_submit_without_the_licence_picture_is_refused_at_the_materials(agency_ctx: AppContext, new_agency) -> None:
    with pytest.raises(Rejected) as refused:
        agency.submit_enterprise(agency_ctx, complete(new_agency), "首次登记，请审核")
    assert refused.value.code == "MATERIAL_MISSING" and refused.value.field == "materials"
    record = agency.load_enterprise(agency_ctx)
    # submitting saves first (保存 then 提交): the typed record is kept as a draft
    assert record.status is ReviewStatus.DRAFT and record.values["name"] == new_agency["name"]


def test_a_valid_code_of_another_company_is_refused_at_the_uscc(agency_ctx: AppContext, new_agency) -> None:
    body = "91442000MA4WX0000"
    other = body + uscc_rule.calc_check_digit(body)
    values = complete(new_agency) | {"uscc": other}
    assert errors(values) == set()       # a well-formed code: only the registry knows whose it is
    attach_licence(agency_ctx)
    with pytest.raises(Rejected) as refused:
        agency.submit_enterprise(agency_ctx, values, "首次登记，请审核")
    assert refused.value.field == "uscc" and refused.value.code == "USCC_MISMATCH"


def test_submitted_record_waits_is_locked_then_approved(agency_ctx: AppContext, new_agency, sandbox_url) -> None:
    attach_licence(agency_ctx)
    submitted = agency.submit_enterprise(agency_ctx, complete(new_agency), "  首次登记，请审核 ")
    assert submitted.status is ReviewStatus.SUBMITTED and not submitted.editable
    assert submitted.comment == "首次登记，请审核"
    assert [(m.name, m.kind) for m in agency.materials_of(submitted)] == [("营业执照", MaterialKind.BUSINESS_LICENCE)]
    read = agency.load_enterprise(agency_ctx)
    assert read.status is ReviewStatus.SUBMITTED and read.values["uscc"] == new_agency["uscc"]
    assert [m.material_id for m in read.materials] == [m.material_id for m in submitted.materials]
    with pytest.raises(Rejected) as locked:
        agency.save_enterprise(agency_ctx, complete(new_agency) | {"contact_name": "王五"})
    assert locked.value.code == "INVALID_STATE"
    assert agency.load_enterprise(agency_ctx).values["contact_name"] == "李四"

    center(sandbox_url, new_agency, f"enterprise/{read.record_id}/approve")
    approved = agency.load_enterprise(agency_ctx)
    assert approved.status is ReviewStatus.APPROVED and not approved.editable
    texts = {s: agency.next_step(agency.EnterpriseRecord(status=s)) for s in ReviewStatus}
    assert agency.next_step(approved) == texts[ReviewStatus.APPROVED]
    assert len(set(texts.values())) == len(texts)      # each status has its own next step


def test_a_rejected_record_shows_the_reason_and_can_be_fixed(agency_ctx: AppContext, new_agency,
                                                             sandbox_url) -> None:
    attach_licence(agency_ctx)
    record = agency.submit_enterprise(agency_ctx, complete(new_agency), "首次登记，请审核")
    center(sandbox_url, new_agency, f"enterprise/{record.record_id}/reject", {"reason": "经营范围与执照不符"})
    rejected = agency.load_enterprise(agency_ctx)
    assert rejected.status is ReviewStatus.REJECTED and rejected.editable
    assert rejected.rejection_reason == "经营范围与执照不符"
    fixed = agency.save_enterprise(agency_ctx, rejected.values | {"business_scope": "房地产经纪"})
    assert fixed.status is ReviewStatus.DRAFT and fixed.values["business_scope"] == "房地产经纪"


# -- offline --------------------------------------------------------------------------------------------

def test_offline_save_and_submit_raise_registry_offline_and_nothing_is_saved(agency_ctx: AppContext,
                                                                              new_agency) -> None:
    before = agency.load_enterprise(agency_ctx)
    live = agency_ctx.client
    agency_ctx.client = RegistryAccess(dead_url())
    try:
        with pytest.raises(RegistryOffline):
            agency.save_enterprise(agency_ctx, complete(new_agency))
        with pytest.raises(RegistryOffline):
            agency.submit_enterprise(agency_ctx, complete(new_agency), "首次登记，请审核")
        with pytest.raises(RegistryOffline):
            agency.load_enterprise(agency_ctx)
    finally:
        assert isinstance(agency_ctx.client, RegistryAccess)
        agency_ctx.client.close()
        agency_ctx.client = live
    after = agency.load_enterprise(agency_ctx)
    assert after.version == before.version and after.values == before.values
    assert after.status is ReviewStatus.DRAFT
