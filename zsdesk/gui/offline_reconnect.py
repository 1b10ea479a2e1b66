"""Offline main window: every few seconds (off the GUI thread) re-read the outbox count and ask
whether the registry answers again. When it does, sign in with the remembered login and start the
background sync; without one, a status-bar button asks the user to log in (open work stays open)."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QPushButton

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.gui.i18n import translate
from zsdesk.gui.operations import Operation, run_operation
from zsdesk.services.progress import Progress

if TYPE_CHECKING:
    from zsdesk.services.registry_access import RegistryAccess

log = logging.getLogger(__name__)

PROBE_INTERVAL_MS = 10_000
RECOVERED_PROMPT = QT_TRANSLATE_NOOP("OfflineReconnect", "登记中心已恢复 — 点击登录以发送待发送的操作")


class OfflineReconnect(QObject):
    def __init__(self, window: Any, *, interval_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self._op: Operation[tuple[str, RegistryAccess | None]] | None = None
        self._stopped = threading.Event()     # read by the worker: no login once the window is gone
        self._access: RegistryAccess | None = None   # reachable, awaiting the user's login
        self.prompt = QPushButton(translate("OfflineReconnect", RECOVERED_PROMPT))
        self.prompt.setObjectName("reconnectPrompt")
        self.prompt.setFlat(True)
        self.prompt.setVisible(False)
        self.prompt.clicked.connect(self.login_by_hand)
        window.statusBar().addPermanentWidget(self.prompt)
        self.timer = QTimer(self)
        self.timer.setInterval(PROBE_INTERVAL_MS if interval_ms is None else interval_ms)
        self.timer.timeout.connect(self.probe_now)
        stopped = self._stopped
        self.destroyed.connect(lambda *_: stopped.set())
        self.timer.start()
        self.probe_now()

    def stop(self) -> None:
        self._stopped.set()
        self.timer.stop()
        self.prompt.setVisible(False)
        access, self._access = self._access, None
        if access is not None and access is not self.ctx.client:
            access.close()

    def probe_now(self) -> None:
        if self._stopped.is_set() or (self._op is not None and not self._op.done) or self.prompt.isVisible():
            return
        self._op = run_operation(self, self._probe, on_success=self._probed,
                                 on_failure=lambda exc: log.info("reconnect probe: %s", type(exc).__name__),
                                 name="registry probe")

    def _probe(self, _p: Progress) -> tuple[str, RegistryAccess | None]:
        from zsdesk.services.offline_login import pending_commands
        from zsdesk.services.reconnect import probe, resume

        try:
            pending_commands(self.ctx)       # drafts saved offline show up in 待发送
        except Exception as exc:
            log.info("pending count not read: %s", type(exc).__name__)
        access = probe(self.ctx)
        if access is None:
            return "offline", None
        if self._stopped.is_set():
            access.close()
            return "offline", None
        if resume(self.ctx, access):
            return "online", None
        return "login", access

    def _probed(self, result: tuple[str, RegistryAccess | None]) -> None:
        state, access = result
        if state == "online":
            self._go_online()
        elif state == "login" and access is not None:
            self._access = access
            self.timer.stop()
            self.prompt.setVisible(True)
        self.window.refresh_status()

    def login_by_hand(self) -> None:
        from zsdesk.gui.reauth_dialog import ReauthDialog

        access = self._access
        if access is None:
            return
        self.ctx.client = access
        dialog = ReauthDialog(self.ctx, self.window)
        dialog.finished.connect(lambda code: self._login_finished(code, access))
        self.dialog = dialog
        dialog.open()

    def _login_finished(self, code: int, access: RegistryAccess) -> None:
        if code == QDialog.DialogCode.Accepted.value:
            self.ctx.registry_url = access.base_url
            self._go_online()
        else:                 # not now: stay offline, keep the prompt for later
            self.ctx.client = None
            from zsdesk.services.offline_login import OFFLINE_MESSAGE

            self.ctx.mark_online(False, OFFLINE_MESSAGE)
        self.window.refresh_status()

    def _go_online(self) -> None:
        self.stop()
        self.window.went_online()
        runner = self.window.background_sync
        if runner is not None:
            runner.start()    # the outbox waited long enough: send now, not after the login delay
        self.window.statusBar().showMessage(
            translate("OfflineReconnect", "已重新连接登记中心，正在发送待发送的操作…"), 8000)
