"""Page 2 — 房屋与出卖人: the register's property (read-only) and the sellers (contact details editable)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from zsdesk.domain.contract import Contract
from zsdesk.gui.contract_wizard.base import WizardPage
from zsdesk.gui.i18n import label, translate
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.wizard_pages import PageId


class PropertySellersPage(WizardPage):
    page_id = PageId.PROPERTY_SELLERS

    def __init__(self, wizard: ContractWizard, parent: QWidget | None = None) -> None:
        super().__init__(wizard, parent)
        form = self.form()
        self.info: dict[str, QLabel] = {}
        for key, caption in (("address", translate("PropertySellersPage", "房屋坐落")),
                             ("unit_no", translate("PropertySellersPage", "不动产单元号")),
                             ("cert", translate("PropertySellersPage", "权属证书号")),
                             ("area", translate("PropertySellersPage", "建筑面积（m²）")),
                             ("use", translate("PropertySellersPage", "用途 / 结构")),
                             ("encumbrances", translate("PropertySellersPage", "抵押 / 查封"))):
            value = QLabel()
            value.setWordWrap(True)
            form.addRow(caption, value)
            self.info[key] = value
        self.sellers_box = QGroupBox(translate(
            "PropertySellersPage", "甲方（转让方）——姓名、证件按登记簿，不能修改；请补充住所和联系电话"))
        self.sellers_layout = QVBoxLayout(self.sellers_box)
        self.outer.addWidget(self.sellers_box)
        self.rows: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        self.finish_layout()

    def load(self, contract: Contract) -> None:
        p = contract.property
        self.info["address"].setText(p.address)
        self.info["unit_no"].setText(p.unit_no)
        self.info["cert"].setText(p.title_cert_no or p.property_cert_no)
        self.info["area"].setText(format(p.floor_area, "f"))
        self.info["use"].setText(f"{p.use} / {p.structure}")
        self.info["encumbrances"].setText(p.encumbrances or (
            translate("PropertySellersPage", "已抵押") if p.mortgaged else translate("PropertySellersPage", "无")))
        while self.sellers_layout.count():
            item = self.sellers_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        self.fields = {}
        for i, s in enumerate(contract.sellers):
            box = QGroupBox(translate("PropertySellersPage", "甲方{number}：{name}（{id_type} {id_number}）").format(
                number=i + 1, name=s.name, id_type=label(s.id_type.label), id_number=s.id_number))
            form = self.form_in(box)
            address, postal, phone = QLineEdit(s.address), QLineEdit(s.postal_code), QLineEdit(s.phone)
            form.addRow(translate("PropertySellersPage", "住所"), address)
            form.addRow(translate("PropertySellersPage", "邮政编码"), postal)
            form.addRow(translate("PropertySellersPage", "联系电话"), phone)
            self.sellers_layout.addWidget(box)
            self.rows.append((address, postal, phone))
            self.fields.update({f"sellers.{i}.address": address, f"sellers.{i}.postal_code": postal,
                                f"sellers.{i}.phone": phone})

    @staticmethod
    def form_in(box: QGroupBox):  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QFormLayout

        return QFormLayout(box)

    def store(self, contract: Contract) -> None:
        for s, (address, postal, phone) in zip(contract.sellers, self.rows, strict=False):
            s.address, s.postal_code, s.phone = address.text().strip(), postal.text().strip(), phone.text().strip()
