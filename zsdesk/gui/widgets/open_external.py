"""Opening a web address or a folder with the desktop's own program, and saying so when none opened.

QDesktopServices.openUrl only returns False when the PC has no default browser (or file manager) or
it would not start; a button that then does nothing looks broken. One helper for every such button."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from zsdesk.gui.i18n import translate


def open_external(parent: QWidget, url: QUrl) -> QMessageBox | None:
    """Open `url`; when nothing could be opened, a (non-modal) box names the address or path as
    selectable text to copy. Returns that box, or None when the desktop opened it."""
    if QDesktopServices.openUrl(url):
        return None
    if url.isLocalFile():
        text = translate("OpenExternal", "未能打开文件夹：本机没有可用的文件管理器。"
                                         "请复制以下路径，在文件管理器中打开：\n{target}").format(target=url.toLocalFile())
    else:
        text = translate("OpenExternal", "未能打开浏览器：本机没有设置可用的默认浏览器。"
                                         "请复制以下网址，在浏览器中打开：\n{target}").format(target=url.toString())
    box = QMessageBox(QMessageBox.Icon.Warning, translate("OpenExternal", "未能打开"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("openExternalFailed")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box
