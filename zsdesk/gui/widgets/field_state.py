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


def mark_required(widget: QWidget, required: bool = True) -> None:
    widget.setProperty("required", required)
    _repolish(widget)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        _repolish(widget)


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_error(label: QLabel, message: str | None) -> None:
    """`message` may come straight from domain/services (an Issue's or a refusal's message):
    shown in the UI language here, so no caller can forget it."""
    label.setText(i18n.label(message) if message else "")
    label.setVisible(bool(message))
