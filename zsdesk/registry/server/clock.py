"""The server's clock. Tests move it forward through the sandbox endpoint instead of sleeping,
so token expiry, lockout and the 24-hour draft deletion are testable in milliseconds."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

# The registry works in China Standard Time (domain.china_time: a fixed offset, the client shows it too).
from zsdesk.domain.china_time import CHINA_TZ

# How far the sandbox may move the clock either way. Beyond some millennia `now()` overflows
# datetime and every request, /health included, failed with a 500; ten years covers every test.
MAX_OFFSET = timedelta(days=3653)


class ClockOffsetError(ValueError):
    """An offset outside ±MAX_OFFSET; the clock keeps its previous offset."""


def _checked(offset: timedelta) -> timedelta:
    if abs(offset) > MAX_OFFSET:
        raise ClockOffsetError(f"clock offset {offset} is outside ±{MAX_OFFSET.days} days")
    return offset


class Clock:
    def __init__(self, offset: timedelta = timedelta(0)) -> None:
        self._offset = _checked(offset)
        self._lock = threading.Lock()

    @property
    def offset(self) -> timedelta:
        with self._lock:
            return self._offset

    def set_offset(self, offset: timedelta) -> None:
        with self._lock:
            self._offset = _checked(offset)

    def advance(self, delta: timedelta) -> None:
        """Raises ClockOffsetError (and keeps the offset) when the sum leaves the window."""
        with self._lock:
            if abs(delta) > 2 * MAX_OFFSET:
                raise ClockOffsetError(f"clock advance {delta} is outside the window")
            self._offset = _checked(self._offset + delta)

    def now(self) -> datetime:
        """Aware UTC time, shifted by the offset."""
        return datetime.now(UTC) + self.offset

    def today(self) -> date:
        """The registry's calendar date (China), e.g. for '不能超今起2年'."""
        return self.now().astimezone(CHINA_TZ).date()
