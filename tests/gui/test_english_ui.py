"""With the English translation installed, the windows a user meets first carry no Chinese chrome:
menus, navigation, status bar, buttons, labels and every page's static text."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from zsdesk.domain.enums import AccountKind
from zsdesk.gui.app import install_translators
from zsdesk.gui.login_window import LoginWindow
from zsdesk.gui.main_window import MainWindow
from zsdesk.paths import app_paths
from zsdesk.services.app_context import Account, AppContext

CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    assert install_translators(qapp, "en") == ["zsdesk"]
    yield
    install_translators(qapp)


def chinese_texts(root: QWidget) -> list[str]:
    """Every visible-to-the-user text under `root` that still contains Chinese."""
    texts = [root.windowTitle()]
    for w in root.findChildren(QWidget):
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QMenu):
            texts += [a.text() for a in w.actions()] + [w.title()]
        if isinstance(w, (QTableView, QTableWidget)) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, w.horizontalHeader().orientation()) or "")
                      for c in range(model.columnCount())]
        texts.append(w.toolTip())
    return [t for t in texts if CJK.search(t)]


def test_login_window_reads_english(qtbot, english):
    window = LoginWindow(AppContext(app_paths().ensure()))
    qtbot.addWidget(window)
    assert window.ui.loginButton.text() == "Log in"
    assert chinese_texts(window) == []


@pytest.mark.parametrize("kind", [AccountKind.STAFF, AccountKind.AGENCY])
def test_main_window_and_every_page_read_english(qtbot, english, kind):
    ctx = AppContext(app_paths().ensure())
    ctx.account = Account(uid_account="u1", username="n1", kind=kind, display_name="Li Hua",
                          agency_name="Demo Realty")
    ctx.training = True
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.nav_labels()[0] == "Workbench"
    for item in window.nav_items:
        page = window.show_page(item.key)
        assert chinese_texts(page) == [], item.key
    assert chinese_texts(window) == []
    window.close()
    QApplication.processEvents()


def test_domain_messages_are_shown_in_english_with_their_values(english) -> None:
    from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
    from zsdesk.gui.i18n import label

    # A template the catalogue lacks stays Chinese, but its values are still shown as labels.
    made = msg(QT_TRANSLATE_NOOP("tests", "{what}：{count} 项"), what="提交备案", count=2)
    assert made == "提交备案：2 项"
    assert label(made) == f"{label('提交备案')}：2 项" and label("提交备案") != "提交备案"
    assert label("陈志强") == "陈志强"              # data passes through
