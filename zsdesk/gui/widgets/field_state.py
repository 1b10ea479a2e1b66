"""Marking fields required/invalid through dynamic properties the stylesheet styles
(blue border = required, as in the registry's web system; red = error)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from zsdesk.gui import i18n


def fit_height(window: QWidget) -> None:
    """Shrink a window to the height its layout needs at its width (word-wrapped labels make
    plain sizeHint() too tall); the .ui geometry is only a starting point."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    window.resize(width, max(height, layout.totalMinimumSize().height()))


def fit_height_now_and_after_layout(window: QWidget) -> None:
    """fit_height now and once more after Qt has handled the layout requests that showing or
    hiding children posts (a group made visible is not in the layout's sums until then)."""
    from PySide6.QtCore import QTimer

    fit_height(window)
    QTimer.singleShot(0, window, lambda: fit_height(window))


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def track(widget: QWidget) -> None:
    """Give a field both cue properties (false) before either is first set: the stylesheet then
    draws it in the same box in every state, so marking it required or invalid later changes
    colours only, never its size (an unmarked line edit is 2 px taller than a red one)."""
    fresh = False
    for name in ("required", "invalid"):
        if widget.property(name) is None:
            widget.setProperty(name, False)
            fresh = True
    if fresh:
        _repolish(widget)


def mark_required(widget: QWidget, required: bool = True) -> None:
    if widget.property("required") is None and widget.property("invalid") is None:
        widget.setProperty("invalid", False)
    elif widget.property("required") == required:
        return
    widget.setProperty("required", required)
    _repolish(widget)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if widget.property("invalid") is None or bool(widget.property("invalid")) != invalid:
        if widget.property("required") is None:
            widget.setProperty("required", False)
        widget.setProperty("invalid", invalid)
        _repolish(widget)


def error_label(parent: QWidget | None = None, lines: int = 1) -> QLabel:
    """The message line under a field: its room is reserved (field_feedback.MessageSlot), so a
    message appearing moves nothing below it."""
    from zsdesk.gui.widgets.field_feedback import MessageSlot

    return MessageSlot(lines, parent)


def show_error(label: QLabel, message: str | None) -> None:
    """`message` may come straight from domain/services (an Issue's or a refusal's message):
    shown in the UI language here, so no caller can forget it."""
    from zsdesk.gui.widgets.field_feedback import MessageSlot

    if isinstance(label, MessageSlot):
        label.set_message(message)
        return
    label.setText(i18n.label(message) if message else "")
    label.setVisible(bool(message))
