"""Contract detail: every section of the contract, its revision history and materials, and the
actions its status and the account's role allow (打印预览, 继续填写 / 从本机副本重新创建, 合同变更 for the
creating staff member, 注销申请 and its printable application)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zsdesk.domain.enums import AccountKind, ContractStatus
from zsdesk.gui.errors import failure_text
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import run_operation
from zsdesk.gui.pages.common import set_role
from zsdesk.services import contract_detail as cd
from zsdesk.services.app_context import AppContext
from zsdesk.services.contract_cancellation import can_request
from zsdesk.services.contract_change import can_change


class ContractDetailDialog(QDialog):
    resume_requested = Signal(str)
    recreate_requested = Signal(str)
    changed = Signal()

    def __init__(self, ctx: AppContext, local_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contractDetail")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.ctx = ctx
        self.local_id = local_id
        self.detail: cd.ContractDetail | None = None
        account = ctx.account
        self.username = account.username if account is not None else ""
        self.is_agency = account is not None and account.kind is AccountKind.AGENCY
        self.setWindowTitle(translate("ContractDetailDialog", "合同详情"))
        self.resize(900, 660)
        layout = QVBoxLayout(self)
        self.banner = QLabel(translate("ContractDetailDialog", "正在读取本机数据…"))
        self.banner.setObjectName("detailBanner")
        self.banner.setWordWrap(True)
        set_role(self.banner, "hint")
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.text = QTextBrowser()
        self.text.setObjectName("detailText")
        self.text.setOpenLinks(False)
        self.tabs.addTab(self.text, translate("ContractDetailDialog", "合同内容"))
        self.revisions = self._table([
            translate("ContractDetailDialog", "修订"), translate("ContractDetailDialog", "时间"),
            translate("ContractDetailDialog", "经办人"), translate("ContractDetailDialog", "变更事项"),
            translate("ContractDetailDialog", "变更前"), translate("ContractDetailDialog", "变更后")])
        self.tabs.addTab(self.revisions, translate("ContractDetailDialog", "修订记录"))
        self.materials = self._table([
            translate("ContractDetailDialog", "材料名称"), translate("ContractDetailDialog", "类别"),
            translate("ContractDetailDialog", "文件"), translate("ContractDetailDialog", "大小")])
        self.tabs.addTab(self.materials, translate("ContractDetailDialog", "收件材料"))
        layout.addWidget(self.tabs, 1)
        self.remote = QLabel()
        self.remote.setObjectName("detailRemote")
        set_role(self.remote, "hint")
        layout.addWidget(self.remote)
        bar = QHBoxLayout()
        self.full = QCheckBox(translate("ContractDetailDialog", "显示完整证件号码和电话"))
        self.full.setObjectName("detailFullNumbers")
        self.full.toggled.connect(lambda _on: self._render())
        bar.addWidget(self.full)
        bar.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("resume", translate("ContractDetailDialog", "继续填写"), self._resume),
            ("recreate", translate("ContractDetailDialog", "从本机副本重新创建"), self._recreate),
            ("change", translate("ContractDetailDialog", "合同变更…"), self._change),
            ("cancel", translate("ContractDetailDialog", "注销申请…"), self._cancel),
            ("print_cancel", translate("ContractDetailDialog", "打印注销申请"), self._print_cancellation),
            ("print", translate("ContractDetailDialog", "打印预览"), self._print),
        ):
            button = QPushButton(text)
            button.setObjectName(f"detail_{name}")
            button.clicked.connect(slot)
            button.setVisible(False)
            bar.addWidget(button)
            self.buttons[name] = button
        close = QPushButton(translate("ContractDetailDialog", "关闭"))
        close.clicked.connect(self.close)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.reload()

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        ctx, local_id = self.ctx, self.local_id
        run_operation(self, lambda _p: cd.load_detail(ctx, local_id), on_success=self._loaded,
                      on_failure=lambda exc: self._banner(failure_text(exc) or str(exc), error=True),
                      name="contract detail")

    def _loaded(self, detail: cd.ContractDetail) -> None:
        self.detail = detail
        c = detail.contract
        self.setWindowTitle(translate("ContractDetailDialog", "合同详情 — {contract_no} · {status}").format(
            contract_no=c.contract_no or translate("ContractDetailDialog", "草稿"), status=label(c.status.label)))
        self._render()
        self._show_local_revisions()
        self._update_actions()
        self._status_banner()
        if detail.registry_id and self.ctx.client is not None:
            self.remote.setText(translate("ContractDetailDialog", "正在从登记中心读取修订记录和收件材料…"))
            ctx, rid = self.ctx, detail.registry_id
            run_operation(self, lambda _p: cd.fetch_revisions(ctx, rid), on_success=self._show_revisions,
                          on_failure=lambda exc: self._show_offline(), name="contract revisions")
            run_operation(self, lambda _p: self._materials(rid), on_success=self._show_materials,
                          on_failure=lambda exc: None, name="contract materials")
        else:
            self.remote.setText(translate("ContractDetailDialog",
                                          "修订记录和收件材料在合同于登记中心创建并联网后显示。"))

    def _materials(self, registry_id: str) -> list[object]:
        from zsdesk.services.materials import MaterialOwner, list_materials

        return list(list_materials(self.ctx, MaterialOwner("contract", registry_id)))

    def _banner(self, text: str, *, error: bool = False) -> None:
        self.banner.setText(text)
        set_role(self.banner, "error" if error else "hint")

    def _status_banner(self) -> None:
        detail = self.detail
        assert detail is not None
        c = detail.contract
        lines = [translate("ContractDetailDialog", "状态：{status}").format(status=label(c.status.label))]
        error = False
        if c.status is ContractStatus.CANCELLATION_PENDING or detail.cancellation_queued:
            lines = [translate("ContractDetailDialog", "状态：注销申请中 —— 买卖双方须本人持有效身份证件原件"
                                                       "和申请材料到登记中心办理，登记中心办结后显示「已注销」。")]
        clock = detail.clock
        if clock is not None and clock.text:
            lines.append(label(clock.text))
            error = clock.warning or clock.expired
        if detail.pending:
            pending = translate("ContractDetailDialog", "、").join(label(p) for p in detail.pending)
            lines.append(translate("ContractDetailDialog", "等待发送到登记中心：{items}").format(items=pending))
        if detail.failed:
            failed = translate("ContractDetailDialog", "；").join(label(f) for f in detail.failed)
            lines.append(translate("ContractDetailDialog", "登记中心未接受：{items}").format(items=failed))
            error = True
        self._banner("\n".join(lines), error=error)

    def _render(self) -> None:
        if self.detail is None:
            return
        parts = []
        for section in cd.sections(self.detail, full_numbers=self.full.isChecked()):
            # values are data, or services' wording (yes/no, counts) that label() shows in the UI language
            rows = "".join(f"<tr><th align='left' width='28%'>{escape(label(k))}</th>"
                           f"<td>{escape(label(v)) or '—'}</td></tr>" for k, v in section.rows)
            parts.append(f"<h3>{escape(label(section.title))}</h3><table cellspacing='0' cellpadding='3' width='100%'>"
                         f"{rows}</table>")
        bar = self.text.verticalScrollBar().value()
        self.text.setHtml("".join(parts))
        self.text.verticalScrollBar().setValue(bar)

    def _fill_revisions(self, lines: list[cd.RevisionLine]) -> None:
        rows = [(str(r.revision), cd.china_time(r.when), r.who, label(what), label(before), label(after))
                for r in lines for what, before, after in (r.items or [("", "", "")])]
        self.revisions.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                self.revisions.setItem(i, j, QTableWidgetItem(value))

    def _show_local_revisions(self) -> None:
        assert self.detail is not None
        self._fill_revisions(self.detail.local_revisions)

    def _show_offline(self) -> None:
        kept = len(self.detail.local_revisions) if self.detail is not None else 0
        # The table already lists what the cache keeps (the registry's list as last received).
        self.remote.setText(
            translate("ContractDetailDialog", "离线：修订记录 {count} 条为本机保存的副本；收件材料联网后显示。")
            .format(count=kept) if kept else translate("ContractDetailDialog", "离线：修订记录和收件材料联网后显示。"))

    def _show_revisions(self, lines: list[cd.RevisionLine]) -> None:
        self.remote.setText(
            translate("ContractDetailDialog", "已办理合同变更：{count} 次（修订记录来自登记中心）。").format(
                count=len(lines))
            if lines else translate("ContractDetailDialog", "登记中心暂无修订记录（未办理过合同变更）。"))
        if lines:
            self._fill_revisions(lines)

    def _show_materials(self, items: list[object]) -> None:
        self.materials.setRowCount(len(items))
        for i, m in enumerate(items):
            values = (getattr(m, "name", ""), label(getattr(getattr(m, "kind", None), "label", "")),
                      getattr(m, "filename", ""), f"{getattr(m, 'size', 0) // 1024} KB")
            for j, value in enumerate(values):
                self.materials.setItem(i, j, QTableWidgetItem(str(value)))

    # -- actions ---------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        assert self.detail is not None
        c = self.detail.contract
        own = not self.is_agency and c.staff_account == self.username
        queued_cancel = self.detail.cancellation_queued
        visible = {
            "resume": own and c.status is ContractStatus.DRAFT,
            "recreate": own and c.status is ContractStatus.EXPIRED,
            "change": can_change(c, self.username) and not self.is_agency and not queued_cancel,
            "cancel": can_request(c, self.username) and not self.is_agency and not queued_cancel,
            "print_cancel": c.status in (ContractStatus.SIGNED, ContractStatus.CANCELLATION_PENDING),
            "print": True,
        }
        for name, button in self.buttons.items():
            button.setVisible(visible[name])

    def _resume(self) -> None:
        self.resume_requested.emit(self.local_id)
        self.close()

    def _recreate(self) -> None:
        self.recreate_requested.emit(self.local_id)
        self.close()

    def _print(self) -> None:
        from zsdesk.gui.printing import preview_contract

        preview_contract(self, self.ctx, self.local_id)

    def _print_cancellation(self) -> None:
        from zsdesk.gui.printing import preview_cancellation

        preview_cancellation(self, self.ctx, self.local_id)

    def _change(self) -> None:
        from zsdesk.gui.contract_change_dialog import ContractChangeDialog

        dialog = ContractChangeDialog.open_for(self.ctx, self.local_id, self)
        if dialog is None:
            return
        dialog.submitted.connect(self._after_request)
        dialog.cancellation_requested.connect(lambda _id: self._cancel())
        self.change_dialog = dialog
        dialog.open()

    def _cancel(self) -> None:
        from zsdesk.gui.cancellation_dialog import CancellationDialog

        dialog = CancellationDialog(self.ctx, self.local_id, self)
        dialog.submitted.connect(self._after_request)
        self.cancellation_dialog = dialog
        dialog.open()

    def _after_request(self) -> None:
        self.changed.emit()
        self.reload()
