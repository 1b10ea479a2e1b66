"""The sandbox registry's FastAPI app: `create_app(settings)`.

How to add an area (e.g. contracts)
-----------------------------------
1. Models: a module in `server/models/` (e.g. `contracts.py`) with classes deriving from
   `server.db.Base`. Every module there is imported automatically (`db.import_all_models`);
   tables are created at start-up. Times are `UtcDateTime` columns, filled from the clock.
2. Wire models: a module in `registry/schemas/` with `__all__`, plus one star-import line in
   `schemas/__init__.py`. Derive request bodies from `WireModel` (unknown fields refused).
3. Router: a module in `server/routes/` with `router = APIRouter(prefix="/api/v1/...", tags=[...])`;
   append it to `ROUTERS` below. Declare error responses with `responses=problem_responses(401, ...)`.
4. Dependencies (type-annotate a handler parameter with them):
   - `deps.SessionDep` (SQLAlchemy Session; call `session.commit()` yourself — uncommitted work is
     rolled back), `deps.ClockDep` (`clock.now()` aware UTC, `clock.today()` China date),
     `deps.SettingsDep`.
   - `auth.PrincipalDep` (any logged-in caller), `auth.StaffDep`, `auth.AgencyDep`, `auth.CenterDep`,
     `auth.MemberDep` (agency or staff). A `Principal` has role, account_id, agency_id, staff_id.
     Always filter by `principal.agency_id`: nobody sees another agency's data (answer 404).
5. Errors: `raise ApiError(status, ErrorCode.X, "中文说明", field="a.b")` (problems.py); domain issues:
   `raise_on_issues(issues)` or `raise issues_error(issues)` → 422 with the first error's
   code/field/detail and all of them in `errors`. Stale If-Match: `versioning.check_version`.
6. Feed: in the same transaction as the change, `feed.record_change(session, agency_id, staff_id,
   Entity.CONTRACT, id, ChangeOp.UPSERT, out_model, at=clock.now())`; `staff_id=None` makes it
   visible to the whole agency, a staff id to that staff member and the agency account only.
   Deletions/expiry: `ChangeOp.DELETE` with `data=None` (or a reason) — a tombstone.
7. Idempotency: commands that create or file something take `idem_key: IdempotencyKeyDep` and
   return `run_idempotent(session, principal, idem_key, request, body, command)` (idempotency.py),
   where `command()` does the work and returns `(status, out_model)`; it commits.
8. Materials for a new owner kind: `materials_service.register_owner(kind, resolver)`.
9. Periodic work (expiry sweeps): add `fn(session, settings, clock)` to `areas.DEFAULT_PERIODIC_TASKS`
   (or pass `periodic_tasks=` to `create_app`); the app's ticker calls it every `tick_interval_s` in
   its own session (the function commits). Start-up hooks and the center's pending-review sources
   are passed the same way (`areas.py`): each app has its own, nothing is registered at import.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.routing import BaseRoute

from zsdesk import __version__
from zsdesk.registry.schemas.common import PROBLEM_MEDIA_TYPE, Problem
from zsdesk.registry.server.access_log import install_access_log_filter
from zsdesk.registry.server.areas import (
    DEFAULT_PENDING_SOURCES,
    DEFAULT_PERIODIC_TASKS,
    DEFAULT_STARTUP_HOOKS,
    StartupHook,
)
from zsdesk.registry.server.body_limit import BodyLimitMiddleware, BodyLimits
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.deps import PendingSource
from zsdesk.registry.server.input_guard import NulGuardMiddleware
from zsdesk.registry.server.problems import install_problem_handlers
from zsdesk.registry.server.routes import (
    auth,
    center,
    changes,
    contracts,
    enterprise,
    health,
    materials,
    properties,
    sandbox,
    staff,
)
from zsdesk.registry.server.settings import ServerSettings
from zsdesk.registry.server.ticker import PeriodicTask, Ticker

log = logging.getLogger(__name__)

# Protocol routers, in the order they appear in the OpenAPI document.
ROUTERS: list[APIRouter] = [
    health.router,
    auth.router,
    enterprise.router,
    staff.router,
    materials.router,
    changes.router,
    center.router,
    properties.router,
    contracts.router,
    contracts.center_router,
]

# Routers only mounted when settings.sandbox_enabled (never in the protocol document).
SANDBOX_ROUTERS: list[APIRouter] = [sandbox.router]


def create_app(settings: ServerSettings | None = None, *, clock: Clock | None = None,
               db: Database | None = None,
               periodic_tasks: Sequence[PeriodicTask] = DEFAULT_PERIODIC_TASKS,
               startup_hooks: Sequence[StartupHook] = DEFAULT_STARTUP_HOOKS,
               pending_sources: Sequence[PendingSource] = DEFAULT_PENDING_SOURCES) -> FastAPI:
    """The registry app. `periodic_tasks`, `startup_hooks` and `pending_sources` (the center's review
    queue) are this app's own: two apps in one process never share them."""
    settings = settings or ServerSettings()
    clock = clock or Clock()
    install_access_log_filter()   # uvicorn logs query strings: phones and ID numbers stay out
    db = db or Database(settings.db_url)
    hooks, tasks = tuple(startup_hooks), tuple(periodic_tasks)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.create_tables:
            db.create_all()
        for hook in hooks:
            hook(db, settings, clock)
        # Everything built so far (modules, schemas, mappers) lives as long as the server: keep the
        # collector from rescanning it, which paused every request for ~90 ms (bench/registry_load.py).
        if settings.collect_at_start:
            gc.collect()
        gc.freeze()
        ticker = Ticker(db, settings, clock, tasks)
        app.state.ticker = ticker
        ticker.start()
        try:
            yield
        finally:
            ticker.stop()
            db.dispose()

    app = FastAPI(
        title="zsdesk 登记中心协议（存量房网签备案）",
        version=__version__,
        description="中山市存量房买卖合同网签备案（中介网签）客户端与登记中心之间的 JSON/HTTP 协议。"
                    "错误均为 application/problem+json，带稳定的 code、出错的 field 和中文 detail。",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.clock = clock
    app.state.db = db
    app.state.pending_sources = tuple(pending_sources)
    install_problem_handlers(app)
    # Outermost but for Starlette's error middleware (the last added runs first): bodies are cut off,
    # then a NUL in the path or query refused, before routing, auth and parsing.
    app.add_middleware(NulGuardMiddleware)
    app.add_middleware(BodyLimitMiddleware, limits=BodyLimits.from_settings(settings))
    for router in ROUTERS:
        app.include_router(router)
    if settings.sandbox_enabled:
        for router in SANDBOX_ROUTERS:
            app.include_router(router)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    app.openapi_schema = openapi_document(app.routes, title=app.title, version=app.version,
                                          description=app.description)
    return app.openapi_schema


def openapi_document(routes: Sequence[BaseRoute], *, title: str, version: str, description: str = "") -> dict[str, Any]:
    """The OpenAPI document of `routes` as this server answers them: every error as problem+json."""
    schema = get_openapi(title=title, version=version, description=description, routes=routes)
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    problem_ref = {"$ref": "#/components/schemas/Problem"}
    if "Problem" not in schemas:
        schemas["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    for path_item in schema.get("paths", {}).values():
        for op in path_item.values():
            for status, resp in op.get("responses", {}).items():
                if not status.isdigit() or int(status) < 400:
                    continue
                content = resp.setdefault("content", {})
                body = content.pop("application/json", None)
                if status == "422" or body is None:
                    body = {"schema": problem_ref}
                content[PROBLEM_MEDIA_TYPE] = body
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    return schema
