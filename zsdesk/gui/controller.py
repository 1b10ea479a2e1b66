"""The app's top-level flow: connect (starting the training sandbox when no registry is
configured), log in, bind on first login, main window; switch account; settings; re-login
when the session expires. Every service call goes through the operation helper."""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from zsdesk.gui.errors import set_session_expired_handler
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import run_operation
from zsdesk.paths import AppPaths
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.app_settings import AppSettings, save_settings
from zsdesk.services.progress import Progress

# The login window must come up as fast as a bare Qt window: the registry client, schemas,
# keyring and the main window are imported later, in workers or when first needed.
if TYPE_CHECKING:
    from zsdesk.gui.binding_dialog import BindingDialog
    from zsdesk.gui.login_window import LoginWindow
    from zsdesk.gui.main_window import MainWindow
    from zsdesk.gui.offline_reconnect import OfflineReconnect
    from zsdesk.services import quick_resume, session

log = logging.getLogger(__name__)


class AppController(QObject):
    def __init__(self, paths: AppPaths, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.ctx = ctx or AppContext(paths)
        self.login_window: LoginWindow | None = None
        self.main_window: MainWindow | None = None
        self.offline_reconnect: OfflineReconnect | None = None   # offline main window: waits for the registry
        self.binding_dialog: BindingDialog | None = None
        self.settings_dialog: QDialog | None = None
        self.reauth_dialog: QDialog | None = None
        self.exit_when_ready = ""
        self.demo_page = ""
        self.autologin: tuple[str, str] | None = None
        self._reauth_open = False
        set_session_expired_handler(self.session_expired)

    # start-up ---------------------------------------------------------------------------
    def start(self, exit_when_ready: str = "", demo_page: str = "") -> None:
        self.exit_when_ready = exit_when_ready
        self.demo_page = demo_page
        raw = os.environ.get("ZSDESK_AUTOLOGIN", "")
        if ":" in raw:
            account, password = raw.split(":", 1)
            self.autologin = (account, password)
        if self.autologin is None and not demo_page:
            from zsdesk.services import quick_resume

            remembered = quick_resume.candidate(self.ctx)
            if remembered is not None:
                self.resume_remembered(remembered)
                return
        self.show_login()
        if exit_when_ready == "window":
            self._ready("window")  # the login window is up and takes typing; connecting goes on
        # Connect once the window has been painted: the worker's imports then compete with nothing.
        QTimer.singleShot(0, self.connect_registry)

    def bring_to_front(self) -> None:
        """A second start of zsdesk asked for this instance: show the window the user works in."""
        window = self.main_window or self.login_window
        if window is None:
            return
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()

    def show_login(self) -> None:
        from zsdesk.gui.login_window import LoginWindow  # not needed when a remembered login starts

        window = LoginWindow(self.ctx)
        window.logged_in.connect(self._logged_in)
        window.settings_requested.connect(self.open_settings)
        window.offline_requested.connect(self.open_offline)
        self.login_window = window
        window.show()

    def connect_registry(self, log_out_first: bool = False) -> None:
        window = self.login_window
        if window is None:
            return
        message = (translate("AppController", "正在启动本机练习环境（沙盒登记中心）…") if self.ctx.settings.uses_sandbox
                   else translate("AppController", "正在连接登记中心…"))
        window.set_connecting(message)
        def connect(progress: Progress) -> list[session.DemoAccount]:
            from zsdesk.services import connection
            from zsdesk.services import session as sessions

            if log_out_first:    # on the registry signed in to, before that connection is replaced
                sessions.logout(self.ctx)
            return connection.connect(self.ctx, progress)

        run_operation(window, connect, on_success=self._connected,
                      on_failure=self._connect_failed, on_progress=lambda d, t, s: window.set_connecting(s),
                      name="connect")

    def _connected(self, demo: list[session.DemoAccount]) -> None:
        window = self.login_window
        if window is None:
            return
        window.set_connected(demo)
        from zsdesk.gui.app import freeze_long_lived

        freeze_long_lived()  # the registry client and schemas are loaded by now
        if self.autologin is None and self.demo_page:
            agency_pages = {"enterprise", "staff", "approved_staff", "agency_contracts"}
            wanted = "agency" if self.demo_page in agency_pages else "staff"
            for account in demo:
                if account.kind == wanted and account.ready:
                    self.autologin = (account.uid_account, account.password)
                    break
        if self.autologin is not None:
            window.ui.accountEdit.setText(self.autologin[0])
            window.ui.passwordEdit.setText(self.autologin[1])
            if os.environ.get("ZSDESK_AUTOLOGIN_REMEMBER") == "1":   # the start-up bench's first run
                window.ui.rememberCheck.setChecked(True)
            window.submit()
        elif self.exit_when_ready == "login":
            self._ready("login")

    def _connect_failed(self, exc: BaseException) -> None:
        from zsdesk.services.errors import user_facing

        info = user_facing(exc)
        log.error("connect failed", exc_info=(type(exc), exc, exc.__traceback__) if info is None else None)
        if self.login_window is not None:
            self.login_window.set_connection_failed(
                info.message if info else translate("AppController", "连接失败：{error}").format(error=exc))
            self.login_window.offer_offline(exc)
        if self.exit_when_ready:
            QTimer.singleShot(0, lambda: QApplication.exit(3))

    # login ------------------------------------------------------------------------------
    def _logged_in(self, outcome: session.LoginOutcome) -> None:
        if outcome.account is not None:
            self.open_main(outcome.account)
            return
        from zsdesk.gui.binding_dialog import BindingDialog

        dialog = BindingDialog(self.ctx, outcome.uid_account, self.login_window)
        dialog.accepted.connect(lambda: self._bound(dialog))
        self.binding_dialog = dialog
        dialog.open()

    def _bound(self, dialog: BindingDialog) -> None:
        if dialog.account is not None:
            self.open_main(dialog.account)

    def open_offline(self, account: Account) -> None:
        """Registry unreachable: the last account's local data, no registry client (nothing syncs)."""
        from zsdesk.gui.offline_reconnect import OfflineReconnect
        from zsdesk.services.offline_login import open_offline

        open_offline(self.ctx, account)
        self.open_main(account)
        main = self.main_window
        if main is not None:   # reads the pending count now and on each probe; back online by itself
            self.offline_reconnect = OfflineReconnect(main)

    def open_main(self, account: Account) -> None:
        from zsdesk.gui.main_window import MainWindow

        window = MainWindow(self.ctx)
        window.switch_account_requested.connect(self.switch_account)
        window.settings_requested.connect(self.open_settings)
        self.main_window = window
        if self.demo_page:
            try:
                window.show_page(self.demo_page)
            except KeyError:
                log.warning("demo page %s not available to %s", self.demo_page, account.kind)
        window.show()
        from zsdesk.gui.app import freeze_long_lived

        freeze_long_lived()
        if self.login_window is not None:
            self.login_window.close()
            self.login_window.deleteLater()
            self.login_window = None
        if self.exit_when_ready == "main":
            self._ready("main")

    # remembered login: the main window at once, signing in behind it ---------------------
    def resume_remembered(self, account: Account) -> None:
        from zsdesk.services import quick_resume

        quick_resume.begin(self.ctx, account)
        self.open_main(account)
        main = self.main_window
        if main is None:
            return
        main.statusBar().showMessage(label(quick_resume.CONNECTING_MESSAGE))

        def sign_in() -> None:
            run_operation(main, lambda p: quick_resume.finish(self.ctx, p),
                          on_success=lambda result: self._resumed(result, main),
                          on_failure=lambda exc: self._resume_failed(exc, main), name="resume")

        # Once the window is painted: the worker's imports (client, schemas, keyring) would compete
        # with building and painting it for the GIL.
        QTimer.singleShot(0, main, sign_in)

    def _resumed(self, result: quick_resume.ResumeResult, main: MainWindow) -> None:
        from zsdesk.services.quick_resume import ResumeResult

        if self.main_window is not main:      # the user switched account meanwhile
            return
        main.statusBar().clearMessage()
        if result is ResumeResult.ONLINE:
            main.went_online()
            from zsdesk.gui.app import freeze_long_lived

            freeze_long_lived()
            if self.exit_when_ready == "online":
                self._ready("online")
            return
        main.refresh_status()
        if result is ResumeResult.NEEDS_LOGIN:
            self._ask_password(main)
        else:
            self._stay_offline(main)

    def _resume_failed(self, exc: BaseException, main: MainWindow) -> None:
        log.error("resume failed", exc_info=(type(exc), exc, exc.__traceback__))
        if self.main_window is main:
            from zsdesk.services.errors import user_facing

            info = user_facing(exc)
            self.ctx.mark_online(False, info.message if info is not None else type(exc).__name__)
            main.refresh_status()
            self._stay_offline(main)

    def _ask_password(self, main: MainWindow) -> None:
        """The registry refused the remembered password (changed elsewhere): ask for it over the
        open window; cancelling keeps working on the local data."""
        from zsdesk.gui.reauth_dialog import ReauthDialog

        dialog = ReauthDialog(self.ctx, main, remembered_refused=True)

        def finished(code: int) -> None:
            if self.main_window is not main:
                return
            if code == QDialog.DialogCode.Accepted.value:
                main.went_online()
            else:
                self.ctx.client = None
                self._stay_offline(main)

        dialog.finished.connect(finished)
        self.reauth_dialog = dialog
        dialog.open()

    def _stay_offline(self, main: MainWindow) -> None:
        from zsdesk.gui.offline_reconnect import OfflineReconnect

        if self.offline_reconnect is None:
            self.offline_reconnect = OfflineReconnect(main)
        main.refresh_status()
        if self.exit_when_ready == "online":
            QTimer.singleShot(0, lambda: QApplication.exit(3))

    def switch_account(self, reconnect: bool = False) -> None:
        """Back to the login window; `reconnect` when the registry settings changed: the login window
        then connects to the new target (the old session is closed first, in the same worker)."""
        main = self.main_window
        if main is not None:
            main.save_state()
        from zsdesk.services import connection, session

        if self.offline_reconnect is not None:
            self.offline_reconnect.stop()
            self.offline_reconnect = None
        if not reconnect:
            run_operation(None, lambda p: session.logout(self.ctx), name="logout")
        self.autologin = None
        self.demo_page = ""
        if main is not None:
            main.quit_confirmed = True      # switching keeps the outbox for the next login: no question
            main.close()
            main.deleteLater()
            self.main_window = None
        self.show_login()
        if self.login_window is not None:
            if reconnect:
                self.connect_registry(log_out_first=True)
            elif self.ctx.client is None:      # was working offline: try the registry again
                self.connect_registry()
            else:
                self.login_window.set_connected(connection.cached_demo_accounts(self.ctx))

    # settings ---------------------------------------------------------------------------
    def open_settings(self) -> None:
        from zsdesk.gui.settings_dialog import SettingsDialog

        parent = self.main_window or self.login_window
        settings_dialog = SettingsDialog(self.ctx.settings, parent)
        settings_dialog.accepted.connect(lambda: self._settings_saved(settings_dialog.result_settings))
        self.settings_dialog = settings_dialog
        settings_dialog.open()

    def _settings_saved(self, new: AppSettings | None) -> None:
        old = self.ctx.settings
        if new is None or new == old:
            return
        save_settings(self.ctx.paths, new)
        self.ctx.settings = new
        if replace(new, language=old.language) == old:
            return       # only the UI language changed: it applies at the next start
        if self.main_window is not None:
            self.switch_account(reconnect=True)     # "更改连接后需要重新登录": at the new target
        else:
            self.connect_registry()

    # expired session --------------------------------------------------------------------
    def session_expired(self) -> None:
        if self._reauth_open or self.main_window is None:
            return
        from zsdesk.gui.reauth_dialog import ReauthDialog

        self._reauth_open = True
        dialog = ReauthDialog(self.ctx, self.main_window)
        dialog.finished.connect(lambda _r: setattr(self, "_reauth_open", False))
        self.reauth_dialog = dialog
        dialog.open()

    # readiness probe for the start-up bench ---------------------------------------------
    def _ready(self, what: str) -> None:
        def report() -> None:
            print(f"ZSDESK_READY {what} {time.time():.6f}", flush=True)
            QApplication.exit(0)

        # A zero-timer fires once the event loop is idle: the window has been shown and painted.
        QTimer.singleShot(0, report)

    def shutdown(self) -> None:
        try:
            # Let running workers (e.g. a connect still importing or starting the sandbox) finish
            # before the interpreter goes; then stop what they started.
            QThreadPool.globalInstance().waitForDone(30000)
            from zsdesk.services import connection

            connection.disconnect(self.ctx)
        except Exception:  # shutting down: log, never block exit
            log.exception("shutdown")
        sys.stdout.flush()
