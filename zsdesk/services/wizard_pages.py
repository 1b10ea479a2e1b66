"""The eight pages of the 存量房买卖合同 wizard: their order, titles, which contract fields each
page owns, and the required-field cues (the registry's blue boxes) a page shows.

Navigation rule (the issue: "Next is allowed with warnings, Submit only with none"): leaving a page
never needs it to be complete — parties often bring the last details later, and the draft lives for
24 hours — so findings on a page are shown, not enforced, and the confirm page lists them all.
The one hard gate is the first page: without a verified, sellable property there is nothing to
fill in, so Next stays blocked until the verification succeeded. Submit needs zero errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from zsdesk.domain.contract import Contract
from zsdesk.domain.enums import DisputeResolution, Ownership, PartyRole
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.domain.validation import CONDITIONAL_FIELDS, LOAN_METHODS, REQUIRED_FIELDS


class PageId(StrEnum):
    VERIFY = "verify"
    PROPERTY_SELLERS = "property_sellers"
    BUYERS = "buyers"
    PRICE = "price"
    ESCROW = "escrow"
    HANDOVER_OTHER = "handover_other"
    APPLICANT_CONSENT = "applicant_consent"
    CONFIRM = "confirm"

    @property
    def label(self) -> str:
        return _TITLES[self]

    @property
    def number(self) -> int:
        """1-based position, as the step list shows it."""
        return PAGES.index(self) + 1


PAGES: tuple[PageId, ...] = tuple(PageId)

_TITLES = {
    PageId.VERIFY: QT_TRANSLATE_NOOP("labels", "房源验证"),
    PageId.PROPERTY_SELLERS: QT_TRANSLATE_NOOP("labels", "房屋与出卖人"),
    PageId.BUYERS: QT_TRANSLATE_NOOP("labels", "买受人"),
    PageId.PRICE: QT_TRANSLATE_NOOP("labels", "价款与付款"),
    PageId.ESCROW: QT_TRANSLATE_NOOP("labels", "资金监管"),
    PageId.HANDOVER_OTHER: QT_TRANSLATE_NOOP("labels", "交付与其他"),
    PageId.APPLICANT_CONSENT: QT_TRANSLATE_NOOP("labels", "申请人、好差评与注意事项"),
    PageId.CONFIRM: QT_TRANSLATE_NOOP("labels", "确认提交"),
}

# First segment of a field path → page (guardians and consents are decided per row, see page_of).
_BY_ROOT = {
    "property": PageId.VERIFY,
    "sellers": PageId.PROPERTY_SELLERS,
    "buyers": PageId.BUYERS,
    "buyer_ownership": PageId.BUYERS,
    "payment": PageId.PRICE,
    "escrow": PageId.ESCROW,
    "handover": PageId.HANDOVER_OTHER,
    "other": PageId.HANDOVER_OTHER,
    "applicant": PageId.APPLICANT_CONSENT,
    "evaluation": PageId.APPLICANT_CONSENT,
    "notices_read": PageId.APPLICANT_CONSENT,
    "consents": PageId.APPLICANT_CONSENT,
}

def page_of(field: str, contract: Contract | None = None) -> PageId:
    """The page where the agent fixes ``field`` (a dotted path such as ``buyers.1.share``)."""
    parts = field.split(".")
    if parts[-1] == "consent":
        return PageId.APPLICANT_CONSENT
    if parts[0] == "guardians":
        # A guardian row sits beside the minor it acts for.
        if contract is not None and len(parts) > 1 and parts[1].isdigit():
            i = int(parts[1])
            if i < len(contract.guardians) and contract.guardians[i].represents is PartyRole.SELLER:
                return PageId.PROPERTY_SELLERS
        return PageId.BUYERS
    return _BY_ROOT.get(parts[0], PageId.CONFIRM)


def _expand(pattern: str, contract: Contract) -> set[str]:
    if "*" not in pattern:
        return {pattern}
    root, _, rest = pattern.partition(".*.")
    rows = getattr(contract, root)
    return {f"{root}.{i}.{rest}" for i in range(len(rows))}


def _conditions(contract: Contract) -> dict[str, bool]:
    """Which CONDITIONAL_FIELDS' conditions hold now (keyed by the condition text)."""
    return {
        "共有性质为按份共有": contract.buyer_ownership is Ownership.BY_SHARES,
        "甲方或乙方有未成年人": bool(contract.guardians),
        "选择资金监管": contract.escrow.enabled,
        "付款方式为贷款": contract.payment.method in LOAN_METHODS,
        "争议解决方式为仲裁": contract.other.dispute is DisputeResolution.ARBITRATION,
    }


def required_paths(contract: Contract) -> frozenset[str]:
    """Concrete paths (rows expanded) that carry the required cue right now."""
    holds = _conditions(contract)
    out: set[str] = set()
    for pattern in REQUIRED_FIELDS:
        out |= _expand(pattern, contract)
    for pattern, condition in CONDITIONAL_FIELDS.items():
        if holds.get(condition, False):
            out |= _expand(pattern, contract)
    return frozenset(out)


def required_on(page: PageId, contract: Contract) -> frozenset[str]:
    return frozenset(p for p in required_paths(contract) if page_of(p, contract) is page)


@dataclass(frozen=True, slots=True)
class PageInfo:
    id: PageId
    title: str
    number: int


def page_infos() -> list[PageInfo]:
    return [PageInfo(p, p.label, p.number) for p in PAGES]
