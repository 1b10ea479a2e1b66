"""Dev launcher for screenshots of the contract screens (not a test): the real main window in training
mode over a seeded cache, or against the real sandbox registry for the wizard pages.

    uv run --frozen python tests/gui/screens_demo.py SCREEN [OUT.png]

SCREEN: list | agency | drafts | detail | change | change_locked | cancel | wizard1 … wizard8.
With OUT.png the window itself is also grabbed to that file after two seconds.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
os.environ.setdefault("ZSDESK_HOME", tempfile.mkdtemp(prefix="zsdesk-screens-"))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QLineEdit, QWidget  # noqa: E402

from zsdesk.domain.enums import AccountKind, ContractStatus  # noqa: E402
from zsdesk.gui.app import create_application  # noqa: E402
from zsdesk.paths import app_paths  # noqa: E402
from zsdesk.services.app_context import Account, AppContext  # noqa: E402
from zsdesk.services.app_settings import AppSettings  # noqa: E402
from zsdesk.store.database import open_cache  # noqa: E402

AGENT = "agent07"


def seeded_context(kind: AccountKind = AccountKind.STAFF) -> tuple[AppContext, list[str]]:
    import keyring
    import keyring.backends.null
    from services.printing_world import variant
    from test_contract_list import bench_seeding

    seed = bench_seeding().seed

    from zsdesk.store.contracts import save_contract
    from zsdesk.store.models import Contract as ContractRow

    keyring.set_keyring(keyring.backends.null.Keyring())
    ctx = AppContext(app_paths().ensure(), AppSettings())
    ctx.training = True
    name = "黄小明" if kind is AccountKind.STAFF else "中山市示例房地产代理有限公司"
    ctx.account = Account("demo", AGENT if kind is AccountKind.STAFF else "agency_admin", kind, name,
                          "中山市示例房地产代理有限公司")
    cache = open_cache(ctx.paths.database, ctx.paths.config_dir, master_key=bytes(range(32)))
    ctx.cache = cache  # type: ignore[attr-defined]
    seed(cache, 4000, random.Random(3))
    ids = []
    now = datetime.now(UTC)
    with cache.sessions.begin() as s:
        for i in range(3):
            local_id = f"demo-{i}"
            save_contract(s, replace(variant(i), staff_account=AGENT, created_at=now - timedelta(hours=3 + i)),
                          local_id)
            ids.append(local_id)
        s.flush()
        draft = s.get(ContractRow, ids[1])
        assert draft is not None and draft.status == ContractStatus.DRAFT
        draft.registry_id, draft.created_at = "demo-draft", now - timedelta(hours=22, minutes=35)
        draft.expires_at = draft.created_at + timedelta(hours=24)
        expired = s.get(ContractRow, ids[2])
        assert expired is not None
        expired.status = ContractStatus.EXPIRED.value
    return ctx, ids


def main_window(ctx: AppContext, page: str) -> QWidget:
    from zsdesk.gui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show_page(page)
    window.resize(1366, 740)
    window.show()
    return window


def wizard_screen(n: int) -> QWidget:
    from services.wizard_world import PASSWORD, Registry, fill_terms, form_for, free_property

    from zsdesk.gui.pages.contracts_page import ContractsPage
    from zsdesk.services.registry_access import RegistryAccess
    from zsdesk.services.wizard_pages import PAGES

    registry = Registry(Path(tempfile.mkdtemp()) / "registry.sqlite3")
    login = registry.seed_staff()
    ctx = AppContext(app_paths().ensure(), AppSettings())
    ctx.training = True
    access = RegistryAccess(registry.url)
    access.client.login(login, PASSWORD)
    info = access.client.account
    assert info is not None
    ctx.client = access
    ctx.account = Account(login, info.netsign_login or "", AccountKind.STAFF, "黄小明", "中山市向导测试经纪有限公司")
    ctx.cache = open_cache(ctx.paths.database, ctx.paths.config_dir, master_key=bytes(range(32)))  # type: ignore[attr-defined]
    window = main_window(ctx, "new_contract")
    page = window.page("new_contract")
    assert isinstance(page, ContractsPage)
    page.new_contract()
    view = page.wizard_view
    assert view is not None
    wizard = view.wizard  # type: ignore[attr-defined]
    form = form_for(free_property())
    if n == 1:
        verify = view.pages[PAGES[0]]  # type: ignore[attr-defined]
        verify.method.setCurrentIndex(1)
        verify.cert.setText(form.title_cert_no)
        verify.owner.setText(form.owner_name)
        verify.owner_id.setText(form.owner_id_number)
        return window
    assert wizard.verify_property(form).ok
    fill_terms(wizard, buyers=2)
    wizard.go_to(PAGES[0])
    view.go_to(PAGES[n - 1])  # type: ignore[attr-defined]
    window._demo_registry = registry  # type: ignore[attr-defined]
    return window


def build(screen: str) -> QWidget:
    if screen.startswith("wizard"):
        return wizard_screen(int(screen[len("wizard"):]))
    if screen == "agency":
        ctx, _ids = seeded_context(AccountKind.AGENCY)
        return main_window(ctx, "agency_contracts")
    ctx, ids = seeded_context()
    if screen == "list":
        return main_window(ctx, "my_contracts")
    if screen == "drafts":
        return main_window(ctx, "new_contract")
    window = main_window(ctx, "my_contracts")
    page = window.page("my_contracts")
    if screen == "detail":
        return page.open_detail(ids[0])  # type: ignore[attr-defined, no-any-return]
    if screen.startswith("change"):
        dialog = page.open_change(ids[0])  # type: ignore[attr-defined]
        if screen == "change_locked":
            edit = dialog.findChild(QLineEdit, "key_buyers_0_id_number")
            edit.setText("440101199001011234")
            edit.textEdited.emit(edit.text())
        conditions = dialog.term_widgets["handover.conditions"]
        conditions.setText("毛坯交付，附送厨房橱柜")
        conditions.textEdited.emit(conditions.text())
        handover = dialog.term_widgets["handover.date"]
        handover.setValue(handover.value() + timedelta(days=30))
        dialog.reason.setText("经双方协商，交房日期推迟一个月")
        return dialog  # type: ignore[no-any-return]
    if screen == "cancel":
        dialog = page.open_cancellation(ids[0])  # type: ignore[attr-defined]
        dialog.reason.setText("买卖双方协商一致解除合同")
        for i in range(3):
            item = dialog.checklist.item(i)
            item.setCheckState(item.checkState().Checked)
        return dialog  # type: ignore[no-any-return]
    raise SystemExit(f"unknown screen {screen}")


def main() -> int:
    screen = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else ""
    app = create_application([sys.argv[0]])
    widget = build(screen)
    if out:
        def grab() -> None:
            target = widget.window()
            target.grab().save(out)
            print(f"saved {out}")

        QTimer.singleShot(2500, grab)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
