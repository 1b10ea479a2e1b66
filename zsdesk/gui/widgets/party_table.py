"""Column widths of the wizard's party tables (买受人, 法定代理人), measured from what the cells hold.

A table of people is read against their ID cards: a column too narrow to show a whole ID number
or phone, or an address cut after a few characters, makes the agent open every cell. So each
column gets the width of its longest expected content (a full 18-character ID number, an 11-digit
phone…) or of its header in the UI language, whichever is wider; the address column takes the
rest and wraps onto a second line instead of being cut. Widths are fixed once: they do not move
while the agent types.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyle, QStyleOptionComboBox, QStyleOptionHeader, QTableWidget

from zsdesk.gui.i18n import untranslated

# Longest expected content per kind of column: an 18-character resident ID with its X, an
# 11-digit mobile, a 6-digit postal code.
SAMPLES: dict[str, str] = {
    "name": untranslated("欧阳思琪琪"),     # data: names and nationalities are entered in Chinese
    "nationality": untranslated("中国香港"),
    "id_number": "44010119900101123X",
    "phone": "13812345678",
    "postal_code": "528400",
    "share": "33.3333",
}
_PADDING = 18        # cell margins and the grid line, so the last character is not elided


def _header_width(table: QTableWidget, col: int) -> int:
    item = table.horizontalHeaderItem(col)
    text = item.text() if item is not None else ""
    option = QStyleOptionHeader()
    option.text = text
    header = table.horizontalHeader()
    option.fontMetrics = header.fontMetrics()
    size = header.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, header.sizeHint(), header)
    return max(size.width(), header.fontMetrics().horizontalAdvance(text) + _PADDING)


def _combo_width(combo: QComboBox) -> int:
    """Wide enough for the combo's first entry (the usual one) with its arrow and frame."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    text = QSize(combo.fontMetrics().horizontalAdvance(combo.itemText(0)), combo.fontMetrics().height())
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width() + 8


def fit_columns(table: QTableWidget, kinds: Mapping[int, str], *, stretch: int,
                combos: Mapping[int, QComboBox] | None = None) -> None:
    """Size column `col` for content of kind `kinds[col]` (see SAMPLES), a combo column for the
    first entry of `combos[col]`; column `stretch` takes the remaining width and wraps."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    for col, kind in kinds.items():
        width = max(metrics.horizontalAdvance(SAMPLES[kind]) + _PADDING, _header_width(table, col))
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(col, width)
    for col, combo in (combos or {}).items():
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(col, max(_combo_width(combo), _header_width(table, col)))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    # a long address goes onto a second line of its row rather than being cut off
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
