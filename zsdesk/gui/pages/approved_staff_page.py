"""已审核从业人员查询: approved staff with their net-sign login accounts; deactivation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import zsdesk.services.staff as staff
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import run_operation
from zsdesk.gui.pages.common import page_title, set_role
from zsdesk.services.app_context import AppContext
from zsdesk.services.staff import DEACTIVATE_EXPLANATION, StaffMember


class ApprovedStaffPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.members: list[StaffMember] = []
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(translate("ApprovedStaffPage", "已审核从业人员查询")))
        intro = QLabel(translate("ApprovedStaffPage",
                                 "审核通过的从业人员及其网签登录账号。登录密码已由交易中心以短信发送给本人；"
                                 "从业人员首次登录时需用自己的统一身份认证账号关联此网签账号。"))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("approvedTable")
        self.table.setHorizontalHeaderLabels([
            translate("ApprovedStaffPage", "姓名"), translate("ApprovedStaffPage", "网签登录账号"),
            translate("ApprovedStaffPage", "证件号码"), translate("ApprovedStaffPage", "手机号码"),
            translate("ApprovedStaffPage", "账号状态")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.message = QLabel()
        bar.addWidget(self.message, 1)
        refresh = QPushButton(translate("ApprovedStaffPage", "刷新"))
        refresh.clicked.connect(self.refresh)
        self.deactivate_button = QPushButton(translate("ApprovedStaffPage", "注销账号…"))
        self.deactivate_button.setObjectName("deactivateStaff")
        self.deactivate_button.setEnabled(False)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        bar.addWidget(refresh)
        bar.addWidget(self.deactivate_button)
        layout.addLayout(bar)
        self._loaded = False
        self.confirm_box: QMessageBox | None = None

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        run_operation(self, lambda p: staff.approved_staff(self.ctx), on_success=self._show, name="approved staff")

    def _show(self, members: list[StaffMember]) -> None:
        self._loaded = True
        self.members = members
        self.table.setRowCount(len(members))
        for i, m in enumerate(members):
            state = translate("ApprovedStaffPage", "正常") if m.active else translate("ApprovedStaffPage", "已注销")
            for col, text in enumerate((m.name, m.login, m.id_number_masked, m.phone_masked, state)):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.message.setText("" if members else translate("ApprovedStaffPage", "还没有审核通过的从业人员。"))
        self._selection()

    def selected(self) -> StaffMember | None:
        rows = self.table.selectionModel().selectedRows()
        return self.members[rows[0].row()] if rows else None

    def _selection(self) -> None:
        m = self.selected()
        self.deactivate_button.setEnabled(m is not None and m.active)

    def deactivate_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, translate("ApprovedStaffPage", "注销从业人员账号"),
                          label(DEACTIVATE_EXPLANATION).format(name=member.name, login=member.login), parent=self)
        confirm = box.addButton(translate("ApprovedStaffPage", "确定注销"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(translate("ApprovedStaffPage", "取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(QMessageBox.StandardButton.NoButton)
        box.setObjectName("confirmDeactivate")
        box.buttonClicked.connect(lambda b: self._confirmed(member) if b is confirm else None)
        self.confirm_box = box
        box.open()

    def _deactivated(self, member: StaffMember) -> None:
        self.message.setText(translate("ApprovedStaffPage", "已注销 {name} 的网签账号。").format(name=member.name))
        self.refresh()

    def _confirmed(self, member: StaffMember) -> None:
        self.deactivate_button.setEnabled(False)
        run_operation(self, lambda p: staff.deactivate_staff(self.ctx, member.staff_id),
                      on_success=lambda _m: self._deactivated(member),
                      name="deactivate staff")
