"""First login of an unbound unified account: bind it to a net-sign account (one-to-one)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

import zsdesk.services.session as session
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.gui.forms.ui_binding_dialog import Ui_BindingDialog
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import Operation, run_operation
from zsdesk.gui.widgets.field_feedback import slot_in_place_of
from zsdesk.gui.widgets.field_state import fit_height, mark_required, set_invalid
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.errors import user_facing

BINDING_RULE = QT_TRANSLATE_NOOP("BindingDialog", "关联是一对一的：一个统一身份认证账号只能关联一个网签账号，"
                                                 "一个网签账号也只能被一个统一身份认证账号关联。"
                                                 "机构账号和每个从业人员账号都需要各自注册一个统一身份认证账号。")


class BindingDialog(QDialog):
    def __init__(self, ctx: AppContext, uid_account: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_BindingDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.ui.uidValue.setText(uid_account)
        # Three reserved lines (the taken-account message with the rule): after a bind error the
        # line edits were squeezed to ~10 px by a label growing inside the fitted dialog.
        self.ui.errorLabel = slot_in_place_of(self.ui.errorLabel, 3)
        self.ui.ruleLabel.setProperty("role", "hint")
        self.ui.ruleLabel.setText(translate("BindingDialog", BINDING_RULE))
        mark_required(self.ui.accountEdit)
        mark_required(self.ui.passwordEdit)
        self.bind_button: QPushButton = self.ui.buttonBox.addButton(translate("BindingDialog", "关联本地用户"),
                                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.bind_button.setDefault(True)
        # The form connects no accepted() slot: the bind button submits and accepts on success only.
        self.bind_button.clicked.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        fit_height(self)  # the form's height, not the .ui's
        self.account: Account | None = None
        self._op: Operation[Account] | None = None

    def submit(self) -> None:
        if self._op is not None and not self._op.done:
            return
        username = self.ui.accountEdit.text().strip()
        password = self.ui.passwordEdit.text()
        set_invalid(self.ui.accountEdit, not username)
        set_invalid(self.ui.passwordEdit, not password)
        if not username or not password:
            self.ui.errorLabel.setText(translate("BindingDialog", "请输入网签账号名和密码。"))
            return
        self.bind_button.setEnabled(False)
        self._op = run_operation(self, lambda p: session.bind(self.ctx, username, password),
                                 on_success=self._bound, on_failure=self._failed, name="bind")

    def _bound(self, account: Account) -> None:
        self.account = account
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.bind_button.setEnabled(True)
        info = user_facing(exc)
        if info is None:
            from zsdesk.gui.errors import report_failure

            report_failure(exc, self, "bind")
            return
        message = label(info.message)
        if info.code == "BINDING_TAKEN":
            message = f"{message}\n{translate('BindingDialog', BINDING_RULE)}"
            set_invalid(self.ui.accountEdit, True)
        elif info.code == "BAD_CREDENTIALS":   # the registry does not say which of the two is wrong
            set_invalid(self.ui.accountEdit, True)
            set_invalid(self.ui.passwordEdit, True)
        elif info.code == "ACCOUNT_LOCKED":    # neither field is the problem: waiting is
            pass
        elif info.field == "password":
            set_invalid(self.ui.passwordEdit, True)
        elif info.field:
            set_invalid(self.ui.accountEdit, True)
        self.ui.errorLabel.setText(message)
