"""Day one in training mode, all from the app, through the real widgets against the sandbox child
the app starts itself (no registry configured): register a unified account, have the sandbox open
a new agency and bind to it with the password the panel hands over, submit the enterprise record,
reject it and approve it in the panel's review queue (the page follows), add a staff member, approve
them and read their password in the SMS inbox; kill the sandbox child and restart it from the app.
A staff draft expires when the panel moves the clock 24 hours on. Against a registry that is not a
sandbox none of these screens exist."""

from __future__ import annotations

import io
import os
import signal
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from stdnum.cn import ric

from gui.helpers import type_text
from zsdesk.domain.enums import AccountKind, ReviewStatus
from zsdesk.gui.controller import AppController
from zsdesk.gui.main_window import MainWindow
from zsdesk.gui.pages.contracts_page import ContractsPage
from zsdesk.gui.pages.enterprise_page import EnterprisePage
from zsdesk.gui.pages.staff_page import StaffPage
from zsdesk.gui.staff_dialog import StaffDialog
from zsdesk.gui.training.bar import TrainingBar
from zsdesk.gui.training.panel import TrainingPanel
from zsdesk.gui.training.register_dialog import RegisterDialog
from zsdesk.gui.widgets.date_field import DateField
from zsdesk.paths import app_paths
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.app_settings import AppSettings
from zsdesk.services.sandbox import EmbeddedSandbox
from zsdesk.services.sandbox_process import SandboxProcess
from zsdesk.services.wizard_pages import PageId

LEFT = Qt.MouseButton.LeftButton
START_MS = 120_000          # the sandbox child's first start (imports, tables, seeding) on a busy machine


def _png(tmp_path: Path, name: str) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (640, 400), (200, 210, 220)).save(out, format="PNG")
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return path


def _ric(body: str) -> str:
    return body + ric.calc_check_digit(body + "0")


@pytest.fixture
def controller() -> Iterator[AppController]:
    paths = app_paths().ensure()
    app = AppController(paths, AppContext(paths, AppSettings()))
    assert app.ctx.settings.uses_sandbox
    yield app
    for window in (app.main_window, app.login_window):
        if window is not None:
            if isinstance(window, MainWindow):
                window.quit_confirmed = True
            window.close()
    app.shutdown()
    QApplication.processEvents()


def _connected_login(qtbot, controller: AppController):  # type: ignore[no-untyped-def]
    controller.start()
    login = controller.login_window
    assert login is not None
    qtbot.waitUntil(lambda: login.connected, timeout=START_MS)
    assert isinstance(controller.ctx.sandbox, SandboxProcess)
    bar = login.training_bar
    assert isinstance(bar, TrainingBar) and bar.isVisible()
    return login, bar


def _fill_enterprise(qtbot, page: EnterprisePage, name: str, uscc: str, licence: Path) -> None:  # type: ignore[no-untyped-def]
    def edit(key: str) -> QLineEdit:
        editor = page.editors[key]
        assert isinstance(editor, QLineEdit)
        return editor

    # the registry's draft starts with the agency's name and code as the center opened it
    assert edit("name").text() == name and edit("uscc").text() == uscc
    type_text(edit("legal_rep_name"), "赵六")
    qtbot.keyClicks(edit("legal_rep_id_number"), _ric("44200019800303003"))
    type_text(edit("address"), "广东省中山市东区中山四路1号")
    qtbot.keyClicks(edit("registered_capital"), "100")
    scope = page.editors["business_scope"]
    assert isinstance(scope, QPlainTextEdit)
    type_text(scope, "房地产经纪")
    type_text(edit("contact_name"), "钱七")
    qtbot.keyClicks(edit("contact_phone"), "13800138000")
    qtbot.keyClicks(edit("filing_cert_no"), "ZS-2026-0099")
    today = date.today()
    for key, day in (("established_on", today - timedelta(days=3650)),
                     ("business_term_end", today + timedelta(days=365)),
                     ("qualification_valid_until", today + timedelta(days=365))):
        editor = page.editors[key]
        assert isinstance(editor, DateField)
        editor.setFocus()                                  # typed as a person does, then Enter
        editor.selectAll()
        qtbot.keyClicks(editor, f"{day.year}/{day.month}/{day.day}")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        assert editor.text() == day.isoformat()
    type_text(page.comment, "首次登记，请审核")
    page.materials.add_material("营业执照")
    op = page.materials.attach_file(str(licence))
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=15000)
    qtbot.mouseClick(page.materials.upload_button, LEFT)
    row = page.materials.current()
    assert row is not None
    qtbot.waitUntil(lambda: row.uploaded is not None, timeout=15000)


