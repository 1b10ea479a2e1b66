"""Staff (从业人员): application, review, approved list with login accounts, deactivation."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from zsdesk.domain.enums import IdType, ReviewStatus
from zsdesk.registry.schemas.common import TextWireModel

__all__ = ["ApprovedStaff", "StaffFields", "StaffListFilter", "StaffOut", "StaffSubmit"]


class StaffFields(TextWireModel):
    name: str = Field(min_length=1, max_length=100, description="姓名")
    id_type: IdType = Field(default=IdType.RESIDENT_ID, description="证件类型")
    id_number: str = Field(min_length=1, max_length=40, description="证件号码")
    phone: str = Field(min_length=1, max_length=32, description="手机号码（审核通过后密码以短信发送）")
    gender: str | None = Field(default=None, max_length=8, description="性别")
    position: str | None = Field(default=None, max_length=50, description="岗位")
    practice_cert_no: str | None = Field(default=None, max_length=100, description="从业资格/登记证书编号")


class StaffOut(BaseModel):
    id: int
    agency_id: int
    status: ReviewStatus
    active: bool = Field(description="审核通过且未注销")
    deactivated_at: datetime | None = None
    version: int
    fields: StaffFields
    login: str | None = Field(default=None, description="网签登录账号（审核通过后）")
    submit_comment: str | None = None
    review_reason: str | None = None
    submitted_at: datetime | None = None
    reviewed_at: datetime | None = None
    created_at: datetime
    updated_at: datetime


class StaffSubmit(TextWireModel):
    comment: str | None = Field(default=None, max_length=1000, description="提交意见")


class StaffListFilter(StrEnum):
    PENDING = "pending"  # submitted, awaiting review
    APPROVED = "approved"
    REJECTED = "rejected"
    DRAFT = "draft"
    DEACTIVATED = "deactivated"
    ALL = "all"


class ApprovedStaff(BaseModel):
    """已审核从业人员查询: approved staff with their net-sign login accounts."""

    id: int
    name: str
    id_type: IdType
    id_number: str
    phone: str
    login: str
    active: bool
    approved_at: datetime | None = None
    deactivated_at: datetime | None = None
