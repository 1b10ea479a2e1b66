"""The GUI's translation helpers and the languages it ships.

Source strings are Chinese (what ships to most users); `i18n/en/*.ts` hold the English
translation, compiled into `zsdesk/resources/i18n/zsdesk_en.qm` by `python -m zsdesk.gui.i18ngen`.

Conventions (a test enforces them on every module of zsdesk/gui):
- every Chinese literal in GUI code is the text argument of `translate("Context", "…")`, with one
  context per module (its main class name), or is wrapped in `untranslated(...)` when it must stay
  Chinese whatever the UI language (data, printed contract text, the registry's own wording);
- values go in through named placeholders: `translate("Ctx", "共 {count} 份").format(count=n)`,
  never f-strings (a translation must see the whole sentence); the translation keeps every
  placeholder;
- fixed text from the pure layers (enum labels, page titles, field labels) is marked there with
  `QT_TRANSLATE_NOOP("labels", "…")`, messages with values are made there with
  `msg(QT_TRANSLATE_NOOP("messages", "…{name}…"), name=value)`; the GUI shows both through
  `label(text)`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zsdesk.domain.i18n import Text
from zsdesk.services.app_settings import UI_LANGUAGES


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def label(text: str) -> str:
    """Text from domain/services in the UI language: a `Text` message (made with `msg`, context
    "messages") is translated and refilled with its values, themselves shown through `label`; a
    plain string is looked up as a fixed label (QT_TRANSLATE_NOOP("labels", …)) and otherwise
    shown as it is (data, or a message built without `msg`)."""
    if isinstance(text, Text):
        params = {k: label(v) if isinstance(v, str) else v for k, v in text.params.items()}
        return QCoreApplication.translate("messages", text.template).format(**params)
    return QCoreApplication.translate("labels", text) if text else text


def untranslated(text: str) -> str:
    """Chinese on purpose in every UI language (data, printed wording, the registry's terms)."""
    return text


# The shipped languages are UI_LANGUAGES (settings keep and check the code); here only their names,
# shown in their own language in the language chooser, never translated.
LANGUAGES: dict[str, str] = {"zh_CN": untranslated("中文（简体）"), "en": "English"}
DEFAULT_LANGUAGE = UI_LANGUAGES[0]


def sentences(*parts: str) -> str:
    """Sentences (already in the UI language) one after another: Chinese runs them together after
    their 。, English needs a space — so the joint is itself translated ("{first} {next}")."""
    joint = translate("Sentences", "{first}{next}")
    out = ""
    for part in parts:
        if part:
            out = joint.format(first=out, next=part) if out else part
    return out
