"""A remembered login ("remember me") starts straight into the main window on the local cache while
signing in behind it; a refused password is asked for over the open window; an unreachable
registry leaves the window offline, probing to come back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from zsdesk.gui.controller import AppController
from zsdesk.paths import AppPaths, app_paths
from zsdesk.registry.credentials import CredentialStore
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_settings import AppSettings, load_settings
from zsdesk.services.sandbox import EmbeddedSandbox

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def registry(tmp_path):  # type: ignore[no-untyped-def]
    server = EmbeddedSandbox(tmp_path / "registry.sqlite3", training=True, sandbox=True)
    url = server.start()
    yield url
    server.stop()


def _log_in_by_hand(qtbot, paths: AppPaths, url: str, remember: bool,  # type: ignore[no-untyped-def]
                    kind: str = "staff") -> tuple[str, str]:
    """A demo account's login typed into the login window (url "": the training sandbox)."""
    controller = AppController(paths, AppContext(paths, AppSettings(registry_url=url)))
    controller.start()
    login = controller.login_window
    assert login is not None
    qtbot.waitUntil(lambda: login.connected, timeout=60000)
    staff = next(a for a in controller.ctx.demo_accounts if a.kind == kind and a.ready)  # type: ignore[attr-defined]
    login.ui.rememberCheck.setChecked(remember)
    qtbot.keyClicks(login.ui.accountEdit, staff.uid_account)
    qtbot.keyClicks(login.ui.passwordEdit, staff.password)
    qtbot.mouseClick(login.ui.loginButton, LEFT)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    controller.main_window.close()
    controller.shutdown()
    QApplication.processEvents()
    return staff.uid_account, staff.password


def test_remembered_login_opens_the_main_window_at_once_then_signs_in(qtbot, registry):
    paths = app_paths().ensure()
    uid, _password = _log_in_by_hand(qtbot, paths, registry, remember=True)
    assert load_settings(paths).remembered_account == uid

    controller = AppController(paths, AppContext(paths))
    controller.start()
    main = controller.main_window
    # Synchronously after start: no login window, the main window on the cache, signing in.
    assert controller.login_window is None and main is not None and main.isVisible()
    assert main.background_sync is None        # nothing syncs before the sign-in succeeds
    assert "正在登录" in main.online_label.text()
    assert controller.ctx.account is not None and controller.ctx.account.uid_account == uid
    qtbot.waitUntil(lambda: controller.ctx.status.online, timeout=20000)
    qtbot.waitUntil(lambda: main.background_sync is not None, timeout=5000)
    assert "在线" in main.online_label.text() and main.ui.trainingBanner.isVisible()
    assert controller.offline_reconnect is None
    main.close()
    controller.shutdown()


def test_login_not_remembered_starts_at_the_login_window(qtbot, registry):
    paths = app_paths().ensure()
    _log_in_by_hand(qtbot, paths, registry, remember=False)
    assert load_settings(paths).remembered_account == ""
    controller = AppController(paths, AppContext(paths))
    controller.start()
    assert controller.login_window is not None and controller.main_window is None
    qtbot.waitUntil(lambda: controller.login_window.connected, timeout=15000)
    controller.login_window.close()
    controller.shutdown()


def test_refused_remembered_password_is_asked_for_over_the_open_window(qtbot, registry):
    paths = app_paths().ensure()
    uid, password = _log_in_by_hand(qtbot, paths, registry, remember=True)
    CredentialStore().remember(uid, "changed-elsewhere-1")   # the keyring now holds a stale password

    controller = AppController(paths, AppContext(paths))
    controller.start()
    main = controller.main_window
    assert main is not None
    qtbot.waitUntil(lambda: controller.reauth_dialog is not None and controller.reauth_dialog.isVisible(),
                    timeout=20000)
    assert not controller.ctx.status.online and main.isVisible()
    dialog = controller.reauth_dialog
    assert dialog.windowTitle() == "需要重新输入密码"      # not "登录已过期": the session never started
    qtbot.keyClicks(dialog.password, password)
    dialog.submit()
    qtbot.waitUntil(lambda: controller.ctx.status.online and main.background_sync is not None, timeout=20000)
    saved = CredentialStore().load()
    assert saved is not None and saved.password == password   # "remember me" kept, with the new password
    main.close()
    controller.shutdown()


def test_remembered_login_with_the_registry_down_stays_offline_and_probes(qtbot, tmp_path):
    server = EmbeddedSandbox(tmp_path / "registry.sqlite3", training=True, sandbox=True)
    url = server.start()
    paths = app_paths().ensure()
    try:
        _log_in_by_hand(qtbot, paths, url, remember=True)
    finally:
        server.stop()

    controller = AppController(paths, AppContext(paths))
    controller.start()
    main = controller.main_window
    assert main is not None and controller.login_window is None
    qtbot.waitUntil(lambda: controller.offline_reconnect is not None, timeout=30000)
    assert not controller.ctx.status.online and controller.ctx.client is None
    assert "离线" in main.online_label.text()
    main.close()
    controller.shutdown()


def test_remembered_login_in_training_starts_the_sandbox_behind_the_window(qtbot):
    """No registry configured: the everyday start opens the window, then starts the training
    registry (a child process) and logs in, with the GUI responsive throughout."""
    from gui.helpers import StallProbe

    paths = app_paths().ensure()
    _log_in_by_hand(qtbot, paths, "", remember=True, kind="agency")   # shut down: the sandbox stopped

    probe = StallProbe()
    probe.start()
    probe.mark("remembered start in training")
    controller = AppController(paths, AppContext(paths))
    controller.start()
    main = controller.main_window
    assert main is not None and controller.login_window is None
    assert main.ui.trainingBanner.isVisible()          # known from the remembered account at once
    qtbot.waitUntil(lambda: controller.ctx.status.online and main.background_sync is not None, timeout=60000)
    probe.stop()
    assert controller.ctx.sandbox is not None and controller.ctx.account is not None
    main.close()
    controller.shutdown()
    probe.check()
