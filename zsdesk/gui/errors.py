"""How failures reach the user: expected ones as a message (or next to their field),
bugs through an error dialog that names the log file, and a sys.excepthook for the rest."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from zsdesk.gui.i18n import label, translate
from zsdesk.paths import app_paths
from zsdesk.services.errors import UserFacing, user_facing

log = logging.getLogger("zsdesk.gui")

_session_expired_handler: list[object] = []
_open_dialogs: list[QMessageBox] = []


def _widget(parent: QObject | None) -> QWidget | None:
    if isinstance(parent, QWidget):
        return parent.window()
    return QApplication.activeWindow()


def show_user_error(info: UserFacing, parent: QObject | None) -> None:
    title = translate("ErrorDialogs", "无法连接") if info.offline else translate("ErrorDialogs", "操作未完成")
    text = label(info.message)
    # Several operations refused for one cause (e.g. pages opened while not connected) say it once.
    _open_dialogs[:] = [b for b in _open_dialogs if shiboken6.isValid(b)]
    if any(b.text() == text and b.isVisible() for b in _open_dialogs):
        return
    # open(), not exec(): window-modal without a nested event loop, in which more failures would
    # stack further boxes (and a test's event processing would wait for a click forever).
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, _widget(parent))
    box.setObjectName("userErrorDialog")
    _keep_open(box)
    box.open()


def _keep_open(box: QMessageBox) -> None:
    # Without a parent nothing else holds the box; keep it alive until it closes.
    _open_dialogs.append(box)
    box.finished.connect(lambda _result: _open_dialogs.remove(box) if box in _open_dialogs else None)


def failure_text(exc: BaseException) -> str | None:
    """An expected failure's message in the UI language (a rule error's first issue, not its
    joined str()); None for a bug."""
    info = user_facing(exc)
    return None if info is None else label(info.message)


def report_failure(exc: BaseException, parent: QObject | None = None, context: str = "") -> None:
    """Default failure path of an operation."""
    info = user_facing(exc)
    if info is not None:
        log.info("%s refused: %s %s", context or "operation", info.code, info.message)
        if info.needs_login and _session_expired_handler:
            handler = _session_expired_handler[0]
            if callable(handler):
                handler()
                return
        show_user_error(info, parent)
        return
    log.error("%s failed", context or "operation", exc_info=(type(exc), exc, exc.__traceback__))
    show_bug_dialog(exc, parent)


def set_session_expired_handler(handler: object) -> None:
    _session_expired_handler.clear()
    _session_expired_handler.append(handler)


def show_bug_dialog(exc: BaseException, parent: QObject | None = None) -> None:
    if QApplication.instance() is None:
        return
    box = QMessageBox(_widget(parent))
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("ErrorDialogs", "程序出错"))
    box.setText(translate("ErrorDialogs", "程序遇到了意外错误，当前操作没有完成。已输入的内容仍然保留。"))
    box.setInformativeText(translate("ErrorDialogs", "错误详情已写入日志文件，联系技术支持时请提供该文件：\n{log_file}")
                           .format(log_file=app_paths().log_file))
    box.setDetailedText("".join(traceback.format_exception_only(type(exc), exc)))
    box.setObjectName("bugDialog")
    _keep_open(box)
    box.open()


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.critical("unhandled exception", exc_info=(kind, exc, tb))
    try:
        show_bug_dialog(exc)
    except Exception:  # the hook itself must never raise
        sys.__excepthook__(kind, exc, tb)


def install_excepthook() -> None:
    sys.excepthook = excepthook
