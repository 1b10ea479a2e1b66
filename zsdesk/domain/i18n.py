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


class Text(str):
    """A message that keeps its recipe: the Chinese source template and the values put into it.

    Everything outside the GUI (documents, the registry, logs, tests) sees the plain Chinese string
    it is; the GUI shows it in the UI language by translating `template` (context "messages") and
    formatting it with `params` (values that are themselves `Text` are translated too)."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, /, **params: object) -> Text:
        made = super().__new__(cls, template.format(**params) if params else template)
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[object, ...]:   # pickles and copies keep the recipe
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict[str, object]) -> Text:
    return Text(template, **params)


def msg(template: str, /, **params: object) -> Text:
    """`msg(QT_TRANSLATE_NOOP("messages", "{label}号码应为 18 位"), label=label)`: the marker lets
    lupdate find the template; named placeholders only, filled here."""
    return Text(template, **params)
