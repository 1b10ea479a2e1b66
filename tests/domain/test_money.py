from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zsdesk.domain.errors import RuleError
from zsdesk.domain.money import format_money, parse_money, to_rmb_uppercase

UPPERCASE_TABLE = [
    ("1234500.60", "壹佰贰拾叁万肆仟伍佰元陆角整"),
    ("100005", "壹拾万零伍元整"),
    ("10010000", "壹仟零壹万元整"),
    ("0.05", "伍分"),
    ("0", "零元整"),
    ("0.60", "陆角整"),
    ("0.65", "陆角伍分"),
    ("1", "壹元整"),
    ("10", "壹拾元整"),
    ("15", "壹拾伍元整"),
    ("20", "贰拾元整"),
    ("101", "壹佰零壹元整"),
    ("110", "壹佰壹拾元整"),
    ("1001", "壹仟零壹元整"),
    ("1.05", "壹元零伍分"),
    ("1230.45", "壹仟贰佰叁拾元肆角伍分"),
    ("10000", "壹万元整"),
    ("10001", "壹万零壹元整"),
    ("100100", "壹拾万零壹佰元整"),
    ("1000000", "壹佰万元整"),
    ("1001000.01", "壹佰万零壹仟元零壹分"),
    ("3800000", "叁佰捌拾万元整"),
    ("100000000", "壹亿元整"),
    ("100010000", "壹亿零壹万元整"),
    ("1000010000", "壹拾亿零壹万元整"),
    ("10000000000", "壹佰亿元整"),
    ("1000000000000", "壹万亿元整"),
    ("1000100000000", "壹万亿零壹亿元整"),
    ("9999999999999999.99",
     "玖仟玖佰玖拾玖万亿玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
]


@pytest.mark.parametrize(("amount", "expected"), UPPERCASE_TABLE)
def test_rmb_uppercase_table(amount: str, expected: str) -> None:
    assert to_rmb_uppercase(Decimal(amount)) == expected


@pytest.mark.parametrize("bad", ["-1", "0.001", "10000000000000000"])
def test_rmb_uppercase_refuses(bad: str) -> None:
    with pytest.raises(ValueError):
        to_rmb_uppercase(Decimal(bad))


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**16 - 1))
def test_uppercase_shape(cents: int) -> None:
    text = to_rmb_uppercase(Decimal(cents) / 100)
    assert "零零" not in text
    assert not text.startswith("零") or text == "零元整"
    assert text.endswith("整") == (cents % 10 == 0)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234,500.60", Decimal("1234500.60")),
        ("１２３", Decimal("123.00")),
        ("1234500.6", Decimal("1234500.60")),
        (" 3 800 000 ", Decimal("3800000.00")),
        ("¥1,000元", Decimal("1000.00")),
        ("１，０００．５", Decimal("1000.50")),
        ("0", Decimal("0.00")),
    ],
)
def test_parse_money(text: str, value: Decimal) -> None:
    assert parse_money(text, "payment.total_price") == value


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "REQUIRED"),
        ("-5", "MONEY_NEGATIVE"),
        ("1.234", "MONEY_PRECISION"),
        ("12,34", "MONEY_FORMAT"),
        ("abc", "MONEY_FORMAT"),
        ("1e5", "MONEY_FORMAT"),
        ("NaN", "MONEY_FORMAT"),
        ("99999999999999999", "MONEY_TOO_LARGE"),
    ],
)
def test_parse_money_refuses(text: str, code: str) -> None:
    with pytest.raises(RuleError) as info:
        parse_money(text, "payment.total_price")
    assert info.value.code == code and info.value.field == "payment.total_price"


def test_format_money() -> None:
    assert format_money(Decimal("1234500.6")) == "1,234,500.60"
    assert format_money(Decimal("0")) == "0.00"


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**15))
def test_format_parse_roundtrip(cents: int) -> None:
    amount = Decimal(cents) / 100
    assert parse_money(format_money(amount), "x") == amount
