"""Date arithmetic the rules share, and the window a filed date must lie in."""

from __future__ import annotations

from datetime import date

from zsdesk.domain.errors import Issue
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg

# Contracts on this register start with the market in the 1990s; a date before that, or decades
# ahead (0001-01-01, 9999-12-31), is a slip of the keyboard, never a term both parties agreed on.
EARLIEST_CONTRACT_DATE = date(1990, 1, 1)
CONTRACT_YEARS_AHEAD = 10
EARLIEST_ESTABLISHED = date(1949, 10, 1)   # no enterprise on a licence predates the PRC's registers


def add_years(day: date, years: int) -> date:
    """Same calendar day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def latest_date(today: date, years: int) -> date:
    """``today`` + ``years``, or the last representable day when that overflows."""
    try:
        return add_years(today, years)
    except (ValueError, OverflowError):
        return date.max


def validate_date_window(value: date | None, field: str, label: str, earliest: date, latest: date) -> list[Issue]:
    """One issue when ``value`` lies outside [earliest, latest]; a missing date is not this rule's business."""
    if value is None:
        return []
    if value < earliest:
        return [Issue(field, "DATE_TOO_EARLY", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}（{date}）不能早于 {earliest}，请核对"),
            label=label, date=value.isoformat(), earliest=earliest.isoformat()))]
    if value > latest:
        return [Issue(field, "DATE_TOO_LATE", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}（{date}）不能晚于 {latest}，请核对"),
            label=label, date=value.isoformat(), latest=latest.isoformat()))]
    return []


def contract_date_window(today: date) -> tuple[date, date]:
    """The days a contract term's date may be (what a calendar of such a field offers)."""
    return EARLIEST_CONTRACT_DATE, latest_date(today, CONTRACT_YEARS_AHEAD)


def validate_contract_date(value: date | None, field: str, label: str, today: date) -> list[Issue]:
    """A date of a contract term (定金、首付款、余款支付日期, 交房日期, …) relative to the registry's today."""
    return validate_date_window(value, field, label, *contract_date_window(today))
