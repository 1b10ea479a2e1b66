"""China time (UTC+8, no daylight saving): the registry's clock, and what every screen and printed
page shows, whatever time zone the PC is set to. Stored times are UTC — aware, or naive meaning UTC
(the cache's and the registry's convention) — and are shown through this module only."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

CHINA_TZ = timezone(timedelta(hours=8), "CST")
MINUTE_FORMAT = "%Y-%m-%d %H:%M"


def to_china(value: datetime) -> datetime:
    """`value` as a China-time datetime; a naive value is taken as UTC, never as the PC's time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(CHINA_TZ)


def format_china_time(value: datetime | None, fmt: str = MINUTE_FORMAT) -> str:
    """`value` in China time as `fmt` ("2024-05-02 09:30" by default); "" for no time."""
    return "" if value is None else to_china(value).strftime(fmt)


def china_today(now: datetime) -> date:
    """The date in China at the instant `now` (the registry's "today")."""
    return to_china(now).date()


def china_midnight(day: date) -> datetime:
    """The instant `day` begins in China (aware; 16:00 UTC of the day before)."""
    return datetime.combine(day, time(0), tzinfo=CHINA_TZ)


def china_now() -> datetime:
    """Now, in China time (aware), to second precision — e.g. a print time."""
    return datetime.now(CHINA_TZ).replace(microsecond=0)
