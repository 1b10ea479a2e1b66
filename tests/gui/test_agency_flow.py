"""The agency's whole first day, through the real screens against the sandbox registry:
log in, bind, fill the enterprise record (a bad USCC and an over-limit date show inline), upload a
1.5 MB photo (refused, shrunk, uploaded), submit, center approval, add a staff member, approval,
the login account listed, deactivation. A stall probe fails the test on network I/O or over 100 ms
of work on the GUI thread at a time."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import requests
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit
from services.photos import phone_photo
from stdnum.cn import ric

from gui.helpers import StallProbe, off_gui_thread, type_date, type_text
from zsdesk.domain.enums import ReviewStatus
from zsdesk.domain.materials import MAX_MATERIAL_BYTES
from zsdesk.gui.controller import AppController
from zsdesk.gui.pages.approved_staff_page import ApprovedStaffPage
from zsdesk.gui.pages.enterprise_page import EnterprisePage
from zsdesk.gui.pages.staff_page import StaffPage
from zsdesk.gui.staff_dialog import StaffDialog
from zsdesk.gui.widgets.date_field import DateField
from zsdesk.paths import app_paths
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_settings import AppSettings

LEFT = Qt.MouseButton.LeftButton


def _center(url: str, token: str, path: str) -> dict:  # type: ignore[type-arg]
    resp = requests.post(f"{url}/api/v1/center/{path}", json={}, headers={"Authorization": f"Bearer {token}"},
                         timeout=10)
    assert resp.status_code == 200, resp.text
    return resp.json()  # type: ignore[no-any-return]


def _small_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 400), (200, 210, 220)).save(out, format="PNG")
    return out.getvalue()


def _staff_id_number() -> str:
    body = "44200019880808123"
    return body + ric.calc_check_digit(body + "0")


def _set_date(qtbot, editor: DateField, d: date) -> None:  # type: ignore[no-untyped-def]
    """Typed as a person does, in a form other than the one shown (2026/3/18), then Enter."""
    type_date(qtbot, editor, f"{d.year}/{d.month}/{d.day}")
    assert editor.text() == d.isoformat()


def _error(page: EnterprisePage, key: str) -> str:
    label = page.errors[key]
    return label.text() if label.isVisibleTo(page) else ""


def test_agency_first_day(qtbot, sandbox_url, new_agency, tmp_path: Path):
    photo = tmp_path / "营业执照.jpg"
    photo.write_bytes(phone_photo(1_500_000))
    assert photo.stat().st_size > 1_400_000
    id_front = tmp_path / "id_front.png"
    id_front.write_bytes(_small_png())

    probe = StallProbe()
    probe.start()
    paths = app_paths().ensure()
    controller = AppController(paths, AppContext(paths, AppSettings(registry_url=sandbox_url)))
    controller.start()
    login = controller.login_window
    assert login is not None
    qtbot.waitUntil(lambda: login.connected, timeout=15000)

    probe.mark("login")
    # log in and bind -------------------------------------------------------------------------
    qtbot.keyClicks(login.ui.accountEdit, new_agency["login"])
    qtbot.keyClicks(login.ui.passwordEdit, new_agency["password"])
    qtbot.mouseClick(login.ui.loginButton, LEFT)
    qtbot.waitUntil(lambda: controller.binding_dialog is not None and controller.binding_dialog.isVisible(),
                    timeout=10000)
    dialog = controller.binding_dialog
    type_text(dialog.ui.accountEdit, new_agency["name"])
    qtbot.keyClicks(dialog.ui.passwordEdit, "123456")
    qtbot.mouseClick(dialog.bind_button, LEFT)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10000)
    main = controller.main_window

    probe.mark("enterprise page")
    # 企业信息核查 --------------------------------------------------------------------------
    page = main.show_page("enterprise")
    assert isinstance(page, EnterprisePage)
    qtbot.waitUntil(lambda: page._loaded, timeout=10000)
    assert page.record.status is ReviewStatus.DRAFT
    assert page.editors["uscc"].property("required") is True  # the blue box

    def edit(key: str) -> QLineEdit:
        editor = page.editors[key]
        assert isinstance(editor, QLineEdit)
        return editor

    probe.mark("typing enterprise")
    type_text(edit("name"), new_agency["name"])
    bad_uscc = new_agency["uscc"][:-1] + ("0" if new_agency["uscc"][-1] != "0" else "1")
    qtbot.keyClicks(edit("uscc"), bad_uscc)
    assert "统一社会信用代码" in _error(page, "uscc") or "校验" in _error(page, "uscc"), _error(page, "uscc")
    assert edit("uscc").property("invalid") is True
    edit("uscc").clear()
    qtbot.keyClicks(edit("uscc"), new_agency["uscc"])
    assert _error(page, "uscc") == ""
    assert edit("uscc").property("invalid") is False

    type_text(edit("legal_rep_name"), "张三")
    qtbot.keyClicks(edit("legal_rep_id_number"), _staff_id_number())
    type_text(edit("address"), "广东省中山市东区中山四路1号")
    qtbot.keyClicks(edit("registered_capital"), "100")
    scope = page.editors["business_scope"]
    assert isinstance(scope, QPlainTextEdit)
    type_text(scope, "房地产经纪；房地产咨询")
    type_text(edit("contact_name"), "李四")
    qtbot.keyClicks(edit("contact_phone"), "13800138000")
    qtbot.keyClicks(edit("filing_cert_no"), "ZS-2024-0001")
    today = date.today()
    _set_date(qtbot, page.editors["established_on"], today - timedelta(days=3650))  # type: ignore[arg-type]
    too_late = today + timedelta(days=3 * 365)
    _set_date(qtbot, page.editors["business_term_end"], too_late)  # type: ignore[arg-type]
    assert "2 年" in _error(page, "business_term_end"), _error(page, "business_term_end")
    assert page.editors["business_term_end"].property("invalid") is True
    term_end = today + timedelta(days=365)
    _set_date(qtbot, page.editors["business_term_end"], term_end)  # type: ignore[arg-type]
    assert _error(page, "business_term_end") == ""
    _set_date(qtbot, page.editors["qualification_valid_until"], term_end)  # type: ignore[arg-type]
    assert _error(page, "qualification_valid_until") == ""

    probe.mark("submit without material")
    # a submit without the licence picture is refused by the registry, next to the materials
    type_text(page.comment, "首次登记，请审核")
    qtbot.mouseClick(page.submit_button, LEFT)
    qtbot.waitUntil(lambda: "营业执照" in page.form_message.text(), timeout=10000)
    assert page.record.status is ReviewStatus.DRAFT

    probe.mark("materials")
    # 收件材料: the 1.5 MB photo is refused, shrunk, then uploaded ------------------------------
    panel = page.materials
    panel.add_material("营业执照")
    op = panel.attach_file(str(photo))
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=15000)
    row = panel.current()
    assert row is not None and row.prepared is not None and row.prepared.over_limit
    assert row.status == "超过 500 KB"
    assert panel.message.isVisibleTo(panel) and "字节" in panel.message.text()
    assert f"{row.prepared.size:,}" in panel.message.text()
    assert panel.shrink_button.isVisibleTo(panel) and not panel.upload_button.isEnabled()
    assert not panel.preview.pixmap().isNull()  # the thumbnail
    probe.mark("shrink")
    qtbot.mouseClick(panel.shrink_button, LEFT)
    qtbot.waitUntil(lambda: row.prepared is not None and row.prepared.shrunk, timeout=30000)
    assert row.prepared.size <= MAX_MATERIAL_BYTES
    assert max(row.prepared.width, row.prepared.height) >= 1600
    assert not panel.shrink_button.isVisibleTo(panel) and panel.upload_button.isEnabled()
    probe.mark("upload")
    qtbot.mouseClick(panel.upload_button, LEFT)
    qtbot.waitUntil(lambda: row.uploaded is not None, timeout=10000)
    assert row.status == "已上传"

    qtbot.mouseClick(page.submit_button, LEFT)
    qtbot.waitUntil(lambda: page.record.status is ReviewStatus.SUBMITTED, timeout=10000)
    assert not page.submit_button.isEnabled()
    assert "等待" in page.status_label.text()

    probe.mark("center approve")
    # the center approves --------------------------------------------------------------------
    record_id = page.record.record_id
    off_gui_thread(qtbot, lambda: _center(sandbox_url, new_agency["center_token"],
                                          f"enterprise/{record_id}/approve"))
    page.refresh()
    qtbot.waitUntil(lambda: page.record.status is ReviewStatus.APPROVED, timeout=10000)
    assert page.status_label.text() == "审核状态：审核通过。可以在「人员管理」中添加从业人员。"

    probe.mark("staff page")
    # 人员管理: add a staff member --------------------------------------------------------------
    staff_page = main.show_page("staff")
    assert isinstance(staff_page, StaffPage)
    qtbot.waitUntil(lambda: staff_page._loaded, timeout=10000)
    probe.mark("staff dialog")
    qtbot.mouseClick(staff_page.add_button, LEFT)
    staff_dialog = staff_page.dialog
    assert isinstance(staff_dialog, StaffDialog)
    qtbot.waitUntil(staff_dialog.isVisible, timeout=5000)
    type_text(staff_dialog.name, "王小明")
    qtbot.keyClicks(staff_dialog.id_number, _staff_id_number()[:-1] + "0")  # a wrong check digit first
    assert staff_dialog.errors["id_number"].message()   # its line is reserved (MessageSlot): read the message
    staff_dialog.id_number.clear()
    qtbot.keyClicks(staff_dialog.id_number, _staff_id_number())
    assert staff_dialog.errors["id_number"].message() == ""
    qtbot.keyClicks(staff_dialog.phone, "13912345678")
    qtbot.mouseClick(staff_dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: staff_dialog.member is not None, timeout=10000)
    assert not staff_dialog.submit_button.isEnabled()  # the ID card pictures first
    # the box asks for 身份证正面、反面: a row for each, and 提交审核 waits for both
    assert "身份证正面、反面" in staff_dialog.materials_box.title()
    assert [r.name for r in staff_dialog.materials.rows] == ["身份证正面", "身份证反面"]
    for index, side in enumerate(("身份证正面", "身份证反面")):
        staff_dialog.materials.table.selectRow(index)
        staff_op = staff_dialog.materials.attach_file(str(id_front))
        assert staff_op is not None
        qtbot.waitUntil(lambda op=staff_op: op.done, timeout=10000)
        qtbot.mouseClick(staff_dialog.materials.upload_button, LEFT)
        qtbot.waitUntil(lambda i=index: staff_dialog.materials.rows[i].uploaded is not None, timeout=10000)
        assert staff_dialog.materials.rows[index].uploaded.kind.label == side  # type: ignore[union-attr]
        if index == 0:
            assert not staff_dialog.submit_button.isEnabled()
            assert "身份证反面" in staff_dialog.missing.text()
    qtbot.waitUntil(staff_dialog.submit_button.isEnabled, timeout=10000)
    assert staff_dialog.missing.text() == ""
    qtbot.mouseClick(staff_dialog.submit_button, LEFT)
    qtbot.waitUntil(lambda: not staff_dialog.isVisible(), timeout=10000)
    assert staff_dialog.member is not None and staff_dialog.member.status is ReviewStatus.SUBMITTED
    qtbot.waitUntil(lambda: any(m.status is ReviewStatus.SUBMITTED for m in staff_page.members), timeout=10000)
    assert staff_page.table.rowCount() == 1
    assert staff_page.table.item(0, 3).text() == "待审核"
    assert "4420" not in staff_page.table.item(0, 1).text()[4:]  # the ID number is masked

    approved = off_gui_thread(qtbot, lambda: _center(sandbox_url, new_agency["center_token"],
                                                     f"staff/{staff_dialog.member.staff_id}/approve"))
    login_name = approved["login"]
    assert login_name

    probe.mark("approved page")
    # 已审核从业人员查询: the login account, then deactivation ---------------------------------
    approved_page = main.show_page("approved_staff")
    assert isinstance(approved_page, ApprovedStaffPage)
    qtbot.waitUntil(lambda: approved_page.table.rowCount() == 1, timeout=10000)
    assert approved_page.table.item(0, 1).text() == login_name
    assert approved_page.table.item(0, 4).text() == "正常"
    approved_page.table.selectRow(0)
    assert approved_page.deactivate_button.isEnabled()
    qtbot.mouseClick(approved_page.deactivate_button, LEFT)
    box = approved_page.confirm_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert login_name in box.text() and "不能撤销" in box.text()
    confirm = next(b for b in box.buttons() if b.text() == "确定注销")
    probe.mark("deactivate")
    qtbot.mouseClick(confirm, LEFT)
    qtbot.waitUntil(lambda: approved_page.table.rowCount() == 1
                    and approved_page.table.item(0, 4).text() == "已注销", timeout=10000)
    assert not approved_page.deactivate_button.isEnabled()

    probe.stop()
    main.close()
    controller.shutdown()
    QApplication.processEvents()
    probe.check()
