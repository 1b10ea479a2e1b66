"""Marks fixed user-facing text of the pure layers for Qt's translation tools.

`QT_TRANSLATE_NOOP("labels", "已签约")` returns the text unchanged, so documents and the
registry keep their Chinese wording; `pyside6-lupdate` finds the call by its name and puts the
text into the translation catalogue, and the GUI translates it where it shows it
(`zsdesk.gui.i18n.label`). No Qt here: the domain stays pure.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # upper case: the name lupdate looks for
    del context
    return text
