"""练习房源 on the verify page: in the training sandbox the page lists the register's demo properties
(fetched off the GUI thread); choosing one fills the form, and the filled form verifies. Outside
training the picker is not there."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from zsdesk.domain.enums import AccountKind
from zsdesk.gui.contract_wizard.verify_page import VerifyPage
from zsdesk.gui.contract_wizard.wizard_widget import ContractWizardWidget
from zsdesk.paths import app_paths
from zsdesk.registry.server.training import DEMO_PASSWORD
from zsdesk.services import contract_desk
from zsdesk.services import property_verification as pv
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.app_settings import AppSettings
from zsdesk.services.registry_access import RegistryAccess
from zsdesk.services.sandbox import EmbeddedSandbox
from zsdesk.services.wizard_pages import PageId
from zsdesk.store.database import open_cache


@pytest.fixture(scope="module")
def training_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    sandbox = EmbeddedSandbox(tmp_path_factory.mktemp("practice") / "registry.sqlite3", training=True)
    yield sandbox.start()
    sandbox.stop()


@pytest.fixture
def ctx(training_url: str, tmp_path: Path) -> Iterator[AppContext]:
    context = AppContext(app_paths().ensure(), AppSettings())
    access = RegistryAccess(training_url)
    access.client.login("demo-staff1", DEMO_PASSWORD)
    info = access.client.account
    assert info is not None
    context.client = access
    context.training = True
    context.account = Account("demo-staff1", info.netsign_login or "", AccountKind.STAFF, "练习员甲",
                              "中山市练习房地产经纪有限公司")
    context.cache = open_cache(tmp_path / "cache.sqlite3", tmp_path / "config", master_key=os.urandom(32))  # type: ignore[attr-defined]
    yield context
    access.close()
    context.cache.close()  # type: ignore[attr-defined]


def _verify_page(qtbot, ctx: AppContext) -> tuple[ContractWizardWidget, VerifyPage]:  # type: ignore[no-untyped-def]
    view = ContractWizardWidget(contract_desk.new_wizard(ctx))
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    page = view.pages[PageId.VERIFY]
    assert isinstance(page, VerifyPage)
    return view, page


def _choose(page: VerifyPage, kind: str) -> None:
    page.practice_combo.setCurrentIndex(page.practice_combo.findData(kind))


def test_training_picker_fills_the_form_and_it_verifies(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    view, page = _verify_page(qtbot, ctx)
    assert page.practice.isVisible()
    qtbot.waitUntil(lambda: page.practice_combo.count() == 16, timeout=20000)   # placeholder + 15 demos
    assert page.practice_combo.isEnabled()
    assert page.practice_combo.itemText(1) == "普通住宅（不动产权证号查询）"

    _choose(page, "first_gen_id")
    assert page.method.currentData() == "property_cert_no"
    assert page.cert.text() == "粤房地证字第C0000003号"
    assert page.owner.text() == "黄锦荣" and len(page.owner_id.text()) == 15
    assert page.first_gen.isChecked()
    caution = [w for w in page.findChildren(QLabel) if pv.FIRST_GEN_CAUTION in w.text()]
    assert caution and caution[0].isVisible()      # the guide's caution stays beside the ticked box
    assert "一代身份证" in page.practice_detail.text() and page.practice_detail.isVisible()

    _choose(page, "hong_kong")
    assert page.method.currentData() == "owner_name_unit_no"
    assert page.cert_label.text() == "不动产单元号"  # type: ignore[union-attr]
    assert page.cert.text() == "442000001901GB00088F00010004"
    assert page.owner.text() == "陳大文" and page.owner_id.text() == "H12345678"
    assert not page.first_gen.isChecked()            # only the first-generation demo ticks it

    _choose(page, "sealed")
    assert "不能办理网签" in page.practice_detail.text()

    _choose(page, "joint")
    assert "李国华" in page.practice_detail.text() and "张丽萍" in page.practice_detail.text()
    assert page.query.isEnabled()
    page.query.click()
    qtbot.waitUntil(lambda: "成功" in page.result.text(), timeout=20000)
    assert view.wizard.local_id is not None
    assert not page.practice_combo.isEnabled()       # verified: nothing more to fill


def test_no_picker_outside_training(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    ctx.training = False
    view, page = _verify_page(qtbot, ctx)
    assert view.wizard.demo_source is None
    assert page.practice.isHidden()
    assert page.practice_combo.count() == 1 and not page.demos
