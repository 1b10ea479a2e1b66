"""Closed vocabularies of the domain. Values are stable wire/storage codes (English);
`label` gives the Chinese text shown to users (marked for translation: the GUI shows it
through `zsdesk.gui.i18n.label`; documents and the registry keep the Chinese)."""

from __future__ import annotations

from enum import StrEnum

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS[self]


class IdType(_Labelled):
    RESIDENT_ID = "resident_id"            # 居民身份证（18 位；一代 15 位）
    HK_MACAO_PERMIT = "hk_macao_permit"    # 港澳居民来往内地通行证
    TAIWAN_PERMIT = "taiwan_permit"        # 台湾居民来往大陆通行证
    HMT_RESIDENCE = "hmt_residence"        # 港澳台居民居住证
    PASSPORT = "passport"                  # 护照
    USCC = "uscc"                          # 统一社会信用代码（单位）


class Ownership(_Labelled):
    SOLE = "sole"
    JOINT = "joint"
    BY_SHARES = "by_shares"


class PartyRole(_Labelled):
    SELLER = "seller"
    BUYER = "buyer"
    GUARDIAN = "guardian"      # 法定代理人 of a minor party
    AGENT = "agent"            # 委托代理人


class ContractStatus(_Labelled):
    DRAFT = "draft"
    SIGNED = "signed"
    CANCELLATION_PENDING = "cancellation_pending"
    CANCELLED = "cancelled"
    EXPIRED = "expired"        # draft deleted by the registry 24 h after creation


class PaymentMethod(_Labelled):
    LUMP_SUM = "lump_sum"
    COMMERCIAL_LOAN = "commercial_loan"
    PROVIDENT_FUND_LOAN = "provident_fund_loan"
    COMBINED_LOAN = "combined_loan"


class EscrowBank(_Labelled):
    CCB = "ccb"                # 建设银行，线上「龙存管」
    RCB = "rcb"                # 农村商业银行，线下支行办理


class DisputeResolution(_Labelled):
    ARBITRATION = "arbitration"
    LITIGATION = "litigation"


class ReviewStatus(_Labelled):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        # Own table: "draft" equals ContractStatus.DRAFT as a str, so one shared dict would keep only one label.
        return _REVIEW_LABELS[self]


class AccountKind(_Labelled):
    AGENCY = "agency"
    STAFF = "staff"


class MaterialKind(_Labelled):
    BUSINESS_LICENCE = "business_licence"
    ID_FRONT = "id_front"
    ID_BACK = "id_back"
    POWER_OF_ATTORNEY = "power_of_attorney"
    QUALIFICATION = "qualification"
    CONTRACT_PAGE = "contract_page"
    OTHER = "other"


class ServiceRating(_Labelled):
    VERY_GOOD = "very_good"
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"
    VERY_POOR = "very_poor"


_LABELS: dict[StrEnum, str] = {
    IdType.RESIDENT_ID: QT_TRANSLATE_NOOP("labels", "居民身份证"),
    IdType.HK_MACAO_PERMIT: QT_TRANSLATE_NOOP("labels", "港澳居民来往内地通行证"),
    IdType.TAIWAN_PERMIT: QT_TRANSLATE_NOOP("labels", "台湾居民来往大陆通行证"),
    IdType.HMT_RESIDENCE: QT_TRANSLATE_NOOP("labels", "港澳台居民居住证"),
    IdType.PASSPORT: QT_TRANSLATE_NOOP("labels", "护照"),
    IdType.USCC: QT_TRANSLATE_NOOP("labels", "统一社会信用代码"),
    Ownership.SOLE: QT_TRANSLATE_NOOP("labels", "单独所有"),
    Ownership.JOINT: QT_TRANSLATE_NOOP("labels", "共同共有"),
    Ownership.BY_SHARES: QT_TRANSLATE_NOOP("labels", "按份共有"),
    PartyRole.SELLER: QT_TRANSLATE_NOOP("labels", "甲方（转让方）"),
    PartyRole.BUYER: QT_TRANSLATE_NOOP("labels", "乙方（受让方）"),
    PartyRole.GUARDIAN: QT_TRANSLATE_NOOP("labels", "法定代理人"),
    PartyRole.AGENT: QT_TRANSLATE_NOOP("labels", "委托代理人"),
    ContractStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "草稿"),
    ContractStatus.SIGNED: QT_TRANSLATE_NOOP("labels", "已签约"),
    ContractStatus.CANCELLATION_PENDING: QT_TRANSLATE_NOOP("labels", "注销申请中"),
    ContractStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "已注销"),
    ContractStatus.EXPIRED: QT_TRANSLATE_NOOP("labels", "已过期（登记中心已删除）"),
    PaymentMethod.LUMP_SUM: QT_TRANSLATE_NOOP("labels", "一次性付款"),
    PaymentMethod.COMMERCIAL_LOAN: QT_TRANSLATE_NOOP("labels", "商业贷款"),
    PaymentMethod.PROVIDENT_FUND_LOAN: QT_TRANSLATE_NOOP("labels", "公积金贷款"),
    PaymentMethod.COMBINED_LOAN: QT_TRANSLATE_NOOP("labels", "组合贷款"),
    EscrowBank.CCB: QT_TRANSLATE_NOOP("labels", "中国建设银行"),
    EscrowBank.RCB: QT_TRANSLATE_NOOP("labels", "中山农村商业银行"),
    DisputeResolution.ARBITRATION: QT_TRANSLATE_NOOP("labels", "提交仲裁委员会仲裁"),
    DisputeResolution.LITIGATION: QT_TRANSLATE_NOOP("labels", "依法向人民法院起诉"),
    AccountKind.AGENCY: QT_TRANSLATE_NOOP("labels", "中介机构账号"),
    AccountKind.STAFF: QT_TRANSLATE_NOOP("labels", "从业人员账号"),
    MaterialKind.BUSINESS_LICENCE: QT_TRANSLATE_NOOP("labels", "营业执照"),
    MaterialKind.ID_FRONT: QT_TRANSLATE_NOOP("labels", "身份证正面"),
    MaterialKind.ID_BACK: QT_TRANSLATE_NOOP("labels", "身份证反面"),
    MaterialKind.POWER_OF_ATTORNEY: QT_TRANSLATE_NOOP("labels", "委托书"),
    MaterialKind.QUALIFICATION: QT_TRANSLATE_NOOP("labels", "资质证书"),
    MaterialKind.CONTRACT_PAGE: QT_TRANSLATE_NOOP("labels", "合同页"),
    MaterialKind.OTHER: QT_TRANSLATE_NOOP("labels", "其他材料"),
    ServiceRating.VERY_GOOD: QT_TRANSLATE_NOOP("labels", "非常满意"),
    ServiceRating.GOOD: QT_TRANSLATE_NOOP("labels", "满意"),
    ServiceRating.FAIR: QT_TRANSLATE_NOOP("labels", "基本满意"),
    ServiceRating.POOR: QT_TRANSLATE_NOOP("labels", "不满意"),
    ServiceRating.VERY_POOR: QT_TRANSLATE_NOOP("labels", "非常不满意"),
}

_REVIEW_LABELS: dict[ReviewStatus, str] = {
    ReviewStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "未提交"),
    ReviewStatus.SUBMITTED: QT_TRANSLATE_NOOP("labels", "待审核"),
    ReviewStatus.APPROVED: QT_TRANSLATE_NOOP("labels", "审核通过"),
    ReviewStatus.REJECTED: QT_TRANSLATE_NOOP("labels", "审核不通过"),
}
