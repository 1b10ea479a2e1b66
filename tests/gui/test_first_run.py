"""First run: with no registry configured the app starts the training sandbox in-process and the
login window lists its demo accounts under the 练习环境 banner; the settings dialog points the app
at another registry, and the banner goes only when that registry is not a sandbox."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui.helpers import StallProbe
from zsdesk.gui.controller import AppController
from zsdesk.gui.navigation import AGENCY_NAV
from zsdesk.gui.settings_dialog import SettingsDialog
from zsdesk.paths import app_paths
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_settings import AppSettings, load_settings
from zsdesk.services.sandbox import EmbeddedSandbox

LEFT = Qt.MouseButton.LeftButton


def test_first_run_starts_training_sandbox_and_lists_demo_accounts(qtbot):
    paths = app_paths().ensure()
    controller = AppController(paths, AppContext(paths, AppSettings()))
    controller.start()
    login = controller.login_window
    assert login is not None
    assert login.ui.trainingBanner.isVisible()  # shown while the sandbox starts, too
    # The sandbox starts as a child process: the login window stays responsive throughout (in
    # this process its start held the GIL for 100-160 ms at a time).
    probe = StallProbe()
    probe.start()
    probe.mark("sandbox start")
    qtbot.waitUntil(lambda: login.connected, timeout=60000)
    sandbox = controller.ctx.sandbox
    assert sandbox is not None and sandbox._proc is not None and sandbox._proc.pid != os.getpid()
    assert paths.sandbox_database.exists()  # its database in the user data directory
    assert controller.ctx.registry_url.startswith("http://127.0.0.1:")
    assert login.ui.demoGroup.isVisible()
    labels = [login.ui.demoList.item(i).text() for i in range(login.ui.demoList.count())]
    assert len(labels) == 3
    assert sum("中介机构账号" in t for t in labels) == 1 and sum("从业人员账号" in t for t in labels) == 2

    probe.mark("demo account login")
    agency_row = next(i for i, t in enumerate(labels) if "中介机构账号" in t)
    item = login.ui.demoList.item(agency_row)
    rect = login.ui.demoList.visualItemRect(item)
    qtbot.mouseClick(login.ui.demoList.viewport(), LEFT, pos=rect.center())
    demo = item.data(Qt.ItemDataRole.UserRole)
    assert login.ui.accountEdit.text() == demo.uid_account
    assert login.ui.passwordEdit.text() == demo.password
    qtbot.mouseClick(login.ui.loginButton, LEFT)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)  # demo accounts are bound
    main = controller.main_window
    assert main.nav_labels() == [i.label for i in AGENCY_NAV]
    assert main.ui.trainingBanner.isVisible()
    assert "练习环境" in main.ui.trainingBanner.text()
    probe.stop()
    main.close()
    controller.shutdown()
    QApplication.processEvents()
    probe.check()


def _save_settings(qtbot, controller: AppController, url: str) -> None:  # type: ignore[no-untyped-def]
    login = controller.login_window
    assert login is not None
    qtbot.mouseClick(login.ui.settingsButton, LEFT)
    dialog = controller.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.ui.registryRadio.setChecked(True)
    dialog.ui.urlEdit.setText(url)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    qtbot.mouseClick(save, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def test_banner_disappears_only_for_a_registry_that_is_not_a_sandbox(qtbot, sandbox_url, tmp_path):
    plain = EmbeddedSandbox(tmp_path / "plain.sqlite3", training=False, sandbox=False)
    plain_url = plain.start()
    try:
        paths = app_paths().ensure()
        controller = AppController(paths, AppContext(paths, AppSettings(registry_url=plain_url)))
        controller.start()
        login = controller.login_window
        assert login is not None
        qtbot.waitUntil(lambda: login.connected, timeout=15000)
        assert not login.ui.trainingBanner.isVisible()
        assert not login.ui.demoGroup.isVisible()
        assert plain_url in login.ui.statusLabel.text()

        # another registry that turns out to be a sandbox (not in training mode): banner back
        _save_settings(qtbot, controller, sandbox_url)
        qtbot.waitUntil(lambda: login.connected and controller.ctx.registry_url == sandbox_url, timeout=15000)
        assert login.ui.trainingBanner.isVisible()
        assert load_settings(paths).registry_url == sandbox_url  # saved for the next start

        _save_settings(qtbot, controller, plain_url)
        qtbot.waitUntil(lambda: login.connected and controller.ctx.registry_url == plain_url, timeout=15000)
        assert not login.ui.trainingBanner.isVisible()
        login.close()
        controller.shutdown()
    finally:
        plain.stop()
