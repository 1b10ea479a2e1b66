"""The one date field, through the real widget: typing every form into an empty field, the
calendar's opening month, text that is no date kept with its message, 未填写 fitting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from gui.helpers import CALENDAR_POPUP_LOG, calendar_month, text_fits, type_date
from zsdesk.gui.widgets.date_field import DateField
from zsdesk.gui.widgets.field_state import set_invalid

pytestmark = pytest.mark.qt_log_ignore(*CALENDAR_POPUP_LOG)


def _field(qtbot, **kw: str) -> DateField:  # type: ignore[no-untyped-def]
    holder = QWidget()
    form = QFormLayout(holder)
    field = DateField(kw.get("caption", "成立日期"), kw.get("path", "established_on"))
    form.addRow("成立日期", field)
    other = QLineEdit()       # somewhere for the focus to go, as a person tabs on
    form.addRow("其他", other)
    qtbot.addWidget(holder)
    field.holder = holder        # type: ignore[attr-defined]  # kept alive with the field
    holder.show()
    qtbot.waitExposed(holder)
    return field


@pytest.mark.parametrize("text", ["2015-03-01", "2015/3/1", "2015.3.1", "20150301", "2015年3月1日",
                                  "２０１５－０３－０１", "２０１５年３月１日"])
def test_each_form_typed_into_an_empty_field(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    field = _field(qtbot)
    assert field.value() is None and field.text() == ""
    with qtbot.waitSignal(field.changed, timeout=1000):
        type_date(qtbot, field, text)
    assert field.value() == date(2015, 3, 1)
    assert field.text() == "2015-03-01"          # shown back in the app's one form
    assert field.parse_error() is None and field.property("invalid") is False


def test_a_date_no_calendar_has_is_kept_with_a_message_naming_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = _field(qtbot, caption="营业期限", path="business_term_end")
    with qtbot.waitSignal(field.changed, timeout=1000):
        type_date(qtbot, field, "2015-02-30")
    assert field.text() == "2015-02-30"           # not dropped, not replaced by another day
    assert field.value() is None
    error = field.parse_error()
    assert error is not None and error.startswith("营业期限") and "2 月只有 28 天" in error
    issue = field.parse_issue()
    assert issue is not None and issue.field == "business_term_end"
    assert field.property("invalid") is True
    assert "2 月只有 28 天" in field.toolTip()
    # a page that finds nothing wrong with the field's (None) value cannot clear the red frame
    set_invalid(field, False)
    assert field.property("invalid") is True
    # correcting the text clears the error at once, before editing finishes
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, "28")
    assert field.parse_error() is None and field.value() == date(2015, 2, 28)
    assert field.property("invalid") is False


def test_words_are_kept_with_a_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = _field(qtbot)
    type_date(qtbot, field, "长期")
    assert field.text() == "长期"
    assert field.parse_error() is not None and "不是可识别的日期" in field.parse_error()  # type: ignore[operator]


def test_page_verdict_still_shows_on_a_good_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = _field(qtbot)
    type_date(qtbot, field, "2015-03-01")
    set_invalid(field, True)          # e.g. the record's rule: later than today + 2 years
    assert field.property("invalid") is True
    set_invalid(field, False)
    assert field.property("invalid") is False


def test_emptying_the_field_gives_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = _field(qtbot)
    field.setValue(date(2020, 5, 6))
    assert field.text() == "2020-05-06"
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.value() is None and field.parse_error() is None


def test_value_reads_text_not_yet_finished(qtbot) -> None:  # type: ignore[no-untyped-def]
    # e.g. Ctrl+S while the cursor is still in the field
    field = _field(qtbot)
    field.setFocus()
    qtbot.keyClicks(field, "2019/12/31")
    assert field.value() == date(2019, 12, 31)


def test_empty_field_opens_the_calendar_at_today(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = _field(qtbot)
    today = date.today()
    assert calendar_month(qtbot, field) == (today.year, today.month)


def test_calendar_opens_at_the_fields_date_and_a_pick_sets_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = _field(qtbot)
    type_date(qtbot, field, "2016-03-18")
    assert calendar_month(qtbot, field) == (2016, 3)
    cal = field.calendar()
    assert cal is not None
    with qtbot.waitSignal(field.changed, timeout=1000):
        cal.activated.emit(QDate(2016, 3, 25))      # Enter / double-click on a day
    assert field.value() == date(2016, 3, 25) and field.text() == "2016-03-25"
    assert not cal.isVisible()


def test_calendar_of_an_empty_field_opens_at_its_anchor(qtbot) -> None:  # type: ignore[no-untyped-def]
    start = _field(qtbot)
    end = DateField("营业期限", "business_term_end")
    start.parentWidget().layout().addRow("营业期限", end)  # type: ignore[union-attr]
    end.setAnchor(start)
    type_date(qtbot, start, "2031-07-09")
    assert calendar_month(qtbot, end) == (2031, 7)


def test_calendar_stays_within_the_fields_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    # 营业期限: not before today, not after today + 2 years, anchored to a 成立日期 years ago
    today = date.today()
    start = _field(qtbot)
    start.setValue(today - timedelta(days=3650))
    end = DateField("营业期限", "business_term_end")
    start.parentWidget().layout().addRow("营业期限", end)  # type: ignore[union-attr]
    end.setAnchor(start)
    end.setWindow(today, today + timedelta(days=730))
    assert calendar_month(qtbot, end) == (today.year, today.month)
    cal = end.calendar()
    assert cal is not None and cal.minimumDate() == QDate(today.year, today.month, today.day)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_empty_text_and_any_date_fit(qtbot, request, language: str) -> None:  # type: ignore[no-untyped-def]
    if language == "en":
        request.getfixturevalue("english")
    field = _field(qtbot)
    field.setPlaceholderText(QCoreApplication.translate("DateField", "未填写"))
    assert (field.placeholderText() == "未填写") is (language == "zh"), field.placeholderText()
    field.resize(field.minimumSizeHint())       # the narrowest any layout may make it
    for text in (field.placeholderText(), "2088-08-28"):
        assert text_fits(field, text), text
    # the check itself: a field narrower than its minimum cuts the date
    field.resize(field.minimumSizeHint().width() // 2, field.height())
    assert not text_fits(field, "2088-08-28")


def test_the_calendar_button_opens_it_and_escape_leaves_the_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QToolButton

    field = _field(qtbot)
    field.setValue(date(2020, 5, 6))
    button = next(b for b in field.findChildren(QToolButton) if b.isVisible())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    cal = field.calendar()
    assert cal is not None
    qtbot.waitUntil(cal.isVisible, timeout=2000)
    assert (cal.yearShown(), cal.monthShown()) == (2020, 5) and cal.selectedDate() == QDate(2020, 5, 6)
    qtbot.keyClick(cal, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not cal.isVisible(), timeout=2000)
    assert field.value() == date(2020, 5, 6)
