"""Help → 操作指引: a short zsdesk quick-start and the registry's own operating guide (shipped
as a resource with its source named), readable offline."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget


def guide_text() -> str:
    return (resources.files("zsdesk.resources") / "guide" / "guide_zh.txt").read_text(encoding="utf-8")


def quickstart_markdown() -> str:
    return (resources.files("zsdesk.resources") / "guide" / "quickstart_zh.md").read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("操作指引")
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.quickstart = QTextBrowser(self)
        self.quickstart.setMarkdown(quickstart_markdown())
        self.guide = QTextBrowser(self)
        self.guide.setPlainText(guide_text())
        self.tabs.addTab(self.quickstart, "zsdesk 快速上手")
        self.tabs.addTab(self.guide, "网签备案操作指引（登记中心）")
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_guide(self) -> None:
        self.tabs.setCurrentWidget(self.guide)
