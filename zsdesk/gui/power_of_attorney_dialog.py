"""打印委托书: the guide's attachment, filled from the enterprise record and the person entrusted
(受托方). Item 1 opens the agency account, item 2 lets a staff member sign with their account."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from zsdesk.gui.i18n import translate
from zsdesk.gui.widgets.field_state import error_label, mark_required, set_invalid, show_error
from zsdesk.services import printing

if TYPE_CHECKING:
    from zsdesk.documents import PowerOfAttorney


class PowerOfAttorneyDialog(QDialog):
    def __init__(self, record_values: Mapping[str, object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PowerOfAttorneyDialog", "打印委托书"))
        self.record_values = dict(record_values)
        outer = QVBoxLayout(self)
        agency = self.record_values.get("name") or translate("PowerOfAttorneyDialog",
                                                             "（请先在企业信息核查中填写企业名称）")
        intro = QLabel(translate("PowerOfAttorneyDialog", "委托方：{agency}\n受托方为代本机构办理业务的人员；"
                                                          "勾选的事项打 √，未勾选的打 ×。受托方无转委托权。").format(
            agency=agency))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for key, caption in (("name", translate("PowerOfAttorneyDialog", "受托方姓名")),
                             ("id_number", translate("PowerOfAttorneyDialog", "身份证号")),
                             ("phone", translate("PowerOfAttorneyDialog", "联系电话"))):
            edit = QLineEdit()
            edit.setObjectName(f"poa_{key}")
            mark_required(edit)
            self.fields[key] = edit
            self.errors[key] = error_label(self)
            box = QVBoxLayout()
            box.addWidget(edit)
            box.addWidget(self.errors[key])
            holder = QWidget()
            holder.setLayout(box)
            box.setContentsMargins(0, 0, 0, 0)
            form.addRow(caption, holder)
        outer.addLayout(form)
        self.item1 = QCheckBox(translate("PowerOfAttorneyDialog",
                                         "1、代委托方递交相关资料，申请开设委托方的中介机构账号。"))
        self.item2 = QCheckBox(translate("PowerOfAttorneyDialog",
                                         "2、使用委托方的中介从业人员账号办理存量房网上签约业务。"))
        self.item2.setChecked(True)
        outer.addWidget(self.item1)
        outer.addWidget(self.item2)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("PowerOfAttorneyDialog", "取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_button = buttons.addButton(translate("PowerOfAttorneyDialog", "打印预览…"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.setObjectName("poaPreview")
        buttons.accepted.connect(self.preview)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def check(self) -> bool:
        problems = printing.check_entrusted_person(*(self.fields[k].text() for k in ("name", "id_number", "phone")))
        for key, edit in self.fields.items():
            set_invalid(edit, key in problems)
            show_error(self.errors[key], problems.get(key))
        return not problems

    def power_of_attorney(self) -> PowerOfAttorney:
        return printing.power_of_attorney_from_values(
            self.record_values, entrusted_name=self.fields["name"].text(),
            entrusted_id=self.fields["id_number"].text(), phone=self.fields["phone"].text(),
            open_agency_account=self.item1.isChecked(), use_staff_account=self.item2.isChecked())

    def preview(self) -> None:
        if not self.check():
            return
        from zsdesk.gui.printing import preview_power_of_attorney

        preview_power_of_attorney(self.parentWidget(), self.power_of_attorney())
        self.accept()
