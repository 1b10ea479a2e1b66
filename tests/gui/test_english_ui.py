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


def _shown_error(label: QLabel, window: QWidget) -> str:
    return label.text() if label.isVisibleTo(window) else ""


def _ric_with_wrong_check_digit() -> str:
    from stdnum.cn import ric

    body = "44200019880808123"
    right = ric.calc_check_digit(body + "0")
    return body + ("1" if right != "1" else "2")


def test_staff_dialogs_id_number_error_reads_english(qtbot, english) -> None:
    """A real domain validation message (the ID checksum rule), typed into the real staff dialog,
    is shown in English with its field name translated too."""
    from zsdesk.domain.enums import IdType
    from zsdesk.gui.i18n import label
    from zsdesk.gui.staff_dialog import StaffDialog
    from zsdesk.services.staff import validate_new_staff

    dialog = StaffDialog(AppContext(app_paths().ensure()))
    qtbot.addWidget(dialog)
    dialog.show()
    bad = _ric_with_wrong_check_digit()
    qtbot.keyClicks(dialog.id_number, bad)
    shown = _shown_error(dialog.errors["id_number"], dialog)
    assert shown, "no error under the ID number"
    assert CJK.search(shown) is None, shown
    issue = next(i for i in validate_new_staff("", IdType.RESIDENT_ID, bad, "") if i.field == "id_number")
    assert issue.code == "ID_CHECKSUM" and CJK.search(issue.message)   # the data stays Chinese
    assert shown == label(issue.message)
    assert dialog.id_number.property("invalid") is True


def test_enterprise_pages_uscc_error_reads_english(qtbot, english) -> None:
    from stdnum.cn import uscc

    from zsdesk.gui.pages.enterprise_page import EnterprisePage

    page = EnterprisePage(AppContext(app_paths().ensure()))
    qtbot.addWidget(page)
    page.show()
    body = "91442000123456789"
    right = uscc.calc_check_digit(body)
    editor = page.editors["uscc"]
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, body + ("1" if right != "1" else "2"))
    shown = _shown_error(page.errors["uscc"], page)
    assert shown and CJK.search(shown) is None, shown
    assert "USCC" in shown or "credit code" in shown.lower(), shown   # the field's label, translated
    assert editor.property("invalid") is True
