"""Contract pages of the staff (我的合同, 合同变更, 注销申请, 存量房买卖合同) and the agency
(本机构合同): each lists the contracts in the local cache that the page is about, with the
guide's rules for that step, and searches them (Ctrl+F)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import zsdesk.services.contract_list as contract_list
from zsdesk.domain.enums import ContractStatus
from zsdesk.gui.operations import run_operation
from zsdesk.gui.pages.common import page_title, set_role
from zsdesk.services.app_context import AppContext
from zsdesk.services.contract_list import ContractSummary


@dataclass(frozen=True)
class PageSpec:
    title: str
    intro: str
    statuses: tuple[ContractStatus, ...]
    empty: str


SPECS: dict[str, PageSpec] = {
    "new_contract": PageSpec(
        "存量房买卖合同",
        "办理步骤：① 房源验证（房产证号、不动产权证号，或姓名＋不动产单元号，产权人姓名和证件号码按证书或登记簿填写）"
        "→ ② 录入买卖双方和合同条款 → ③ 资金监管、申请人信息、好差评 → "
        "④ 买卖双方同意后提交，状态变为「已签约」即完成备案。\n"
        "注意：创建后 24 小时内未提交的合同会被登记中心删除；房屋赠与、土地买卖不属于存量房网签范围。"
        "下面是本机保存的未提交合同（草稿）。",
        (ContractStatus.DRAFT, ContractStatus.EXPIRED),
        "本机没有未提交的合同。"),
    "my_contracts": PageSpec("我的合同", "本人创建的全部合同（本机缓存，断网也可查看和查找）。", (),
                             "本机还没有合同。联网同步后，登记中心上的合同会显示在这里。"),
    "contract_changes": PageSpec(
        "合同变更",
        "已备案（已签约）的合同可由创建该合同的从业人员办理「存量房合同变更」：填写变更事项、变更前和变更后内容。"
        "买卖双方姓名、证件号码、房屋信息等重要信息不能变更，只能注销备案后重新签订。",
        (ContractStatus.SIGNED,), "没有可变更的已备案合同。"),
    "cancellations": PageSpec(
        "注销申请",
        "注销网签备案须买卖双方本人持有效身份证件原件和申请材料到中山市房地产交易管理事务中心办理。"
        "有未成年人的一方需父母双方到场，并提供未成年人保证书和能证明亲子关系的户口本或出生证明；"
        "委托他人办理的，须提供载明注销事项的公证委托书。",
        (ContractStatus.SIGNED, ContractStatus.CANCELLATION_PENDING, ContractStatus.CANCELLED),
        "没有已备案或注销中的合同。"),
    "agency_contracts": PageSpec("本机构合同",
                                 "本机构全部从业人员签订的存量房买卖合同（机构账号只能查看，不能签订）。", (),
                                 "本机还没有本机构的合同。联网同步后会显示在这里。"),
}


class ContractsPage(QWidget):
    def __init__(self, key: str, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.ctx = ctx
        self.spec = SPECS[key]
        self.rows: list[ContractSummary] = []
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.spec.title))
        intro = QLabel(self.spec.intro)
        intro.setWordWrap(True)
        set_role(intro, "hint")
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("contractSearch")
        self.search.setPlaceholderText("查找：姓名、地址、备案号、不动产单元号或证书号（Ctrl+F）")
        self.search.returnPressed.connect(self.refresh)
        bar.addWidget(self.search, 1)
        find = QPushButton("查找")
        find.clicked.connect(self.refresh)
        bar.addWidget(find)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("contractTable")
        self.table.setHorizontalHeaderLabels(["备案号", "状态", "房屋坐落", "出卖人", "买受人", "更新时间"])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        set_role(self.message, "hint")
        layout.addWidget(self.message)
        self._loaded = False

    def activate(self) -> None:
        if not self._loaded:
            self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        text = self.search.text()
        self.message.setText("正在读取本机数据…")
        run_operation(self, lambda p: contract_list.list_contracts(self.ctx, self.spec.statuses, text),
                      on_success=self._show, name="list contracts")

    def _show(self, rows: list[ContractSummary]) -> None:
        self._loaded = True
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            when = f"{r.updated_at:%Y-%m-%d %H:%M}" if r.updated_at else ""
            for col, text in enumerate((r.filing_no or "（未备案）", r.status_text, r.address, r.seller_name,
                                        r.buyer_name, when)):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.message.setText(f"共 {len(rows)} 份" if rows else self.spec.empty)
