"""企业信息核查's three dates through the real page: typed into empty fields, calendars opening near
the related date, text that is no date kept with its message under the field and never saved."""

from __future__ import annotations

import socket
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from gui.helpers import CALENDAR_POPUP_LOG, calendar_month, text_fits, type_date
from zsdesk.domain.enterprise import MAX_YEARS_AHEAD
from zsdesk.domain.enums import AccountKind
from zsdesk.gui.pages.enterprise_page import EnterprisePage
from zsdesk.gui.widgets.date_field import DateField
from zsdesk.paths import app_paths
from zsdesk.services.app_context import Account, AppContext, cache_of
from zsdesk.services.app_settings import AppSettings
from zsdesk.services.registry_access import RegistryAccess

pytestmark = pytest.mark.qt_log_ignore(*CALENDAR_POPUP_LOG)


def _dead_url() -> str:
    """Nothing listens there: had the page tried to save, it would say the registry is unreachable."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def page(qtbot):  # type: ignore[no-untyped-def]
    url = _dead_url()
    ctx = AppContext(app_paths(), AppSettings(registry_url=url))
    ctx.client = RegistryAccess(url)
    name = "中山市好家园房地产代理有限公司"
    ctx.account = Account("admin_uid", name, AccountKind.AGENCY, name, name, agency_id="1")
    p = EnterprisePage(ctx)
    qtbot.addWidget(p)
    p.resize(1366 - 200, 768 - 120)        # the page beside the navigation, under the title bars
    p.show()
    qtbot.waitExposed(p)
    yield p
    cache_of(ctx).close()


def _date(page: EnterprisePage, key: str) -> DateField:
    editor = page.editors[key]
    assert isinstance(editor, DateField)
    return editor


def _calendar_month(qtbot, field: DateField) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    shown = calendar_month(qtbot, field)
    cal = field.calendar()
    assert cal is not None
    qtbot.keyClick(cal, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not cal.isVisible(), timeout=2000)
    return shown


def test_dates_typed_into_the_empty_form_and_calendars_near_the_related_date(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    established, term, qual = (_date(page, k) for k in ("established_on", "business_term_end",
                                                         "qualification_valid_until"))
    for field in (established, term, qual):
        assert field.value() is None and field.text() == "" and field.placeholderText() == "未填写"
    # nothing typed yet: 成立日期 opens at today
    assert _calendar_month(qtbot, established) == (today.year, today.month)
    type_date(qtbot, established, "2016年3月18日")
    assert established.value() == date(2016, 3, 18) and established.text() == "2016-03-18"
    # 营业期限 opens after 成立日期, at the first day its rule accepts (today; 2016 has expired)
    assert _calendar_month(qtbot, term) == (today.year, today.month)
    cal = term.calendar()
    assert cal is not None
    assert cal.minimumDate() == QDate(today.year, today.month, today.day)
    latest = today.replace(year=today.year + MAX_YEARS_AHEAD) if (today.month, today.day) != (2, 29) \
        else date(today.year + MAX_YEARS_AHEAD, 2, 28)
    assert cal.maximumDate() == QDate(latest.year, latest.month, latest.day)
    end = today + timedelta(days=400)
    type_date(qtbot, term, f"{end.year}{end.month:02d}{end.day:02d}")
    assert term.value() == end
    # 资质有效期, empty, opens at 营业期限 (without a certificate the two may be equal)
    assert _calendar_month(qtbot, qual) == (end.year, end.month)


def test_text_that_is_no_date_is_kept_said_under_the_field_and_not_saved(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    term = _date(page, "business_term_end")
    year = date.today().year + 1
    text = f"{year}-02-30"
    type_date(qtbot, term, text)
    assert term.text() == text
    error = page.errors["business_term_end"]
    assert error.isVisibleTo(page)
    assert "营业期限" in error.text() and "2 月只有" in error.text(), error.text()
    assert term.property("invalid") is True
    page.save_button.click()
    assert "营业期限" in page.form_message.text() and "不是日期" in page.form_message.text()
    assert "尚未送达" not in page.form_message.text()      # nothing went out to the (unreachable) registry
    assert term.text() == text
    page.submit_button.click()
    assert "不是日期" in page.form_message.text() and term.text() == text
    # corrected: the message under the field goes at once
    type_date(qtbot, term, f"{year}-02-28")
    assert not error.isVisibleTo(page) or "2 月只有" not in error.text()
    assert term.value() == date(year, 2, 28)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_empty_text_fits_in_the_forms_date_fields(qtbot, request, language: str) -> None:  # type: ignore[no-untyped-def]
    if language == "en":
        request.getfixturevalue("english")
    page = request.getfixturevalue("page")
    for key in ("established_on", "business_term_end", "qualification_valid_until"):
        field = _date(page, key)
        assert (field.placeholderText() == "未填写") is (language == "zh")
        for text in (field.placeholderText(), "2088-08-28"):
            assert text_fits(field, text), (key, text)
        field.setText("")
