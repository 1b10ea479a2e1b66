"""Enterprise record (中介服务机构信息核查): draft, submit with a comment, center review."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from zsdesk.domain.enums import ReviewStatus
from zsdesk.registry.schemas.common import TextWireModel, WireModel

__all__ = ["EnterpriseFields", "EnterpriseOut", "EnterpriseSubmit", "ReviewDecision"]


class EnterpriseFields(TextWireModel):
    """The form's fields, as on the business licence (营业执照). Drafts may leave any empty;
    submitting checks that the required ones (the web form's blue boxes) are there."""

    name: str | None = Field(default=None, max_length=200, description="企业名称（营业执照全称）")
    uscc: str | None = Field(default=None, max_length=40, description="统一社会信用代码")
    legal_rep_name: str | None = Field(default=None, max_length=100, description="法定代表人")
    legal_rep_id_number: str | None = Field(default=None, max_length=40, description="法定代表人身份证号")
    address: str | None = Field(default=None, max_length=300, description="住所")
    business_address: str | None = Field(default=None, max_length=300, description="经营场所")
    registered_capital: str | None = Field(default=None, max_length=50, description="注册资本")
    established_on: date | None = Field(default=None, description="成立日期")
    business_term_start: date | None = Field(default=None, description="营业期限（起）")
    business_term_end: date | None = Field(default=None, description="营业期限（至），不能超过今天起 2 年")
    business_scope: str | None = Field(default=None, max_length=2000, description="经营范围")
    filing_cert_no: str | None = Field(default=None, max_length=100, description="经纪机构备案证明编号")
    qualification_cert_no: str | None = Field(default=None, max_length=100, description="资质证书编号（无则留空）")
    qualification_valid_until: date | None = Field(
        default=None, description="资质有效期，不能超过今天起 2 年；无资质证书时可填与营业期限一致")
    contact_name: str | None = Field(default=None, max_length=100, description="联系人")
    contact_phone: str | None = Field(default=None, max_length=32, description="联系电话")


class EnterpriseOut(BaseModel):
    id: int
    agency_id: int
    status: ReviewStatus
    version: int
    fields: EnterpriseFields
    submit_comment: str | None = None
    review_reason: str | None = None
    submitted_at: datetime | None = None
    reviewed_at: datetime | None = None
    updated_at: datetime


class EnterpriseSubmit(TextWireModel):
    comment: str = Field(max_length=1000, description="提交意见（必填）")


class ReviewDecision(WireModel):
    """Center's decision; a rejection needs a reason the agency can act on."""

    reason: str | None = Field(default=None, max_length=1000)
