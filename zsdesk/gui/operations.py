"""The one way the GUI runs work: off the GUI thread, results delivered back on it.

    run_operation(self, lambda progress: service.load(...), on_success=self._show)

The callable runs in the global QThreadPool and receives a `Progress` (report with
`progress.step(done, total, text)`; it raises `Cancelled` once `handle.cancel()` was
called). Success, failure and progress arrive through queued signals, so callbacks
always run on the GUI thread. Callbacks for a parent widget that has been destroyed
are dropped. Failures without an `on_failure` go to `errors.report_failure`: expected
ones (typed registry/rule errors) as a message, anything else as a logged bug.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from zsdesk.services.progress import Cancelled, CancelToken, Progress

T = TypeVar("T")
log = logging.getLogger(__name__)

_live: set[Operation[Any]] = set()


class _Emitter(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    # object, not str: a str signal hands over a plain copy, and a services' message (a Text made
    # with msg) would lose the recipe label() needs to show it in the UI language
    progressed = Signal(int, int, object)


class Operation(QObject, Generic[T]):
    """Handle of one running operation (cancel it, or wait on it in tests)."""

    finished = Signal()

    def __init__(self, parent: QObject | None, name: str) -> None:
        super().__init__(None)
        self.name = name
        self.token = CancelToken()
        self.done = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self._parent = parent
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self.emitter = _Emitter()
        # Queued: the emitter fires from a pool thread; these slots must run on the GUI thread.
        from PySide6.QtCore import Qt

        self.emitter.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self.emitter.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.emitter.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self.token.cancel()

    def _alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _finish(self) -> None:
        self.done = True
        _live.discard(self)
        self.finished.emit()

    @Slot(object)
    def _succeeded(self, value: Any) -> None:
        self.result = value
        try:
            if self._on_success is not None and self._alive():
                self._on_success(value)
        finally:
            self._finish()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        try:
            if not self._alive():
                return
            if isinstance(exc, Cancelled):
                if self._on_cancelled is not None:
                    self._on_cancelled()
                return
            if self._on_failure is not None:
                self._on_failure(exc)
            else:
                from zsdesk.gui.errors import report_failure

                report_failure(exc, self._parent, self.name)
        finally:
            self._finish()

    @Slot(int, int, object)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None and self._alive() and not self.done:
            self._on_progress(done, total, text)


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], op: Operation[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._emitter = op.emitter
        self._progress = Progress(op.token, lambda d, t, s: self._emitter.progressed.emit(d, t, s))
        self._name = op.name

    def run(self) -> None:
        try:
            value = self._fn(self._progress)
        except BaseException as exc:  # delivered to the GUI thread, which decides how to show it
            if not isinstance(exc, Cancelled):
                log.debug("operation %s failed: %r", self._name, exc)
            self._deliver(self._emitter.failed, exc)
        else:
            self._deliver(self._emitter.succeeded, value)

    def _deliver(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:   # the window that asked was closed (and deleted) meanwhile
            log.debug("operation %s finished after its window closed", self._name)


def run_operation(
    parent: QObject | None,
    fn: Callable[[Progress], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    name: str = "",
) -> Operation[T]:
    op: Operation[T] = Operation(parent, name or getattr(fn, "__name__", "operation"))
    op._on_success = on_success
    op._on_failure = on_failure
    op._on_progress = on_progress
    op._on_cancelled = on_cancelled
    _live.add(op)
    QThreadPool.globalInstance().start(_Runner(fn, op))
    return op


def pending_operations() -> int:
    return len(_live)
