"""注册统一认证账号 (练习环境): the unified-identity platform's 法人账号注册 page, against the sandbox.

The real platform registers on its own web pages with a WeChat face check (guide, 二（一）); the
sandbox takes the same 账号信息 and 法人信息 here, so a trainee can do day one without a browser.
Built in code: one form row per field of `training.REGISTRATION_FIELDS`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import Operation, run_operation
from zsdesk.gui.pages.common import required_legend, set_role
from zsdesk.gui.widgets.field_state import error_label, mark_required, set_invalid, show_error
from zsdesk.services import training
from zsdesk.services.app_context import AppContext
from zsdesk.services.errors import user_facing


class RegisterDialog(QDialog):
    registered = Signal(object, str)     # training.RegisteredAccount, the password typed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account: training.RegisteredAccount | None = None
        self.setObjectName("registerDialog")
        self.setWindowTitle(translate("RegisterDialog", "注册统一认证账号（练习环境）"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(translate("RegisterDialog", "统一身份认证平台 · 法人登录 · 账号密码 · 立即注册。"
                                                   "法人账号可以注册多个，但每个只能关联一个网签账号："
                                                   "机构账号和每个从业人员账号各需注册一个。练习环境不做微信实名认证。"))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        layout.addWidget(intro)
        layout.addWidget(required_legend())
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for spec in training.REGISTRATION_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"register_{spec.key}")
            if spec.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            if spec.hint:
                edit.setPlaceholderText(label(spec.hint))
            mark_required(edit)
            edit.textEdited.connect(lambda _t, k=spec.key: self._clear(k))
            cell = QWidget()
            cl = QVBoxLayout(cell)
            cl.setContentsMargins(0, 0, 0, 0)
            cl.addWidget(edit)
            err = error_label(cell)
            cl.addWidget(err)
            self.edits[spec.key] = edit
            self.errors[spec.key] = err
            form.addRow(translate("RegisterDialog", "{label}＊").format(label=label(spec.label)), cell)
        layout.addLayout(form)
        self.practice_button = QPushButton(translate("RegisterDialog", "填入练习用证件号码"))
        self.practice_button.setToolTip(translate("RegisterDialog", "生成校验位正确的统一社会信用代码和身份证号码"
                                                                    "（虚构，仅供练习）"))
        self.practice_button.clicked.connect(self.fill_practice_numbers)
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.practice_button)
        buttons.addStretch(1)
        self.register_button = QPushButton(translate("RegisterDialog", "注册"))
        self.register_button.setObjectName("registerButton")
        self.register_button.setDefault(True)
        self.register_button.clicked.connect(self.submit)
        cancel = QPushButton(translate("RegisterDialog", "取消"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.register_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self._op: Operation[training.RegisteredAccount] | None = None

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    def fill_practice_numbers(self) -> None:
        code, person = training.practice_numbers()
        for key, value in (("uscc", code), ("legal_rep_id_number", person)):
            self.edits[key].setText(value)
            self._clear(key)

    def _clear(self, key: str) -> None:
        show_error(self.errors[key], None)
        set_invalid(self.edits[key], False)
        self.message.setText("")

    def _show(self, key: str | None, message: str) -> None:
        if key in self.edits:
            show_error(self.errors[key], message)
            set_invalid(self.edits[key], True)
            self.edits[key].setFocus()
        else:
            self.message.setText(label(message))

    def submit(self) -> None:
        if self._op is not None and not self._op.done:
            return
        values = self.values()
        issues = training.validate_registration(values)
        for key in self.edits:
            first = next((i for i in issues if i.field == key), None)
            show_error(self.errors[key], first.message if first else None)
            set_invalid(self.edits[key], first is not None)
        if issues:
            self.edits[issues[0].field].setFocus()
            self.message.setText(translate("RegisterDialog", "请按红框下方的提示修改后再注册。"))
            return
        self.message.setText("")
        self.register_button.setEnabled(False)
        self._op = run_operation(self, lambda p: training.register_account(self.ctx, values),
                                 on_success=lambda account: self._registered(account, values["password"]),
                                 on_failure=self._failed, name="register")

    def _registered(self, account: training.RegisteredAccount, password: str) -> None:
        self.account = account
        self.registered.emit(account, password)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.register_button.setEnabled(True)
        info = user_facing(exc)
        if info is None:
            from zsdesk.gui.errors import report_failure

            report_failure(exc, self, "register")
            return
        self._show(info.field, info.message)
