"""Closed vocabularies of the domain. Values are stable wire/storage codes (English);
`label` gives the Chinese text shown to users."""

from __future__ import annotations

from enum import StrEnum


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
    IdType.RESIDENT_ID: "居民身份证",
    IdType.HK_MACAO_PERMIT: "港澳居民来往内地通行证",
    IdType.TAIWAN_PERMIT: "台湾居民来往大陆通行证",
    IdType.HMT_RESIDENCE: "港澳台居民居住证",
    IdType.PASSPORT: "护照",
    IdType.USCC: "统一社会信用代码",
    Ownership.SOLE: "单独所有",
    Ownership.JOINT: "共同共有",
    Ownership.BY_SHARES: "按份共有",
    PartyRole.SELLER: "甲方（转让方）",
    PartyRole.BUYER: "乙方（受让方）",
    PartyRole.GUARDIAN: "法定代理人",
    PartyRole.AGENT: "委托代理人",
    ContractStatus.DRAFT: "草稿",
    ContractStatus.SIGNED: "已签约",
    ContractStatus.CANCELLATION_PENDING: "注销申请中",
    ContractStatus.CANCELLED: "已注销",
    ContractStatus.EXPIRED: "已过期（登记中心已删除）",
    PaymentMethod.LUMP_SUM: "一次性付款",
    PaymentMethod.COMMERCIAL_LOAN: "商业贷款",
    PaymentMethod.PROVIDENT_FUND_LOAN: "公积金贷款",
    PaymentMethod.COMBINED_LOAN: "组合贷款",
    EscrowBank.CCB: "中国建设银行",
    EscrowBank.RCB: "中山农村商业银行",
    DisputeResolution.ARBITRATION: "提交仲裁委员会仲裁",
    DisputeResolution.LITIGATION: "依法向人民法院起诉",
    AccountKind.AGENCY: "中介机构账号",
    AccountKind.STAFF: "从业人员账号",
    MaterialKind.BUSINESS_LICENCE: "营业执照",
    MaterialKind.ID_FRONT: "身份证正面",
    MaterialKind.ID_BACK: "身份证反面",
    MaterialKind.POWER_OF_ATTORNEY: "委托书",
    MaterialKind.QUALIFICATION: "资质证书",
    MaterialKind.CONTRACT_PAGE: "合同页",
    MaterialKind.OTHER: "其他材料",
    ServiceRating.VERY_GOOD: "非常满意",
    ServiceRating.GOOD: "满意",
    ServiceRating.FAIR: "基本满意",
    ServiceRating.POOR: "不满意",
    ServiceRating.VERY_POOR: "非常不满意",
}

_REVIEW_LABELS: dict[ReviewStatus, str] = {
    ReviewStatus.DRAFT: "未提交",
    ReviewStatus.SUBMITTED: "待审核",
    ReviewStatus.APPROVED: "审核通过",
    ReviewStatus.REJECTED: "审核不通过",
}
