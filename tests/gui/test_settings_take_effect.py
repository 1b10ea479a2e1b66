"""A changed registry in 设置 takes effect as the dialog says ("更改连接后需要重新登录"): from the main
window, the app goes back to the login window connected to the new registry, and the next login goes
there — two real sandbox registries on loopback, each knowing only its own staff account."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from services.wizard_world import PASSWORD, Registry, running_registry

from zsdesk.gui.controller import AppController
from zsdesk.gui.settings_dialog import SettingsDialog
from zsdesk.paths import app_paths
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_settings import AppSettings, load_settings
from zsdesk.services.registry_access import RegistryAccess

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def two_registries(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Registry, Registry]]:
    with running_registry(tmp_path_factory.mktemp("first") / "r.sqlite3") as first, \
            running_registry(tmp_path_factory.mktemp("second") / "r.sqlite3") as second:
        yield first, second


def _log_in(qtbot, controller: AppController, login: str) -> None:  # type: ignore[no-untyped-def]
    window = controller.login_window
    assert window is not None
    qtbot.waitUntil(lambda: window.connected, timeout=20000)
    window.ui.accountEdit.setText(login)
    window.ui.passwordEdit.setText(PASSWORD)
    qtbot.mouseClick(window.ui.loginButton, LEFT)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20000)


def test_registry_changed_from_the_main_window_is_where_the_next_login_goes(  # type: ignore[no-untyped-def]
        qtbot, two_registries: tuple[Registry, Registry], zsdesk_home: Path) -> None:
    first, second = two_registries
    on_first, on_second = first.seed_staff(), second.seed_staff("周小芳")
    paths = app_paths().ensure()
    controller = AppController(paths, AppContext(paths, AppSettings(registry_url=first.url)))
    controller.start()
    try:
        _log_in(qtbot, controller, on_first)
        main = controller.main_window
        assert main is not None

        controller.open_settings()          # 设置 from the main window's menu
        dialog = controller.settings_dialog
        assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
        dialog.ui.registryRadio.setChecked(True)
        dialog.ui.urlEdit.setText(second.url)
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)

        qtbot.waitUntil(lambda: controller.main_window is None and controller.login_window is not None, timeout=10000)
        login = controller.login_window
        assert login is not None
        qtbot.waitUntil(lambda: login.connected, timeout=20000)
        assert second.url in login.ui.statusLabel.text()             # the login window names the new target
        assert isinstance(controller.ctx.client, RegistryAccess) and controller.ctx.client.base_url == second.url
        assert load_settings(paths).registry_url == second.url      # and it is kept for the next start

        _log_in(qtbot, controller, on_second)                      # only the second registry knows this one
        assert controller.ctx.account is not None and controller.ctx.account.uid_account == on_second
    finally:
        if controller.main_window is not None:
            controller.main_window.close()
        controller.shutdown()
