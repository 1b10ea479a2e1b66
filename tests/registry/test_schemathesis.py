"""Property-based run over the server's own OpenAPI document (schemathesis): generated requests,
authenticated, must never produce a 5xx or a response that violates the documented schema.

Three runs per operation: positive data (valid by the schema) with a real token; negative data
(schemathesis breaks the declared headers If-Match and Idempotency-Key, path and query values and the
body) keeping the generated headers, with a generated Authorization header for half of the requests
and a real token for the other half; and the same two over the sandbox routes, which the protocol
document leaves out, through a document of their own."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import schemathesis
from contract_helpers import create_contract
from fastapi.routing import APIRoute
from hypothesis import HealthCheck, given, settings
from live_registry import Actor, LiveRegistry
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from zsdesk.registry.server.app import create_app, openapi_document
from zsdesk.registry.server.routes import sandbox
from zsdesk.registry.server.settings import ServerSettings

# schemathesis 4.x draws from the module-level `random` inside its own strategies (generation/
# dictionaries.py); Hypothesis warns about that whenever such a draw happens, which depends on the
# data, so the warning (an error under filterwarnings=error) came and went between runs. It is
# about schemathesis' code, not about the registry's answers, which the checks below judge.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Do not use the `random` module inside strategies:hypothesis.errors.HypothesisDeprecationWarning")

MAX_EXAMPLES = 30
NEGATIVE_EXAMPLES = 10
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
# Invalid input gets a problem (content type checked); its body need not match a success schema.
NEGATIVE_CHECKS = [not_a_server_error, content_type_conformance]
SANDBOX_PREFIX = "/api/v1/_sandbox"


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


def _with_input(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """Operations with something negative data can break: parameters, a body or a security scheme
    (an operation without any, like /health, has no invalid request)."""
    return [(m.upper(), p) for p, ops in spec["paths"].items() for m, op in ops.items()
            if op.get("parameters") or op.get("requestBody") or op.get("security")]


def _sandbox_spec() -> dict[str, Any]:
    """The sandbox routes as an OpenAPI document (create_app mounts them when sandbox is on, but never
    puts them in the protocol document)."""
    routes = []
    for route in sandbox.router.routes:
        assert isinstance(route, APIRoute) and route.path.startswith(SANDBOX_PREFIX)
        shown = copy.copy(route)
        shown.include_in_schema = True
        routes.append(shown)
    return openapi_document(routes, title="sandbox", version="1")


SANDBOX_SPEC = _sandbox_spec()
SANDBOX_OPERATIONS = [(m.upper(), p) for p, ops in SANDBOX_SPEC["paths"].items() for m in ops]


@pytest.fixture(scope="module")
def sandbox_schema() -> Any:
    return schemathesis.openapi.from_dict(SANDBOX_SPEC)


def _operation(schema: Any, method: str, path: str) -> Any:
    return next(r.ok() for r in schema.get_all_operations()
                if r.ok().method.upper() == method and r.ok().path == path)


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
    operation = _operation(api_schema, method, path)
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


def _negative_run(operation: Any, path: str, registry: LiveRegistry, actors: dict[str, Actor],
                  known: dict[str, str]) -> list[int]:
    calls: list[int] = []

    @given(case=operation.as_strategy(generation_mode=GenerationMode.NEGATIVE))
    @settings(max_examples=NEGATIVE_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        # Half reach the handlers with real ids and a real token; the rest keep every generated header,
        # Authorization included (schemathesis makes one from the security scheme).
        real = len(calls) % 2 == 0
        if real:
            for name in case.path_parameters or {}:
                if name in known:
                    case.path_parameters[name] = known[name]
            case.headers = {**(case.headers or {}),
                            "Authorization": f"Bearer {_token_for(path, registry, actors)}"}
        response = case.call_and_validate(base_url=registry.base_url, session=registry.http,
                                          checks=NEGATIVE_CHECKS)
        calls.append(response.status_code)

    run()
    return calls


@pytest.mark.parametrize("method,path", _with_input(create_app(ServerSettings(db_url="sqlite://",
                                                                              create_tables=False)).openapi()),
                         ids=lambda v: str(v))
def test_invalid_headers_params_and_bodies_get_no_server_error(method: str, path: str, api_schema: Any,
                                                               registry: LiveRegistry, actors: dict[str, Actor],
                                                               known: dict[str, str]) -> None:
    calls = _negative_run(_operation(api_schema, method, path), path, registry, actors, known)
    assert calls, "no request was generated"
    assert all(status < 500 for status in calls)


@pytest.mark.parametrize("method,path", SANDBOX_OPERATIONS, ids=lambda v: str(v))
def test_sandbox_routes_get_no_server_error(method: str, path: str, sandbox_schema: Any, clock: LiveRegistry,
                                            actors: dict[str, Actor], known: dict[str, str]) -> None:
    """Positive and negative data; the `clock` fixture puts back the shared server's clock."""
    registry = clock
    operation = _operation(sandbox_schema, method, path)
    calls: list[int] = []

    @given(case=operation.as_strategy())
    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        response = case.call_and_validate(base_url=registry.base_url, session=registry.http, checks=CHECKS)
        calls.append(response.status_code)

    run()
    if (method, path) in _with_input(SANDBOX_SPEC):
        calls += _negative_run(operation, path, registry, actors, known)
    assert calls, "no request was generated"
    health = registry.get("/api/v1/health")
    assert health.status_code == 200, health.text  # whatever the clock was set to, the server still answers
