"""FastAPI dependencies for the shared server state (session, clock, settings, the app's ticker and
pending-review sources): handlers get them typed from here, never from `request.app.state`.

Auth dependencies live in `auth.py`."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy.orm import Session

from zsdesk.registry.schemas.center import PendingItem
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.settings import ServerSettings
from zsdesk.registry.server.ticker import Ticker

# fn(session) -> the items of one kind waiting for the center, oldest first (center.list_pending).
PendingSource = Callable[[Session], list[PendingItem]]


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_session(request: Request) -> Iterator[Session]:
    with get_db(request).session() as session:
        yield session


def get_clock(request: Request) -> Clock:
    clock: Clock = request.app.state.clock
    return clock


def get_settings(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


def get_ticker(request: Request) -> Ticker:
    ticker: Ticker = request.app.state.ticker   # set by the app's lifespan
    return ticker


def get_pending_sources(request: Request) -> Sequence[PendingSource]:
    sources: Sequence[PendingSource] = request.app.state.pending_sources
    return sources


SessionDep = Annotated[Session, Depends(get_session)]
ClockDep = Annotated[Clock, Depends(get_clock)]
SettingsDep = Annotated[ServerSettings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_db)]
TickerDep = Annotated[Ticker, Depends(get_ticker)]
PendingSourcesDep = Annotated[Sequence[PendingSource], Depends(get_pending_sources)]

# Ids in paths and queries: bounded so an absurd number is a 422, not a database overflow.
MAX_ID = 2_147_483_647
IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
