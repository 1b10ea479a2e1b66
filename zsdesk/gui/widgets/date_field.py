"""The one date field of the app: a line edit a person can type a date into (2015-03-01, 2015/3/1,
20150301, 2015年3月1日, full-width digits) with a calendar button beside the text.

Why a QLineEdit and not a QDateEdit: a QDateEdit always holds a date, so "not filled" had to be a
sentinel date shown as special text, typing into that empty field fought the section editing, and
text it could not read was silently replaced. Here an empty field is a real ``None`` (the
placeholder says 未填写), the text is read by the domain rule ``parse_date`` when editing finishes,
and text that is no date stays in the field, framed red, with the rule's message (``parse_error``)
for the page to show: nothing typed is ever dropped.

What pages hook into:
- ``changed`` — the value or the parse error changed (typing finished, a calendar pick, setValue);
- ``invalid`` — a real Qt property: ``field_state.set_invalid`` sets the page's verdict, the
  stylesheet reads the page's verdict OR the parse error, so a page clearing its own finding
  cannot hide text that is no date;
- ``setAnchor`` / ``setWindow`` — where the calendar opens when the field is empty (the related
  date, e.g. 营业期限 after 成立日期, else today) and which days it offers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Property, QDate, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from zsdesk.domain.date_input import format_date, parse_date
from zsdesk.domain.dates import contract_date_window
from zsdesk.domain.errors import Issue, RuleError
from zsdesk.domain.lifecycle import term_label
from zsdesk.gui.i18n import label as shown_label
from zsdesk.gui.i18n import translate

Anchor = Callable[[], "date | None"]

# Text as wide as any date the field shows; the field never gets narrower than this or 未填写.
_WIDEST_DATE = "2088-08-28"


def _calendar_icon() -> QIcon:
    """A small calendar page drawn here: the app ships no icon set, and a glyph depends on fonts."""
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16
        body = QRect(round(1 * unit), round(2 * unit), round(14 * unit), round(13 * unit))
        p.setPen(QColor("#44546a"))
        p.setBrush(QColor("#ffffff"))
        p.drawRect(body)
        p.fillRect(QRect(body.left(), body.top(), body.width() + 1, round(4 * unit)), QColor("#2f6fde"))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#44546a"))
        for row in range(2):
            for col in range(3):
                p.drawRect(QRect(round((3 + col * 4) * unit), round((8 + row * 3.5) * unit),
                                 max(1, round(2 * unit)), max(1, round(2 * unit))))
        p.end()
        icon.addPixmap(pixmap)
    return icon


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _CalendarPopup(QFrame):
    """The calendar under the field; closes on a pick, Esc or a click elsewhere."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateFieldCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout.addWidget(self.calendar)
        self.widest = (self.calendar.minimumDate(), self.calendar.maximumDate())
        self.calendar.clicked.connect(self.picked)
        self.calendar.activated.connect(self.picked)


