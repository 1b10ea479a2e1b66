"""A refusal's message travels with its recipe (`detail_text`), so a client shows it in its UI
language; the Chinese `detail` stays what it was, and a recipe that does not match it is ignored."""

from __future__ import annotations

import pytest
from contract_helpers import DemoKind, demo_property, verify_body
from live_registry import Actor, LiveRegistry

from zsdesk.domain.errors import Issue
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, Text, msg
from zsdesk.registry.exceptions import error_from_problem
from zsdesk.registry.i18n_wire import text_from_wire, text_to_wire
from zsdesk.registry.server.problems import issues_error


def test_recipe_round_trips_nested_values_and_never_changes_the_detail() -> None:
    who = msg(QT_TRANSLATE_NOOP("labels", "出卖人"))
    made = msg(QT_TRANSLATE_NOOP("messages", "{who}证件号码应为 {n} 位"), who=who, n=18)
    wire = text_to_wire(made)
    assert wire == {"template": "{who}证件号码应为 {n} 位",
                    "params": {"who": {"template": "出卖人", "params": {}}, "n": 18}}
    back = text_from_wire(str(made), wire)
    assert isinstance(back, Text) and back == made and isinstance(back.params["who"], Text)
    assert text_to_wire("纯文本") is None
    assert not isinstance(text_from_wire("别的内容", wire), Text)            # recipe for another text
    assert not isinstance(text_from_wire(str(made), {"template": "{x}"}), Text)  # malformed
    assert text_from_wire("原文", None) == "原文"


def test_problem_body_carries_each_issues_recipe_and_the_client_rebuilds_it() -> None:
    made = msg(QT_TRANSLATE_NOOP("messages", "{label}号码应为 18 位（一代证为 15 位），现为 {count} 位"),
               label="证件", count=17)
    body = issues_error([Issue("owner_id_number", "ID_LENGTH", made)]).body()
    assert body["detail"] == str(made) and body["detail_text"]["params"]["count"] == 17
    assert body["errors"][0]["detail_text"] == body["detail_text"]
    err = error_from_problem(422, body)
    assert err.detail == str(made) and isinstance(err.detail, Text) and err.detail.params["count"] == 17


@pytest.fixture(scope="module")
def staff(registry: LiveRegistry) -> Actor:
    return registry.staff_actor()


def test_live_refusal_from_a_domain_rule_arrives_with_its_recipe(registry: LiveRegistry, staff: Actor) -> None:
    body = verify_body(demo_property(DemoKind.SOLE), title_cert_no="粤（2020）中山市不动产第12号")   # malformed
    r = registry.post("/api/v1/properties/verify", staff, json=body)
    assert r.status_code == 422, r.text
    problem = r.json()
    assert problem["detail_text"]["template"] and "{" in problem["detail_text"]["template"]
    err = error_from_problem(r.status_code, problem)
    assert isinstance(err.detail, Text) and err.detail == problem["detail"]


def test_server_made_refusals_arrive_with_their_recipe(registry: LiveRegistry, staff: Actor) -> None:
    unknown = verify_body(demo_property(DemoKind.SOLE), title_cert_no="粤（2020）中山市不动产权第9999998号")
    r = registry.post("/api/v1/properties/verify", staff, json=unknown)
    assert r.status_code == 404, r.text
    problem = r.json()
    assert problem["code"] == "PROPERTY_NOT_FOUND"
    assert problem["detail_text"]["template"] == "房源验证失败：登记簿中没有该{label}。{advice}{hint}"
    assert problem["detail_text"]["params"]["label"] == "不动产权证号"
    err = error_from_problem(r.status_code, problem)
    assert isinstance(err.detail, Text) and err.detail == problem["detail"]
    assert err.detail.params["label"] == "不动产权证号"

    # A role refusal nests one recipe in another (the allowed roles, each a label).
    r = registry.get("/api/v1/changes", registry.center())
    assert r.status_code == 403, r.text
    problem = r.json()
    assert problem["detail"] == "交易中心审核账号无权执行此操作，仅限中介机构账号、从业人员账号。"
    assert problem["detail_text"]["params"]["allowed"] == {
        "template": "{first}、{second}", "params": {"first": "中介机构账号", "second": "从业人员账号"}}
    err = error_from_problem(r.status_code, problem)
    assert isinstance(err.detail, Text) and err.detail == problem["detail"]
    assert isinstance(err.detail.params["allowed"], Text)
