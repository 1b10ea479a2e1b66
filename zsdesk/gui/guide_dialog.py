"""Help → 操作指引: a short zsdesk quick-start and the registry's own operating guide (shipped
as a resource with its source named), readable offline.

The registry's guide is its own Chinese text in every UI language. The quick-start is ours and
ships once per language: which file to show is itself a translated string (the idiom Qt uses
for its layout direction), so the quick-start always matches the translator that is installed,
whatever the settings file says now (a language change applies at the next start) and without
the dialog needing the settings at all."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.gui.i18n import translate

# Translated to the quick-start file of the translation's language (quickstart_en.md).
QUICKSTART = QT_TRANSLATE_NOOP("GuideDialog", "quickstart_zh.md")


def _guide_file(name: str) -> str:
    return (resources.files("zsdesk.resources") / "guide" / name).read_text(encoding="utf-8")


def guide_text() -> str:
    return _guide_file("guide_zh.txt")


def quickstart_name() -> str:
    """The quick-start file for the UI language; the Chinese one when that language has none."""
    name = translate("GuideDialog", QUICKSTART)
    if name != QUICKSTART and not (resources.files("zsdesk.resources") / "guide" / name).is_file():
        return QUICKSTART
    return name


def quickstart_markdown(name: str | None = None) -> str:
    return _guide_file(name or quickstart_name())


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("GuideDialog", "操作指引"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.quickstart = QTextBrowser(self)
        self.quickstart.setMarkdown(quickstart_markdown())
        self.guide = QTextBrowser(self)
        self.guide.setPlainText(guide_text())
        self.tabs.addTab(self.quickstart, translate("GuideDialog", "zsdesk 快速上手"))
        self.tabs.addTab(self.guide, translate("GuideDialog", "网签备案操作指引（登记中心）"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_guide(self) -> None:
        self.tabs.setCurrentWidget(self.guide)
