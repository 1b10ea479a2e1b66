"""企业信息核查: the enterprise record form with inline validation, materials and submit."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

import zsdesk.services.agency as agency
from zsdesk.domain.enterprise import date_window
from zsdesk.domain.enums import ReviewStatus
from zsdesk.domain.errors import Issue
from zsdesk.gui.errors import show_user_error
from zsdesk.gui.i18n import label, sentences, translate
from zsdesk.gui.operations import run_operation
from zsdesk.gui.pages.common import page_title, required_legend, set_role
from zsdesk.gui.widgets.date_field import DateField
from zsdesk.gui.widgets.field_feedback import FieldFeedback, Findings, MessageSlot
from zsdesk.gui.widgets.field_state import error_label, mark_required, show_error
from zsdesk.gui.widgets.materials_panel import MaterialsPanel
from zsdesk.services.agency import ENTERPRISE_FIELDS, EnterpriseRecord, Value
from zsdesk.services.app_context import AppContext
from zsdesk.services.errors import user_facing

# Where an empty date field's calendar opens: 营业期限 (起 and 至) after 成立日期, 资质有效期 at 营业期限
# (without a qualification certificate the two may be equal); each within the days its rule accepts.
_ANCHOR = {"business_term_start": "established_on", "business_term_end": "established_on",
           "qualification_valid_until": "business_term_end"}


class EnterprisePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = EnterpriseRecord()
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, MessageSlot] = {}
        self.today = date.today()

        outer = QVBoxLayout(self)
        outer.addWidget(page_title(translate("EnterprisePage", "企业信息核查")))
        status_row = QHBoxLayout()
        self.status_label = QLabel(translate("EnterprisePage", "正在读取企业信息…"))
        self.status_label.setObjectName("reviewStatus")
        self.status_label.setWordWrap(True)
        status_row.addWidget(self.status_label, 1)
        outer.addLayout(status_row)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("rejectionReason")
        self.reason_label.setWordWrap(True)
        set_role(self.reason_label, "error")
        self.reason_label.setVisible(False)
        outer.addWidget(self.reason_label)
        outer.addWidget(required_legend())

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        sections = {"licence": QGroupBox(translate("EnterprisePage", "营业执照信息")),
                    "qualification": QGroupBox(translate("EnterprisePage", "资质证书信息"))}
        forms = {k: QFormLayout(g) for k, g in sections.items()}
        field_labels: list[QLabel] = []
        for spec in ENTERPRISE_FIELDS:
            editor = self._editor(spec)
            self.editors[spec.key] = editor
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(editor)
            err = error_label(cell)
            assert isinstance(err, MessageSlot)
            err.setObjectName(f"error_{spec.key}")
            self.errors[spec.key] = err
            cell_layout.addWidget(err)
            caption = QLabel(translate("EnterprisePage", "{label}＊").format(label=label(spec.label)) if spec.required
                             else label(spec.label))
            caption.setBuddy(editor)
            field_labels.append(caption)
            forms[spec.section].addRow(caption, cell)
        # One label column width for both groups, so the two forms' fields line up.
        width = max(lab.sizeHint().width() for lab in field_labels)
        for lab in field_labels:
            lab.setMinimumWidth(width)
        for group in sections.values():
            body_layout.addWidget(group)
        qual_hint = QLabel(translate("EnterprisePage", "提示：如无资质证书，资质有效期可填与营业期限一致；"
                                     "营业期限、资质有效期都不能超过今天起 2 年。"))
        set_role(qual_hint, "hint")
        qual_hint.setWordWrap(True)
        forms["qualification"].addRow(qual_hint)

        materials_box = QGroupBox(translate("EnterprisePage", "收件材料（上传营业执照图片）"))
        mlayout = QVBoxLayout(materials_box)
        self.materials = MaterialsPanel(uploader=lambda name, kind, prepared:
                                        agency.upload_material(self.ctx, name, kind, prepared), ctx=ctx)
        mlayout.addWidget(self.materials)
        self.materials_error = error_label(materials_box)
        self.materials_error.setObjectName("error_materials")
        mlayout.addWidget(self.materials_error)
        self.materials.uploaded.connect(lambda _m: show_error(self.materials_error, None))
        body_layout.addWidget(materials_box)

        submit_box = QGroupBox(translate("EnterprisePage", "提交审核"))
        slayout = QVBoxLayout(submit_box)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("submitComment")
        self.comment.setPlaceholderText(translate("EnterprisePage", "提交意见（必填），例如：首次登记，请审核。"))
        self.comment.setFixedHeight(70)
        mark_required(self.comment)
        slayout.addWidget(self.comment)
        self.comment_error = error_label(submit_box)
        assert isinstance(self.comment_error, MessageSlot)
        slayout.addWidget(self.comment_error)
        buttons = QHBoxLayout()
        self.form_message = MessageSlot(2, role="hint")
        self.form_message.setObjectName("enterpriseMessage")
        buttons.addWidget(self.form_message, 1)
        self.save_button = QPushButton(translate("EnterprisePage", "保存"))
        self.save_button.clicked.connect(self.save)
        self.submit_button = QPushButton(translate("EnterprisePage", "提交审核"))
        self.submit_button.setObjectName("submitEnterprise")
        self.submit_button.clicked.connect(self.submit)
        self.poa_button = QPushButton(translate("EnterprisePage", "打印委托书…"))
        self.poa_button.setObjectName("printPowerOfAttorney")
        self.poa_button.setToolTip(translate("EnterprisePage",
                                              "按登记中心附件模板打印委托书（开设机构账号勾选 1，从业人员网签勾选 2）"))
        self.poa_button.clicked.connect(self.print_power_of_attorney)
        buttons.addWidget(self.poa_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        slayout.addLayout(buttons)
        body_layout.addWidget(submit_box)
        body_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._loaded = False
        # Every field checked again on every edit (rules compare fields: 营业期限 after 成立日期 …);
        # "请填写" under empty required fields from the first 提交审核 on.
        self.feedback = FieldFeedback(self, self._findings, fields={**self.editors, "comment": self.comment},
                                      slots={**self.errors, "comment": self.comment_error},
                                      missing_after_check=True)
        self.feedback.watch(*self.editors.values(), self.comment)

    # editors ----------------------------------------------------------------------------
    def _editor(self, spec: agency.EnterpriseField) -> QWidget:
        editor: QWidget
        if spec.kind == "date":
            d = DateField(spec.label, spec.key)
            window = date_window(spec.key, self.today)
            if window is not None:
                d.setWindow(*window)
            anchor = self.editors.get(_ANCHOR.get(spec.key, ""))
            if isinstance(anchor, DateField):
                d.setAnchor(anchor)
            editor = d
        elif spec.kind == "multiline":
            m = QPlainTextEdit()
            m.setFixedHeight(60)
            editor = m
        else:
            line = QLineEdit()
            line.setPlaceholderText(label(spec.hint))
            editor = line
        editor.setObjectName(f"field_{spec.key}")
        if spec.hint:
            editor.setToolTip(label(spec.hint))
        if spec.required:
            mark_required(editor)
        return editor

    def value(self, key: str) -> Value:
        editor = self.editors[key]
        if isinstance(editor, DateField):
            return editor.value()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def values(self) -> dict[str, Value]:
        return {spec.key: self.value(spec.key) for spec in ENTERPRISE_FIELDS}

    def set_value(self, key: str, value: Value) -> None:
        editor = self.editors[key]
        if isinstance(editor, DateField):
            editor.setValue(value if isinstance(value, date) else None)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value or ""))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def _findings(self) -> Findings:
        # Text that is no date: its own message, not "please fill in" for the None it reads as.
        unread = {k: e.parse_error() for k, e in self.editors.items() if isinstance(e, DateField) and e.parse_error()}
        issues = [Issue(k, "NOT_A_DATE", str(m)) for k, m in unread.items()]
        # A warning (e.g. the qualification hint) is shown under the field without the red frame.
        issues += [i for i in agency.validate_values(self.values(), self.today) if i.field not in unread]
        if not self.comment.toPlainText().strip():
            issues.append(Issue("comment", "REQUIRED", translate("EnterprisePage", "提交需要填写提交意见。")))
        return Findings(issues)

    def _recheck_all(self) -> None:
        self.feedback.refresh()

    def check_all(self) -> bool:
        """提交审核: every finding shown, empty required fields and the comment included."""
        return self.feedback.check()

    # load / save / submit ---------------------------------------------------------------
    def activate(self) -> None:
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        run_operation(self, lambda p: agency.load_enterprise(self.ctx), on_success=self._show_record,
                      name="load enterprise")

    def _show_record(self, record: EnterpriseRecord) -> None:
        self._loaded = True
        self.record = record
        for key, value in record.values.items():
            if key in self.editors:
                self.set_value(key, value)
        self._recheck_all()
        self.materials.set_existing(agency.materials_of(record))
        self._show_status()

    def _show_status(self) -> None:
        record = self.record
        self.status_label.setText(translate("EnterprisePage", "审核状态：{status}。{next_step}").format(
            status=label(record.status.label), next_step=label(agency.next_step(record))))
        role = {ReviewStatus.APPROVED: "status-ok", ReviewStatus.REJECTED: "status-bad",
                ReviewStatus.SUBMITTED: "status-wait"}.get(record.status, "hint")
        set_role(self.status_label, role)
        reason = record.rejection_reason
        self.reason_label.setText(
            translate("EnterprisePage", "退回原因：{reason}").format(reason=reason) if reason else "")
        self.reason_label.setVisible(record.status is ReviewStatus.REJECTED and bool(record.rejection_reason))
        editable = record.editable
        for editor in self.editors.values():
            editor.setEnabled(editable)
        for w in (self.save_button, self.submit_button, self.comment, self.materials):
            w.setEnabled(editable)

    def print_power_of_attorney(self) -> None:
        from zsdesk.gui.power_of_attorney_dialog import PowerOfAttorneyDialog

        self.poa_dialog = PowerOfAttorneyDialog(self.values(), self)
        self.poa_dialog.open()

    def _unread_dates(self) -> bool:
        """Whether a date field holds text that is no date: nothing is saved or submitted then, as
        the field would reach the registry empty while the form still shows the text."""
        unread = [k for k, e in self.editors.items() if isinstance(e, DateField) and e.parse_error()]
        self.feedback.refresh()
        if unread:
            self.editors[unread[0]].setFocus()
            caption = label(agency.FIELDS_BY_KEY[unread[0]].label)
            self.form_message.set_message(translate(
                "EnterprisePage", "「{field}」填写的不是日期，尚未保存或提交；请改正后再操作。").format(field=caption),
                "error")
        return bool(unread)

    def save(self) -> None:
        if self._unread_dates():
            return
        values = self.values()
        self.save_button.setEnabled(False)
        saved = translate("EnterprisePage", "已保存。")
        run_operation(self, lambda p: agency.save_enterprise(self.ctx, values),
                      on_success=lambda r: self._saved(r, saved), on_failure=self._failed, name="save enterprise")

    def submit(self) -> None:
        if self._unread_dates():
            return
        comment = self.comment.toPlainText().strip()
        if not self.check_all():
            self.form_message.set_message(translate("EnterprisePage", "请先改正标红的项目。"), "error")
            return
        values = self.values()
        self.submit_button.setEnabled(False)
        submitted = translate("EnterprisePage", "已提交，等待交易中心审核。")
        run_operation(self, lambda p: agency.submit_enterprise(self.ctx, values, comment),
                      on_success=lambda r: self._saved(r, submitted), on_failure=self._failed,
                      name="submit enterprise")

    def _saved(self, record: EnterpriseRecord, message: str) -> None:
        self.record = record
        self.form_message.set_message(message, "status-ok")
        self._show_status()

    def _failed(self, exc: BaseException) -> None:
        self._show_status()
        info = user_facing(exc)
        if info is None:
            from zsdesk.gui.errors import report_failure

            report_failure(exc, self, "enterprise")
            return
        key = (info.field or "").split(".")[-1]
        if self.feedback.refuse(key, info.message):
            pass
        elif key == "materials":
            show_error(self.materials_error, info.message)
        elif not info.field:
            # No field to point at (e.g. the record changed state meanwhile): say it once, in a box.
            show_user_error(info, self)
        text = label(info.message)
        if info.offline:
            # The record is not queued: say plainly that nothing reached the registry; the form keeps it.
            text = sentences(text, translate("EnterprisePage",
                                             "企业信息尚未送达登记中心，填写的内容仍在此页；恢复连接后请再操作一次。"))
        self.form_message.set_message(text, "error")
