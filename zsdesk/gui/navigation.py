"""Left navigation by role, as in the registry's web system. Items a role may not use are
absent (not greyed): an agency account never sees contract-signing pages."""

from __future__ import annotations

from dataclasses import dataclass

from zsdesk.domain.enums import AccountKind


@dataclass(frozen=True, slots=True)
class NavItem:
    key: str
    label: str


STAFF_NAV: tuple[NavItem, ...] = (
    NavItem("workbench", "工作台"),
    NavItem("new_contract", "存量房买卖合同"),
    NavItem("my_contracts", "我的合同"),
    NavItem("contract_changes", "合同变更"),
    NavItem("cancellations", "注销申请"),
)

AGENCY_NAV: tuple[NavItem, ...] = (
    NavItem("workbench", "工作台"),
    NavItem("enterprise", "企业信息核查"),
    NavItem("staff", "人员管理"),
    NavItem("approved_staff", "已审核从业人员查询"),
    NavItem("agency_contracts", "本机构合同"),
)


def nav_for(kind: AccountKind) -> tuple[NavItem, ...]:
    return AGENCY_NAV if kind is AccountKind.AGENCY else STAFF_NAV
