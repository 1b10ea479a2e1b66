"""存量房合同变更: the creating staff member edits the clauses of a filed contract; the change items
(变更事项, 变更前, 变更后) are computed from those edits as they are made. Names, ID numbers and the
property are shown but locked: touching one is refused on the spot with the guide's explanation and
a direct way to the cancellation (注销网签备案, then a new contract)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zsdesk.domain.enums import DisputeResolution, PaymentMethod
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.gui import background_sync
from zsdesk.gui.errors import failure_text
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import run_operation
from zsdesk.gui.pages.common import set_role
from zsdesk.gui.widgets.date_field import DateField, contract_date_field
from zsdesk.services.app_context import AppContext, cache_of
from zsdesk.services.contract_change import CANCELLATION_PATH, LOCKED_EXPLANATION, ContractChange
from zsdesk.services.errors import ServiceError

# the caption of each party's name field, by side
_SIDES = (("sellers", QT_TRANSLATE_NOOP("ContractChangeDialog", "甲方{number} 姓名")),
          ("buyers", QT_TRANSLATE_NOOP("ContractChangeDialog", "乙方{number} 姓名")),
          ("guardians", QT_TRANSLATE_NOOP("ContractChangeDialog", "法定代理人{number} 姓名")))
_notices: list[QMessageBox] = []


class ContractChangeDialog(QDialog):
    submitted = Signal()
    cancellation_requested = Signal(str)

    @classmethod
    def open_for(cls, ctx: AppContext, local_id: str, parent: QWidget | None = None) -> ContractChangeDialog | None:
        """The dialog, or None after telling the user why this contract cannot be changed now."""
        account = ctx.account
        try:
            change = ContractChange(cache_of(ctx).sessions, local_id,
                                    staff_account=account.username if account is not None else "",
                                    on_queued=lambda: background_sync.wake(ctx))
        except ServiceError as exc:
            box = QMessageBox(QMessageBox.Icon.Information, translate("ContractChangeDialog", "合同变更"),
                              label(exc.message), QMessageBox.StandardButton.Ok, parent)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            _notices.append(box)         # a parentless box would be collected before it is read
            box.finished.connect(lambda _r: _notices.remove(box) if box in _notices else None)
            box.open()
            return None
        return cls(ctx, change, parent)

    def __init__(self, ctx: AppContext, change: ContractChange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contractChange")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.ctx = ctx
        self.change = change
        c = change.original
        self.setWindowTitle(translate("ContractChangeDialog", "存量房合同变更 — {contract_no}").format(
            contract_no=c.contract_no))
        self.resize(980, 700)
        outer = QVBoxLayout(self)
        intro = QLabel(translate("ContractChangeDialog", "修改需要变更的合同条款，下方自动列出变更事项、"
                                                         "变更前和变更后内容；填写变更原因后提交。\n{explanation}").format(
            explanation=label(LOCKED_EXPLANATION)))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        outer.addWidget(intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        col = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        col.addWidget(self._key_box())
        self.locked_box = self._locked_panel()
        col.addWidget(self.locked_box)
        col.addWidget(self._terms_box())
        items_box = QGroupBox(translate("ContractChangeDialog", "变更内容（根据您的修改自动生成）"))
        items_col = QVBoxLayout(items_box)
        self.items = QTableWidget(0, 3)
        self.items.setObjectName("changeItems")
        self.items.setHorizontalHeaderLabels([translate("ContractChangeDialog", "变更事项"),
                                              translate("ContractChangeDialog", "变更前内容"),
                                              translate("ContractChangeDialog", "变更后内容")])
        self.items.verticalHeader().setVisible(False)
        self.items.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.items.setMinimumHeight(110)
        self.items.setMaximumHeight(150)
        items_col.addWidget(self.items)
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(translate("ContractChangeDialog", "变更原因")))
        self.reason = QLineEdit()
        self.reason.setObjectName("changeReason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(translate("ContractChangeDialog", "例如：经双方协商，交房日期推迟"))
        reason_row.addWidget(self.reason, 1)
        items_col.addLayout(reason_row)
        outer.addWidget(items_box)          # outside the scroll: the computed items stay in view while editing
        bar = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("changeMessage")
        self.message.setWordWrap(True)
        bar.addWidget(self.message, 1)
        self.submit_button = QPushButton(translate("ContractChangeDialog", "提交变更"))
        self.submit_button.setObjectName("changeSubmit")
        self.submit_button.clicked.connect(self.submit)
        cancel = QPushButton(translate("ContractChangeDialog", "取消"))
        cancel.clicked.connect(self.reject)
        bar.addWidget(self.submit_button)
        bar.addWidget(cancel)
        outer.addLayout(bar)
        self.recompute()

    # -- key fields ------------------------------------------------------------------------------
    def _key_box(self) -> QGroupBox:
        box = QGroupBox(translate("ContractChangeDialog", "重要信息（不可变更）"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(translate("ContractChangeDialog", "房屋坐落")), 0, 0)
        address = QLineEdit(self.change.original.property.address)
        address.setObjectName("key_property_address")
        address.textEdited.connect(lambda text: self._edit_property(text))
        grid.addWidget(address, 0, 1, 1, 3)
        self.key_edits: dict[str, QLineEdit] = {"property.address": address}
        row = 1
        for side, caption in _SIDES:
            for i, party in enumerate(getattr(self.change.edited, side)):
                grid.addWidget(QLabel(translate("ContractChangeDialog", caption).format(number=i + 1)), row, 0)
                name = QLineEdit(party.name)
                name.setObjectName(f"key_{side}_{i}_name")
                name.textEdited.connect(lambda text, s=side, n=i: self._edit_party(s, n, "name", text))
                grid.addWidget(name, row, 1)
                grid.addWidget(QLabel(translate("ContractChangeDialog", "证件号码")), row, 2)
                number = QLineEdit(party.id_number)
                number.setObjectName(f"key_{side}_{i}_id_number")
                number.textEdited.connect(lambda text, s=side, n=i: self._edit_party(s, n, "id_number", text))
                grid.addWidget(number, row, 3)
                self.key_edits[f"{side}.{i}.name"] = name
                self.key_edits[f"{side}.{i}.id_number"] = number
                row += 1
        for edit in self.key_edits.values():
            edit.setProperty("locked", True)
            edit.setToolTip(label(LOCKED_EXPLANATION))
        return box

    def _locked_panel(self) -> QGroupBox:
        box = QGroupBox(translate("ContractChangeDialog", "不能变更"))
        box.setObjectName("lockedPanel")
        col = QVBoxLayout(box)
        self.locked_text = QLabel()
        self.locked_text.setObjectName("lockedText")
        self.locked_text.setWordWrap(True)
        set_role(self.locked_text, "error")
        col.addWidget(self.locked_text)
        row = QHBoxLayout()
        self.to_cancellation = QPushButton(translate("ContractChangeDialog", "申请注销网签备案（之后重新签订合同）…"))
        self.to_cancellation.setObjectName("toCancellation")
        self.to_cancellation.clicked.connect(self._go_cancel)
        undo = QPushButton(translate("ContractChangeDialog", "撤销对重要信息的修改"))
        undo.setObjectName("undoKeyEdits")
        undo.clicked.connect(self.undo_key_edits)
        row.addWidget(self.to_cancellation)
        row.addWidget(undo)
        row.addStretch(1)
        col.addLayout(row)
        box.setVisible(False)
        return box

    def _edit_party(self, side: str, index: int, attr: str, text: str) -> None:
        setattr(getattr(self.change.edited, side)[index], attr, text.strip())
        self.recompute()

    def _edit_property(self, text: str) -> None:
        self.change.edited.property.address = text.strip()
        self.recompute()

    def undo_key_edits(self) -> None:
        orig, edited = self.change.original, self.change.edited
        edited.property.address = orig.property.address
        for side, _label in _SIDES:
            for a, b in zip(getattr(orig, side), getattr(edited, side), strict=False):
                b.name, b.id_number = a.name, a.id_number
        for path, edit in self.key_edits.items():
            edit.setText(str(_get(orig, path)))
        self.recompute()

    def _go_cancel(self) -> None:
        self.cancellation_requested.emit(self.change.local_id)
        self.reject()

    # -- clauses ---------------------------------------------------------------------------------
    def _terms_box(self) -> QGroupBox:
        box = QGroupBox(translate("ContractChangeDialog", "合同条款（可变更）"))
        form = QFormLayout(box)
        c = self.change.edited
        self.term_widgets: dict[str, QWidget] = {}

        def money(path: str, caption: str) -> None:
            edit = QLineEdit("" if _get(c, path) is None else format(_get(c, path), "f"))
            edit.setObjectName(f"term_{path}")
            edit.textEdited.connect(lambda text, p=path, e=edit: self._set_decimal(p, text, e))
            form.addRow(caption, edit)
            self.term_widgets[path] = edit

        def text(path: str, caption: str, multi: bool = False) -> None:
            if multi:
                area = QPlainTextEdit(str(_get(c, path)))
                area.setObjectName(f"term_{path}")
                area.setFixedHeight(70)
                area.textChanged.connect(lambda p=path, a=area: self._set(p, a.toPlainText()))
                form.addRow(caption, area)
                self.term_widgets[path] = area
                return
            edit = QLineEdit(str(_get(c, path)))
            edit.setObjectName(f"term_{path}")
            edit.textEdited.connect(lambda value, p=path: self._set(p, value))
            form.addRow(caption, edit)
            self.term_widgets[path] = edit

        def choice(path: str, caption: str, options: list[tuple[str, Any]]) -> None:
            combo = QComboBox()
            combo.setObjectName(f"term_{path}")
            for name, value in options:
                combo.addItem(name, value)
            combo.setCurrentIndex(max(0, combo.findData(_get(c, path))))
            combo.currentIndexChanged.connect(lambda _i, p=path, b=combo: self._set(p, b.currentData()))
            form.addRow(caption, combo)
            self.term_widgets[path] = combo

        def day(path: str, caption: str) -> None:
            # Empty means no date agreed (未填写); a date is typed or picked.
            edit = contract_date_field(path, date.today())
            edit.setObjectName(f"term_{path}")
            edit.setValue(_get(c, path))

            def changed(p: str = path, e: DateField = edit) -> None:
                if e.parse_issue() is None:
                    self._set(p, e.value())
                else:       # text that is no date: the change keeps the date before, the message says why
                    self.recompute()

            edit.changed.connect(changed)
            form.addRow(caption, edit)
            self.term_widgets[path] = edit

        unset = translate("ContractChangeDialog", "（未填）")
        money("payment.total_price", translate("ContractChangeDialog", "成交总价（元）"))
        choice("payment.method", translate("ContractChangeDialog", "付款方式"),
               [(unset, None)] + [(label(m.label), m) for m in PaymentMethod])
        money("payment.deposit", translate("ContractChangeDialog", "定金（元）"))
        money("payment.down_payment", translate("ContractChangeDialog", "首付款（元）"))
        money("payment.loan_amount", translate("ContractChangeDialog", "贷款金额（元）"))
        text("payment.loan_bank", translate("ContractChangeDialog", "贷款银行"))
        day("payment.balance_date", translate("ContractChangeDialog", "余款支付日期"))
        day("handover.date", translate("ContractChangeDialog", "交房日期"))
        text("handover.conditions", translate("ContractChangeDialog", "交房条件"))
        text("other.breach_terms", translate("ContractChangeDialog", "违约责任"))
        choice("other.dispute", translate("ContractChangeDialog", "争议解决方式"),
               [(unset, None)] + [(label(d.label), d) for d in DisputeResolution])
        text("other.arbitration_commission", translate("ContractChangeDialog", "仲裁委员会"))
        text("other.supplementary", translate("ContractChangeDialog", "补充条款"), multi=True)
        return box

    def _set(self, path: str, value: object) -> None:
        obj: Any = self.change.edited
        *parents, last = path.split(".")
        for part in parents:
            obj = getattr(obj, part)
        setattr(obj, last, value)
        self.recompute()

    def _set_decimal(self, path: str, text: str, edit: QLineEdit) -> None:
        raw = text.strip().replace(",", "")
        if not raw:
            self._set(path, None)
            edit.setProperty("invalid", False)
            return
        try:
            value = Decimal(raw)
        except InvalidOperation:
            edit.setProperty("invalid", True)
            self._say(translate("ContractChangeDialog", "「{field}」请填写数字金额").format(field=path), error=True)
            return
        edit.setProperty("invalid", False)
        self._set(path, value)

    # -- the change items ----------------------------------------------------------------------------
    def recompute(self) -> None:
        locked = self.change.locked()
        self.locked_box.setVisible(bool(locked))
        if locked:
            names = translate("ContractChangeDialog", "、").join(
                translate("ContractChangeDialog", "「{item}」").format(item=label(x.label)) for x in locked)
            self.locked_text.setText(translate(
                "ContractChangeDialog", "{items}不能变更。{explanation}\n可选择：{path}。").format(
                items=names, explanation=label(LOCKED_EXPLANATION), path=label(CANCELLATION_PATH)))
        for path, edit in self.key_edits.items():
            edit.setProperty("invalid", any(x.field == path or x.field.startswith(path) for x in locked))
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        items = self.change.items()
        self.items.setRowCount(len(items))
        for i, item in enumerate(items):
            for j, value in enumerate((label(item.label_zh), label(item.before),
                                       label(item.after) or translate("ContractChangeDialog", "（空）"))):
                self.items.setItem(i, j, QTableWidgetItem(value))
        unread = [issue for w in self.term_widgets.values()
                  if isinstance(w, DateField) and (issue := w.parse_issue()) is not None]
        self.submit_button.setEnabled(bool(items) and not locked and not unread)
        if locked:
            self._say(translate("ContractChangeDialog", "重要信息不能通过合同变更修改。"), error=True)
        elif unread:
            self._say(label(unread[0].message), error=True)
        elif not items:
            self._say(translate("ContractChangeDialog", "尚未修改任何条款。"))
        else:
            self._say(translate("ContractChangeDialog", "共 {count} 项变更。").format(count=len(items)))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "hint")

    def submit(self) -> None:
        self.change.reason = self.reason.text()
        change = self.change
        self.submit_button.setEnabled(False)
        run_operation(self, lambda _p: change.submit(), on_success=self._submitted, on_failure=self._failed,
                      name="contract change")

    def _submitted(self, _body: object) -> None:
        self.submitted.emit()
        self._say(translate("ContractChangeDialog", "变更已保存，正在发送到登记中心；登记中心接受后合同修订次数加一。"))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.submit_button.setEnabled(True)
        self._say(failure_text(exc)
                  or translate("ContractChangeDialog", "提交失败：{error}").format(error=exc), error=True)


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = obj[int(part)] if part.isdigit() else getattr(obj, part)
    return obj

