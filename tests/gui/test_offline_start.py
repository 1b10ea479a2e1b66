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
