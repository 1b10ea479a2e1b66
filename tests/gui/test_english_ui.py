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


GLUED = re.compile(r"[a-z)”\"][.;:!?][A-Z“\"]")   # "unticked.If": two sentences joined the Chinese way


def glued_sentences(root: QWidget) -> list[str]:
    texts = [w.text() for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton)]
    return [t for t in texts if GLUED.search(t)]


def _english_main_window(qtbot, kind: AccountKind) -> MainWindow:  # type: ignore[no-untyped-def]
    ctx = AppContext(app_paths().ensure())
    ctx.account = Account(uid_account="u1", username="n1", kind=kind, display_name="Li Hua",
                          agency_name="Demo Realty")
    ctx.training = True
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()     # as it first opens on a 1366×768 screen: 1200×760, not maximised
    assert window.width() <= 1366 and window.height() <= 768
    return window


@pytest.mark.parametrize("kind", [AccountKind.STAFF, AccountKind.AGENCY])
def test_no_page_is_wider_than_the_window_on_a_1366x768_screen(qtbot, english, kind) -> None:  # type: ignore[no-untyped-def]
    """English runs about twice as wide as the Chinese: a page whose minimum is wider than the window's
    page area scrolls sideways and cuts its buttons off (the required-fields legend did on every form)."""
    window = _english_main_window(qtbot, kind)
    for item in window.nav_items:
        page = window.show_page(item.key)
        QApplication.processEvents()
        assert page.minimumSizeHint().width() <= window.ui.pages.width(), item.key
        assert glued_sentences(page) == [], item.key
    window.close()


def test_no_wizard_page_is_wider_than_its_area_on_a_1366x768_screen(qtbot, english, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Each wizard page within the main window's page area on a 1366×768 screen, training properties loaded
    (their long names made the verify page scroll sideways and cut 「查询房源」 off); the steps wrap."""
    from zsdesk.gui.contract_wizard.wizard_widget import ContractWizardWidget
    from zsdesk.registry.server.training import demo_property_list
    from zsdesk.services.contract_wizard import ContractWizard
    from zsdesk.services.wizard_pages import PAGES
    from zsdesk.store.database import open_cache

    area = _english_main_window(qtbot, AccountKind.STAFF).ui.pages.size()
    cache = open_cache(tmp_path / "cache.sqlite3", tmp_path / "config", master_key=bytes(range(32)))
    wizard = ContractWizard(cache.sessions, None, staff_account="agent1")
    wizard.demo_source = demo_property_list
    view = ContractWizardWidget(wizard)
    qtbot.addWidget(view)
    view.resize(area)
    view.show()
    verify = view.pages[PAGES[0]]
    qtbot.waitUntil(lambda: verify.practice_combo.count() > 2, timeout=10000)  # type: ignore[attr-defined]
    assert max(len(verify.practice_combo.itemText(i)) for i in range(verify.practice_combo.count())) > 20  # type: ignore[attr-defined]
    for page_id in PAGES:
        page = view.pages[page_id]
        view.stack.setCurrentWidget(page)
        QApplication.processEvents()
        assert page.minimumSizeHint().width() <= view.page_scroll.viewport().width(), page_id
        assert not view.page_scroll.horizontalScrollBar().isVisible(), page_id
        assert glued_sentences(page) == [], page_id
    steps = view.steps
    assert not steps.horizontalScrollBar().isVisible()
    last = steps.visualItemRect(steps.item(len(PAGES) - 1))
    assert last.right() <= steps.viewport().width()
    cache.close()


def test_counts_read_one_way_in_english() -> None:
    """Counts are "Label: N" ("Pending: 2", "Changes filed: 2"), never "2 revision(s)" beside "Revisions 3"."""
    import xml.etree.ElementTree as ET

    from zsdesk.gui.i18ngen import TS_DIR

    odd = [t for f in sorted((TS_DIR / "en").glob("*.ts")) for t in
           (m.findtext("translation") or "" for m in ET.parse(f).getroot().iter("message")) if "(s)" in t]
    assert odd == []


def test_contract_detail_names_the_revision_and_counts_the_changes(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from services.printing_world import close, new_context, store_contracts

    from zsdesk.gui.contract_detail import ContractDetailDialog
    from zsdesk.services.contract_detail import RevisionLine

    ctx = new_context()
    try:
        dialog = ContractDetailDialog(ctx, store_contracts(ctx, 1)[0])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
        assert "Current revision" in dialog.text.toPlainText()
        when = datetime(2026, 1, 2, 2, 0, tzinfo=UTC)
        dialog._show_revisions([RevisionLine(2, when, "agent07", [("交房日期", "2026-03-01", "2026-04-01")]),
                                RevisionLine(3, when, "agent07", [("其他约定", "", "现状交付")])])
        assert dialog.remote.text() == "Changes filed: 2 (revisions from the registry)."
        assert [dialog.revisions.item(r, 0).text() for r in range(dialog.revisions.rowCount())] == ["2", "3"]
        dialog.close()
    finally:
        close(ctx)
