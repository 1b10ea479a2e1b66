"""Help → 关于 and Help → 操作指引 (zsdesk/gui/about_dialog.py, guide_dialog.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from zsdesk.gui.about_dialog import AboutDialog, about_rows
from zsdesk.gui.guide_dialog import GuideDialog, guide_text, quickstart_markdown
from zsdesk.paths import app_paths
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_settings import AppSettings

# SHA-256 of the registry's guide as published (the project's seed text, stripped of surrounding
# whitespace): the shipped copy must be that text, whole and unchanged. Tests never read outside the
# repository, so the hash stands in for the file beside the checkout.
OFFICIAL_GUIDE_SHA256 = "690612a43b30e6e80e57b20f572441097357e9f3fcc3e7522c54973318a564b1"
ATTRIBUTION_RULE = "=" * 74


def test_about_shows_version_training_registry_data_dir_and_log(qtbot, zsdesk_home: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(app_paths())
    ctx.registry_url = "http://127.0.0.1:43210"
    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    shown = {label: field.text() for label, field in dialog.values.items()}
    assert shown["登记中心地址"] == "http://127.0.0.1:43210"
    assert shown["运行模式"].startswith("练习环境（本机沙盒登记中心")
    assert shown["数据目录"] == str(zsdesk_home / "data")
    assert shown["日志文件"] == str(zsdesk_home / "logs" / "zsdesk.log")
    assert shown["版本"].startswith("zsdesk ")


def test_about_names_a_configured_live_registry(zsdesk_home: Path) -> None:
    ctx = AppContext(app_paths(), AppSettings(registry_url="https://wq.example.gov.cn"))
    ctx.training = False
    rows = dict(about_rows(ctx))
    assert rows["运行模式"] == "正式环境"
    assert rows["登记中心地址"] == "https://wq.example.gov.cn"
    ctx.training = True      # the registry's health said training
    assert dict(about_rows(ctx))["运行模式"] == "练习环境（登记中心报告为练习模式）"


def test_guide_ships_the_registry_text_with_attribution(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = guide_text()
    assert text.startswith("来源：中山市房地产交易管理事务中心")
    header, _, body = text.partition(ATTRIBUTION_RULE)
    assert "操作指引" in header and body
    assert hashlib.sha256(body.strip().encode("utf-8")).hexdigest() == OFFICIAL_GUIDE_SHA256
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show_guide()
    assert dialog.tabs.currentWidget() is dialog.guide
    assert "操作指引" in dialog.guide.toPlainText()
    assert "练习环境" in dialog.quickstart.toPlainText()
    assert quickstart_markdown().startswith("# zsdesk 快速上手")