def test_trainee_day_one_from_the_app(qtbot, controller: AppController, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    login, bar = _connected_login(qtbot, controller)

    # 注册统一认证账号 ----------------------------------------------------------------------------
    assert bar.register_button is not None
    qtbot.mouseClick(bar.register_button, LEFT)
    dialog = bar.register_dialog
    assert isinstance(dialog, RegisterDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.mouseClick(dialog.register_button, LEFT)              # empty: every field says what it needs
    assert "法人登录账号" in dialog.errors["login"].text()
    assert dialog.edits["uscc"].property("invalid") is True
    company = "中山市学员房地产经纪有限公司"
    qtbot.keyClicks(dialog.edits["login"], "trainee-agency")
    qtbot.keyClicks(dialog.edits["password"], "Passw0rd!")
    qtbot.keyClicks(dialog.edits["password_again"], "Passw0rd?")
    type_text(dialog.edits["company_name"], company)
    qtbot.mouseClick(dialog.practice_button, LEFT)
    uscc = dialog.edits["uscc"].text()
    assert len(uscc) == 18 and len(dialog.edits["legal_rep_id_number"].text()) == 18
    type_text(dialog.edits["address"], "广东省中山市东区中山四路1号")
    type_text(dialog.edits["legal_rep_name"], "赵六")
    qtbot.mouseClick(dialog.register_button, LEFT)
    assert "不一致" in dialog.errors["password_again"].text()   # the two passwords differ
    dialog.edits["password_again"].clear()
    qtbot.keyClicks(dialog.edits["password_again"], "Passw0rd!")
    qtbot.mouseClick(dialog.register_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    assert login.ui.accountEdit.text() == "trainee-agency" and login.ui.passwordEdit.text() == "Passw0rd!"

    # 练习：新建中介机构 — the sandbox opens the agency and hands over its account --------------------
    qtbot.mouseClick(bar.panel_button, LEFT)
    panel = bar.panel
    assert isinstance(panel, TrainingPanel)
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    assert panel.agency.name.text() == company and panel.agency.uscc.text() == uscc   # from the registration
    qtbot.mouseClick(panel.agency.open_button, LEFT)
    qtbot.waitUntil(lambda: panel.agency.handover.isVisible(), timeout=15000)
    netsign_login, initial = panel.agency.login_value.text(), panel.agency.password_value.text()
    assert netsign_login == company and initial == "123456"        # as the guide says the center hands it over
    # the trainee reviews: the sandbox's automatic approval goes off
    panel.tabs.setCurrentWidget(panel.review)
    qtbot.waitUntil(lambda: panel.review.loaded and panel.review.auto.isEnabled(), timeout=15000)
    assert panel.review.auto.isChecked()
    panel.review.auto.click()
    qtbot.waitUntil(lambda: panel.review.command is not None and panel.review.command.done, timeout=15000)
    assert not panel.review.auto.isChecked()
    panel.close()

    # log in, bind with the handed-over account ---------------------------------------------------
    qtbot.mouseClick(login.ui.loginButton, LEFT)
    qtbot.waitUntil(lambda: controller.binding_dialog is not None and controller.binding_dialog.isVisible(),
                    timeout=15000)
    binding = controller.binding_dialog
    type_text(binding.ui.accountEdit, netsign_login)
    qtbot.keyClicks(binding.ui.passwordEdit, initial)
    qtbot.mouseClick(binding.bind_button, LEFT)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    main = controller.main_window
    assert isinstance(main.training_bar, TrainingBar) and main.training_bar.register_button is None

    # 企业信息核查: fill and submit -----------------------------------------------------------------
    page = main.show_page("enterprise")
    assert isinstance(page, EnterprisePage)
    qtbot.waitUntil(lambda: page._loaded, timeout=15000)
    _fill_enterprise(qtbot, page, company, uscc, _png(tmp_path, "licence.png"))
    qtbot.mouseClick(page.submit_button, LEFT)
    qtbot.waitUntil(lambda: page.record.status is ReviewStatus.SUBMITTED or bool(page.form_message.text()),
                    timeout=15000)
    assert page.record.status is ReviewStatus.SUBMITTED, {k: e.text() for k, e in page.errors.items() if e.text()}

    # the center's queue in the panel, opened from the main window: reject (a reason is asked), then approve
    qtbot.mouseClick(main.training_bar.panel_button, LEFT)
    panel = main.training_bar.panel
    assert isinstance(panel, TrainingPanel) and panel.parent() is main
    panel.show_tab(panel.review)
    qtbot.waitUntil(lambda: panel.review.select("enterprise", company), timeout=15000)
    assert not panel.review.auto.isChecked()                      # the trainee's choice stayed
    qtbot.mouseClick(panel.review.reject_button, LEFT)
    qtbot.waitUntil(lambda: "驳回原因" in panel.review.reason_error.text(), timeout=15000)
    assert panel.review.reason.property("invalid") is True
    type_text(panel.review.reason, "营业执照图片不清晰，请重新上传")
    qtbot.mouseClick(panel.review.reject_button, LEFT)
    qtbot.waitUntil(lambda: page.record.status is ReviewStatus.REJECTED, timeout=20000)   # the page followed
    assert "营业执照图片不清晰" in page.reason_label.text() and page.reason_label.isVisibleTo(page)
    assert "已驳回" in panel.review.message.text()
    qtbot.mouseClick(page.submit_button, LEFT)
    qtbot.waitUntil(lambda: page.record.status is ReviewStatus.SUBMITTED, timeout=15000)
    qtbot.mouseClick(panel.review.refresh_button, LEFT)
    qtbot.waitUntil(lambda: panel.review.select("enterprise", company), timeout=15000)
    qtbot.mouseClick(panel.review.approve_button, LEFT)
    qtbot.waitUntil(lambda: page.record.status is ReviewStatus.APPROVED, timeout=20000)
    assert "审核通过" in page.status_label.text()

    # 人员管理: add a staff member, approve them, read the password in the SMS inbox ----------------------
    staff_page = main.show_page("staff")
    assert isinstance(staff_page, StaffPage)
    qtbot.waitUntil(lambda: staff_page._loaded, timeout=15000)
    qtbot.mouseClick(staff_page.add_button, LEFT)
    staff_dialog = staff_page.dialog
    assert isinstance(staff_dialog, StaffDialog)
    qtbot.waitUntil(staff_dialog.isVisible, timeout=5000)
    type_text(staff_dialog.name, "孙小梅")
    qtbot.keyClicks(staff_dialog.id_number, _ric("44200019950606006"))
    qtbot.keyClicks(staff_dialog.phone, "13912340000")
    qtbot.mouseClick(staff_dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: staff_dialog.member is not None, timeout=15000)
    id_card = _png(tmp_path, "id_card.png")
    for index in range(2):                                   # 身份证正面, 身份证反面
        staff_dialog.materials.table.selectRow(index)
        staff_op = staff_dialog.materials.attach_file(str(id_card))
        assert staff_op is not None
        qtbot.waitUntil(lambda op=staff_op: op.done, timeout=15000)
        qtbot.mouseClick(staff_dialog.materials.upload_button, LEFT)
        qtbot.waitUntil(lambda i=index: staff_dialog.materials.rows[i].uploaded is not None, timeout=15000)
    qtbot.waitUntil(staff_dialog.submit_button.isEnabled, timeout=15000)
    qtbot.mouseClick(staff_dialog.submit_button, LEFT)
    qtbot.waitUntil(lambda: not staff_dialog.isVisible(), timeout=15000)

    qtbot.mouseClick(panel.review.refresh_button, LEFT)
    qtbot.waitUntil(lambda: panel.review.select("staff", "孙小梅"), timeout=15000)
    qtbot.mouseClick(panel.review.approve_button, LEFT)
    qtbot.waitUntil(lambda: "短信" in panel.review.message.text(), timeout=15000)
    panel.show_tab(panel.sms)
    qtbot.waitUntil(lambda: any("孙小梅" in t.text for t in panel.sms.texts), timeout=15000)
    text = next(t for t in panel.sms.texts if "孙小梅" in t.text)
    assert "初始密码：" in text.text and "登录账号：" in text.text
    assert text.phone == "139****0000"                           # masked on screen
    assert panel.sms.table.item(0, 2).text() == text.text         # newest first
    qtbot.waitUntil(lambda: any(m.status is ReviewStatus.APPROVED for m in staff_page.members), timeout=20000)

    # the sandbox child dies; the app says so and restarts it ----------------------------------------
    sandbox = controller.ctx.sandbox
    assert isinstance(sandbox, SandboxProcess) and sandbox.pid is not None
    url = controller.ctx.registry_url
    os.kill(sandbox.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: main.training_bar.restart_button.isVisibleTo(main.training_bar), timeout=15000)
    assert main.training_bar.stopped_label.isVisibleTo(main.training_bar)
    qtbot.waitUntil(lambda: panel.restart_button.isVisibleTo(panel), timeout=15000)
    assert "已停止" in panel.state_label.text()
    qtbot.mouseClick(panel.restart_button, LEFT)
    qtbot.waitUntil(lambda: "重新启动" in panel.state_label.text(), timeout=START_MS)
    assert controller.ctx.sandbox is not sandbox and isinstance(controller.ctx.sandbox, SandboxProcess)
    assert controller.ctx.sandbox.alive and controller.ctx.registry_url == url
    assert not main.training_bar.restart_button.isVisibleTo(main.training_bar)
    qtbot.waitUntil(lambda: panel.sms.loaded and any("孙小梅" in t.text for t in panel.sms.texts),
                    timeout=15000)                              # its data is all there, the session too
    page.refresh()
    qtbot.waitUntil(lambda: page._loaded and page.record.status is ReviewStatus.APPROVED, timeout=15000)


def test_clock_advance_expires_a_draft(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    login, _bar = _connected_login(qtbot, controller)
    demo = next(login.ui.demoList.item(i) for i in range(login.ui.demoList.count())
                if "demo-staff1" in login.ui.demoList.item(i).text())
    qtbot.mouseClick(login.ui.demoList.viewport(), LEFT, pos=login.ui.demoList.visualItemRect(demo).center())
    qtbot.mouseClick(login.ui.loginButton, LEFT)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30000)
    main = controller.main_window
    assert main.account.kind is AccountKind.STAFF

    # a draft: verify a demo property in the wizard (the registry's 24-hour clock starts) ------------
    main.new_contract()
    page = main.page("new_contract")
    assert isinstance(page, ContractsPage)
    qtbot.waitUntil(lambda: page.wizard_view is not None, timeout=15000)
    verify = page.wizard_view.pages[PageId.VERIFY]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: verify.practice_combo.count() > 1, timeout=30000)
    verify.practice_combo.setCurrentIndex(verify.practice_combo.findData("sole"))
    qtbot.mouseClick(verify.query, LEFT)
    qtbot.waitUntil(lambda: "成功" in verify.result.text(), timeout=30000)

    mine = main.show_page("my_contracts")
    assert isinstance(mine, ContractsPage)

    def clock_cell() -> str:
        model = mine.model
        if model.rowCount() != 1:
            return ""
        return str(model.data(model.index(0, model.columnCount() - 1)))

    main.sync_now()
    qtbot.waitUntil(lambda: clock_cell().startswith(("剩", "⚠")), timeout=60000)    # 剩 23 小时 59 分

    # +24 h in the panel: the registry deletes the draft, the list says so ---------------------------
    panel = main.training_bar.open_panel("clock")
    qtbot.waitUntil(lambda: panel.clock.loaded, timeout=15000)
    assert "一致" in panel.clock.offset_label.text()
    qtbot.mouseClick(panel.clock.buttons["24h"], LEFT)
    qtbot.waitUntil(lambda: "快 24 小时" in panel.clock.offset_label.text(), timeout=15000)
    qtbot.waitUntil(lambda: clock_cell() == "已过期，可重新创建", timeout=60000)
    assert main.ctx.status.online and controller.reauth_dialog is None      # still signed in
    qtbot.mouseClick(panel.clock.buttons["reset"], LEFT)
    qtbot.waitUntil(lambda: "一致" in panel.clock.offset_label.text(), timeout=15000)


def test_no_training_screens_against_a_real_registry(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A registry without the sandbox endpoints and not in training mode: what a real one looks like.
    server = EmbeddedSandbox(tmp_path / "real.sqlite3", training=False, sandbox=False)
    url = server.start()
    try:
        paths = app_paths().ensure()
        controller = AppController(paths, AppContext(paths, AppSettings(registry_url=url)))
        controller.start()
        login = controller.login_window
        assert login is not None
        qtbot.waitUntil(lambda: login.connected, timeout=30000)
        assert not controller.ctx.training
        assert login.training_bar is None
        assert login.findChild(QWidget, "trainingBar") is None and login.findChild(QWidget, "registerAccount") is None
        ctx = controller.ctx
        ctx.account = Account("someone", "中山市某房地产经纪有限公司", AccountKind.AGENCY, "中山市某房地产经纪有限公司",
                              "中山市某房地产经纪有限公司")
        main = MainWindow(ctx)
        qtbot.addWidget(main)
        assert main.training_bar is None and main.findChild(QWidget, "trainingBar") is None
        assert main.findChild(QWidget, "trainingPanel") is None
        main.went_online()                                     # a later sign-in does not add it either
        assert main.training_bar is None
        with pytest.raises(AssertionError):
            TrainingPanel(ctx)
        main.quit_confirmed = True
        main.close()
        login.close()
        controller.shutdown()
    finally:
        server.stop()
