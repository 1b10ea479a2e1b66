"""Left navigation by role, as in the registry's web system. Items a role may not use are
absent (not greyed): an agency account never sees contract-signing pages.

Labels are marked, not translated, here (no translator exists at import time): show them with
`item.text` (= `translate("Navigation", item.label)`)."""

from __future__ import annotations

from dataclasses import dataclass

from zsdesk.domain.enums import AccountKind
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class NavItem:
    key: str
    label: str          # the Chinese source text

    @property
    def text(self) -> str:
        """The label in the UI language."""
        from zsdesk.gui.i18n import translate

        return translate("Navigation", self.label)


STAFF_NAV: tuple[NavItem, ...] = (
    NavItem("workbench", QT_TRANSLATE_NOOP("Navigation", "工作台")),
    NavItem("new_contract", QT_TRANSLATE_NOOP("Navigation", "存量房买卖合同")),
    NavItem("my_contracts", QT_TRANSLATE_NOOP("Navigation", "我的合同")),
    NavItem("contract_changes", QT_TRANSLATE_NOOP("Navigation", "合同变更")),
    NavItem("cancellations", QT_TRANSLATE_NOOP("Navigation", "注销申请")),
)

AGENCY_NAV: tuple[NavItem, ...] = (
    NavItem("workbench", QT_TRANSLATE_NOOP("Navigation", "工作台")),
    NavItem("enterprise", QT_TRANSLATE_NOOP("Navigation", "企业信息核查")),
    NavItem("staff", QT_TRANSLATE_NOOP("Navigation", "人员管理")),
    NavItem("approved_staff", QT_TRANSLATE_NOOP("Navigation", "已审核从业人员查询")),
    NavItem("agency_contracts", QT_TRANSLATE_NOOP("Navigation", "本机构合同")),
)


def nav_for(kind: AccountKind) -> tuple[NavItem, ...]:
    return AGENCY_NAV if kind is AccountKind.AGENCY else STAFF_NAV
