"""Bits every page uses: a title, the required-field legend, a status line."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from zsdesk.gui.i18n import translate


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    return label


def required_legend() -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    sample = QFrame()
    sample.setObjectName("requiredLegendBox")
    row.addWidget(sample)
    text = QLabel(translate("PageCommon",
                            "蓝色框为必填项（与登记中心网签系统一致）；红色框表示内容有误，错误原因显示在该项下方。"))
    text.setProperty("role", "hint")
    # Wrapped: unwrapped, its English (twice the Chinese width) made every page with the legend wider
    # than the window at 1366×768 and cut the wizard's buttons off behind a scroll bar.
    text.setWordWrap(True)
    row.addWidget(text, 1)
    return box


def set_role(label: QLabel, role: str) -> None:
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)
