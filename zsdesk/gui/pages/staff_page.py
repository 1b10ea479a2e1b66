"""人员管理: the agency's staff applications (pending / approved / rejected) and adding one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import zsdesk.services.staff as staff
from zsdesk.domain.enums import ReviewStatus
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import run_operation
from zsdesk.gui.pages.common import page_title, set_role
from zsdesk.services.app_context import AppContext
from zsdesk.services.staff import StaffMember

FILTERS: tuple[tuple[str, ReviewStatus | None], ...] = (
    (QT_TRANSLATE_NOOP("StaffPage", "全部"), None),
    (QT_TRANSLATE_NOOP("StaffPage", "未提交"), ReviewStatus.DRAFT),
    (QT_TRANSLATE_NOOP("StaffPage", "待审核"), ReviewStatus.SUBMITTED),
    (QT_TRANSLATE_NOOP("StaffPage", "审核通过"), ReviewStatus.APPROVED),
    (QT_TRANSLATE_NOOP("StaffPage", "审核不通过"), ReviewStatus.REJECTED),
)

HEADERS = (QT_TRANSLATE_NOOP("StaffPage", "姓名"), QT_TRANSLATE_NOOP("StaffPage", "证件号码"),
           QT_TRANSLATE_NOOP("StaffPage", "手机号码"), QT_TRANSLATE_NOOP("StaffPage", "审核状态"),
           QT_TRANSLATE_NOOP("StaffPage", "退回原因"))


class StaffPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.members: list[StaffMember] = []
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(translate("StaffPage", "人员管理 · 中介服务机构人员添加")))
        intro = QLabel(translate("StaffPage",
                                 "企业信息核查经交易中心审核通过后，才能添加从业人员。添加后上传身份证图片并提交，"
                                 "审核通过后登录账号显示在「已审核从业人员查询」，密码以短信发送给本人。"))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.filter = QComboBox()
        for text, status in FILTERS:
            self.filter.addItem(translate("StaffPage", text), status)
        self.filter.currentIndexChanged.connect(lambda _i: self._render())
        bar.addWidget(QLabel(translate("StaffPage", "审核状态")))
        bar.addWidget(self.filter)
        bar.addStretch(1)
        self.add_button = QPushButton(translate("StaffPage", "添加从业人员"))
        self.add_button.setObjectName("addStaff")
        self.add_button.clicked.connect(self.add_staff)
        refresh = QPushButton(translate("StaffPage", "刷新"))
        refresh.clicked.connect(self.refresh)
        bar.addWidget(refresh)
        bar.addWidget(self.add_button)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels([translate("StaffPage", h) for h in HEADERS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        set_role(self.empty, "hint")
        layout.addWidget(self.empty)
        self._loaded = False
        self.dialog: QWidget | None = None

    def activate(self) -> None:
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        run_operation(self, lambda p: staff.list_staff(self.ctx), on_success=self._show, name="list staff")

    def _show(self, members: list[StaffMember]) -> None:
        self._loaded = True
        self.members = members
        self._render()

    def visible_members(self) -> list[StaffMember]:
        wanted = self.filter.currentData()
        return [m for m in self.members if wanted is None or m.status is wanted]

    def _render(self) -> None:
        rows = self.visible_members()
        self.table.setRowCount(len(rows))
        for i, m in enumerate(rows):
            cells = (m.name, m.id_number_masked, m.phone_masked, label(m.status_text), m.rejection_reason)
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.empty.setText("" if rows else translate("StaffPage", "没有符合条件的从业人员。点击「添加从业人员」开始。"))

    def add_staff(self) -> None:
        from zsdesk.gui.staff_dialog import StaffDialog

        dialog = StaffDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self.refresh())
        self.dialog = dialog
        dialog.open()
