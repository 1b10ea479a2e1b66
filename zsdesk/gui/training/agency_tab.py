"""练习：新建中介机构 — the sandbox, as the registry's counter (guide, 一), opens the agency's net-sign
account and shows what the center hands over: the account name (the full registered name) and the
initial password, to be entered at the first login's 关联本地用户."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from zsdesk.gui.i18n import translate
from zsdesk.gui.pages.common import set_role
from zsdesk.gui.training.tab import TrainingTab
from zsdesk.gui.widgets.field_state import error_label, mark_required, set_invalid, show_error
from zsdesk.services import training
from zsdesk.services.app_context import AppContext


class AgencyTab(TrainingTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.agency: training.TrainingAgency | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(translate("AgencyTab", "中介机构先在登记中心窗口（402 室）带营业执照等材料申请开设网签账号，"
                                              "登记中心开通后把账号名和初始密码交给机构。练习环境在这里代替窗口。"))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("agencyName")
        self.name.setPlaceholderText(translate("AgencyTab", "与营业执照完全一致的公司全称"))
        self.uscc = QLineEdit()
        self.uscc.setObjectName("agencyUscc")
        self.uscc.setPlaceholderText(translate("AgencyTab", "18 位统一社会信用代码"))
        self.errors: dict[str, QLabel] = {}
        for key, caption, edit in (("company_name", translate("AgencyTab", "机构名称＊"), self.name),
                                   ("uscc", translate("AgencyTab", "统一社会信用代码＊"), self.uscc)):
            mark_required(edit)
            cell = QWidget()
            cl = QVBoxLayout(cell)
            cl.setContentsMargins(0, 0, 0, 0)
            cl.addWidget(edit)
            self.errors[key] = error_label(cell)
            cl.addWidget(self.errors[key])
            form.addRow(caption, cell)
            edit.textEdited.connect(lambda _t, k=key, e=edit: self._edited(k, e))
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_button = QPushButton(translate("AgencyTab", "开通网签账号"))
        self.open_button.setObjectName("openAgency")
        self.open_button.clicked.connect(self.open_agency)
        row.addWidget(self.open_button)
        layout.addLayout(row)

        self.handover = QGroupBox(translate("AgencyTab", "登记中心交给机构的网签账号"))
        self.handover.setObjectName("handover")
        hl = QFormLayout(self.handover)
        self.login_value = QLabel()
        self.login_value.setObjectName("handoverLogin")
        self.password_value = QLabel()
        self.password_value.setObjectName("handoverPassword")
        for value in (self.login_value, self.password_value):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hl.addRow(translate("AgencyTab", "网签账号名"), self.login_value)
        hl.addRow(translate("AgencyTab", "初始密码"), self.password_value)
        how = QLabel(translate("AgencyTab", "用为本机构注册的统一认证账号登录；首次登录时在「关联本地用户」中输入"
                                            "以上账号名和初始密码。"))
        how.setWordWrap(True)
        set_role(how, "hint")
        hl.addRow(how)
        self.handover.setVisible(False)
        layout.addWidget(self.handover)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _edited(self, key: str, edit: QLineEdit) -> None:
        show_error(self.errors[key], None)
        set_invalid(edit, False)

    def prefill(self, company_name: str, uscc: str) -> None:
        """From the unified account just registered: the agency is that company."""
        if not self.name.text():
            self.name.setText(company_name)
        if not self.uscc.text():
            self.uscc.setText(uscc)

    def _field_error(self, field: str | None, message: str) -> bool:
        edit = {"company_name": self.name, "name": self.name, "uscc": self.uscc}.get(field or "")
        if edit is None:
            return False
        key = "uscc" if edit is self.uscc else "company_name"
        show_error(self.errors[key], message)
        set_invalid(edit, True)
        return True

    def open_agency(self) -> None:
        if self.commanding:
            return
        name, code = self.name.text(), self.uscc.text()
        self.open_button.setEnabled(False)
        self.say(translate("AgencyTab", "正在开通…"))

        def done(agency: training.TrainingAgency) -> None:
            self.agency = agency
            self.login_value.setText(agency.netsign_login)
            self.password_value.setText(agency.initial_password)
            self.handover.setVisible(True)
            self.say(translate("AgencyTab", "已开通。"), "status-ok")

        self.run(lambda p: training.open_agency(self.ctx, name, code), done, "open agency",
                 field_error=self._field_error)
        if self.command is not None:
            self.command.finished.connect(lambda: self.open_button.setEnabled(True))
