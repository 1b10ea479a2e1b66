"""The session expired: ask for the password again over the open window, keeping all work."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

import zsdesk.services.session as session
from zsdesk.gui.i18n import translate
from zsdesk.gui.operations import Operation, run_operation
from zsdesk.gui.widgets.field_state import error_label, mark_required, show_error
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.errors import user_facing


class ReauthDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, remembered_refused: bool = False) -> None:
        """`remembered_refused`: asked because the registry refused the password remembered on this
        computer (changed elsewhere), not because the session expired."""
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        uid = ctx.account.uid_account if ctx.account else ""
        if remembered_refused:
            self.setWindowTitle(translate("ReauthDialog", "需要重新输入密码"))
            text = translate("ReauthDialog", "登记中心没有接受本机记住的密码（可能已在别处修改）。"
                                             "请输入统一身份认证账号 {uid} 的当前密码；本机数据照常可用。")
            text = text.format(uid=uid)
        else:
            self.setWindowTitle(translate("ReauthDialog", "登录已过期"))
            text = translate("ReauthDialog", "登录已过期。请重新输入统一身份认证账号 {uid} 的密码；"
                                             "正在编辑的内容不会丢失。").format(uid=uid)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        mark_required(self.password)
        form.addRow(translate("ReauthDialog", "登录密码"), self.password)
        layout.addLayout(form)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ReauthDialog", "重新登录"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._op: Operation[Account] | None = None

    def submit(self) -> None:
        if self._op is not None and not self._op.done:
            return
        password = self.password.text()
        if not password:
            show_error(self.error, translate("ReauthDialog", "请输入密码。"))
            return
        self._op = run_operation(self, lambda p: session.reauthenticate(self.ctx, password),
                                 on_success=lambda _a: self.accept(), on_failure=self._failed, name="reauth")

    def _failed(self, exc: BaseException) -> None:
        info = user_facing(exc)
        if info is None:
            from zsdesk.gui.errors import report_failure

            report_failure(exc, self, "reauth")
            return
        show_error(self.error, info.message)
