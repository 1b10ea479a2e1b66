"""统一身份认证 · 法人登录 · 账号密码. Lists the sandbox's demo accounts in training mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem, QPushButton, QSizePolicy, QWidget

from zsdesk.gui.forms.ui_login_window import Ui_LoginWindow
from zsdesk.gui.i18n import label, translate, untranslated
from zsdesk.gui.operations import Operation, run_operation
from zsdesk.gui.widgets.field_feedback import slot_in_place_of
from zsdesk.gui.widgets.field_state import fit_height_now_and_after_layout, mark_required, set_invalid
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.errors import user_facing

# The session service pulls in the registry client, schemas and keyring (~0.5 s of imports):
# it is imported in the workers, so the window shows first.
if TYPE_CHECKING:
    from zsdesk.gui.training.bar import TrainingBar
    from zsdesk.registry.credentials import SavedLogin
    from zsdesk.services import session, training


def _saved_login() -> SavedLogin | None:
    from zsdesk.services import session

    return session.saved_login()


class LoginWindow(QWidget):
    logged_in = Signal(object)          # session.LoginOutcome
    settings_requested = Signal()
    offline_requested = Signal(object)  # Account: open the local cache without the registry

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LoginWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        # Three reserved lines: an error appearing or going moves neither the fields nor 登录.
        self.ui.errorLabel = slot_in_place_of(self.ui.errorLabel, 3)
        # The banner keeps its text height; spare room goes below the form, not into the banner.
        self.ui.trainingBanner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Registry unreachable: the last account may still open its own cached contracts.
        self.offline_button = QPushButton(self)
        self.offline_button.setObjectName("offlineButton")
        self.offline_button.setVisible(False)
        self.offline_button.clicked.connect(self._open_offline)
        self.offline_account: Account | None = None
        self.ui.mainLayout.insertWidget(self.ui.mainLayout.indexOf(self.ui.statusLabel) + 1, self.offline_button)
        self.ui.mainLayout.addStretch(1)
        self.ui.statusLabel.setProperty("role", "hint")
        for w in (self.ui.accountEdit, self.ui.passwordEdit):
            mark_required(w)
        self.ui.loginButton.clicked.connect(self.submit)
        self.ui.passwordEdit.returnPressed.connect(self.submit)
        self.ui.settingsButton.clicked.connect(self.settings_requested.emit)
        self.ui.demoList.itemClicked.connect(self._fill_demo)
        self.ui.demoList.itemActivated.connect(self._fill_demo)
        self.ui.accountEdit.textEdited.connect(lambda _t: self._clear_error())
        self.ui.passwordEdit.textEdited.connect(lambda _t: self._clear_error())
        self.connected = False
        self.training_bar: TrainingBar | None = None    # 练习环境 only: registration and the panel
        self._op: Operation[session.LoginOutcome] | None = None
        self.set_connecting(translate("LoginWindow", "正在连接登记中心…"))
        # Read once the window is painted: opening the keyring imports ~100 ms of modules, which on
        # a worker still compete with building and painting this window for the GIL.
        self.saved_login_op: Operation[SavedLogin | None] | None = None
        QTimer.singleShot(0, self, self._read_saved_login)

    def _read_saved_login(self) -> None:
        self.saved_login_op = run_operation(self, lambda p: _saved_login(), on_success=self._fill_saved,
                                            on_failure=lambda exc: None, name="saved login")

    def _fill_saved(self, saved: SavedLogin | None) -> None:
        # Read from the keyring in a worker; never overwrite what the user has begun to type.
        if saved is None or self.ui.accountEdit.text() or self.ui.passwordEdit.text():
            return
        self.ui.accountEdit.setText(saved.account)
        self.ui.passwordEdit.setText(saved.password)
        self.ui.rememberCheck.setChecked(True)
        if self.connected:
            self.ui.passwordEdit.setFocus()

    # connection state -------------------------------------------------------------------
    def set_connecting(self, message: str) -> None:
        self.connected = False
        self._hide_offline()
        self.ui.loginButton.setEnabled(False)
        self.ui.statusLabel.setText(message)
        self.ui.trainingBanner.setVisible(self.ctx.training)
        self.ui.demoGroup.setVisible(False)
        if self.training_bar is not None:
            self.training_bar.setVisible(False)

    def set_connected(self, demo: list[session.DemoAccount]) -> None:
        self.connected = True
        self._hide_offline()
        self.ui.loginButton.setEnabled(True)
        self.ui.trainingBanner.setVisible(self.ctx.training)
        # The target by its address unless it is the embedded sandbox: a configured registry that is a
        # sandbox too is still the one the user chose in 设置.
        if self.ctx.settings.uses_sandbox:
            where = translate("LoginWindow", "本机练习环境（沙盒登记中心）")
        elif self.ctx.training:
            where = translate("LoginWindow", "{url}（练习环境）").format(url=self.ctx.registry_url)
        else:
            where = self.ctx.registry_url
        self.ui.statusLabel.setText(translate("LoginWindow", "已连接：{where}").format(where=where))
        self.ui.demoList.clear()
        for account in demo:
            item = QListWidgetItem(translate("LoginWindow", "{label}　账号：{account}　密码：{password}").format(
                label=account.label, account=account.uid_account, password=account.password))
            item.setData(Qt.ItemDataRole.UserRole, account)
            item.setToolTip(account.description)
            self.ui.demoList.addItem(item)
        self.ui.demoGroup.setVisible(bool(demo))
        self._attach_training_bar()
        if demo:  # as tall as its rows: no empty box under three accounts
            rows = sum(self.ui.demoList.sizeHintForRow(i) for i in range(self.ui.demoList.count()))
            self.ui.demoList.setFixedHeight(rows + 2 * self.ui.demoList.frameWidth() + 4)
        fit_height_now_and_after_layout(self)
        if not self.ui.accountEdit.text():
            self.ui.accountEdit.setFocus()
        else:
            self.ui.passwordEdit.setFocus()

    def _attach_training_bar(self) -> None:
        from zsdesk.gui.training import bar

        had = self.training_bar
        self.training_bar = bar.attach(self.ctx, self.ui.mainLayout, self.ui.demoGroup, registration=True,
                                       existing=had)
        if self.training_bar is not None and had is None:
            self.training_bar.registered.connect(self._fill_registered)
            self.training_bar.restarted.connect(self._clear_error)

    def _fill_registered(self, account: training.RegisteredAccount, password: str) -> None:
        """A unified account just registered in the training sandbox: ready to log in with it."""
        self.ui.accountEdit.setText(account.login)
        self.ui.passwordEdit.setText(password)
        self.ui.rememberCheck.setChecked(False)
        self._clear_error()
        self.ui.statusLabel.setText(translate("LoginWindow", "已注册统一认证账号 {login}：点「登录」，"
                                                             "首次登录时关联网签账号。").format(login=account.login))
        self.ui.loginButton.setFocus()

    def set_connection_failed(self, message: str) -> None:
        self.connected = False
        self.ui.loginButton.setEnabled(False)
        self.ui.statusLabel.setText(translate("LoginWindow", "{message}\n请检查网络，或在「设置」中更改登记中心地址。")
                                    .format(message=label(message)))

    # offline ----------------------------------------------------------------------------
    def offer_offline(self, exc: BaseException) -> bool:
        """When `exc` means the registry is unreachable and an account logged in here before,
        offer to open that account's local data. True when the offer is shown."""
        from zsdesk.registry.exceptions import RegistryOffline
        from zsdesk.services.offline_login import last_account

        if not isinstance(exc, RegistryOffline):
            return False
        account = last_account(self.ctx.settings)
        if account is None:
            return False
        self.offline_account = account
        detail = label(exc.detail)
        if detail == str(exc.detail):   # the registry's Chinese wording: say 无法连接登记中心 once
            reason = detail.removeprefix(untranslated("无法连接登记中心，"))
            text = translate("LoginWindow", "无法连接登记中心：{reason}\n"
                                            "仍可离线查看、搜索、打印本机保存的合同，编辑本机草稿；"
                                            "待发送的操作在联网并重新登录后提交。").format(reason=reason)
        else:
            text = translate("LoginWindow", "{detail}\n仍可离线查看、搜索、打印本机保存的合同，编辑本机草稿；"
                                            "待发送的操作在联网并重新登录后提交。").format(detail=detail)
        self.ui.errorLabel.setText(text)
        self.offline_button.setText(
            translate("LoginWindow", "离线打开本机数据（{name}）").format(name=account.display_name))
        self.offline_button.setVisible(True)
        fit_height_now_and_after_layout(self)
        return True

    def _hide_offline(self) -> None:
        self.offline_account = None
        self.offline_button.setVisible(False)

    def _open_offline(self) -> None:
        if self.offline_account is not None:
            self.offline_requested.emit(self.offline_account)

    # login ------------------------------------------------------------------------------
    def _fill_demo(self, item: QListWidgetItem) -> None:
        account = item.data(Qt.ItemDataRole.UserRole)
        self.ui.accountEdit.setText(account.uid_account)
        self.ui.passwordEdit.setText(account.password)
        self._clear_error()
        self.ui.loginButton.setFocus()

    def _clear_error(self) -> None:
        self.ui.errorLabel.setText("")
        set_invalid(self.ui.accountEdit, False)
        set_invalid(self.ui.passwordEdit, False)

    def submit(self) -> None:
        if not self.connected or (self._op is not None and not self._op.done):
            return
        account = self.ui.accountEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not account or not password:
            self.ui.errorLabel.setText(translate("LoginWindow", "请输入法人登录账号和登录密码。"))
            set_invalid(self.ui.accountEdit, not account)
            set_invalid(self.ui.passwordEdit, not password)
            return
        remember = self.ui.rememberCheck.isChecked()
        self.ui.loginButton.setEnabled(False)
        self.ui.loginButton.setText(translate("LoginWindow", "正在登录…"))
        def login(_p: object) -> session.LoginOutcome:
            from zsdesk.services import session

            outcome = session.login(self.ctx, account, password, remember)
            from zsdesk.gui.warmup import import_for_main_window

            import_for_main_window()
            return outcome

        self._op = run_operation(self, login, on_success=self._logged_in, on_failure=self._failed, name="login")

    def _done(self) -> None:
        self.ui.loginButton.setEnabled(self.connected)
        self.ui.loginButton.setText(translate("LoginWindow", "登录"))

    def _logged_in(self, outcome: session.LoginOutcome) -> None:
        self._done()
        self.ui.passwordEdit.clear() if not self.ui.rememberCheck.isChecked() else None
        self.logged_in.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        self._done()
        if self.offer_offline(exc):
            return
        info = user_facing(exc)
        if info is None:
            from zsdesk.gui.errors import report_failure

            report_failure(exc, self, "login")
            return
        self.ui.errorLabel.setText(label(info.message))
        if info.field in {"password", "account", "username"}:
            set_invalid(self.ui.passwordEdit if info.field == "password" else self.ui.accountEdit, True)
