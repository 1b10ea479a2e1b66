"""Page 3 — 买受人: one row per person, co-ownership with a live share sum, guardians for minors."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import IdType, Ownership, PartyRole
from zsdesk.domain.errors import Issue, RuleError
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.domain.ownership import parse_share
from zsdesk.gui.contract_wizard.base import WizardPage
from zsdesk.gui.i18n import label, translate, untranslated
from zsdesk.gui.pages.common import set_role
from zsdesk.gui.widgets.field_feedback import MessageSlot
from zsdesk.gui.widgets.party_table import fit_columns
from zsdesk.services import wizard_terms as wt
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.wizard_pages import PageId

COLUMNS = (QT_TRANSLATE_NOOP("BuyersPage", "姓名（名称）"), QT_TRANSLATE_NOOP("BuyersPage", "国籍"),
           QT_TRANSLATE_NOOP("BuyersPage", "证件类型"), QT_TRANSLATE_NOOP("BuyersPage", "证件号码"),
           QT_TRANSLATE_NOOP("BuyersPage", "住所"), QT_TRANSLATE_NOOP("BuyersPage", "邮政编码"),
           QT_TRANSLATE_NOOP("BuyersPage", "联系电话"), QT_TRANSLATE_NOOP("BuyersPage", "份额（%）"))
_ATTRS = ("name", "nationality", None, "id_number", "address", "postal_code", "phone", "share")
SHARE_COLUMN = 7
GUARDIAN_COLUMNS = (QT_TRANSLATE_NOOP("BuyersPage", "代理的乙方"), QT_TRANSLATE_NOOP("BuyersPage", "法定代理人姓名"),
                    QT_TRANSLATE_NOOP("BuyersPage", "证件号码"), QT_TRANSLATE_NOOP("BuyersPage", "住所"),
                    QT_TRANSLATE_NOOP("BuyersPage", "联系电话"))


def _id_type_combo() -> QComboBox:
    combo = QComboBox()
    for t in IdType:
        if t is not IdType.USCC:
            combo.addItem(label(t.label), t.value)
    # the cell is as wide as 居民身份证; a longer type (港澳居民来往内地通行证) shows whole in the
    # list and in the tooltip
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(2)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
    combo.setToolTip(combo.currentText())
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo


def _text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text().strip() if item is not None else ""


class BuyersPage(WizardPage):
    page_id = PageId.BUYERS

    def __init__(self, wizard: ContractWizard, parent: QWidget | None = None) -> None:
        super().__init__(wizard, parent)
        form = self.form()
        self.ownership = QComboBox()
        self.ownership.setObjectName("buyerOwnership")
        for o in Ownership:
            self.ownership.addItem(label(o.label), o.value)
        form.addRow(translate("BuyersPage", "共有性质"), self.ownership)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("buyersTable")
        self.table.setHorizontalHeaderLabels([translate("BuyersPage", c) for c in COLUMNS])
        # whole ID numbers and phones, the address as much as fits (then on a second line)
        fit_columns(self.table, {0: "name", 1: "nationality", 3: "id_number", 5: "postal_code", 6: "phone",
                                 SHARE_COLUMN: "share"}, stretch=4, combos={2: _id_type_combo()})
        self.table.setMinimumHeight(200)     # three co-owners with two-line addresses stay in view
        # no stretch: the findings growing after the last input must not shrink the table and move
        # what is below it
        self.outer.addWidget(self.table)
        bar = QHBoxLayout()
        add = QPushButton(translate("BuyersPage", "添加共有人"))
        add.setObjectName("addBuyer")
        add.clicked.connect(self.add_row)
        remove = QPushButton(translate("BuyersPage", "删除选中行"))
        remove.clicked.connect(self._remove_selected)
        bar.addWidget(add)
        bar.addWidget(remove)
        bar.addStretch(1)
        self.outer.addLayout(bar)
        # Reserved lines: the share sum and the minors' notice appear as the user types, above the
        # guardians table and its button, which must not move.
        self.share_label = MessageSlot(1, role="hint")
        self.share_label.setObjectName("shareSum")
        self.outer.addWidget(self.share_label)
        tip = QLabel(translate("BuyersPage", "每一格只能填写一个人的信息；乙方为多人时须选择共同共有或按份共有，"
                                             "按份共有的份额合计须为 100%。"))
        tip.setWordWrap(True)
        set_role(tip, "hint")
        self.outer.addWidget(tip)
        self.minor_label = MessageSlot(2)
        self.minor_label.setObjectName("minorsNotice")
        self.outer.addWidget(self.minor_label)
        self.guardians = QTableWidget(0, len(GUARDIAN_COLUMNS))
        self.guardians.setObjectName("guardiansTable")
        self.guardians.setHorizontalHeaderLabels([translate("BuyersPage", c) for c in GUARDIAN_COLUMNS])
        fit_columns(self.guardians, {0: "name", 1: "name", 2: "id_number", 4: "phone"}, stretch=3)
        self.guardians.setMaximumHeight(120)
        self.outer.addWidget(self.guardians)
        add_guardian = QPushButton(translate("BuyersPage", "为未成年乙方添加法定代理人"))
        add_guardian.clicked.connect(self._add_guardian)
        self.outer.addWidget(add_guardian)
        self.fields = {"buyer_ownership": self.ownership}
        self.table.itemChanged.connect(lambda _i: self._live())
        self.ownership.currentIndexChanged.connect(lambda _i: self._live())
        self._guardian_targets: list[int] = []
        self._loading = False
        self._show_share_column()
        self.finish_layout()

    def add_row(self, party: dc.Party | None = None) -> int:
        party = party if isinstance(party, dc.Party) else dc.Party(role=PartyRole.BUYER, name="")
        row = self.table.rowCount()
        self._loading = True
        self.table.insertRow(row)
        for col, attr in enumerate(_ATTRS):
            if attr is None:
                combo = _id_type_combo()
                combo.setCurrentIndex(max(0, combo.findData(party.id_type.value)))
                self.table.setCellWidget(row, col, combo)
                continue
            value = getattr(party, attr)
            self.table.setItem(row, col, QTableWidgetItem("" if value is None else str(value)))
        self._loading = False
        return row

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self.wizard.contract is not None:
            self.store(self.wizard.contract)
            wt.remove_party(self.wizard.contract, "buyers", row)
            self.load(self.wizard.contract)

    def _add_guardian(self) -> None:
        c = self.wizard.contract
        if c is None:
            return
        self.store(c)
        missing = [m for m in wt.minors(c, self.wizard.today) if m.side == "buyers" and not m.has_guardian]
        if missing:
            wt.add_guardian(c, "buyers", missing[0].index)
            self.load(c)

    def load(self, contract: dc.Contract) -> None:
        self._loading = True
        self.ownership.setCurrentIndex(self.ownership.findData(contract.buyer_ownership.value))
        self.table.setRowCount(0)
        for b in contract.buyers:
            self.add_row(b)
        if not contract.buyers:
            self.add_row()
        self.guardians.setRowCount(0)
        self._guardian_targets = []
        for g in contract.guardians:
            if g.represents is not PartyRole.BUYER or g.guardian_of is None:
                continue
            row = self.guardians.rowCount()
            self.guardians.insertRow(row)
            target = contract.buyers[g.guardian_of].name if g.guardian_of < len(contract.buyers) else "?"
            first = QTableWidgetItem(translate("BuyersPage", "乙方{number}（{name}）").format(
                number=g.guardian_of + 1, name=target))
            self.guardians.setItem(row, 0, first)
            for col, value in enumerate((g.name, g.id_number, g.address, g.phone), start=1):
                self.guardians.setItem(row, col, QTableWidgetItem(value))
            self._guardian_targets.append(g.guardian_of)
        self._loading = False
        self._show_share_column()
        self._live()

    def entry_issues(self) -> list[Issue]:
        """A share that cannot be read is stored as empty; the domain's share parser says why."""
        out: list[Issue] = []
        if not self._by_shares():
            return out                 # a share left in the hidden column does not count
        for row in range(self.table.rowCount()):
            caption = translate("BuyersPage", "乙方{number}的份额（%）").format(number=row + 1)
            try:
                parse_share(_text(self.table, row, SHARE_COLUMN), f"buyers.{row}.share", caption)
            except RuleError as exc:
                out.append(exc.first)
        return out

    def store(self, contract: dc.Contract) -> None:
        buyers: list[dc.Party] = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 2)
            id_type = IdType(combo.currentData()) if isinstance(combo, QComboBox) else IdType.RESIDENT_ID
            # 份额 applies only to 按份共有: a share left in the hidden column must not count
            share_text = _text(self.table, row, SHARE_COLUMN) if self._by_shares() else ""
            try:
                share = parse_share(share_text)
            except RuleError:
                share = None   # the page's live check then asks for the share
            nationality = _text(self.table, row, 1) or untranslated("中国")
            party = dc.Party(role=PartyRole.BUYER, name=_text(self.table, row, 0), id_type=id_type,
                             id_number=_text(self.table, row, 3), nationality=nationality,
                             address=_text(self.table, row, 4), postal_code=_text(self.table, row, 5),
                             phone=_text(self.table, row, 6), share=share)
            if any((party.name, party.id_number, party.address, party.phone)) or row == 0:
                buyers.append(party)
        contract.buyers = buyers
        contract.buyer_ownership = Ownership(self.ownership.currentData())
        kept = [g for g in contract.guardians if g.represents is not PartyRole.BUYER]
        for row, target in enumerate(self._guardian_targets):
            kept.append(dc.Party(role=PartyRole.GUARDIAN, name=_text(self.guardians, row, 1),
                                 id_number=_text(self.guardians, row, 2), address=_text(self.guardians, row, 3),
                                 phone=_text(self.guardians, row, 4), represents=PartyRole.BUYER, guardian_of=target))
        contract.guardians = kept

    def _by_shares(self) -> bool:
        return bool(self.ownership.currentData() == Ownership.BY_SHARES.value)

    def _show_share_column(self) -> None:
        self.table.setColumnHidden(SHARE_COLUMN, not self._by_shares())

    def _live(self) -> None:
        self._show_share_column()
        c = self.wizard.contract
        if self._loading or c is None:
            return
        self.store(c)
        status = wt.share_status(c.buyer_ownership, c.buyers)
        self.share_label.set_message(status.text if status.applies else None, "ok" if status.ok else "error")
        need = [m for m in wt.minors(c, self.wizard.today) if m.side == "buyers" and not m.has_guardian]
        self.minor_label.set_message("\n".join(
            translate("BuyersPage", "乙方{number}「{name}」未满 18 周岁，请添加其法定代理人（父母）").format(
                number=m.index + 1, name=m.name) for m in need) or None)
