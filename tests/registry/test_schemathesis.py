"""Property-based run over the server's own OpenAPI document (schemathesis): generated requests,
authenticated, must never produce a 5xx or a response that violates the documented schema."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from contract_helpers import create_contract
from hypothesis import HealthCheck, given, settings
from live_registry import Actor, LiveRegistry
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from zsdesk.registry.server.app import create_app
from zsdesk.registry.server.settings import ServerSettings

MAX_EXAMPLES = 30
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


@pytest.fixture(scope="module")
def actors(registry: LiveRegistry) -> dict[str, Actor]:
    # The agency whose staff endpoints are fuzzed is not the signing staff member's agency, so a
    # generated deactivation can never end the session the other operations run with.
    agency = registry.approved_agency()
    return {"agency": registry.approved_agency(), "staff": registry.staff_actor(agency),
            "throwaway": registry.staff_actor(), "center": registry.center()}


@pytest.fixture()
def known(registry: LiveRegistry, actors: dict[str, Actor]) -> dict[str, str]:
    """Real ids, substituted into half of the generated requests so they reach the handlers."""
    staff = actors["staff"]
    draft = create_contract(registry, staff)
    up = registry.upload(staff, "contract", draft["id"], name="身份证正面", kind="id_front")
    assert up.status_code == 201, up.text
    return {"contract_id": draft["id"], "verification_id": draft["verification_id"], "owner_kind": "contract",
            "owner_id": draft["id"], "material_id": str(up.json()["id"])}


@pytest.fixture(scope="module")
def api_schema(registry: LiveRegistry) -> Any:
    spec = registry.get("/openapi.json").json()
    return schemathesis.openapi.from_dict(spec)


def _operations() -> list[tuple[str, str]]:
    spec = create_app(ServerSettings(db_url="sqlite://", create_tables=False)).openapi()
    return [(m.upper(), p) for p, ops in spec["paths"].items() for m in ops]


def _token_for(path: str, registry: LiveRegistry, actors: dict[str, Actor]) -> str:
    """A staff token by default; the agency's for agency-only areas and the center's for its own, so
    generated requests reach the handlers instead of stopping at the role check."""
    if path in ("/api/v1/auth/logout", "/api/v1/auth/password"):
        # Logging out ends a session and wrong old passwords lock the account: a throwaway staff
        # member (a fresh login for each logout).
        spare = actors["throwaway"]
        return registry.login(spare.login, spare.password).token if path.endswith("logout") else spare.token
    if path.startswith("/api/v1/center/"):
        return actors["center"].token
    if path.startswith(("/api/v1/enterprise", "/api/v1/staff")):
        return actors["agency"].token
    return actors["staff"].token


@pytest.mark.parametrize("method,path", _operations(), ids=lambda v: str(v))
def test_no_server_errors_and_responses_match_the_schema(method: str, path: str, api_schema: Any,
                                                         registry: LiveRegistry, actors: dict[str, Actor],
                                                         known: dict[str, str]) -> None:
    operation = next(r.ok() for r in api_schema.get_all_operations()
                     if r.ok().method.upper() == method and r.ok().path == path)
    calls: list[int] = []

    @given(case=operation.as_strategy())
    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        if len(calls) % 2 == 0:
            for name in case.path_parameters or {}:
                if name in known:
                    case.path_parameters[name] = known[name]
            if isinstance(case.body, dict) and "verification_id" in case.body:
                case.body["verification_id"] = known["verification_id"]
        headers = {"Authorization": f"Bearer {_token_for(path, registry, actors)}"}
        response = case.call_and_validate(base_url=registry.base_url, session=registry.http, headers=headers,
                                          checks=CHECKS)
        calls.append(response.status_code)

    run()
    assert calls, "no request was generated"
