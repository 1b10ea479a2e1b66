"""Accounts: unified-identity registration and login, binding to a net-sign account, tokens."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from zsdesk.domain.enums import IdType
from zsdesk.registry.schemas.common import Role, WireModel

__all__ = [
    "AccountInfo",
    "AgencyCreate",
    "AgencyOut",
    "BindRequest",
    "LoginRequest",
    "PasswordChange",
    "TokenOut",
    "UnifiedAccountOut",
    "UnifiedRegistration",
]


class UnifiedRegistration(WireModel):
    """统一身份认证平台 法人账号注册 (账号信息 + 法人信息)."""

    login: str = Field(min_length=3, max_length=64, pattern=r"^[A-Za-z0-9_.@-]+$", description="法人登录账号")
    password: str = Field(min_length=8, max_length=128, description="登录密码（至少 8 位）")
    company_name: str = Field(min_length=1, max_length=200, description="单位/企业名称")
    uscc: str = Field(min_length=1, max_length=40, description="单位/企业证件号码（统一社会信用代码）")
    address: str = Field(min_length=1, max_length=300, description="证件地址")
    legal_rep_name: str = Field(min_length=1, max_length=100, description="法定代表人姓名")
    legal_rep_id_type: IdType = Field(default=IdType.RESIDENT_ID, description="法定代表人证件类型")
    legal_rep_id_number: str = Field(min_length=1, max_length=40, description="法定代表人证件号码")


class UnifiedAccountOut(BaseModel):
    id: int
    login: str
    company_name: str
    uscc: str
    bound: bool
    created_at: datetime


class LoginRequest(WireModel):
    login: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=128)


class BindRequest(WireModel):
    """关联本地用户: the net-sign account name (agency: full registered name) and its password."""

    netsign_login: str = Field(min_length=1, max_length=200)
    netsign_password: str = Field(min_length=1, max_length=128)


class PasswordChange(WireModel):
    """Change the password of the bound net-sign account (agency initial password 123456)."""

    old_password: str = Field(min_length=1, max_length=128)
    new_password: str = Field(min_length=8, max_length=128)


class AccountInfo(BaseModel):
    role: Role
    unified_login: str | None = None
    company_name: str | None = None
    netsign_login: str | None = None
    agency_id: int | None = None
    agency_name: str | None = None
    agency_uscc: str | None = None
    staff_id: int | None = None
    staff_name: str | None = None


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    role: Role
    account: AccountInfo


class AgencyCreate(WireModel):
    """Center: open an agency net-sign account (login = name, initial password 123456)."""

    name: str = Field(min_length=1, max_length=200, description="机构全称，与营业执照一致")
    uscc: str = Field(min_length=1, max_length=40)


class AgencyOut(BaseModel):
    id: int
    name: str
    uscc: str
    netsign_login: str
    created_at: datetime
