"""Help → 关于: what a support call asks first — version, which registry (training or live),
where the data and the log file are."""

from __future__ import annotations

import platform
import sys

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from zsdesk import __version__
from zsdesk.gui.i18n import translate
from zsdesk.gui.widgets.open_external import open_external
from zsdesk.services.app_context import AppContext


def about_rows(ctx: AppContext) -> list[tuple[str, str]]:
    """The dialog's rows (label, value); also what tests read."""
    if not ctx.training:
        mode = translate("AboutDialog", "正式环境")
    elif ctx.settings.uses_sandbox:
        mode = translate("AboutDialog", "练习环境（本机沙盒登记中心，数据不具法律效力）")
    else:
        mode = translate("AboutDialog", "练习环境（登记中心报告为练习模式）")
    url = ctx.registry_url or (translate("AboutDialog", "本机练习环境（尚未启动）") if ctx.settings.uses_sandbox
                               else ctx.settings.registry_url)
    return [
        (translate("AboutDialog", "版本"), f"zsdesk {__version__}"),
        (translate("AboutDialog", "登记中心地址"), url),
        (translate("AboutDialog", "运行模式"), mode),
        (translate("AboutDialog", "数据目录"), str(ctx.paths.data_dir)),
        (translate("AboutDialog", "日志文件"), str(ctx.paths.log_file)),
        (translate("AboutDialog", "运行环境"),
         f"Python {sys.version.split()[0]} · {platform.system()} {platform.release()}"),
    ]


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("AboutDialog", "关于 zsdesk"))
        layout = QVBoxLayout(self)
        title = QLabel(translate("AboutDialog", "<b>中山市存量房买卖合同网签备案（中介网签）桌面客户端</b>"))
        layout.addWidget(title)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for label, value in about_rows(ctx):
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            form.addRow(translate("AboutDialog", "{label}：").format(label=label), field)
            self.values[label] = field
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_data_button = buttons.addButton(translate("AboutDialog", "打开数据目录"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_data_button.clicked.connect(
            lambda: open_external(self, QUrl.fromLocalFile(str(ctx.paths.data_dir))))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
