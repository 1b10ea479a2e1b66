"""The server's clock. Tests move it forward through the sandbox endpoint instead of sleeping,
so token expiry, lockout and the 24-hour draft deletion are testable in milliseconds."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta, timezone

# The registry works in China Standard Time; fixed offset (no DST) so no tz database is needed.
CHINA_TZ = timezone(timedelta(hours=8), "CST")


class Clock:
    def __init__(self, offset: timedelta = timedelta(0)) -> None:
        self._offset = offset
        self._lock = threading.Lock()

    @property
    def offset(self) -> timedelta:
        with self._lock:
            return self._offset

    def set_offset(self, offset: timedelta) -> None:
        with self._lock:
            self._offset = offset

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self._offset += delta

    def now(self) -> datetime:
        """Aware UTC time, shifted by the offset."""
        return datetime.now(UTC) + self.offset

    def today(self) -> date:
        """The registry's calendar date (China), e.g. for '不能超今起2年'."""
        return self.now().astimezone(CHINA_TZ).date()