class DateField(QLineEdit):
    changed = Signal()
    # What field_feedback.FieldFeedback watches instead of textChanged: a check on every key would
    # call a half-typed date (2015-0) an error.
    edit_signal = "changed"

    def __init__(self, caption: str = "", field: str = "", parent: QWidget | None = None) -> None:
        """``caption`` names the field in messages (the Chinese label, as a labels string);
        ``field`` is the path the messages carry (e.g. ``payment.deposit_date``)."""
        super().__init__(parent)
        self._caption = caption
        self._field = field
        self._value: date | None = None
        self._read_text = ""
        self._issue: Issue | None = None
        self._page_invalid = False
        self._anchor: Anchor | None = None
        self._earliest: date | None = None
        self._latest: date | None = None
        self._popup: _CalendarPopup | None = None
        self.setPlaceholderText(translate("DateField", "未填写"))
        self._hint = translate("DateField", "可直接输入，如 2015-03-01、2015/3/1、20150301、2015年3月1日；"
                                            "Alt+↓ 或点右侧日历图标选择")
        self.setToolTip(self._hint)
        self.calendar_action = self.addAction(_calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(translate("DateField", "打开日历（Alt+↓）"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(self._edited)

    # -- value -------------------------------------------------------------------------------------
    def value(self) -> date | None:
        """The date in the field, None when empty or when its text is no date (see parse_error).
        Text still being typed is read too (Ctrl+S with the cursor in the field)."""
        self._read()
        return self._value

    def setValue(self, value: date | None) -> None:
        self.setText(format_date(value))
        self._read_text = self.text()
        self._apply(value, None)

    def parse_error(self) -> str | None:
        """The message for text that is no date (a messages string: show it through label())."""
        self._read()
        return self._issue.message if self._issue is not None else None

    def parse_issue(self) -> Issue | None:
        self._read()
        return self._issue

    def commit(self) -> None:
        """Editing finished: read the text, and show a date back in the app's one form
        (2015/3/1 becomes 2015-03-01) so what the field holds is plain to see."""
        self._read()
        if self._value is not None and self.text() != format_date(self._value):
            self.setText(format_date(self._value))
            self._read_text = self.text()

    def _read(self) -> None:
        """Text that is no date stays in the field, with its message."""
        text = self.text()
        if text == self._read_text:
            return
        self._read_text = text
        try:
            value = parse_date(text, self._field, self._caption)
        except RuleError as exc:
            self._apply(None, exc.first)
            return
        self._apply(value, None)

    def _edited(self, _text: str) -> None:
        # An error goes away as soon as the text is a date again (the text is left as typed until
        # editing finishes); a new error waits for editing to finish.
        if self._issue is not None:
            try:
                parse_date(self.text(), self._field, self._caption)
            except RuleError:
                return
            self._read()

    def _apply(self, value: date | None, issue: Issue | None) -> None:
        before = (self._value, self._issue)
        self._value, self._issue = value, issue
        if before == (value, issue):
            return
        if (before[1] is None) != (issue is None):
            self._repolish()
        self.setToolTip(self._hint if issue is None else shown_label(issue.message))
        self.changed.emit()

    # -- the `invalid` property field_state.set_invalid uses ---------------------------------------
    def _get_invalid(self) -> bool:
        return self._page_invalid or self._issue is not None

    def _set_invalid(self, invalid: bool) -> None:
        self._page_invalid = bool(invalid)
        self._repolish()

    invalid = Property(bool, _get_invalid, _set_invalid)

    def _repolish(self) -> None:
        style = self.style()
        style.unpolish(self)
        style.polish(self)
        self.update()

    # -- the calendar ------------------------------------------------------------------------------
    def setAnchor(self, anchor: DateField | Anchor | None) -> None:
        """The related date the calendar opens at while this field is empty (another DateField,
        or a function giving a date), e.g. 营业期限 opens at 成立日期; without one, today."""
        if isinstance(anchor, DateField):
            other = anchor
            self._anchor = lambda: other.value()
        else:
            self._anchor = anchor

    def setWindow(self, earliest: date | None, latest: date | None) -> None:
        """The days the calendar offers (the field's rule, e.g. today … today + 2 years). Typed dates
        outside it are kept: the page's rule says what is wrong with them."""
        self._earliest, self._latest = earliest, latest

    def opening_date(self) -> date:
        """Where the calendar opens: the field's date, else the related date, else today — moved
        into the window the calendar offers."""
        day = self._value or (self._anchor() if self._anchor is not None else None) or date.today()
        if self._earliest is not None and day < self._earliest:
            day = self._earliest
        if self._latest is not None and day > self._latest:
            day = self._latest
        return day

    def calendar(self) -> QCalendarWidget | None:
        """The popup's calendar once it has been opened (for tests and screenshots)."""
        return self._popup.calendar if self._popup is not None else None

    def open_calendar(self) -> None:
        self.commit()
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        cal = self._popup.calendar
        low, high = self._popup.widest
        cal.setDateRange(_qdate(self._earliest) if self._earliest else low,
                         _qdate(self._latest) if self._latest else high)
        day = self.opening_date()
        cal.setSelectedDate(_qdate(day))
        cal.setCurrentPage(day.year, day.month)
        self._popup.adjustSize()
        where = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        size = self._popup.sizeHint()
        x = min(max(where.x(), screen.left()), screen.right() - size.width())
        if where.y() + size.height() > screen.bottom():   # no room below: open above the field
            where = self.mapToGlobal(QPoint(0, 0)) - QPoint(0, size.height())
        y = where.y()
        self._popup.move(x, max(y, screen.top()))
        self._popup.show()
        cal.setFocus()

    def _picked(self, day: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setValue(day.toPython())  # type: ignore[arg-type]
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Alt+Down and F4 open a combo box's list on every desktop; the same keys open the calendar.
        if (event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier) \
                or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    # -- size: 未填写 / "Not filled" and any date fit, with the calendar button --------------------------
    def minimumSizeHint(self) -> QSize:
        base = super().minimumSizeHint()
        return QSize(max(base.width(), self._needed_width()), base.height())

    def sizeHint(self) -> QSize:
        base = super().sizeHint()
        return QSize(self._needed_width() + self.fontMetrics().horizontalAdvance("0") * 2, base.height())

    def _button_room(self) -> int:
        # QLineEdit gives a trailing action an icon-sized button plus a margin on each side.
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        return icon + icon // 2 + 4

    def _needed_width(self) -> int:
        fm = self.fontMetrics()
        text = max(fm.horizontalAdvance(self.placeholderText()), fm.horizontalAdvance(_WIDEST_DATE),
                   fm.horizontalAdvance(self.text()))
        opt = QStyleOptionFrame()
        self.initStyleOption(opt)
        margins = self.textMargins()
        # frame, the 2 px padding and border the required/invalid style adds, the cursor's few pixels
        inner = text + margins.left() + margins.right() + self._button_room() + 2 * 4 + 6
        return self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, opt,
                                             QSize(inner, fm.height()), self).width()


def contract_date_field(path: str, today: date) -> DateField:
    """A contract term's date (``payment.deposit_date``, ``handover.date``; the wizard and the
    contract change): named in messages as on the form, its calendar within the days the contract
    rules accept around ``today``."""
    field = DateField(term_label(path), path)
    field.setWindow(*contract_date_window(today))
    return field
