"""工作台: who is signed in, where, and what to do next."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from zsdesk.domain.enums import AccountKind
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.pages.common import page_title, set_role
from zsdesk.services.app_context import AppContext

AGENCY_STEPS = QT_TRANSLATE_NOOP(
    "WorkbenchPage",
    "1. 企业信息核查：按营业执照填写企业信息，上传营业执照图片，填写提交意见后提交审核。\n"
    "2. 审核通过后，在「人员管理」添加从业人员，上传身份证图片并提交审核。\n"
    "3. 在「已审核从业人员查询」查看从业人员的网签登录账号；不再委托的人员可随时注销。\n"
    "4. 在「本机构合同」查看本机构签订的全部合同。机构账号不能签订合同。",
)
STAFF_STEPS = QT_TRANSLATE_NOOP(
    "WorkbenchPage",
    "1. 「存量房买卖合同」：房源验证 → 录入合同 → 资金监管、申请人信息 → 双方同意后提交备案。\n"
    "2. 「我的合同」：查找、查看和打印本人办理的合同（Ctrl+F 查找，Ctrl+P 打印）。\n"
    "3. 「合同变更」：已备案合同的非关键信息变更，只能由创建合同的从业人员办理。\n"
    "4. 「注销申请」：打印注销申请材料清单，买卖双方本人到交易中心办理。",
)


class WorkbenchPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        account = ctx.account
        assert account is not None
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(translate("WorkbenchPage", "工作台")))
        box = QGroupBox(translate("WorkbenchPage", "当前账号"))
        form = QFormLayout(box)
        form.addRow(translate("WorkbenchPage", "统一身份认证账号"), QLabel(account.uid_account))
        form.addRow(translate("WorkbenchPage", "网签账号"), QLabel(account.username))
        form.addRow(translate("WorkbenchPage", "账号类型"), QLabel(label(account.kind_label)))
        form.addRow(translate("WorkbenchPage", "所属机构"), QLabel(account.agency_name))
        where = QLabel(translate("WorkbenchPage", "本机练习环境（数据不具法律效力）") if ctx.training
                       else ctx.registry_url)
        form.addRow(translate("WorkbenchPage", "登记中心"), where)
        layout.addWidget(box)
        steps = QGroupBox(translate("WorkbenchPage", "办理流程"))
        sl = QVBoxLayout(steps)
        text = QLabel(translate("WorkbenchPage", AGENCY_STEPS if account.kind is AccountKind.AGENCY else STAFF_STEPS))
        text.setWordWrap(True)
        sl.addWidget(text)
        layout.addWidget(steps)
        note = QLabel(translate("WorkbenchPage", "注意：未经买卖双方一致同意擅自办理网签备案或变更合同属违规行为。"))
        set_role(note, "error")
        layout.addWidget(note)
        layout.addStretch(1)
