"""Page 1 — 房源验证: method, identifier, owner as on the certificate, the first-generation-ID box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from zsdesk.gui.contract_wizard.base import WizardPage
from zsdesk.gui.pages.common import set_role
from zsdesk.registry.schemas.properties import VerifyMethod
from zsdesk.services import property_verification as pv
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.wizard_pages import PageId


class VerifyPage(WizardPage):
    page_id = PageId.VERIFY

    def __init__(self, wizard: ContractWizard, on_query: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(wizard, parent)
        scope = QLabel("注意：" + pv.OUT_OF_SCOPE)
        scope.setWordWrap(True)
        set_role(scope, "hint")
        self.outer.addWidget(scope)
        form = self.form()
        self.method = QComboBox()
        for m, label in pv.METHOD_LABELS.items():
            self.method.addItem(label, m.value)
        self.method.setCurrentIndex(1)
        form.addRow("查询方式", self.method)
        self.cert = QLineEdit()
        self.cert.setObjectName("verifyIdentifier")
        form.addRow("房产证号", self.cert)
        self.cert_label = form.labelForField(self.cert)
        self.owner = QLineEdit()
        self.owner.setObjectName("verifyOwnerName")
        form.addRow("产权人姓名", self.owner)
        self.owner_id = QLineEdit()
        self.owner_id.setObjectName("verifyOwnerId")
        form.addRow("产权人证件号码", self.owner_id)
        self.first_gen = QCheckBox(pv.FIRST_GEN_CHECKBOX)
        form.addRow("", self.first_gen)
        caution = QLabel(pv.FIRST_GEN_CAUTION + pv.AS_REGISTERED)
        caution.setWordWrap(True)
        set_role(caution, "hint")
        form.addRow("", caution)
        self.hint = QLabel(pv.HMT_HINT)
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        form.addRow("", self.hint)
        self.query = QPushButton("查询房源")
        self.query.setObjectName("verifyQuery")
        self.query.clicked.connect(on_query)
        form.addRow("", self.query)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("verifyResult")
        form.addRow("", self.result)
        self.fields = {"property_cert_no": self.cert, "title_cert_no": self.cert, "unit_no": self.cert,
                       "owner_name": self.owner, "owner_id_number": self.owner_id,
                       "first_generation_id": self.first_gen}
        for w in (self.cert, self.owner, self.owner_id):
            w.textChanged.connect(self._changed)
        self.method.currentIndexChanged.connect(self._changed)
        self.first_gen.toggled.connect(self._changed)
        self.finish_layout()
        self._changed()

    def read_form(self) -> pv.VerifyForm:
        method = VerifyMethod(self.method.currentData())
        form = pv.VerifyForm(method=method, owner_name=self.owner.text(), owner_id_number=self.owner_id.text(),
                             first_generation_id=self.first_gen.isChecked())
        setattr(form, form.identifier_field(), self.cert.text())
        return form

    def _changed(self) -> None:
        form = self.read_form()
        label = {"property_cert_no": "房产证号", "title_cert_no": "不动产权证号", "unit_no": "不动产单元号"}
        if isinstance(self.cert_label, QLabel):
            self.cert_label.setText(label[form.identifier_field()])
        issues = pv.check_form(form) if any((self.cert.text(), self.owner.text(), self.owner_id.text())) else []
        typed = {i.field for i in issues if i.is_error and getattr(form, i.field, "") != ""}
        from zsdesk.gui.widgets.field_state import mark_required, set_invalid

        for path in (form.identifier_field(), "owner_name", "owner_id_number"):
            mark_required(self.fields[path], True)
            set_invalid(self.fields[path], path in typed)
        self.query.setEnabled(pv.can_query(form) and self.wizard.local_id is None)
        text = [i.message for i in issues if i.field in typed or not i.is_error]
        self.issues_label.setText("\n".join(f"• {t}" for t in text))
        self.issues_label.setVisible(bool(text))

    def show_state(self) -> None:
        self._changed()

    def show_failure(self, failure: pv.VerifyFailure) -> None:
        set_role(self.result, "error")
        self.result.setText(f"{failure.message}{failure.advice}")

    def show_success(self) -> None:
        c = self.wizard.contract
        assert c is not None
        set_role(self.result, "ok")
        owners = "、".join(o.name for o in c.property.owners)
        self.result.setText(f"房源验证成功：{c.property.address}（产权人：{owners}）。合同草稿已保存，"
                            "请点击「下一步」录入合同。")
        self.query.setEnabled(False)
