"""Smaller things users noticed (issue 13 §9), each through the real widgets."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from PIL import Image

from zsdesk.domain.enums import ReviewStatus
from zsdesk.domain.materials import MAX_MATERIAL_BYTES
from zsdesk.gui.pages.enterprise_page import EnterprisePage
from zsdesk.gui.widgets.materials_panel import MaterialsPanel
from zsdesk.paths import app_paths
from zsdesk.services.agency import EnterpriseRecord
from zsdesk.services.app_context import AppContext


def jpeg_of_size(size: int) -> bytes:
    """A real, decodable JPEG of exactly `size` bytes: a small picture padded with comment segments."""
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 40)).save(out, format="JPEG")
    head, rest = out.getvalue()[:2], out.getvalue()[2:]
    need = size - len(head) - len(rest)
    pad = b""
    while need > 0:
        body = min(need - 4, 65533)
        if need - (body + 4) in (1, 2, 3):   # leave room for one more whole segment
            body -= 4
        pad += b"\xff\xfe" + struct.pack(">H", body + 2) + b"\0" * body
        need -= body + 4
    data = head + pad + rest
    assert len(data) == size
    return data


def _attach(qtbot, panel: MaterialsPanel, path: Path) -> None:  # type: ignore[no-untyped-def]
    op = panel.attach_file(str(path))
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=10000)


def test_sizes_read_in_the_limits_unit(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """509,754 bytes is under 500 KB (512,000 bytes) and reads so; one byte over the limit never
    reads as 500 KB; the hint and the status name the same limit."""
    panel = MaterialsPanel()
    qtbot.addWidget(panel)
    hint = " ".join(w.text() for w in panel.findChildren(type(panel.info)))
    assert "每张不超过 500 KB（512,000 字节）" in hint
    cases = {509_754: ("498 KB", False), MAX_MATERIAL_BYTES: ("500 KB", False),
             MAX_MATERIAL_BYTES + 1: ("501 KB", True), 1_500_000: ("1,465 KB", True)}
    for size, (shown, over) in cases.items():
        path = tmp_path / f"p{size}.jpg"
        path.write_bytes(jpeg_of_size(size))
        panel.add_material("营业执照")
        _attach(qtbot, panel, path)
        row = panel.table.currentRow()
        assert panel.table.item(row, 2).text() == shown, size
        assert (panel.table.item(row, 3).text() == "超过 500 KB") is over, size
        assert shown in panel.info.text()
        if over:
            assert f"{size:,} 字节" in panel.message.text() and "500 KB（512,000 字节）" in panel.message.text()


@pytest.mark.parametrize("status", list(ReviewStatus))
def test_review_status_says_its_word_once(qtbot, status: ReviewStatus) -> None:  # type: ignore[no-untyped-def]
    page = EnterprisePage(AppContext(app_paths().ensure()))
    qtbot.addWidget(page)
    page._show_record(EnterpriseRecord(status=status, rejection_reason="营业执照不清晰"))
    text = page.status_label.text()
    word = status.label
    assert text.startswith(f"审核状态：{word}。"), text
    assert text.count(word) == 1 and text.count("审核通过") <= 1 and "已提交，" not in text, text


# offscreen has no file manager: QDesktopServices says so and returns False, as on a PC without one
@pytest.mark.qt_log_ignore("This plugin does not support QPlatformServices::openDocument", extend=True)
def test_a_folder_that_cannot_be_opened_is_named(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from zsdesk.gui.about_dialog import AboutDialog

    ctx = AppContext(app_paths().ensure())
    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_data_button.click()
    box = dialog.findChild(QMessageBox, "openExternalFailed")
    assert box is not None and box.isVisible()
    assert "未能打开文件夹" in box.text() and str(ctx.paths.data_dir) in box.text()


def test_file_dialog_is_chinese_and_opens_in_the_folder_used_last(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QFileSystemModel, QLabel

    from zsdesk.services.app_settings import AppSettings, load_settings

    folder = tmp_path / "证件照片"
    (folder / "旧照片").mkdir(parents=True)
    picture = folder / "licence.jpg"
    picture.write_bytes(jpeg_of_size(20_000))
    paths = app_paths().ensure()
    ctx = AppContext(paths, AppSettings())
    panel = MaterialsPanel(ctx=ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.add_material("营业执照")
    qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)
    dialog = panel.file_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setDirectory(str(folder))
    # every label and button of Qt's dialog in Chinese (qtbase_zh_CN left 「Look in:」, 「Files of type:」)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton) if w.isVisible()]
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts and "文件名(&N)：" in texts, texts
    assert [t for t in texts if re.search(r"[A-Za-z]{3,}", t)] == []
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    qtbot.waitUntil(lambda: model.index(str(folder / "旧照片"), 2).data() == "文件夹", timeout=5000)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "大小"
    dialog.selectFile(str(picture))
    dialog.accept()
    qtbot.waitUntil(lambda: panel.rows[0].prepared is not None, timeout=10000)
    # the folder is kept in settings.json: the next start's dialog opens there
    qtbot.waitUntil(lambda: load_settings(paths).folders.get("materials") == str(folder), timeout=5000)
    again = MaterialsPanel(ctx=AppContext(paths))
    qtbot.addWidget(again)
    again.show()
    again.add_material("营业执照")
    qtbot.mouseClick(again.choose_button, Qt.MouseButton.LeftButton)
    assert again.file_dialog is not None and again.file_dialog.directory().absolutePath() == str(folder)
    again.file_dialog.reject()


@pytest.fixture
def new_york_pc():  # type: ignore[no-untyped-def]
    """The PC set to America/New_York (12 or 13 hours behind China), for this test only."""
    import os
    import time as pytime

    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    pytime.tzset()
    assert pytime.localtime(1714613400).tm_gmtoff == -4 * 3600   # 2024-05-02 01:30 UTC: EDT
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    pytime.tzset()


def test_every_shown_time_is_china_time_on_a_new_york_pc(qtbot, new_york_pc) -> None:  # type: ignore[no-untyped-def]
    """Status bar, queued commands, contract list and detail, print footer: one instant, one China time
    (09:30 on 2 May), where the PC's own clock says 21:30 on 1 May."""
    from datetime import UTC, datetime, timedelta
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    from zsdesk.documents.layout import print_time
    from zsdesk.domain.enums import AccountKind
    from zsdesk.gui import contract_list_model
    from zsdesk.gui.main_window import MainWindow
    from zsdesk.gui.queued_dialog import QueuedCommandsDialog
    from zsdesk.services import contract_detail, printing, sync_status
    from zsdesk.services.app_context import Account, QueuedCommand
    from zsdesk.services.app_settings import AppSettings
    from zsdesk.sync.engine import SyncStatus

    instant = datetime(2024, 5, 2, 1, 30, tzinfo=UTC)
    assert f"{instant.astimezone():%m-%d %H:%M}" == "05-01 21:30"     # what the PC would have shown
    ctx = AppContext(app_paths().ensure(), AppSettings())
    ctx.account = Account("u1", "staff1", AccountKind.STAFF, "黄小明", "中山市测试经纪有限公司")
    window = MainWindow(ctx, page_factory=lambda key, c, w: QWidget())
    qtbot.addWidget(window)
    queued = [QueuedCommand("保存草稿", instant)]
    sync_status.apply_status(ctx, SyncStatus(online=True, last_sync=instant), queued)
    window.refresh_status()
    assert window.sync_label.text() == "上次同步：05-02 09:30"
    dialog = QueuedCommandsDialog(ctx.status.queued, window)
    assert dialog.table.item(0, 1).text() == "2024-05-02 09:30"
    created = next(f for title, f in contract_list_model.COLUMNS if title == "创建时间")
    assert created(SimpleNamespace(row=SimpleNamespace(created_at=instant))) == "2024-05-02 09:30"  # type: ignore[arg-type]
    assert contract_detail.china_time(instant) == "2024-05-02 09:30"
    assert print_time(instant) == "打印时间：2024-05-02 09:30"
    # a print made now carries China time too, not the PC's
    assert printing._now().utcoffset() == timedelta(hours=8)
