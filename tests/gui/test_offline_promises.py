"""No false promises when the registry cannot be reached: a command that is not queued says that it
was not saved and keeps what was typed; the registry client's own offline text promises nothing."""

from __future__ import annotations

from pathlib import Path

from loopback import dead_url
from PySide6.QtWidgets import QLineEdit
from stdnum.cn import ric

from gui.helpers import type_text
from zsdesk.domain.enums import AccountKind
from zsdesk.gui.pages.enterprise_page import EnterprisePage
from zsdesk.gui.staff_dialog import StaffDialog
from zsdesk.paths import app_paths
from zsdesk.registry.exceptions import RegistryOffline, RegistryUnavailable
from zsdesk.services.app_context import Account, AppContext, cache_of
from zsdesk.services.app_settings import AppSettings
from zsdesk.services.registry_access import RegistryAccess
from zsdesk.services.sync_status import queued_commands

PROMISES = ("不会丢失", "自动提交", "会保留")


def _offline_agency() -> AppContext:
    """An agency admin signed in earlier whose registry has since become unreachable."""
    url = dead_url()
    ctx = AppContext(app_paths(), AppSettings(registry_url=url))
    ctx.client = RegistryAccess(url)
    agency = "中山市好家园房地产代理有限公司"
    ctx.account = Account("admin_uid", agency, AccountKind.AGENCY, agency, agency, agency_id="1")
    return ctx


def test_the_clients_offline_and_server_texts_promise_nothing() -> None:
    for exc in (RegistryOffline(), RegistryUnavailable(503)):
        assert not any(p in exc.detail for p in PROMISES), exc.detail


def test_staff_added_while_offline_is_said_not_saved_and_the_form_keeps_it(qtbot, zsdesk_home: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = _offline_agency()
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    id_number = "44200019880808123" + ric.calc_check_digit("44200019880808123" + "0")
    type_text(dialog.name, "李小红")
    type_text(dialog.id_number, id_number)
    type_text(dialog.phone, "13800138000")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "尚未保存" in dialog.message.text(), timeout=20000)
    text = dialog.message.text()
    assert not any(p in text for p in PROMISES), text
    assert (dialog.name.text(), dialog.id_number.text(), dialog.phone.text()) == ("李小红", id_number, "13800138000")
    assert dialog.name.isEnabled() and dialog.save_button.isEnabled()   # the user can try again as it is
    assert dialog.member is None
    # and nothing claims to be waiting in the outbox: 待发送 stays empty, truthfully
    assert queued_commands(cache_of(ctx).sessions) == [] and ctx.status.queued == []
    cache_of(ctx).close()


def test_enterprise_record_saved_while_offline_is_said_not_sent_and_the_form_keeps_it(qtbot, zsdesk_home: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = _offline_agency()
    page = EnterprisePage(ctx)
    qtbot.addWidget(page)
    page.show()
    name = page.editors["name"]
    assert isinstance(name, QLineEdit)
    type_text(name, "中山市好家园房地产代理有限公司")
    page.save_button.click()
    qtbot.waitUntil(lambda: "尚未送达" in page.form_message.text(), timeout=20000)
    assert not any(p in page.form_message.text() for p in PROMISES), page.form_message.text()
    assert name.text() == "中山市好家园房地产代理有限公司"
    assert queued_commands(cache_of(ctx).sessions) == []
    cache_of(ctx).close()
