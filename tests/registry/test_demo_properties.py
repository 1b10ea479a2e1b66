"""练习环境 demo properties: GET /api/v1/_sandbox/demo-properties lists the register's demo
properties with the data to verify each, and that data verifies (or is refused for the reason the
entry names) through the real client, over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from live_registry import LiveRegistry, start_server

from zsdesk.domain.identity import is_first_generation
from zsdesk.registry.client import RegistryClient
from zsdesk.registry.exceptions import NotFound, RegistryError
from zsdesk.registry.schemas.properties import VerifyMethod
from zsdesk.registry.schemas.sandbox import DemoPropertyOut
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.register_seed import DemoKind, demo_properties
from zsdesk.registry.server.settings import ServerSettings
from zsdesk.registry.server.training import DEMO_PASSWORD
from zsdesk.registry.transport import TransportConfig
from zsdesk.services.property_verification import check_form, form_from_demo


@pytest.fixture(scope="module")
def training(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveRegistry]:
    url = f"sqlite:///{tmp_path_factory.mktemp('demo-props') / 'training.sqlite3'}"
    db, clock = Database(url), Clock()
    settings = ServerSettings(db_url=url, training=True, tick_interval_s=3600)
    with start_server(settings, clock, db) as base_url:
        live = LiveRegistry(base_url, "sqlite", clock, db)
        yield live
        live.http.close()


def _client(base_url: str) -> RegistryClient:
    return RegistryClient(TransportConfig(base_url=base_url, retries=0, trust_env=False))


def test_every_demo_property_is_listed_with_its_data(training: LiveRegistry) -> None:
    rows = training.get("/api/v1/_sandbox/demo-properties").json()   # no login needed
    assert [r["kind"] for r in rows] == [p.demo_kind for p in demo_properties()]
    assert {r["kind"] for r in rows} == {k.value for k in DemoKind}
    by_kind = {r["kind"]: r for r in rows}
    assert by_kind["sole"]["label"] == "普通住宅（不动产权证号查询）"
    assert by_kind["hong_kong"]["method"] == "owner_name_unit_no"
    assert by_kind["old_property_cert"]["method"] == "property_cert_no"
    assert by_kind["sealed"]["label"] == "已查封 — 不可交易"
    assert by_kind["sealed"]["expected_error"] == "PROPERTY_SEALED"
    assert by_kind["under_contract"]["expected_error"] == "PROPERTY_UNDER_CONTRACT"
    first_gen = by_kind["first_gen_id"]["owners"]
    assert first_gen[0]["first_generation_id"] is True and is_first_generation(first_gen[0]["id_number"])
    assert [o["share"] for o in by_kind["by_shares"]["owners"]] == ["60", "40"]
    # only the first-generation demo ticks the box
    assert [r["kind"] for r in rows if any(o["first_generation_id"] for o in r["owners"])] == ["first_gen_id"]
    for r in rows:
        assert r["unit_no"] and r["address"] and r["owners"]
        assert r[r["method"] if r["method"] != "owner_name_unit_no" else "unit_no"], r["kind"]


def test_each_demo_verifies_with_its_listed_data(training: LiveRegistry) -> None:
    client = _client(training.base_url)
    try:
        client.login("demo-staff1", DEMO_PASSWORD)
        demos = client.demo_properties()
        assert len(demos) == len(DemoKind)
        for demo in demos:
            form = form_from_demo(demo)
            # the app's own form checks accept the listed data (no error before the query)
            assert not [i for i in check_form(form) if i.is_error], demo.kind
            if demo.expected_error:
                with pytest.raises(RegistryError) as err:
                    client.verify_property(form.to_request())
                assert err.value.code == demo.expected_error, demo.kind
                continue
            out = client.verify_property(form.to_request())
            assert out.method is demo.method
            assert out.property.unit_no == demo.unit_no
            assert [o.name for o in out.property.owners] == [o.name for o in demo.owners]
            assert out.property.address == demo.address
    finally:
        client.close()
    assert {d.kind for d in demos if d.expected_error} == {"sealed", "under_contract"}


def test_every_co_owner_of_a_demo_verifies(training: LiveRegistry) -> None:
    client = _client(training.base_url)
    try:
        client.login("demo-staff2", DEMO_PASSWORD)
        joint = next(d for d in client.demo_properties() if d.kind == DemoKind.BY_THIRDS)
        for owner in joint.owners:
            single = DemoPropertyOut.model_validate({**joint.model_dump(), "owners": [owner.model_dump()]})
            assert client.verify_property(form_from_demo(single).to_request()).method is VerifyMethod.TITLE_CERT_NO
    finally:
        client.close()


def test_demo_properties_are_refused_outside_training(registry: LiveRegistry) -> None:
    # the shared test server is a sandbox but not a training one: no owners' ID numbers handed out
    resp = registry.get("/api/v1/_sandbox/demo-properties")
    assert resp.status_code == 404
    assert resp.json()["code"] == "NOT_FOUND"
    client = _client(registry.base_url)
    try:
        with pytest.raises(NotFound):
            client.demo_properties()
    finally:
        client.close()


def test_a_protocol_server_has_no_sandbox_endpoints(tmp_path_factory: pytest.TempPathFactory) -> None:
    url = f"sqlite:///{tmp_path_factory.mktemp('plain') / 'plain.sqlite3'}"
    settings = ServerSettings(db_url=url, tick_interval_s=3600)
    with start_server(settings, Clock(), Database(url)) as base_url:
        client = _client(base_url)
        try:
            with pytest.raises(NotFound):
                client.demo_properties()
        finally:
            client.close()
