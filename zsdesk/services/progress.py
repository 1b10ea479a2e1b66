"""Progress and cancellation for long use cases, independent of Qt.

A service that may take a while accepts a `Progress` and calls `step()` between units
of work; `step()` raises `Cancelled` once the user asked to stop, so the service ends
at a clean point (e.g. after a committed page) instead of being killed mid-write.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressFn = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The user cancelled the operation; not an error to report."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class Progress:
    """What a running operation gets: where to report progress, and whether to stop."""

    def __init__(self, token: CancelToken | None = None, report: ProgressFn | None = None) -> None:
        self.token = token or CancelToken()
        self._report = report

    def step(self, done: int, total: int, message: str = "") -> None:
        self.token.raise_if_cancelled()
        if self._report is not None:
            self._report(done, total, message)

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled


NO_PROGRESS = Progress()
