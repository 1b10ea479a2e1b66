"""Issue 13 §3/§4 beyond the contract wizard, through the real widgets: the enterprise record page
and the staff dialog check every field on every key through field_feedback.FieldFeedback (the
wizard's mechanism), an empty required field says so from the first save/submit on, a valid value
clears its message at once, and no input or button moves when a message appears. MessageSlot
reserves the real height of Chinese text, so a Chinese message is painted whole, not "…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from stdnum.cn import ric

from gui.helpers import CALENDAR_POPUP_LOG, type_text
from gui.test_enterprise_dates import _dead_url
from gui.test_wizard_feedback import assert_still, geometry
from zsdesk.domain.enums import AccountKind, IdType
from zsdesk.gui.pages.enterprise_page import EnterprisePage
from zsdesk.gui.staff_dialog import StaffDialog
from zsdesk.gui.widgets.field_feedback import MessageSlot, line_height
from zsdesk.paths import app_paths
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.app_settings import AppSettings
from zsdesk.services.registry_access import RegistryAccess

pytestmark = pytest.mark.qt_log_ignore(*CALENDAR_POPUP_LOG)

STAFF_ID = "44200019880808123" + ric.calc_check_digit("44200019880808123" + "0")


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _ctx(sandbox_url: str, agency: dict) -> AppContext:  # type: ignore[type-arg]
    ctx = AppContext(app_paths().ensure(), AppSettings(registry_url=sandbox_url))
    ctx.client = RegistryAccess(sandbox_url)
    ctx.client.client.login(agency["login"], agency["password"])
    ctx.account = Account(agency["login"], agency["name"], AccountKind.AGENCY, agency["name"], agency["name"],
                          agency_id="1")
    return ctx


def _still(window: QWidget, buttons: list[QPushButton]) -> dict[str, QRect]:
    out = geometry(window, window)
    out.update({f"button:{b.text()}": QRect(b.mapTo(window, QPoint(0, 0)), b.size()) for b in buttons})
    return out


# -- MessageSlot: Chinese text uncut --------------------------------------------------------------

def test_a_chinese_message_is_painted_whole_in_its_reserved_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    slot = MessageSlot(1)
    qtbot.addWidget(slot)
    slot.resize(500, slot.height())
    slot.show()
    text = "请填写从业人员姓名（与身份证件一致）"
    slot.set_message(text)
    _settle()
    drawn = QFontMetrics(slot.font()).boundingRect(text).height()
    assert slot.contentsRect().height() >= drawn, (slot.contentsRect().height(), drawn)
    assert slot.height() >= line_height(slot.font()) >= QFontMetrics(slot.font()).lineSpacing()
    assert slot.shown_text() == text and slot.toolTip() == ""
    assert slot.grab().size() == QSize(slot.width(), slot.height())
    # a message really too long for one line is still cut, whole in the tooltip
    slot.set_message(text * 4)
    assert slot.shown_text().endswith("…") and slot.toolTip() == text * 4


# -- the staff dialog ----------------------------------------------------------------------------

@pytest.fixture
def staff_dialog(qtbot, sandbox_url, new_agency):  # type: ignore[no-untyped-def]
    dialog = StaffDialog(_ctx(sandbox_url, new_agency))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle()
    return dialog


def test_staff_messages_follow_the_typing_and_nothing_moves(qtbot, staff_dialog: StaffDialog) -> None:  # type: ignore[no-untyped-def]
    d = staff_dialog
    buttons = [d.save_button, d.submit_button]
    before = _still(d, buttons)
    assert all(e.message() == "" for e in d.errors.values())     # a fresh form is not covered in red
    d.save_button.click()                                          # nothing typed: every required field says so
    _settle()
    assert d.member is None
    assert "姓名" in d.errors["name"].message() and d.name.property("invalid")
    assert "证件" in d.errors["id_number"].message() or "身份证" in d.errors["id_number"].message()
    assert "电话" in d.errors["phone"].message() or "手机" in d.errors["phone"].message()
    for slot in d.errors.values():
        assert slot.shown_text() == slot.message(), slot.message()     # painted whole, not "…"
    assert_still(before, _still(d, buttons), "the required messages")
    # filled in: each message goes at the first key, with no reopening
    type_text(d.name, "王小明")
    assert d.errors["name"].message() == "" and not d.name.property("invalid")
    qtbot.keyClicks(d.id_number, STAFF_ID[:-1] + "0")           # a wrong check digit
    assert "身份证" in d.errors["id_number"].message() and d.id_number.property("invalid")
    assert_still(before, _still(d, buttons), "the ID number message")
    d.id_number.clear()
    qtbot.keyClicks(d.id_number, STAFF_ID)
    assert d.errors["id_number"].message() == "" and not d.id_number.property("invalid")
    qtbot.keyClicks(d.phone, "0760-88300526")                  # not a mobile: the SMS rule says why
    assert "手机" in d.errors["phone"].message()
    d.phone.clear()
    qtbot.keyClicks(d.phone, "13912345678")
    assert d.errors["phone"].message() == ""
    # a choice re-checks the number at once: a 身份证 number is no 护照 number
    passport = next(i for i in range(d.id_type.count()) if IdType(d.id_type.itemData(i)) is IdType.PASSPORT) \
        if any(IdType(d.id_type.itemData(i)) is IdType.PASSPORT for i in range(d.id_type.count())) else None
    if passport is not None:
        d.id_type.setCurrentIndex(passport)
        _settle()
        assert_still(before, _still(d, buttons), "choosing another ID type")
        d.id_type.setCurrentIndex(0)
        assert d.errors["id_number"].message() == ""
    # a long dialog message (e.g. offline) has reserved lines too
    d.message.set_message("无法连接登记中心，请检查网络。人员信息尚未保存，填写的内容仍在此窗口中；"
                          "恢复连接后请再点「保存人员信息」。", "error")
    _settle()
    assert_still(before, _still(d, buttons), "the dialog's message")


# -- the enterprise record page ------------------------------------------------------------------

@pytest.fixture
def enterprise(qtbot):  # type: ignore[no-untyped-def]
    """The page as test_enterprise_dates builds it (its registry unreachable: nothing typed here is sent)."""
    url = _dead_url()
    ctx = AppContext(app_paths(), AppSettings(registry_url=url))
    ctx.client = RegistryAccess(url)
    name = "中山市好家园房地产代理有限公司"
    ctx.account = Account("admin_uid", name, AccountKind.AGENCY, name, name, agency_id="1")
    page = EnterprisePage(ctx)
    qtbot.addWidget(page)
    page.resize(1366 - 200, 768 - 120)
    page.show()
    qtbot.waitExposed(page)
    _settle()
    return page


def test_enterprise_messages_follow_the_typing_and_nothing_moves(qtbot, enterprise: EnterprisePage) -> None:  # type: ignore[no-untyped-def]
    page = enterprise
    body = page.comment.window()
    buttons = [page.save_button, page.submit_button]
    before = _still(body, buttons)
    name = page.editors["name"]
    assert name.property("required") and page.errors["name"].message() == ""
    name.clear()  # type: ignore[attr-defined]
    assert page.errors["name"].message() == ""       # while typing, an empty field is not yet an error
    page.submit_button.click()
    _settle()
    assert "请填写" in page.errors["name"].message()
    assert name.property("invalid")
    assert "提交意见" in page.comment_error.message()
    assert_still(before, _still(body, buttons), "the required messages")
    type_text(name, "中山市好家园房地产代理有限公司")
    assert page.errors["name"].message() == "" and not name.property("invalid")
    type_text(page.comment, "首次登记，请审核。")
    assert page.comment_error.message() == ""
    # an invalid code: the domain's Chinese message, naming the field
    uscc = page.editors["uscc"]
    uscc.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(uscc, "91442000ABC")
    assert "统一社会信用代码" in page.errors["uscc"].message() and uscc.property("invalid")
    assert page.errors["uscc"].shown_text() == page.errors["uscc"].message()
    assert_still(before, _still(body, buttons), "the code's message")


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_staff_dialog_fits_a_1366x768_screen(qtbot, request, language: str) -> None:  # type: ignore[no-untyped-def]
    if language == "en":
        request.getfixturevalue("english")
    dialog = StaffDialog(AppContext(app_paths().ensure()))
    qtbot.addWidget(dialog)
    dialog.show()
    _settle()
    # room left for the title bar and a task bar (the English dialog needed 733 px, over the screen with them)
    assert dialog.minimumSizeHint().height() <= 768 - 56, dialog.minimumSizeHint()
    assert dialog.height() <= 768 - 56


def test_a_bind_error_squeezes_no_field_of_the_binding_dialog(qtbot, sandbox_url, new_agency) -> None:  # type: ignore[no-untyped-def]
    from gui.test_login_flow import _controller

    controller = _controller(sandbox_url)
    controller.start()
    login = controller.login_window
    assert login is not None
    qtbot.waitUntil(lambda: login.connected, timeout=15000)
    qtbot.keyClicks(login.ui.accountEdit, new_agency["login"])
    qtbot.keyClicks(login.ui.passwordEdit, new_agency["password"])
    login.ui.loginButton.click()
    qtbot.waitUntil(lambda: controller.binding_dialog is not None and controller.binding_dialog.isVisible(),
                    timeout=10000)
    dialog = controller.binding_dialog
    _settle()
    before = _still(dialog, [dialog.bind_button])
    type_text(dialog.ui.accountEdit, new_agency["name"])
    qtbot.keyClicks(dialog.ui.passwordEdit, "wrong-password")
    dialog.bind_button.click()
    qtbot.waitUntil(lambda: bool(dialog.ui.errorLabel.message()), timeout=10000)
    _settle()
    assert dialog.ui.accountEdit.height() >= dialog.ui.accountEdit.sizeHint().height()
    assert_still(before, _still(dialog, [dialog.bind_button]), "the bind error")
    dialog.reject()
    controller.shutdown()
    QApplication.processEvents()


def test_settings_messages_move_no_field_and_not_save(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from zsdesk.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    _settle()
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    dialog.ui.registryRadio.setChecked(True)
    _settle()
    before = _still(dialog, [save])
    dialog.ui.urlEdit.clear()
    _settle()
    assert "地址" in dialog.ui.urlError.message() and not save.isEnabled()
    assert dialog.ui.urlError.shown_text() == dialog.ui.urlError.message()
    assert_still(before, _still(dialog, [save]), "the address message")
    qtbot.keyClicks(dialog.ui.urlEdit, "https://registry.example.cn")
    assert dialog.ui.urlError.message() == "" and save.isEnabled()
    assert_still(before, _still(dialog, [save]), "the message going")


def test_a_login_error_moves_no_field_and_not_the_login_button(qtbot, sandbox_url, new_agency) -> None:  # type: ignore[no-untyped-def]
    from gui.test_login_flow import _controller

    controller = _controller(sandbox_url)
    controller.start()
    login = controller.login_window
    assert login is not None
    qtbot.waitUntil(lambda: login.connected, timeout=15000)
    _settle()
    before = _still(login, [login.ui.loginButton])
    qtbot.keyClicks(login.ui.accountEdit, new_agency["login"])
    qtbot.keyClicks(login.ui.passwordEdit, "wrong-password")
    login.ui.loginButton.click()
    qtbot.waitUntil(lambda: bool(login.ui.errorLabel.message()), timeout=10000)
    _settle()
    assert "密码" in login.ui.errorLabel.message()
    assert login.ui.errorLabel.shown_text() == login.ui.errorLabel.message()
    assert_still(before, _still(login, [login.ui.loginButton]), "the login error")
    controller.shutdown()
    QApplication.processEvents()
