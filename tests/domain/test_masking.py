from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zsdesk.domain.masking import mask_bank_account, mask_id, mask_phone, mask_text


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("11010519491231002X", "110105********002X"),
        ("110105491231002", "110105*****1002"),
        ("H12345678", "H1*****78"),
        ("12", "*2"),
        ("", ""),
    ],
)
def test_mask_id(value: str, masked: str) -> None:
    assert mask_id(value) == masked


def test_mask_phone_and_bank_account() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("138 1234 5678") == "138****5678"
    assert mask_bank_account("6222 0202 0011 2233 445") == "***************3445"


@given(st.text(alphabet="0123456789X", min_size=1, max_size=30))
@settings(max_examples=200)
def test_short_values_are_never_shown_whole(value: str) -> None:
    for masker in (mask_id, mask_phone, mask_bank_account):
        masked = masker(value)
        assert len(masked) == len(value)
        assert "*" in masked
        assert sum(a == b for a, b in zip(masked, value, strict=True)) <= max(len(value) - 1, 10)


def test_mask_text_finds_ids_and_mobiles() -> None:
    text = "甲方11010519491231002X，旧证110105491231002，电话13812345678，合同号ZS2026000001，卡6222020200112233445"
    masked = mask_text(text)
    assert "11010519491231002X" not in masked and "110105********002X" in masked
    assert "110105491231002" not in masked
    assert "138****5678" in masked
    # contract numbers and 19-digit bank accounts are not IDs
    assert "ZS2026000001" in masked and "6222020200112233445" in masked
