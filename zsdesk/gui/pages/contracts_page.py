"""Contract pages of the staff (存量房买卖合同, 我的合同, 合同变更, 注销申请) and the agency (本机构合同).

Each page is a searchable, lazily paged list of the contracts in the local cache that the page is
about (search as you type: name, ID number, certificate / unit number or address; filters by status,
creation date and — for the agency — staff member; sort), with the guide's rules for that step and
the actions the contract's status and the account's role allow. The 存量房买卖合同 page also hosts the
wizard: a new contract (Ctrl+N) or a draft resumed from any list (double-click)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zsdesk.domain.enums import AccountKind, ContractStatus
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.gui import background_sync
from zsdesk.gui.contract_list_model import COLUMNS, ContractListModel
from zsdesk.gui.errors import failure_text
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import run_operation
from zsdesk.gui.pages.common import page_title, set_role
from zsdesk.gui.widgets.date_field import DateField
from zsdesk.services.app_context import AppContext
from zsdesk.services.contract_list import ORDER_LABELS, ContractLister, ListItem, ListQuery, SearchScope


@dataclass(frozen=True)
class PageSpec:
    title: str
    intro: str
    statuses: tuple[ContractStatus, ...]
    empty: str


SPECS: dict[str, PageSpec] = {
    "new_contract": PageSpec(
        QT_TRANSLATE_NOOP("ContractsPage", "存量房买卖合同"),
        QT_TRANSLATE_NOOP(
            "ContractsPage",
            "办理步骤：① 房源验证（房产证号、不动产权证号，或姓名＋不动产单元号，"
            "产权人姓名和证件号码按证书或登记簿填写）"
            "→ ② 录入买卖双方和合同条款 → ③ 资金监管、申请人信息、好差评 → "
            "④ 买卖双方同意后提交，状态变为「已签约」即完成备案。\n"
            "注意：创建后 24 小时内未提交的合同会被登记中心删除；房屋赠与、土地买卖不属于存量房网签范围。"
            "下面是本机保存的未提交合同（草稿），双击继续填写。"),
        (ContractStatus.DRAFT, ContractStatus.EXPIRED),
        QT_TRANSLATE_NOOP("ContractsPage", "本机没有未提交的合同。点击「新建合同」（Ctrl+N）开始。")),
    "my_contracts": PageSpec(
        QT_TRANSLATE_NOOP("ContractsPage", "我的合同"),
        QT_TRANSLATE_NOOP("ContractsPage",
                          "本人创建的全部合同（本机缓存，断网也可查看和查找）。双击打开详情，草稿双击继续填写。"),
        (),
        QT_TRANSLATE_NOOP("ContractsPage", "本机还没有合同。联网同步后，登记中心上的合同会显示在这里。")),
    "contract_changes": PageSpec(
        QT_TRANSLATE_NOOP("ContractsPage", "合同变更"),
        QT_TRANSLATE_NOOP(
            "ContractsPage",
            "已备案（已签约）的合同可由创建该合同的从业人员办理「存量房合同变更」：填写变更事项、变更前和变更后内容。"
            "买卖双方姓名、证件号码、房屋信息等重要信息不能变更，只能注销备案后重新签订。"),
        (ContractStatus.SIGNED,),
        QT_TRANSLATE_NOOP("ContractsPage", "没有可变更的已备案合同。")),
    "cancellations": PageSpec(
        QT_TRANSLATE_NOOP("ContractsPage", "注销申请"),
        QT_TRANSLATE_NOOP(
            "ContractsPage",
            "注销网签备案须买卖双方本人持有效身份证件原件和申请材料到中山市房地产交易管理事务中心办理。"
            "有未成年人的一方需父母双方到场，并提供未成年人保证书和能证明亲子关系的户口本或出生证明；"
            "委托他人办理的，须提供载明注销事项的公证委托书。"),
        (ContractStatus.SIGNED, ContractStatus.CANCELLATION_PENDING, ContractStatus.CANCELLED),
        QT_TRANSLATE_NOOP("ContractsPage", "没有已备案或注销中的合同。")),
    "agency_contracts": PageSpec(
        QT_TRANSLATE_NOOP("ContractsPage", "本机构合同"),
        QT_TRANSLATE_NOOP("ContractsPage", "本机构全部从业人员签订的存量房买卖合同（机构账号只能查看，不能签订）。"),
        (),
        QT_TRANSLATE_NOOP("ContractsPage", "本机还没有本机构的合同。联网同步后会显示在这里。")),
}

DRAFTS = (ContractStatus.DRAFT, ContractStatus.EXPIRED)


class ContractsPage(QWidget):
    def __init__(self, key: str, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.ctx = ctx
        self.spec = SPECS[key]
        account = ctx.account
        self.username = account.username if account is not None else ""
        self.is_agency = account is not None and account.kind is AccountKind.AGENCY
        self.lister = ContractLister.for_context(ctx)
        self.model = ContractListModel(self.lister, parent=self)
        self.wizard_view: QWidget | None = None
        self._wizard_holder: QWidget | None = None
        self._follows_sync = False
        self.delete_box: QMessageBox | None = None   # the open 删除草稿 confirmation
        self._dialogs: list[QWidget] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.list_page = QWidget()
        self.stack.addWidget(self.list_page)
        layout = QVBoxLayout(self.list_page)
        layout.addWidget(page_title(translate("ContractsPage", self.spec.title)))
        intro = QLabel(translate("ContractsPage", self.spec.intro))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        layout.addWidget(intro)
        layout.addLayout(self._search_bar())
        layout.addLayout(self._filter_bar())
        self.table = QTableView()
        self.table.setObjectName("contractTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The address keeps a readable width (a narrow window scrolls instead of squeezing it to a
        # few letters, as a stretched column did); the last column takes what is left.
        header.setStretchLastSection(True)
        status_width = 140 if key == "cancellations" else 80     # 注销申请中（待发送）
        for col, width in ((0, 130), (1, 110), (2, status_width), (3, 260), (4, 150), (5, 150), (6, 80),
                           (7, 120), (8, 140)):
            self.table.setColumnWidth(col, width)
        if key == "new_contract":
            self.table.setColumnHidden(1, True)     # drafts have no filing number
        if not self.is_agency:
            self.table.setColumnHidden(6, True)     # 经办人: always oneself
        if key not in ("new_contract", "my_contracts"):
            self.table.setColumnHidden(len(COLUMNS), True)
        self.table.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._action_bar())
        self.message = QLabel()
        self.message.setObjectName("contractListMessage")
        set_role(self.message, "hint")
        layout.addWidget(self.message)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda text: self._say(text, error=True))
        self.model.rowsInserted.connect(lambda *_: self._count())
        self._loaded_once = False
        self._update_actions()

    # -- building --------------------------------------------------------------------------------
    def _search_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("contractSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            translate("ContractsPage", "查找：姓名、证件号码、不动产权证号/房产证号、不动产单元号或房屋坐落（Ctrl+F）"))
        self.search.textChanged.connect(lambda _t: self.refresh())
        bar.addWidget(self.search, 1)
        self.scope = QComboBox()
        self.scope.setObjectName("contractScope")
        for s in SearchScope:
            self.scope.addItem(label(s.label), s)
        self.scope.setToolTip(translate("ContractsPage",
                                        "按什么查找：自动识别输入的是姓名、证件号码、证书号/单元号还是地址"))
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.scope)
        if self.key == "new_contract":
            self.new_button = QPushButton(translate("ContractsPage", "新建合同（Ctrl+N）"))
            self.new_button.setObjectName("newContract")
            self.new_button.setProperty("role", "primary")
            self.new_button.clicked.connect(self.new_contract)
            bar.addWidget(self.new_button)
        return bar

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(translate("ContractsPage", "全部状态"), None)
        for s in self.spec.statuses or tuple(ContractStatus):
            self.status_filter.addItem(label(s.label), s.value)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(QLabel(translate("ContractsPage", "状态")))
        bar.addWidget(self.status_filter)
        self.by_date = QCheckBox(translate("ContractsPage", "创建日期"))
        self.by_date.setObjectName("dateFilter")
        month_ago = QDate.currentDate().addMonths(-1)
        self.date_from = DateField(QT_TRANSLATE_NOOP("labels", "创建日期（起）"), "date_from")
        self.date_to = DateField(QT_TRANSLATE_NOOP("labels", "创建日期（止）"), "date_to")
        self.date_from.setValue(date(month_ago.year(), month_ago.month(), month_ago.day()))
        self.date_to.setValue(date.today())
        self.date_to.setAnchor(self.date_from)
        for edit in (self.date_from, self.date_to):
            edit.setObjectName("dateFrom" if edit is self.date_from else "dateTo")
            edit.setEnabled(False)
            edit.changed.connect(lambda e=edit: self._date_filter_changed(e))
        self.by_date.toggled.connect(self._date_toggled)
        bar.addWidget(self.by_date)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(translate("ContractsPage", "至")))
        bar.addWidget(self.date_to)
        self.staff_filter: QComboBox | None = None
        if self.is_agency:
            self.staff_filter = QComboBox()
            self.staff_filter.setObjectName("staffFilter")
            self.staff_filter.addItem(translate("ContractsPage", "全部从业人员"), "")
            self.staff_filter.currentIndexChanged.connect(lambda _i: self.refresh())
            bar.addWidget(QLabel(translate("ContractsPage", "经办人")))
            bar.addWidget(self.staff_filter)
        bar.addStretch(1)
        bar.addWidget(QLabel(translate("ContractsPage", "排序")))
        self.order = QComboBox()
        self.order.setObjectName("contractOrder")
        for value, text in ORDER_LABELS.items():
            self.order.addItem(label(text), value)
        self.order.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.order)
        return bar

    def _action_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}

        def add(name: str, text: str, slot: object) -> None:
            button = QPushButton(text)
            button.setObjectName(f"action_{name}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[name] = button

        if not self.is_agency and self.key in ("new_contract", "my_contracts"):
            add("resume", translate("ContractsPage", "继续填写"), lambda: self.resume_selected())
            add("delete", translate("ContractsPage", "删除草稿"), lambda: self.delete_selected())
        if self.key == "contract_changes":
            add("change", translate("ContractsPage", "合同变更…"), lambda: self.change_selected())
        if self.key == "cancellations":
            add("cancel", translate("ContractsPage", "注销申请…"), lambda: self.cancel_selected())
            add("print_cancel", translate("ContractsPage", "打印注销申请"), lambda: self.print_cancellation_selected())
        add("detail", translate("ContractsPage", "查看详情"), lambda: self.detail_selected())
        add("print", translate("ContractsPage", "打印预览（Ctrl+P）"), lambda: self.print_current())
        if self.key in ("my_contracts", "agency_contracts"):
            add("batch", translate("ContractsPage", "批量打印"), lambda: self.batch_print())
        bar.addStretch(1)
        return bar

    # -- searching -------------------------------------------------------------------------------
    def current_query(self) -> ListQuery:
        status = self.status_filter.currentData()      # Qt hands a StrEnum back as its plain value
        statuses = (ContractStatus(status),) if status else self.spec.statuses
        d_from: date | None = None
        d_to: date | None = None
        if self.by_date.isChecked():
            # an empty end is open; an end whose text is no date keeps the bound the list was read with
            last = self.model.query
            d_from = self.date_from.value() if self.date_from.parse_issue() is None else last.date_from
            d_to = self.date_to.value() if self.date_to.parse_issue() is None else last.date_to
        scope = self.scope.currentData()
        staff = self.staff_filter.currentData() if self.staff_filter is not None else ""
        return ListQuery(text=self.search.text(), scope=scope if isinstance(scope, SearchScope) else SearchScope.AUTO,
                         statuses=statuses, date_from=d_from, date_to=d_to, staff=str(staff or ""),
                         order=str(self.order.currentData() or "created_desc"))

    def refresh(self) -> None:
        """Re-read the list for the current search and filters (typing, filters, after a sync)."""
        self.model.set_query(self.current_query())

    def activate(self) -> None:
        self.nav_clicked()
        if not self._loaded_once:
            self.refresh()
            if self.staff_filter is not None:
                run_operation(self, lambda _p: self.lister.staff_accounts(), on_success=self._staff_loaded,
                              name="staff filter")

    def nav_clicked(self) -> None:
        """The page's entry in the navigation was chosen (again): 存量房买卖合同 after a contract was
        filed starts the next contract rather than showing the finished one's last page."""
        view = self.wizard_view
        if self.key != "new_contract" or view is None or not view.wizard.finished():  # type: ignore[attr-defined]
            return
        self.show_list()
        self.new_contract()

    def _staff_loaded(self, accounts: list[tuple[str, str]]) -> None:
        assert self.staff_filter is not None
        for account, name in accounts:
            self.staff_filter.addItem(name, account)

    def _date_filter_changed(self, edit: DateField) -> None:
        if edit.parse_issue() is None:
            self.refresh()
        else:
            self._say_unread_date()

    def _say_unread_date(self) -> bool:
        """Text in a filter date that is no date keeps the list's bounds as they were (current_query),
        and the line under the list says so for as long as the text is there."""
        issues = [i for e in (self.date_from, self.date_to) if (i := e.parse_issue()) is not None]
        if issues and self.by_date.isChecked():
            self._say(translate("ContractsPage", "{problem}；列表仍按修改前的条件显示。").format(
                problem=label(issues[0].message)), error=True)
        return bool(issues) and self.by_date.isChecked()

    def _date_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.refresh()

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus()
        self.search.selectAll()

    def _loaded(self) -> None:
        self._loaded_once = True
        self._count()
        self._update_actions()

    def _count(self) -> None:
        if self._say_unread_date():
            return
        n = len(self.model.items)
        if not n:
            self._say(translate("ContractsPage", "没有找到符合条件的合同。")
                      if self.search.text().strip() or self.by_date.isChecked()
                      else translate("ContractsPage", self.spec.empty))
            return
        shown = (translate("ContractsPage", "已显示 {count} 份") if self.model.complete
                 else translate("ContractsPage", "已显示 {count} 份，向下滚动加载更多")).format(count=n)
        how = {SearchScope.NAME: translate("ContractsPage", "按姓名查找"),
               SearchScope.ID_NUMBER: translate("ContractsPage", "按证件号码（精确）查找"),
               SearchScope.NUMBER: translate("ContractsPage", "按证书号/单元号查找"),
               SearchScope.ADDRESS: translate("ContractsPage", "按房屋坐落查找")}.get(self.model.query.scope, "")
        if self.search.text().strip() and how:
            shown = translate("ContractsPage", "{how}，{shown}").format(how=how, shown=shown)
        self._say(shown)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "hint")

    # -- selection -------------------------------------------------------------------------------
    def selected_items(self) -> list[ListItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [item for r in rows if (item := self.model.item_at(r)) is not None]

    def selected_ids(self) -> list[str]:
        return [i.local_id for i in self.selected_items()]

    def _one(self) -> ListItem | None:
        items = self.selected_items()
        if not items:
            self._say(translate("ContractsPage", "请先在列表中选中一份合同。"), error=True)
            return None
        return items[0]

    def _own(self, item: ListItem) -> bool:
        return not self.is_agency and item.row.staff_account == self.username

    def _update_actions(self) -> None:
        items = self.selected_items()
        one = items[0] if len(items) == 1 else None
        status = one.row.status if one is not None else None
        enabled = {
            "resume": one is not None and status in DRAFTS and self._own(one),
            "delete": one is not None and status in DRAFTS and self._own(one),
            "change": one is not None and status is ContractStatus.SIGNED and self._own(one),
            "cancel": one is not None and status is ContractStatus.SIGNED and self._own(one),
            "print_cancel": one is not None and status in (ContractStatus.SIGNED, ContractStatus.CANCELLATION_PENDING),
            "detail": one is not None,
            "print": bool(items),
            "batch": len(items) > 1,
        }
        for name, button in self.buttons.items():
            button.setEnabled(enabled.get(name, False))
        if "resume" in self.buttons and status is ContractStatus.EXPIRED:
            self.buttons["resume"].setText(translate("ContractsPage", "从本机副本重新创建"))
        elif "resume" in self.buttons:
            self.buttons["resume"].setText(translate("ContractsPage", "继续填写"))

    # -- actions ---------------------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        item = self.model.item_at(row)
        if item is None:
            return
        if item.row.status is ContractStatus.DRAFT and self._own(item):
            self.open_wizard(item.local_id)
        else:
            self.open_detail(item.local_id)

    def resume_selected(self) -> None:
        item = self._one()
        if item is None:
            return
        if item.row.status is ContractStatus.EXPIRED:
            self.recreate(item.local_id)
        else:
            self.open_wizard(item.local_id)

    def delete_selected(self) -> None:
        """删除草稿, after a confirmation that says what goes, here and at the registry."""
        from zsdesk.services import draft_delete
        from zsdesk.services.app_context import cache_of

        item = self._one()
        if item is None or self.is_agency:
            return
        sessions = cache_of(self.ctx).sessions
        local_id = item.local_id
        run_operation(self, lambda _p: draft_delete.delete_question(sessions, local_id),
                      on_success=lambda q: self._confirm_delete(local_id, q), name="delete question")

    def _confirm_delete(self, local_id: str, question: object) -> None:
        from zsdesk.services.draft_delete import DeleteQuestion

        assert isinstance(question, DeleteQuestion)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("ContractsPage", "删除草稿"), label(question.text),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDeleteDraft")
        box.button(QMessageBox.StandardButton.Yes).setText(translate("ContractsPage", "删除"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._delete_answered(local_id, result == QMessageBox.StandardButton.Yes))
        self.delete_box = box
        box.open()

    def _delete_answered(self, local_id: str, confirmed: bool) -> None:
        from zsdesk.services import draft_delete
        from zsdesk.services.app_context import cache_of

        self.delete_box = None
        if not confirmed:
            return
        sessions = cache_of(self.ctx).sessions
        run_operation(self, lambda _p: draft_delete.delete_draft(sessions, local_id), on_success=self._deleted,
                      name="delete draft")

    def _deleted(self, tells_registry: bool) -> None:
        if tells_registry:
            background_sync.wake(self.ctx)
        self._say(translate("ContractsPage", "草稿已删除。"))
        self.refresh()

    def detail_selected(self) -> None:
        item = self._one()
        if item is not None:
            self.open_detail(item.local_id)

    def change_selected(self) -> None:
        item = self._one()
        if item is not None:
            self.open_change(item.local_id)

    def cancel_selected(self) -> None:
        item = self._one()
        if item is not None:
            self.open_cancellation(item.local_id)

    def print_cancellation_selected(self) -> None:
        item = self._one()
        if item is not None:
            from zsdesk.gui.printing import preview_cancellation

            preview_cancellation(self, self.ctx, item.local_id)

    def print_current(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self._say(translate("ContractsPage", "请先在列表中选中一份合同。"), error=True)
            return
        from zsdesk.gui.printing import batch_print_contracts, preview_contract

        if len(ids) == 1:
            preview_contract(self, self.ctx, ids[0])
        else:
            batch_print_contracts(self, self.ctx, ids)

    def batch_print(self) -> None:
        from zsdesk.gui.printing import batch_print_contracts

        batch_print_contracts(self, self.ctx, self.selected_ids())

    def _keep(self, dialog: QWidget) -> QWidget:
        self._dialogs = [d for d in self._dialogs if d.isVisible()]
        self._dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_: self._dialogs.remove(dialog) if dialog in self._dialogs else None)
        return dialog

    def open_detail(self, local_id: str) -> QWidget:
        from zsdesk.gui.contract_detail import ContractDetailDialog

        dialog = ContractDetailDialog(self.ctx, local_id, self)
        dialog.resume_requested.connect(self.open_wizard)
        dialog.recreate_requested.connect(self.recreate)
        dialog.changed.connect(self.refresh)
        dialog.show()
        return self._keep(dialog)

    def open_change(self, local_id: str) -> QWidget | None:
        from zsdesk.gui.contract_change_dialog import ContractChangeDialog

        dialog = ContractChangeDialog.open_for(self.ctx, local_id, self)
        if dialog is None:
            return None
        dialog.submitted.connect(self.refresh)
        dialog.cancellation_requested.connect(self.open_cancellation)
        dialog.open()
        return self._keep(dialog)

    def open_cancellation(self, local_id: str) -> QWidget:
        from zsdesk.gui.cancellation_dialog import CancellationDialog

        dialog = CancellationDialog(self.ctx, local_id, self)
        dialog.submitted.connect(self.refresh)
        dialog.open()
        return self._keep(dialog)

    # -- the wizard --------------------------------------------------------------------------------
    def new_contract(self) -> None:
        """Ctrl+N: a fresh wizard at 房源验证."""
        from zsdesk.services import contract_desk

        if self.is_agency:
            return
        try:
            wizard = contract_desk.new_wizard(self.ctx)
        except Exception as exc:  # not signed in / not connected: say so, the list stays
            self._say(translate("ContractsPage", "无法新建合同：{error}").format(error=failure_text(exc) or exc),
                      error=True)
            return
        self._show_wizard(wizard)

    def open_wizard(self, local_id: str) -> None:
        """Continue a draft from the local cache."""
        from zsdesk.services import contract_desk
        from zsdesk.services.contract_wizard import ContractWizard

        if self.is_agency:
            return
        ctx = self.ctx
        client = contract_desk._client(ctx) if ctx.client is not None else None
        template = contract_desk.new_wizard(ctx)
        wizard = ContractWizard.resume(template.sessions, client, local_id, staff_account=template.staff_account,
                                       agency_name=template.agency_name, ccb_url=template.ccb_url)
        self._show_wizard(wizard)

    def recreate(self, local_id: str) -> None:
        """One action: the registry deleted the draft; file the local copy as a new draft and go on."""
        from zsdesk.services import contract_desk
        from zsdesk.services.contract_wizard import ContractWizard

        ctx = self.ctx
        client = contract_desk._client(ctx) if ctx.client is not None else None
        template = contract_desk.new_wizard(ctx)

        def work(_p: object) -> ContractWizard:
            wizard = ContractWizard.resume(template.sessions, client, local_id,
                                           staff_account=template.staff_account,
                                           agency_name=template.agency_name, ccb_url=template.ccb_url)
            wizard.recreate()
            return wizard

        self._say(translate("ContractsPage", "正在用本机副本重新创建草稿…"))
        run_operation(self, work, on_success=self._recreated, name="recreate draft")

    def _recreated(self, wizard: object) -> None:
        from zsdesk.services.contract_wizard import ContractWizard

        assert isinstance(wizard, ContractWizard)
        background_sync.wake(self.ctx)
        self._say(translate("ContractsPage", "已用本机副本重新创建草稿，正在同步到登记中心。"))
        self._show_wizard(wizard)

    def _show_wizard(self, wizard: object) -> None:
        from zsdesk.gui.contract_wizard.wizard_widget import ContractWizardWidget
        from zsdesk.services import contract_desk
        from zsdesk.services.contract_wizard import ContractWizard

        assert isinstance(wizard, ContractWizard)
        self.close_wizard()
        ctx = self.ctx
        wizard.on_queued = lambda: background_sync.wake(ctx)
        holder = QWidget()
        holder.setObjectName("wizardHolder")
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 0, 0)      # the wizard needs every pixel of a 768-high screen
        col.setSpacing(2)
        top = QHBoxLayout()
        back = QPushButton(translate("ContractsPage", "← 返回合同列表"))
        back.setObjectName("wizardBackToList")
        back.clicked.connect(self.show_list)
        top.addWidget(back)
        top.addWidget(page_title(translate("ContractsPage", "存量房买卖合同")), 1)
        col.addLayout(top)
        view = ContractWizardWidget(wizard, sync=lambda: contract_desk.sync_contracts(ctx), on_new=self.new_contract,
                                    on_preview=self.preview_draft)
        col.addWidget(view, 1)
        holder.setProperty("wizard", view)
        self.wizard_view = view
        self._wizard_holder = holder
        runner = getattr(ctx, "background_sync", None)
        if isinstance(runner, background_sync.BackgroundSync) and not self._follows_sync:
            runner.round_finished.connect(self._wizard_synced)
            self._follows_sync = True
        self.stack.addWidget(holder)
        self.stack.setCurrentWidget(holder)

    def _wizard_synced(self) -> None:
        """A background round may have created the draft at the registry: the wizard's status line
        (the 24-hour clock) follows, unless it shows something else the agent should read."""
        view = self.wizard_view
        if view is None:
            return
        wizard = view.wizard                   # type: ignore[attr-defined]
        status: QLabel = view.status           # type: ignore[attr-defined]
        # the wizard marks the line while it shows the clock (in any UI language), not another message
        if status.text() and not status.property("showsClock"):
            return
        wizard.refresh()
        clock = wizard.draft_clock()
        status.setText(label(clock.text))
        status.setProperty("showsClock", True)
        set_role(status, "error" if clock.warning or clock.expired else "hint")

    def close_wizard(self) -> None:
        view = self.wizard_view
        if view is None:
            return
        self.wizard_view = None
        try:
            view.close()                 # its closeEvent stores the page and saves: nothing stays in memory only
        except Exception as exc:  # saving must never trap the user in the wizard
            self._say(translate("ContractsPage", "保存草稿时出错：{error}").format(error=failure_text(exc) or exc),
                      error=True)
        holder, self._wizard_holder = self._wizard_holder, None
        view.timer.stop()                # type: ignore[attr-defined]
        if holder is not None:
            self.stack.removeWidget(holder)
            holder.deleteLater()

    def preview_draft(self, local_id: str) -> None:
        from zsdesk.gui.printing import preview_contract

        preview_contract(self, self.ctx, local_id)

    def show_list(self) -> None:
        if self.wizard_view is not None:
            self.close_wizard()
        self.stack.setCurrentWidget(self.list_page)
        QTimer.singleShot(0, self.refresh)
