"""房源验证 over HTTP against the live sandbox: each method, the owner match after width/space
normalisation, the first-generation-ID checkbox, and a distinct code for every failure."""

from __future__ import annotations

from typing import Any

import pytest
from contract_helpers import DemoKind, demo_property, problem, verify, verify_body
from live_registry import Actor, LiveRegistry

from zsdesk.domain.identity import upgrade_first_generation
from zsdesk.registry.server.properties_service import ADVICE

VERIFY = "/api/v1/properties/verify"


@pytest.fixture(scope="module")
def staff(registry: LiveRegistry) -> Actor:
    return registry.staff_actor()


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def test_by_title_cert_no_returns_property_and_owners(registry: LiveRegistry, staff: Actor) -> None:
    prop = demo_property(DemoKind.SOLE)
    body = verify(registry, staff, prop)
    assert len(body["verification_id"]) == 32
    assert body["method"] == "title_cert_no"
    p = body["property"]
    assert p["unit_no"] == prop.unit_no and p["address"] == prop.address
    assert p["title_cert_no"] == prop.title_cert_no
    assert p["floor_area"] == str(prop.floor_area)
    assert p["owners"] == [{"name": "陈志强", "id_type": "resident_id", "id_number": prop.owners[0].id_number,
                            "nationality": "中国", "share": None, "first_generation_id": False}]
    assert p["sealed"] is False and p["under_contract"] is False
    again = registry.get(f"/api/v1/properties/verifications/{body['verification_id']}", staff)
    assert again.status_code == 200 and again.json()["property"] == p


def test_widths_spaces_and_brackets_are_normalised(registry: LiveRegistry, staff: Actor) -> None:
    prop = demo_property(DemoKind.SOLE)
    owner = prop.owners[0]
    cert = prop.title_cert_no.replace("（", "(").replace("）", ")").replace("第", " 第 ")
    r = registry.post(VERIFY, staff, json=verify_body(
        prop, title_cert_no=_fullwidth(cert), owner_name=" 陈　志强 ", owner_id_number=_fullwidth(owner.id_number)))
    assert r.status_code == 200, r.text


def test_by_old_property_cert_no_with_first_generation_id(registry: LiveRegistry, staff: Actor) -> None:
    prop = demo_property(DemoKind.FIRST_GEN_ID)
    owner = prop.owners[0]
    assert prop.property_cert_no and len(owner.id_number) == 15
    body = verify(registry, staff, prop, method="property_cert_no")
    assert body["property"]["owners"][0]["first_generation_id"] is True
    # Ticked, the owner's current 18-digit number is accepted for the certificate's 15-digit one.
    r = registry.post(VERIFY, staff, json=verify_body(prop, method="property_cert_no",
                                                      owner_id_number=upgrade_first_generation(owner.id_number)))
    assert r.status_code == 200, r.text


def test_first_generation_box_must_match_the_register(registry: LiveRegistry, staff: Actor) -> None:
    old = demo_property(DemoKind.FIRST_GEN_ID)
    r = registry.post(VERIFY, staff, json=verify_body(old, method="property_cert_no", first_generation_id=False))
    body = problem(r, 422, "FIRST_GEN_FLAG_MISMATCH", "first_generation_id")
    assert "请勾选" in body["detail"] and ADVICE in body["detail"]
    new = demo_property(DemoKind.SOLE)
    r = registry.post(VERIFY, staff, json=verify_body(new, first_generation_id=True))
    body = problem(r, 422, "FIRST_GEN_FLAG_MISMATCH", "first_generation_id")
    assert "不要勾选" in body["detail"]


@pytest.mark.parametrize("kind", [DemoKind.HONG_KONG, DemoKind.MACAO, DemoKind.TAIWAN, DemoKind.FOREIGN])
def test_hmt_and_foreign_owners_by_name_and_unit_no(registry: LiveRegistry, staff: Actor, kind: DemoKind) -> None:
    prop = demo_property(kind)
    owner = prop.owners[0]
    body = verify(registry, staff, prop, method="owner_name_unit_no",
                  owner_name=owner.name.lower(), unit_no=" ".join([prop.unit_no[:6], prop.unit_no[6:]]))
    got = body["property"]["owners"][0]
    assert got["id_type"] == owner.id_type.value and got["nationality"] == owner.nationality
    assert body["method"] == "owner_name_unit_no"


@pytest.mark.parametrize("kind,typed", [(DemoKind.RARE_NAME, "𠮷堃"), (DemoKind.MIDDLE_DOT_NAME, "阿卜杜•热合曼")])
def test_rare_characters_and_middle_dot_variants(registry: LiveRegistry, staff: Actor, kind: DemoKind,
                                                 typed: str) -> None:
    body = verify(registry, staff, demo_property(kind), owner_name=typed)
    assert body["property"]["owners"][0]["name"] == demo_property(kind).owners[0].name


