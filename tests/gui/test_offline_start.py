"""Registry unreachable at start: the account that logged in last opens its local data offline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from zsdesk.gui.controller import AppController
from zsdesk.gui.navigation import STAFF_NAV
from zsdesk.paths import app_paths
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_settings import AppSettings, load_settings
from zsdesk.services.offline_login import LAST_ACCOUNT_KEY
from zsdesk.services.sandbox import EmbeddedSandbox

LEFT = Qt.MouseButton.LeftButton


def test_registry_down_opens_last_account_offline(qtbot, tmp_path):
    server = EmbeddedSandbox(tmp_path / "registry.sqlite3", training=True, sandbox=True)
    url = server.start()
    paths = app_paths().ensure()
    try:
        controller = AppController(paths, AppContext(paths, AppSettings(registry_url=url)))
        controller.start()
        login = controller.login_window
        assert login is not None
        qtbot.waitUntil(lambda: login.connected, timeout=15000)
        assert not login.offline_button.isVisible()
        staff = next(a for a in controller.ctx.demo_accounts if a.kind == "staff" and a.ready)  # type: ignore[attr-defined]
        qtbot.keyClicks(login.ui.accountEdit, staff.uid_account)
        qtbot.keyClicks(login.ui.passwordEdit, staff.password)
        qtbot.mouseClick(login.ui.loginButton, LEFT)
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
        online_account = controller.ctx.account
        assert online_account is not None
        controller.main_window.close()
        controller.shutdown()
    finally:
        server.stop()
    QApplication.processEvents()

    saved = load_settings(paths)
    remembered = saved.extra[LAST_ACCOUNT_KEY]
    assert isinstance(remembered, dict)
    assert remembered["username"] == online_account.username and remembered["registry_url"] == url
    assert staff.password not in paths.settings_file.read_text(encoding="utf-8")

    # Next start: same settings, the registry's port now closed.
    controller = AppController(paths, AppContext(paths))
    controller.start()
    login = controller.login_window
    assert login is not None
    qtbot.waitUntil(lambda: login.offline_button.isVisible(), timeout=15000)
    assert not login.connected and not login.ui.loginButton.isEnabled()
    assert login.ui.errorLabel.text().startswith("无法连接登记中心：")
    assert login.offline_button.text() == f"离线打开本机数据（{online_account.display_name}）"

    qtbot.mouseClick(login.offline_button, LEFT)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    main = controller.main_window
    assert controller.ctx.client is None and main.background_sync is None
    assert controller.ctx.account == online_account
    assert main.nav_labels() == [i.label for i in STAFF_NAV]
    assert "离线" in main.online_label.text()
    assert main.queued_button.text() == "待发送：0 项"
    page = main.show_page("my_contracts")
    failures: list[str] = []
    page.model.failed.connect(failures.append)
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        page.refresh()             # the list reads the local cache; no registry call
    assert page.isVisible() and failures == []
    main.close()
    controller.shutdown()
    QApplication.processEvents()


def test_offline_window_goes_online_when_registry_returns(qtbot, tmp_path, monkeypatch):
    from urllib.parse import urlparse

    from zsdesk.gui import offline_reconnect
    from zsdesk.services import connection, session
    from zsdesk.services.progress import Progress

    monkeypatch.setattr(offline_reconnect, "PROBE_INTERVAL_MS", 200)
    server = EmbeddedSandbox(tmp_path / "registry.sqlite3", training=True, sandbox=True)
    url = server.start()
    paths = app_paths().ensure()
    ctx = AppContext(paths, AppSettings(registry_url=url))
    try:
        connection.connect(ctx, Progress())
        staff = next(a for a in ctx.demo_accounts if a.kind == "staff" and a.ready)  # type: ignore[attr-defined]
        session.login(ctx, staff.uid_account, staff.password, remember=True)   # keyring + last account
        account = ctx.account
        assert account is not None
    finally:
        connection.disconnect(ctx)
        server.stop()

    # The login was remembered: the start opens the main window at once (no login window); the
    # registry does not answer, so it stays offline and probes.
    controller = AppController(paths, AppContext(paths))
    controller.start()
    assert controller.login_window is None
    main = controller.main_window
    assert main is not None
    qtbot.waitUntil(lambda: controller.offline_reconnect is not None, timeout=30000)
    reconnect = controller.offline_reconnect
    qtbot.waitUntil(lambda: reconnect._op is not None and reconnect._op.done, timeout=15000)
    assert controller.ctx.client is None and main.background_sync is None
    assert "离线" in main.online_label.text()

    server.start(port=urlparse(url).port)       # the registry is back on the same address
    try:
        qtbot.waitUntil(lambda: controller.ctx.client is not None and main.background_sync is not None, timeout=20000)
        assert controller.ctx.status.online and main.online_label.text() == "● 在线"
        qtbot.waitUntil(lambda: main.background_sync.running, timeout=10000)
        assert controller.ctx.account is not None and controller.ctx.account.username == account.username
        assert not reconnect.timer.isActive() and not reconnect.prompt.isVisible()
        main.close()
        controller.shutdown()
        QApplication.processEvents()
    finally:
        server.stop()


def test_registry_back_without_remembered_login_asks_to_log_in(qtbot, tmp_path, monkeypatch, memory_keyring):
    from urllib.parse import urlparse

    from zsdesk.gui import offline_reconnect
    from zsdesk.services import connection, session
    from zsdesk.services.progress import Progress

    monkeypatch.setattr(offline_reconnect, "PROBE_INTERVAL_MS", 200)
    server = EmbeddedSandbox(tmp_path / "registry.sqlite3", training=True, sandbox=True)
    url = server.start()
    paths = app_paths().ensure()
    ctx = AppContext(paths, AppSettings(registry_url=url))
    try:
        connection.connect(ctx, Progress())
        staff = next(a for a in ctx.demo_accounts if a.kind == "staff" and a.ready)  # type: ignore[attr-defined]
        session.login(ctx, staff.uid_account, staff.password, remember=False)
    finally:
        connection.disconnect(ctx)
        server.stop()
    assert memory_keyring.secrets == {}

    controller = AppController(paths, AppContext(paths))
    controller.start()
    login = controller.login_window
    assert login is not None
    qtbot.waitUntil(lambda: login.offline_button.isVisible(), timeout=15000)
    qtbot.mouseClick(login.offline_button, LEFT)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    main = controller.main_window
    reconnect = controller.offline_reconnect
    server.start(port=urlparse(url).port)
    try:
        qtbot.waitUntil(lambda: reconnect.prompt.isVisible(), timeout=20000)
        assert reconnect.prompt.text() == "登记中心已恢复 — 点击登录以发送待发送的操作"
        assert controller.ctx.client is None and main.background_sync is None
        qtbot.mouseClick(reconnect.prompt, LEFT)
        dialog = reconnect.dialog
        assert dialog.isVisible() and main.isVisible()
        qtbot.keyClicks(dialog.password, staff.password)
        dialog.submit()
        qtbot.waitUntil(lambda: main.background_sync is not None, timeout=15000)
        assert controller.ctx.client is not None and controller.ctx.status.online
        assert main.online_label.text() == "● 在线" and not reconnect.prompt.isVisible()
        qtbot.waitUntil(lambda: main.background_sync.running, timeout=10000)
        main.close()
        controller.shutdown()
        QApplication.processEvents()
    finally:
        server.stop()
