"""添加从业人员: details, ID card pictures (materials panel), then submit for review.

Built in code: it is a composition of the shared materials panel and a short form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import zsdesk.services.staff as staff
from zsdesk.domain.enums import IdType, MaterialKind
from zsdesk.domain.materials import ID_CARD_SIDES, missing_id_pictures
from zsdesk.gui.i18n import label, sentences, translate
from zsdesk.gui.operations import run_operation
from zsdesk.gui.pages.common import required_legend
from zsdesk.gui.widgets.field_feedback import FieldFeedback, Findings, MessageSlot
from zsdesk.gui.widgets.field_state import error_label, mark_required
from zsdesk.gui.widgets.materials_panel import MaterialsPanel
from zsdesk.services.app_context import AppContext
from zsdesk.services.errors import user_facing
from zsdesk.services.staff import ID_TYPES_FOR_STAFF, StaffMember


class StaffDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member: StaffMember | None = None
        self.setWindowTitle(translate("StaffDialog", "添加从业人员"))
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(required_legend())
        form_box = QGroupBox(translate("StaffDialog", "人员信息"))
        form = QFormLayout(form_box)
        self.name = QLineEdit()
        self.id_type = QComboBox()
        for t in ID_TYPES_FOR_STAFF:
            self.id_type.addItem(label(t.label), t)
        self.id_number = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(translate("StaffDialog", "审核通过后，网签登录密码以短信发送到此号码"))
        self.edits = {"name": self.name, "id_number": self.id_number, "phone": self.phone}
        self.fields: dict[str, QWidget] = {"name": self.name, "id_type": self.id_type,
                                           "id_number": self.id_number, "phone": self.phone}
        self.errors: dict[str, MessageSlot] = {}
        for key, caption, w in (("name", translate("StaffDialog", "姓名＊"), self.name),
                                ("id_type", translate("StaffDialog", "证件类型＊"), self.id_type),
                                ("id_number", translate("StaffDialog", "证件号码＊"), self.id_number),
                                ("phone", translate("StaffDialog", "手机号码＊"), self.phone)):
            w.setObjectName(f"staff_{key}")
            mark_required(w)
            cell = QWidget()
            cl = QVBoxLayout(cell)
            cl.setContentsMargins(0, 0, 0, 0)
            cl.setSpacing(2)
            cl.addWidget(w)
            err = error_label(cell)
            err.setObjectName(f"error_{key}")
            cl.addWidget(err)
            assert isinstance(err, MessageSlot)
            self.errors[key] = err
            form.addRow(caption, cell)
        # The staff rules checked on every key and choice (an ID type changes what the number must be).
        self.feedback = FieldFeedback(self, self._findings, fields=self.fields, slots=self.errors,
                                      missing_after_check=True)
        self.feedback.watch(*self.fields.values())
        layout.addWidget(form_box)

        self.save_button = QPushButton(translate("StaffDialog", "保存人员信息"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        # Its lines are reserved: a longer message (offline, refused) moves nothing below it (two
        # lines, whole in the tooltip when longer: three made the English dialog taller than 768 px).
        self.message = MessageSlot(2, role="hint")
        self.message.setObjectName("staffMessage")
        self.message.set_message(translate("StaffDialog", "先保存人员信息，再上传身份证正反面图片，最后提交审核。"))
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

        self.materials_box = mbox = QGroupBox()
        ml = QVBoxLayout(mbox)
        self.materials = MaterialsPanel(kinds=(MaterialKind.ID_FRONT, MaterialKind.ID_BACK, MaterialKind.OTHER),
                                        ctx=ctx)
        self.materials.setEnabled(False)
        self.materials.uploaded.connect(lambda _m: self._refresh_submit())
        ml.addWidget(self.materials)
        self.missing = MessageSlot(1, role="hint")
        self.missing.setObjectName("staffMissingPictures")
        ml.addWidget(self.missing)
        self.id_type.currentIndexChanged.connect(lambda _i: self._refresh_submit())
        layout.addWidget(mbox, 1)

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.submit_button = QPushButton(translate("StaffDialog", "提交审核"))
        self.submit_button.setObjectName("submitStaff")
        self.submit_button.setEnabled(False)
        self.submit_button.clicked.connect(self.submit)
        close = QPushButton(translate("StaffDialog", "关闭"))
        close.clicked.connect(self.reject)
        bottom.addWidget(self.submit_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self._refresh_submit()

    def selected_id_type(self) -> IdType:
        # Qt hands a StrEnum stored as item data back as a plain str.
        return IdType(self.id_type.currentData())

    def _findings(self) -> Findings:
        return Findings(staff.validate_new_staff(self.name.text(), self.selected_id_type(),
                                                 self.id_number.text(), self.phone.text()))

    def save(self) -> None:
        if not self.feedback.check():
            return
        name, id_type = self.name.text().strip(), self.selected_id_type()
        id_number, phone = self.id_number.text().strip(), self.phone.text().strip()
        self.save_button.setEnabled(False)
        run_operation(self, lambda p: staff.add_staff(self.ctx, name, id_type, id_number, phone),
                      on_success=self._saved, on_failure=self._failed, name="add staff")

    def _saved(self, member: StaffMember) -> None:
        self.member = member
        member_id_type = self.selected_id_type()
        for w in (self.name, self.id_type, self.id_number, self.phone):
            w.setEnabled(False)
        self.materials.setEnabled(True)
        self.materials.uploader = lambda name, kind, prepared: staff.upload_material(
            self.ctx, member.staff_id, name, kind, prepared)
        if not self.materials.rows:
            # One row per picture the rule asks for, so both sides of a 身份证 are in view at once.
            for kind in ID_CARD_SIDES if member_id_type is IdType.RESIDENT_ID else ID_CARD_SIDES[:1]:
                self.materials.add_material(kind.label)
            self.materials.table.selectRow(0)
        self.message.set_message(translate("StaffDialog", "人员信息已保存。请上传身份证正面和反面图片，然后提交审核。"),
                                 "hint")
        self._refresh_submit()

    def _refresh_submit(self) -> None:
        id_type = self.selected_id_type()
        resident = id_type is IdType.RESIDENT_ID
        self.materials_box.setTitle(translate("StaffDialog", "收件材料（身份证正面、反面）") if resident
                                    else translate("StaffDialog", "收件材料（证件图片）"))
        # The registry's own rule (domain.materials): 提交审核 waits for every picture it asks for.
        missing = missing_id_pictures(id_type, {r.uploaded.kind for r in self.materials.rows if r.uploaded})
        self.missing.setText(label(missing.message) if missing is not None and self.member is not None else "")
        self.submit_button.setEnabled(self.member is not None and missing is None)

    def submit(self) -> None:
        member = self.member
        if member is None:
            return
        self.submit_button.setEnabled(False)
        run_operation(self, lambda p: staff.submit_staff(self.ctx, member.staff_id),
                      on_success=self._submitted, on_failure=self._failed, name="submit staff")

    def _submitted(self, member: StaffMember) -> None:
        self.member = member
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self.member is None)
        self._refresh_submit()
        info = user_facing(exc)
        if info is None:
            from zsdesk.gui.errors import report_failure

            report_failure(exc, self, "staff")
            return
        if self.member is None:
            self.feedback.refuse((info.field or "").split(".")[-1], info.message)
        text = label(info.message)
        if info.offline:
            # Staff commands are not queued: say plainly what did not happen, the form stays as typed.
            if self.member is None:
                text = sentences(text, translate(
                    "StaffDialog", "人员信息尚未保存，填写的内容仍在此窗口中；恢复连接后请再点「保存人员信息」。"))
            else:
                text = sentences(text, translate("StaffDialog", "尚未提交审核；恢复连接后请再点「提交审核」。"))
        self.message.set_message(text, "error")
