"""Page 1 — 房源验证: method, identifier, owner as on the certificate, the first-generation-ID box;
in the training sandbox, a 练习房源 picker above the form that fills it from a demo property."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from zsdesk.gui.contract_wizard.base import WizardPage
from zsdesk.gui.errors import failure_text
from zsdesk.gui.i18n import label, sentences, translate
from zsdesk.gui.operations import run_operation
from zsdesk.gui.pages.common import set_role
from zsdesk.gui.widgets.field_feedback import Findings, MessageSlot
from zsdesk.registry.schemas.properties import VerifyMethod
from zsdesk.registry.schemas.sandbox import DemoOwnerOut, DemoPropertyOut
from zsdesk.services import property_verification as pv
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.wizard_pages import PageId


class VerifyPage(WizardPage):
    page_id = PageId.VERIFY

    def __init__(self, wizard: ContractWizard, on_query: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(wizard, parent)
        scope = QLabel(translate("VerifyPage", "注意：{text}").format(text=label(pv.OUT_OF_SCOPE)))
        scope.setWordWrap(True)
        set_role(scope, "hint")
        self.outer.addWidget(scope)
        self.demos: list[DemoPropertyOut] = []
        self.practice = self._practice_box()
        form = self.form()
        self.method = QComboBox()
        for m, caption in pv.METHOD_LABELS.items():
            self.method.addItem(label(caption), m.value)
        self.method.setCurrentIndex(1)
        form.addRow(translate("VerifyPage", "查询方式"), self.method)
        self.cert = QLineEdit()
        self.cert.setObjectName("verifyIdentifier")
        form.addRow(translate("VerifyPage", "房产证号"), self.cert)
        self.cert_label = form.labelForField(self.cert)
        self.owner = QLineEdit()
        self.owner.setObjectName("verifyOwnerName")
        form.addRow(translate("VerifyPage", "产权人姓名"), self.owner)
        self.owner_id = QLineEdit()
        self.owner_id.setObjectName("verifyOwnerId")
        form.addRow(translate("VerifyPage", "产权人证件号码"), self.owner_id)
        self.first_gen = QCheckBox(label(pv.FIRST_GEN_CHECKBOX))
        form.addRow("", self.first_gen)
        caution = QLabel(sentences(label(pv.FIRST_GEN_CAUTION), label(pv.AS_REGISTERED)))
        caution.setWordWrap(True)
        set_role(caution, "hint")
        form.addRow("", caution)
        self.hint = QLabel(label(pv.HMT_HINT))
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        form.addRow("", self.hint)
        self.query = QPushButton(translate("VerifyPage", "查询房源"))
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
        self.finish_layout()
        self.show_state()
        self._load_demos()

    # -- 练习房源 (training sandbox only) ---------------------------------------------------------
    def _practice_box(self) -> QGroupBox:
        box = QGroupBox(translate("VerifyPage", "练习房源"))
        box.setObjectName("practiceBox")
        col = QVBoxLayout(box)
        note = QLabel(translate("VerifyPage", "练习环境：以下是登记簿中虚构的演示房源。"
                                              "选择一个，自动填写下面的查询表格，再点击「查询房源」。"))
        note.setWordWrap(True)
        set_role(note, "hint")
        col.addWidget(note)
        self.practice_combo = QComboBox()
        self.practice_combo.setObjectName("practiceProperties")
        # As wide as the page gives it, not as its longest demo property's label (which made the page
        # wider than the window and cut 「查询房源」 off); the open list still shows them whole.
        self.practice_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.practice_combo.setMinimumContentsLength(24)
        self.practice_combo.addItem(translate("VerifyPage", "正在读取练习房源…"))
        self.practice_combo.setEnabled(False)
        self.practice_combo.currentIndexChanged.connect(self._demo_chosen)
        col.addWidget(self.practice_combo)
        # Above the form: its lines are reserved, so a demo chosen or a failed read (offline, seconds
        # after the page opened) does not push the fields down under the user's next click.
        self.practice_detail = MessageSlot(4, role="hint")
        self.practice_detail.setObjectName("practiceDetail")
        self.practice_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.practice_detail)
        self.outer.addWidget(box)
        box.setVisible(self.wizard.demo_source is not None)
        return box

    def _load_demos(self) -> None:
        source = self.wizard.demo_source
        if source is None:
            return
        run_operation(self, lambda _progress: source(), on_success=self._demos_loaded,
                      on_failure=self._demos_failed, name="practice properties")

    def _demos_loaded(self, demos: list[DemoPropertyOut]) -> None:
        self.demos = list(demos)
        self.practice_combo.blockSignals(True)
        self.practice_combo.clear()
        self.practice_combo.addItem(translate("VerifyPage", "（选择一个练习房源）"))
        for d in self.demos:
            self.practice_combo.addItem(d.label, d.kind)
        self.practice_combo.blockSignals(False)
        self.practice_combo.setEnabled(bool(self.demos) and self.wizard.local_id is None)
        if not self.demos:
            self.practice.setVisible(False)

    def _demos_failed(self, exc: BaseException) -> None:
        # a practice aid: the form still works by hand, so no dialog
        self.practice_combo.setItemText(0, translate("VerifyPage", "练习房源读取失败，可直接手工填写下面的表格"))
        self.practice_detail.set_message(failure_text(exc) or str(exc))

    def _demo_chosen(self, index: int) -> None:
        if not 1 <= index <= len(self.demos):
            self.practice_detail.set_message(None)
            return
        demo = self.demos[index - 1]
        self.choose_demo(demo)

    def choose_demo(self, demo: DemoPropertyOut) -> None:
        filled = pv.form_from_demo(demo)
        self.method.setCurrentIndex(max(0, self.method.findData(filled.method.value)))
        self.cert.setText(getattr(filled, filled.identifier_field()))
        self.owner.setText(filled.owner_name)
        self.owner_id.setText(filled.owner_id_number)
        self.first_gen.setChecked(filled.first_generation_id)
        owners = translate("VerifyPage", "、").join(self._demo_owner(o) for o in demo.owners)
        lines = [translate("VerifyPage", "坐落：{address}").format(address=demo.address),
                 translate("VerifyPage", "产权人：{owners}").format(owners=owners)]
        if len(demo.owners) > 1:
            lines.append(translate("VerifyPage", "共有房屋：填写任一产权人即可查询。"))
        if demo.expected_error:
            lines.append(translate("VerifyPage", "此房源用于演示查询被拒绝（不能办理网签）。"))
        self.practice_detail.set_message("\n".join(lines))

    @staticmethod
    def _demo_owner(owner: DemoOwnerOut) -> str:
        details = f"{label(owner.id_type.label)} {owner.id_number}"
        if owner.first_generation_id:
            details = translate("VerifyPage", "{details}，一代身份证").format(details=details)
        if owner.share is not None:
            details = translate("VerifyPage", "{details}，{share}%").format(details=details, share=owner.share)
        return translate("VerifyPage", "{name}（{details}）").format(name=owner.name, details=details)

    def read_form(self) -> pv.VerifyForm:
        method = VerifyMethod(self.method.currentData())
        form = pv.VerifyForm(method=method, owner_name=self.owner.text(), owner_id_number=self.owner_id.text(),
                             first_generation_id=self.first_gen.isChecked())
        setattr(form, form.identifier_field(), self.cert.text())
        return form

    def _changed(self) -> None:
        form = self.read_form()
        captions = {"property_cert_no": translate("VerifyPage", "房产证号"),
                    "title_cert_no": translate("VerifyPage", "不动产权证号"),
                    "unit_no": translate("VerifyPage", "不动产单元号")}
        if isinstance(self.cert_label, QLabel):
            # as wide as the widest of the three captions: the fields must not shift sideways
            metrics = self.cert_label.fontMetrics()
            self.cert_label.setMinimumWidth(max(metrics.horizontalAdvance(c) for c in captions.values()))
            self.cert_label.setText(captions[form.identifier_field()])
        self.query.setEnabled(pv.can_query(form) and self.wizard.local_id is None)
        if self.demos:
            self.practice_combo.setEnabled(self.wizard.local_id is None)

    def findings(self) -> Findings:
        """The form's own checks, before any lookup: a field's finding once something is typed in it."""
        self._changed()
        form = self.read_form()
        issues = pv.check_form(form) if any((self.cert.text(), self.owner.text(), self.owner_id.text())) else []
        shown = [i for i in issues if not i.is_error or getattr(form, i.field, "") != ""]
        return Findings(issues=shown, required={form.identifier_field(), "owner_name", "owner_id_number"})

    def show_failure(self, failure: pv.VerifyFailure) -> None:
        set_role(self.result, "error")
        self.result.setText(f"{label(failure.message)}{label(failure.advice)}")

    def show_success(self) -> None:
        c = self.wizard.contract
        assert c is not None
        set_role(self.result, "ok")
        owners = translate("VerifyPage", "、").join(o.name for o in c.property.owners)
        self.result.setText(translate("VerifyPage", "房源验证成功：{address}（产权人：{owners}）。合同草稿已保存，"
                                                    "请点击「下一步」录入合同。").format(
            address=c.property.address, owners=owners))
        self.query.setEnabled(False)
        self.practice_combo.setEnabled(False)
