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
9. Periodic work (expiry sweeps): append `fn(session, settings, clock)` to `PERIODIC_TASKS`; the
   ticker calls it every `tick_interval_s` in its own session (the function commits).
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.openapi.utils import get_openapi
from sqlalchemy.orm import Session
from starlette.routing import BaseRoute

from zsdesk import __version__
from zsdesk.registry.schemas.common import PROBLEM_MEDIA_TYPE, Problem
from zsdesk.registry.server.access_log import install_access_log_filter
from zsdesk.registry.server.body_limit import BodyLimitMiddleware, BodyLimits
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
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

PeriodicTask = Callable[[Session, ServerSettings, Clock], None]
PERIODIC_TASKS: list[PeriodicTask] = []

# Start-up hooks run once after the tables exist (training seed etc.): fn(db, settings, clock).
StartupHook = Callable[[Database, ServerSettings, Clock], None]
STARTUP_HOOKS: list[StartupHook] = []


class _Ticker:
    """Runs PERIODIC_TASKS in a background thread until stopped."""

    def __init__(self, db: Database, settings: ServerSettings, clock: Clock) -> None:
        self._db, self._settings, self._clock = db, settings, clock
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="registry-ticker", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def run_once(self) -> None:
        for task in list(PERIODIC_TASKS):
            try:
                with self._db.session() as session:
                    task(session, self._settings, self._clock)
            except Exception:  # a failing task must not stop the others or the ticker
                log.exception("periodic task %s failed", getattr(task, "__name__", task))

    def _run(self) -> None:
        while not self._stop.wait(self._settings.tick_interval_s):
            self.run_once()


def create_app(settings: ServerSettings | None = None, *, clock: Clock | None = None,
               db: Database | None = None) -> FastAPI:
    settings = settings or ServerSettings()
    clock = clock or Clock()
    install_access_log_filter()   # uvicorn logs query strings: phones and ID numbers stay out
    db = db or Database(settings.db_url)
    _load_area_hooks()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.create_tables:
            db.create_all()
        for hook in list(STARTUP_HOOKS):
            hook(db, settings, clock)
        # Everything built so far (modules, schemas, mappers) lives as long as the server: keep the
        # collector from rescanning it, which paused every request for ~90 ms (bench/registry_load.py).
        if settings.collect_at_start:
            gc.collect()
        gc.freeze()
        ticker = _Ticker(db, settings, clock)
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


def _load_area_hooks() -> None:
    """Import modules that register periodic tasks and start-up hooks (idempotent)."""
    from zsdesk.registry.server import contracts_service, register_seed, training

    if training.seed_demo not in STARTUP_HOOKS:
        STARTUP_HOOKS.append(training.seed_demo)
    if training.auto_approve not in PERIODIC_TASKS:
        PERIODIC_TASKS.append(training.auto_approve)

    if register_seed.seed_register_at_startup not in STARTUP_HOOKS:
        STARTUP_HOOKS.append(register_seed.seed_register_at_startup)
    if contracts_service.sweep_expired_drafts not in PERIODIC_TASKS:
        PERIODIC_TASKS.append(contracts_service.sweep_expired_drafts)


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
