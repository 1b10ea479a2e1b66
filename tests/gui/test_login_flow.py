"""Login → binding → main window, driven through the real screens against the sandbox server."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.helpers import StallProbe, type_text
from zsdesk.gui.binding_dialog import BindingDialog
from zsdesk.gui.controller import AppController
from zsdesk.gui.navigation import AGENCY_NAV
from zsdesk.paths import app_paths
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_settings import AppSettings


def _controller(url: str) -> AppController:
    paths = app_paths().ensure()
    ctx = AppContext(paths, AppSettings(registry_url=url))
    return AppController(paths, ctx)


def test_first_login_binds_agency_and_opens_agency_navigation(qtbot, sandbox_url, new_agency):
    probe = StallProbe()
    probe.start()
    controller = _controller(sandbox_url)
    controller.start()
    login = controller.login_window
    assert login is not None
    qtbot.waitUntil(lambda: login.connected, timeout=15000)
    assert login.ui.trainingBanner.isVisible()  # a sandbox, even outside training mode: 练习环境

    qtbot.keyClicks(login.ui.accountEdit, new_agency["login"])
    qtbot.keyClicks(login.ui.passwordEdit, "wrong-password")
    qtbot.mouseClick(login.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(login.ui.errorLabel.text()), timeout=10000)
    assert "密码" in login.ui.errorLabel.text()

    login.ui.passwordEdit.clear()
    qtbot.keyClicks(login.ui.passwordEdit, new_agency["password"])
    qtbot.mouseClick(login.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.binding_dialog is not None and controller.binding_dialog.isVisible(),
                    timeout=10000)
    dialog: BindingDialog = controller.binding_dialog
    assert new_agency["login"] in dialog.ui.uidValue.text()

    type_text(dialog.ui.accountEdit, new_agency["name"])
    assert dialog.ui.accountEdit.text() == new_agency["name"]
    qtbot.keyClicks(dialog.ui.passwordEdit, "123456")
    qtbot.mouseClick(dialog.bind_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10000)

    main = controller.main_window
    assert main.nav_labels() == [i.label for i in AGENCY_NAV]
    assert "存量房买卖合同" not in main.nav_labels()
    assert main.ui.actionNewContract not in main.ui.menuContract.actions()
    assert new_agency["name"] in main.account_label.text()
    assert "在线" in main.online_label.text()
    probe.stop()
    main.close()
    controller.shutdown()
    QApplication.processEvents()
    probe.check()
