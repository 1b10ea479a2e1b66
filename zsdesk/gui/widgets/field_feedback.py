"""Findings that follow the typing, in a layout that stays still.

One mechanism for every form (wizard pages, the enterprise record, the staff, change and
cancellation dialogs, settings, login):

- `FieldFeedback` watches a form's input widgets (text typed, a choice changed, a box ticked, a
  date picked, a table cell edited) and, on every such edit, asks the form for its findings again
  (`evaluate`) and applies them: the blue required cue and the red invalid frame on each field,
  the message under a field, the list of findings in the form's fixed place. So a message goes
  away as soon as the field is filled, and a field that a choice makes required is marked at once
  — not only when the page is entered again.
- `MessageSlot` is a message line whose height is reserved up front: empty or not it takes the
  same room, so a message appearing or going away moves nothing below it. Text that would need
  more lines than reserved is cut with "…" and shown whole in its tooltip.
- `GrowingSlot` is for a list of findings placed after every input of a page: it may grow (only
  empty space below it moves) but keeps its tallest height until `reset()` (the page is entered
  again), so the page never gets shorter under a user who scrolled to its end — a shorter page
  would scroll the buttons under the mouse.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QMetaMethod, QObject, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTableWidget,
    QWidget,
)

from zsdesk.domain.errors import Issue
from zsdesk.gui import i18n
from zsdesk.gui.widgets.field_state import mark_required, set_invalid, track

_ELLIPSIS = "…"
# Chinese text is drawn through the CJK fallback font, whose lines are taller than the UI font's
# lineSpacing() (Droid Sans Fallback under DejaVu Sans: 16 px against 14): a line reserved from
# lineSpacing alone cut every Chinese message to "…". Measured on this sample, with the Latin
# letters that reach highest and lowest.
_CJK_SAMPLE = i18n.untranslated("请填写姓名证件号码Égjpq（）：。")
# Signals that mean "the user changed this value" on widgets not listed in _watch_one (a custom
# editor such as a date widget names one of these).
_EDIT_SIGNALS = ("dateChanged", "edited", "valueChanged", "changed", "textChanged")


def line_height(font: QFont) -> int:
    """The height one wrapped line of Chinese (or Latin) text really takes in `font`."""
    metrics = QFontMetrics(font)
    drawn = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), int(Qt.TextFlag.TextWordWrap), _CJK_SAMPLE)
    return max(metrics.lineSpacing(), drawn.height())


def _set_role(label: QLabel, role: str) -> None:
    if label.property("role") != role:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)


class MessageSlot(QLabel):
    def __init__(self, lines: int = 1, parent: QWidget | None = None, *, role: str = "error") -> None:
        super().__init__(parent)
        self.lines = lines
        self._full = ""
        self.setWordWrap(True)
        self.setProperty("role", role)
        # Expanding: the line takes its row's width whatever it shows (a label sized to its own text
        # would shrink to a cut text and stay cut).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._reserve()

    def _line_height(self) -> int:
        return line_height(self.font())

    def _reserve(self) -> None:
        m = self.contentsMargins()
        self.setFixedHeight(self._line_height() * self.lines + m.top() + m.bottom() + 1)

    def message(self) -> str:
        """The whole message (also `text()`; only the painting is cut to the reserved lines)."""
        return self._full

    def set_message(self, text: str | None, role: str | None = None) -> None:
        """`text` may be a domain/service message: shown in the UI language here."""
        self._full = i18n.label(text) if text else ""
        if role is not None:
            _set_role(self, role)
        super().setText(self._full)
        self._update_tip()

    def setText(self, text: str) -> None:
        # Qt's name: code that sets the text as on any label gets the same reserved line.
        self.set_message(text)

    def _fits(self, text: str, width: int) -> bool:
        rect = self.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return rect.height() <= self._line_height() * self.lines

    def shown_text(self) -> str:
        """What the reserved lines show at the current width: the whole text, or its start and "…"."""
        text, width = self._full, self.contentsRect().width()
        if not text or width <= 0 or self._fits(text, width):
            return text
        low, high = 0, len(text)          # the longest start of the text that fits with "…"
        while low < high:
            mid = (low + high + 1) // 2
            if self._fits(text[:mid].rstrip() + _ELLIPSIS, width):
                low = mid
            else:
                high = mid - 1
        return text[:low].rstrip() + _ELLIPSIS

    def _update_tip(self) -> None:
        self.setToolTip(self._full if self.shown_text() != self._full else "")

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        shown = self.shown_text()
        if shown == self._full:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
                                                  | Qt.AlignmentFlag.AlignTop), shown)
        painter.end()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._update_tip()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._reserve()


def slot_in_place_of(label: QLabel, lines: int, *, role: str = "error") -> MessageSlot:
    """A message label of a .ui form swapped for a MessageSlot in the same place of its layout: the
    form keeps the room of its message from the start (a label that grew with its text squeezed
    the fields of a window fitted to its first height)."""
    parent = label.parentWidget()
    slot = MessageSlot(lines, parent, role=role)
    slot.setObjectName(label.objectName())
    layout = parent.layout() if parent is not None else None
    if layout is not None:
        layout.replaceWidget(label, slot)
    label.hide()
    label.deleteLater()
    return slot


class GrowingSlot(QLabel):
    def __init__(self, parent: QWidget | None = None, *, role: str = "error") -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("role", role)
        self._tallest = 0

    def set_message(self, text: str | None, role: str | None = None) -> None:
        if role is not None:
            _set_role(self, role)
        self.setText(i18n.label(text) if text else "")
        width = self.width() if self.width() > 0 else self.sizeHint().width()
        self._tallest = max(self._tallest, self.heightForWidth(width) if text else 0)
        self.setMinimumHeight(self._tallest)

    def message(self) -> str:
        return self.text()

    def reset(self) -> None:
        """The page is entered again: its findings may take less room from now on."""
        self._tallest = 0
        self.setMinimumHeight(0)
        self.set_message(self.text() or None)


@dataclass(frozen=True, slots=True)
class Findings:
    issues: Sequence[Issue] = ()
    # Field paths that carry the required cue now; None leaves the cues as the form set them.
    required: Collection[str] | None = None
    # Messages with no field to stand under (shown first in the summary place).
    notes: Sequence[str] = field(default_factory=tuple)


class FieldFeedback(QObject):
    """`evaluate` returns the form's findings as it stands; `fields` maps field paths to widgets
    (a callable when the form rebuilds its fields); `slots` maps field paths to the message line
    under that field; the rest go to `summary`, one bullet each. `on_edit` runs before each
    evaluation caused by an edit (the wizard writes the page into the contract there)."""

    def __init__(self, owner: QWidget, evaluate: Callable[[], Findings], *,
                 fields: Mapping[str, QWidget] | Callable[[], Mapping[str, QWidget]],
                 slots: Mapping[str, MessageSlot] | None = None,
                 summary: MessageSlot | GrowingSlot | None = None,
                 on_edit: Callable[[], None] | None = None, missing_after_check: bool = False) -> None:
        super().__init__(owner)
        self.owner = owner
        self.evaluate = evaluate
        self._fields = fields
        self.slots: Mapping[str, MessageSlot] = slots or {}
        self.summary = summary
        self.on_edit = on_edit
        self.last = Findings()
        self._paused = 0
        self._busy = False
        self._mark = f"_watchedBy{id(self)}"
        # A form that is filled in from empty (the enterprise record, a dialog) says "请填写…" under
        # an empty required field only once the user tried to save or submit (`check`): a form
        # that opens covered in red tells nothing. From then on those messages follow the typing.
        self._missing_after_check = missing_after_check
        self._missing_shown = not missing_after_check
        # The registry's refusals of a field (e.g. an ID number already registered): shown with
        # the form's own findings while the field still holds the refused value.
        self._refusals: list[tuple[Issue, object]] = []

    @property
    def fields(self) -> Mapping[str, QWidget]:
        return self._fields() if callable(self._fields) else self._fields

    # -- watching --------------------------------------------------------------------------------
    def watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            # marked on the widget itself: a rebuilt row's new widgets are new, an old one is never doubled
            if not w.property(self._mark) and self._watch_one(w):
                w.setProperty(self._mark, True)

    def watch_children(self, root: QWidget | None = None) -> None:
        """Every input widget under `root` (default: the owner), also ones added since the last call."""
        root = root or self.owner
        for w in root.findChildren(QWidget):
            if not _inside_editor(w, root):
                self.watch(w)

    def _watch_one(self, w: QWidget) -> bool:
        edited = self.edited
        # An editor built on a line edit whose value is not its text names the signal of its value
        # (the date field: its text changes with every key, its date when typing is finished).
        own = getattr(type(w), "edit_signal", None)
        if isinstance(own, str) and _has_signal(w, own):
            getattr(w, own).connect(edited)
            return True
        if isinstance(w, QLineEdit | QPlainTextEdit):
            w.textChanged.connect(edited)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(edited)
        elif isinstance(w, QAbstractButton):
            if not w.isCheckable():
                return False
            w.toggled.connect(edited)
        elif isinstance(w, QTableWidget):
            w.itemChanged.connect(edited)
        elif isinstance(w, QAbstractSpinBox):
            name = next((s for s in ("dateChanged", "valueChanged") if hasattr(w, s)), None)
            if name is None:
                return False
            getattr(w, name).connect(edited)
        elif isinstance(w, QAbstractItemView | QAbstractSlider | QLabel):
            return False
        else:
            name = next((s for s in _EDIT_SIGNALS if _has_signal(w, s)), None)
            if name is None:
                return False
            getattr(w, name).connect(edited)
        return True

    @contextmanager
    def paused(self) -> Iterator[None]:
        """While the form fills its widgets from stored data: those are not the user's edits."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    def edited(self, *_args: object) -> None:
        if self._paused or self._busy:
            return
        self._busy = True
        try:
            if self.on_edit is not None:
                self.on_edit()
            self._apply(self.evaluate())
        finally:
            self._busy = False

    def refresh(self) -> None:
        """Evaluate and show without treating it as an edit (the form was just loaded or saved)."""
        if self._busy:
            return
        self._busy = True
        try:
            self._apply(self.evaluate())
        finally:
            self._busy = False

    def check(self) -> bool:
        """Save or submit: show every finding, empty required fields included; whether none is an error."""
        self._missing_shown = True
        self.refresh()
        return not self.errors()

    def start_over(self) -> None:
        """The form was loaded afresh: empty required fields are quiet again until the next `check`."""
        self._missing_shown = not self._missing_after_check
        self._refusals.clear()
        self.refresh()

    def refuse(self, path: str, message: str) -> bool:
        """The registry refused the value of field `path`: its message stays under the field until
        the value is changed. False when the form has no such field (the caller shows it elsewhere)."""
        widget = self.fields.get(path)
        if widget is None:
            return False
        self._refusals = [(i, v) for i, v in self._refusals if i.field != path]
        self._refusals.append((Issue(path, "REFUSED", message), _value_of(widget)))
        self.refresh()
        widget.setFocus()
        return True

    # -- showing ---------------------------------------------------------------------------------
    def _effective(self, findings: Findings) -> Findings:
        issues = list(findings.issues)
        if not self._missing_shown:
            issues = [i for i in issues if i.code != "REQUIRED"]
        fields = self.fields
        self._refusals = [(i, v) for i, v in self._refusals
                          if i.field in fields and _value_of(fields[i.field]) == v]
        issues = [i for i, _v in self._refusals] + issues
        return Findings(issues, findings.required, findings.notes)

    def _apply(self, findings: Findings) -> None:
        findings = self._effective(findings)
        self.last = findings
        fields = self.fields
        by_field: dict[str, list[Issue]] = {}
        for issue in findings.issues:
            by_field.setdefault(issue.field, []).append(issue)
        # One widget may stand for several paths (the verify page's identifier): cued if any is.
        cues: dict[int, tuple[QWidget, bool, bool]] = {}
        for path, widget in fields.items():
            _w, required, invalid = cues.get(id(widget), (widget, False, False))
            cues[id(widget)] = (widget, required or (findings.required is not None and path in findings.required),
                                invalid or any(i.is_error for i in by_field.get(path, ())))
        for widget, required, invalid in cues.values():
            track(widget)
            if findings.required is not None:
                mark_required(widget, required)
            set_invalid(widget, invalid)
        rest: list[str] = [i18n.label(n) for n in findings.notes]
        shown_in_slot: set[str] = set()
        for path, slot in self.slots.items():
            issues = sorted(by_field.get(path, ()), key=lambda i: not i.is_error)
            if issues:
                slot.set_message(issues[0].message, "error" if issues[0].is_error else "hint")
                shown_in_slot.add(path)
            else:
                slot.set_message(None)
        rest += [i18n.label(i.message) for i in findings.issues if i.field not in shown_in_slot]
        if self.summary is not None:
            self.summary.set_message("\n".join(f"• {t}" for t in rest) if rest else None)

    def errors(self) -> list[Issue]:
        return [i for i in self.last.issues if i.is_error]


def _value_of(w: QWidget) -> object:
    """What the user set in an input, to tell whether it changed since the registry refused it."""
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QComboBox):
        return w.currentIndex()
    if isinstance(w, QAbstractButton):
        return w.isChecked()
    value = getattr(w, "value", None)
    return value() if callable(value) else None


def _has_signal(w: QObject, name: str) -> bool:
    meta = w.metaObject()
    for i in range(meta.methodCount()):
        method = meta.method(i)
        if method.methodType() == QMetaMethod.MethodType.Signal and bytes(method.name().data()).decode() == name:
            return True
    return False


def _inside_editor(w: QWidget, root: QWidget) -> bool:
    """The line edit inside a date box or combo box belongs to that editor, watched as a whole."""
    parent = w.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


__all__ = ["FieldFeedback", "Findings", "GrowingSlot", "MessageSlot", "slot_in_place_of"]
