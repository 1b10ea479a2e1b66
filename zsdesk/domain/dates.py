"""Date arithmetic the rules share."""

from __future__ import annotations

from datetime import date


def add_years(day: date, years: int) -> date:
    """Same calendar day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
