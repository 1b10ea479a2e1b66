"""Main-window notices and the Help menu. Without a usable OS keyring the cache key lives in a
fallback file: the main window says so at start (a status-bar notice with the full explanation), and
stays quiet when the keyring works. Help → 操作指引 (F1) and 关于 open their dialogs."""

from __future__ import annotations

import keyring
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from zsdesk.domain.enums import AccountKind
from zsdesk.gui.main_window import MainWindow
from zsdesk.paths import app_paths
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.app_settings import AppSettings


def _window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    ctx = AppContext(app_paths().ensure(), AppSettings())
    ctx.account = Account("u1", "staff1", AccountKind.STAFF, "黄小明", "中山市向导测试经纪有限公司")
    window = MainWindow(ctx, page_factory=lambda key, c, w: QWidget())
    qtbot.addWidget(window)
    window.show()
    return window


def test_fallback_key_file_is_announced(qtbot) -> None:  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        window = _window(qtbot)
        qtbot.waitUntil(lambda: window.key_notice.isVisible(), timeout=10000)
        assert "密钥文件" in window.key_notice.toolTip()
        assert str(app_paths().config_dir) in window.key_notice.toolTip()
        # Nothing of it is cut off at 1366×768: the bar shows the short notice whole, the long
        # explanation is not squeezed into the bar's message area, a click shows it in full.
        window.resize(1366, 768)
        qtbot.waitUntil(lambda: window.width() == 1366)
        notice = window.key_notice
        assert notice.text() == "⚠ 密钥环不可用"
        assert notice.width() >= notice.sizeHint().width()
        assert notice.geometry().right() <= window.statusBar().width()
        assert window.statusBar().currentMessage() == ""
        qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
        box = window.key_box
        assert box is not None and box.isVisible()
        assert "密钥文件" in box.text() and str(app_paths().config_dir) in box.text()
    finally:
        keyring.set_keyring(previous)


def test_no_notice_when_the_keyring_works(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    qtbot.waitUntil(lambda: window.key_check is not None and window.key_check.done, timeout=10000)
    assert window.key_check.error is None and window.key_check.result is None
    assert not window.key_notice.isVisible()


def test_help_menu_opens_guide_and_about(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    window.ui.actionGuide.trigger()
    assert window.guide_dialog.isVisible()
    assert window.ui.actionGuide.shortcut().toString() == "F1"
    window.ui.actionAbout.trigger()
    assert window.about_dialog.isVisible()
    assert str(window.ctx.paths.log_file) in " ".join(
        w.text() for w in window.about_dialog.findChildren(QLabel))


def test_a_refused_command_shows_its_reason_in_the_status_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from zsdesk.services.app_context import QueuedCommand

    window = _window(qtbot)
    window.ctx.status.queued = [QueuedCommand("保存合同内容：ZS-1", datetime(2026, 11, 24, 9, 0)),
                                QueuedCommand("提交备案：ZS-2", datetime(2026, 11, 24, 9, 5), 1,
                                              "房源已被查封，不能签约", "failed")]
    window.refresh_status()
    text = window.queued_button.text()
    assert text.startswith("待发送：2 项") and "1 项被拒绝：房源已被查封，不能签约" in text
    assert "提交备案：ZS-2" in window.queued_button.toolTip()
    assert window.queued_button.property("role") == "status-bad"
    window.ctx.status.queued = window.ctx.status.queued[:1]
    window.refresh_status()
    assert window.queued_button.text() == "待发送：1 项" and window.queued_button.property("role") == ""
