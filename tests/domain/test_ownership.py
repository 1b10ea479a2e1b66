from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from zsdesk.domain.contract import Party
from zsdesk.domain.enums import Ownership, PartyRole
from zsdesk.domain.ownership import share_sum, validate_ownership


def buyers(*shares: str | None) -> list[Party]:
    return [Party(PartyRole.BUYER, f"买受人{i}", share=None if s is None else Decimal(s))
            for i, s in enumerate(shares)]


def codes(ownership: Ownership, parties: list[Party]) -> list[str]:
    return [i.code for i in validate_ownership(ownership, parties)]


def test_by_shares_40_35_25_accepted() -> None:
    assert validate_ownership(Ownership.BY_SHARES, buyers("40", "35", "25")) == []


def test_by_shares_40_35_24_refused_with_current_sum() -> None:
    issues = validate_ownership(Ownership.BY_SHARES, buyers("40", "35", "24"))
    assert [i.code for i in issues] == ["OWNERSHIP_SHARE_SUM"]
    assert issues[0].message == "各共有人份额合计为 99%，应为 100%"


def test_decimal_shares_exact() -> None:
    assert validate_ownership(Ownership.BY_SHARES, buyers("33.33", "33.33", "33.34")) == []
    issues = validate_ownership(Ownership.BY_SHARES, buyers("33.33", "33.33", "33.33"))
    assert "99.99%" in issues[0].message


def test_missing_and_non_positive_shares_named_by_row() -> None:
    issues = validate_ownership(Ownership.BY_SHARES, buyers("100", None, "0"))
    assert [(i.field, i.code) for i in issues] == [
        ("buyers.1.share", "REQUIRED"), ("buyers.2.share", "OWNERSHIP_SHARE_POSITIVE")]


def test_sole_needs_exactly_one_buyer() -> None:
    assert codes(Ownership.SOLE, buyers(None)) == []
    assert codes(Ownership.SOLE, buyers(None, None)) == ["OWNERSHIP_SOLE_COUNT"]
    assert codes(Ownership.SOLE, []) == ["OWNERSHIP_SOLE_COUNT"]


def test_joint_needs_two_and_no_shares() -> None:
    assert codes(Ownership.JOINT, buyers(None, None)) == []
    assert codes(Ownership.JOINT, buyers(None)) == ["OWNERSHIP_CO_COUNT"]
    issues = validate_ownership(Ownership.JOINT, buyers(None, "50"))
    assert [(i.field, i.code) for i in issues] == [("buyers.1.share", "OWNERSHIP_SHARE_NOT_ALLOWED")]


def test_by_shares_needs_two() -> None:
    assert codes(Ownership.BY_SHARES, buyers("100")) == ["OWNERSHIP_CO_COUNT"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 9999), min_size=2, max_size=6))
def test_shares_summing_to_100_accepted_others_refused(weights: list[int]) -> None:
    # Turn weights into shares with 2 decimals; put the remainder on the last row.
    total = sum(weights)
    shares = [(Decimal(w) * 100 / total).quantize(Decimal("0.01")) for w in weights[:-1]]
    last = Decimal(100) - sum(shares, Decimal(0))
    parties = buyers(*(str(s) for s in [*shares, last]))
    if all(p.share is not None and p.share > 0 for p in parties):
        assert validate_ownership(Ownership.BY_SHARES, parties) == []
    parties[0].share = (parties[0].share or Decimal(0)) + Decimal("0.01")
    assert share_sum(parties) == Decimal("100.01")
    assert "OWNERSHIP_SHARE_SUM" in codes(Ownership.BY_SHARES, parties)
