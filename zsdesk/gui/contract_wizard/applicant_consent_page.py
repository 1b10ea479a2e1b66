"""Page 7 — 申请人、好差评与注意事项: applicant, service evaluation, the notices read out, each party's consent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zsdesk.domain.china_time import format_china_time
from zsdesk.domain.contract import Applicant, Contract
from zsdesk.domain.enums import IdType, PartyRole, ServiceRating
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.gui.contract_wizard.base import WizardPage
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.pages.common import set_role
from zsdesk.gui.widgets.field_feedback import Findings
from zsdesk.services.contract_wizard import ContractWizard
from zsdesk.services.wizard_pages import PageId

NOTICES = (
    QT_TRANSLATE_NOOP("ApplicantConsentPage",
                      "1. 房地产经纪机构未经买卖双方一致同意擅自办理网签备案、变更买卖合同属违规行为。"),
    QT_TRANSLATE_NOOP("ApplicantConsentPage",
                      "2. 合同提交后状态为「已签约」即完成网签备案；买卖双方姓名、证件号码、房屋信息提交后不能修改，"
                      "填错须注销网签备案后重新签订。"),
    QT_TRANSLATE_NOOP("ApplicantConsentPage", "3. 创建后 24 小时内未提交的合同将被登记中心自动删除。"),
    QT_TRANSLATE_NOOP("ApplicantConsentPage", "4. 建议买卖双方选择交易资金监管，保障资金安全。"),
)


class ApplicantConsentPage(WizardPage):
    page_id = PageId.APPLICANT_CONSENT

    def __init__(self, wizard: ContractWizard, on_consent: Callable[[PartyRole, int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(wizard, parent)
        self.on_consent = on_consent
        self._shown_consents: list[tuple[PartyRole, int, str, bool]] = []
        form = self.form()
        self.name, self.phone, self.id_number = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setObjectName("applicantName")
        form.addRow(translate("ApplicantConsentPage", "申请人姓名"), self.name)
        form.addRow(translate("ApplicantConsentPage", "申请人电话"), self.phone)
        form.addRow(translate("ApplicantConsentPage", "申请人身份证号码"), self.id_number)
        self.rating = QComboBox()
        self.rating.setObjectName("rating")
        self.rating.addItem(translate("ApplicantConsentPage", "（请选择）"), "")
        for r in ServiceRating:
            self.rating.addItem(label(r.label), r.value)
        form.addRow(translate("ApplicantConsentPage", "好差评"), self.rating)
        self.comment = QLineEdit()
        form.addRow(translate("ApplicantConsentPage", "评价意见"), self.comment)
        box = QGroupBox(translate("ApplicantConsentPage", "注意事项（请向买卖双方宣读）"))
        bl = QVBoxLayout(box)
        text = QLabel("\n".join(translate("ApplicantConsentPage", n) for n in NOTICES))
        text.setWordWrap(True)
        bl.addWidget(text)
        self.notices = QCheckBox(translate("ApplicantConsentPage", "已向买卖双方告知以上注意事项"))
        self.notices.setObjectName("noticesRead")
        bl.addWidget(self.notices)
        self.outer.addWidget(box)
        consent_box = QGroupBox(translate("ApplicantConsentPage", "买卖双方同意网签备案（逐一当面确认后记录）"))
        cl = QVBoxLayout(consent_box)
        self.consents = QTableWidget(0, 4)
        self.consents.setObjectName("consentTable")
        self.consents.setHorizontalHeaderLabels([
            translate("ApplicantConsentPage", "当事人"), translate("ApplicantConsentPage", "姓名"),
            translate("ApplicantConsentPage", "确认情况"), translate("ApplicantConsentPage", "操作")])
        self.consents.setMinimumHeight(110)
        cl.addWidget(self.consents)
        self.stale = QLabel(translate("ApplicantConsentPage", "记录同意后合同内容有修改，请重新确认。"))
        set_role(self.stale, "error")
        cl.addWidget(self.stale)
        self.outer.addWidget(consent_box)
        self.fields = {"applicant.name": self.name, "applicant.phone": self.phone,
                       "applicant.id_number": self.id_number, "evaluation.rating": self.rating,
                       "notices_read": self.notices}
        self.finish_layout()

    def load(self, contract: Contract) -> None:
        a = contract.applicant
        self.name.setText(a.name)
        self.phone.setText(a.phone)
        self.id_number.setText(a.id_number)
        ev = contract.evaluation
        self.rating.setCurrentIndex(max(0, self.rating.findData(ev.rating.value if ev.rating else "")))
        self.comment.setText(ev.comment)
        self.notices.setChecked(contract.notices_read)
        self.refresh_consents()

    def findings(self) -> Findings:
        found = super().findings()
        # An edit after a consent clears it (the core, while judging): show that at once, but rebuild
        # the table only then — its buttons must not be replaced under the mouse on every keystroke.
        if self._consent_rows() != self._shown_consents:
            self.refresh_consents()
        return found

    def _consent_rows(self) -> list[tuple[PartyRole, int, str, bool]]:
        rows = self.wizard.parties_for_consent() if self.wizard.contract is not None else []
        return [(role, index, name, given is not None) for role, index, name, given in rows]

    def refresh_consents(self) -> None:
        rows = self.wizard.parties_for_consent() if self.wizard.contract is not None else []
        self._shown_consents = [(role, index, name, given is not None) for role, index, name, given in rows]
        self.consents.setRowCount(len(rows))
        for r, (role, index, name, given) in enumerate(rows):
            side = (translate("ApplicantConsentPage", "甲方{number}") if role is PartyRole.SELLER
                    else translate("ApplicantConsentPage", "乙方{number}"))
            self.consents.setItem(r, 0, QTableWidgetItem(side.format(number=index + 1)))
            self.consents.setItem(r, 1, QTableWidgetItem(name))
            when = (translate("ApplicantConsentPage", "已同意（{method}，{time}，记录人 {recorder}）").format(
                method=label(given.method), time=format_china_time(given.confirmed_at), recorder=given.recorded_by)
                if given is not None else translate("ApplicantConsentPage", "尚未确认"))
            self.consents.setItem(r, 2, QTableWidgetItem(when))
            button = QPushButton(translate("ApplicantConsentPage", "记录同意") if given is None
                                 else translate("ApplicantConsentPage", "重新确认"))
            button.clicked.connect(lambda _c=False, ro=role, i=index: self.on_consent(ro, i))
            self.consents.setCellWidget(r, 3, button)
        self.stale.setVisible(self.wizard.consents_cleared)

    def store(self, contract: Contract) -> None:
        contract.applicant = Applicant(name=self.name.text().strip(), phone=self.phone.text().strip(),
                                       id_type=IdType.RESIDENT_ID, id_number=self.id_number.text().strip())
        data = self.rating.currentData()
        contract.evaluation.rating = ServiceRating(data) if data else None
        contract.evaluation.comment = self.comment.text().strip()
        contract.notices_read = self.notices.isChecked()