def test_co_owned_property_verifies_with_any_owner(registry: LiveRegistry, staff: Actor) -> None:
    prop = demo_property(DemoKind.BY_SHARES)
    body = verify(registry, staff, prop, owner_index=1)
    owners = body["property"]["owners"]
    assert body["property"]["ownership"] == "by_shares"
    assert [o["share"] for o in owners] == ["60", "40"]
    joint = verify(registry, staff, demo_property(DemoKind.JOINT), owner_index=1)["property"]
    assert joint["ownership"] == "joint" and len(joint["owners"]) == 2


def test_mortgaged_property_verifies_and_says_so(registry: LiveRegistry, staff: Actor) -> None:
    p = verify(registry, staff, demo_property(DemoKind.MORTGAGED))["property"]
    assert p["mortgaged"] is True and "抵押权人" in p["encumbrances"]


def test_unknown_certificate_is_property_not_found_with_the_guides_advice(registry: LiveRegistry,
                                                                         staff: Actor) -> None:
    prop = demo_property(DemoKind.SOLE)
    r = registry.post(VERIFY, staff, json=verify_body(prop, title_cert_no="粤（2020）中山市不动产权第9999999号"))
    body = problem(r, 404, "PROPERTY_NOT_FOUND", "title_cert_no")
    assert ADVICE in body["detail"] and "姓名+不动产单元号" in body["detail"]
    r = registry.post(VERIFY, staff, json=verify_body(prop, method="owner_name_unit_no",
                                                      unit_no="442000999999GB99999F99999999"))
    problem(r, 404, "PROPERTY_NOT_FOUND", "unit_no")


def test_malformed_numbers_name_the_wrong_part(registry: LiveRegistry, staff: Actor) -> None:
    prop = demo_property(DemoKind.SOLE)
    r = registry.post(VERIFY, staff, json=verify_body(prop, method="owner_name_unit_no",
                                                      unit_no="440300001901GB00088F00010001"))
    body = problem(r, 422, "UNIT_NO_COUNTY", "unit_no")
    assert "442000" in body["detail"]
    r = registry.post(VERIFY, staff, json=verify_body(prop, title_cert_no="粤（2020）中山市不动产权第12号"))
    problem(r, 422, "TITLE_CERT_SEQ", "title_cert_no")
    r = registry.post(VERIFY, staff, json=verify_body(prop, title_cert_no=""))
    problem(r, 422, "REQUIRED", "title_cert_no")


def test_owner_mismatch_names_the_field(registry: LiveRegistry, staff: Actor) -> None:
    prop = demo_property(DemoKind.SOLE)
    r = registry.post(VERIFY, staff, json=verify_body(prop, owner_name="陈志刚"))
    body = problem(r, 422, "OWNER_MISMATCH", "owner_name")
    assert ADVICE in body["detail"]
    wrong_id = prop.owners[0].id_number[:-4] + "0000"
    r = registry.post(VERIFY, staff, json=verify_body(prop, owner_id_number=wrong_id))
    problem(r, 422, "OWNER_MISMATCH", "owner_id_number")
    # The name of another property's owner does not match either.
    other = demo_property(DemoKind.JOINT).owners[0]
    r = registry.post(VERIFY, staff, json=verify_body(prop, owner_name=other.name, owner_id_number=other.id_number))
    problem(r, 422, "OWNER_MISMATCH", "owner_name")


def test_sealed_and_under_contract_properties_are_refused(registry: LiveRegistry, staff: Actor) -> None:
    r = registry.post(VERIFY, staff, json=verify_body(demo_property(DemoKind.SEALED)))
    body = problem(r, 409, "PROPERTY_SEALED", "property")
    assert "查封" in body["detail"]
    r = registry.post(VERIFY, staff, json=verify_body(demo_property(DemoKind.UNDER_CONTRACT)))
    problem(r, 409, "PROPERTY_UNDER_CONTRACT", "property")


def test_a_stranger_learns_nothing_about_a_sealed_property(registry: LiveRegistry, staff: Actor) -> None:
    r = registry.post(VERIFY, staff, json=verify_body(demo_property(DemoKind.SEALED), owner_name="张三"))
    problem(r, 422, "OWNER_MISMATCH", "owner_name")


def test_only_staff_may_verify(registry: LiveRegistry) -> None:
    body: dict[str, Any] = verify_body(demo_property(DemoKind.SOLE))
    problem(registry.post(VERIFY, json=body), 401, "UNAUTHORIZED", None)
    agency = registry.agency_actor()
    problem(registry.post(VERIFY, agency, json=body), 403, "FORBIDDEN", None)


def test_verifications_of_another_agency_are_invisible(registry: LiveRegistry, staff: Actor) -> None:
    vid = verify(registry, staff, demo_property(DemoKind.SOLE))["verification_id"]
    stranger = registry.staff_actor()
    problem(registry.get(f"/api/v1/properties/verifications/{vid}", stranger), 404, "NOT_FOUND", "verification_id")
