"""The login window is as tall as its content once the demo accounts are listed (no blank strip)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from zsdesk.gui.login_window import LoginWindow
from zsdesk.paths import app_paths
from zsdesk.services.app_context import AppContext
from zsdesk.services.connection import DemoAccount


def test_login_window_fits_its_content_after_connecting(qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(app_paths().ensure())
    ctx.training = True
    window = LoginWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    demo = [DemoAccount(f"练习员{i}（从业人员账号）", f"demo-staff{i}", "Demo2026!", "staff") for i in range(3)]
    window.set_connected(demo)
    qtbot.waitUntil(lambda: window.height() <= window.layout().totalMinimumSize().height() + 12, timeout=3000)
    QApplication.processEvents()
    assert window.ui.demoGroup.isVisible()
    # In training mode the 练习环境 row (注册统一认证账号…, 练习环境…) is the last box, under the accounts.
    assert window.training_bar is not None and window.training_bar.isVisible()
    assert window.training_bar.geometry().top() >= window.ui.demoGroup.geometry().bottom()
    bottom = window.training_bar.geometry().bottom()
    assert window.height() - bottom <= 40      # the margin under the last box, not a strip
