"""China time: one helper for every shown time, the same whatever the PC's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from zsdesk.domain.china_time import CHINA_TZ, china_midnight, china_today, format_china_time, to_china


def test_naive_times_are_utc_and_aware_ones_keep_their_instant() -> None:
    assert format_china_time(datetime(2024, 1, 31, 16, 30)) == "2024-02-01 00:30"          # naive: stored UTC
    assert format_china_time(datetime(2024, 1, 31, 16, 30, tzinfo=UTC)) == "2024-02-01 00:30"
    new_york = timezone(timedelta(hours=-5))
    assert format_china_time(datetime(2024, 12, 31, 12, 0, tzinfo=new_york)) == "2025-01-01 01:00"
    assert format_china_time(datetime(2024, 6, 1, 9, 5, tzinfo=CHINA_TZ), "%m-%d %H:%M") == "06-01 09:05"
    assert format_china_time(None) == ""
    assert to_china(datetime(2024, 6, 1, tzinfo=UTC)).utcoffset() == timedelta(hours=8)


def test_china_day_boundaries() -> None:
    assert china_today(datetime(2024, 1, 31, 15, 59, tzinfo=UTC)) == date(2024, 1, 31)
    assert china_today(datetime(2024, 1, 31, 16, 0, tzinfo=UTC)) == date(2024, 2, 1)
    assert china_midnight(date(2024, 2, 1)) == datetime(2024, 1, 31, 16, 0, tzinfo=UTC)
