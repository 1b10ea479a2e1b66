"""GUI tests run offscreen with the app's real stylesheet and translations."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(scope="session", autouse=True)
def _zsdesk_app_setup(qapp):  # type: ignore[no-untyped-def]
    from zsdesk.gui.app import install_translators, stylesheet

    install_translators(qapp)
    qapp.setStyleSheet(stylesheet())
    return qapp


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    """The shipped English translation installed for one test (the suite otherwise runs in Chinese)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from zsdesk.gui import i18ngen

    translator = QTranslator()
    assert translator.load(str(i18ngen.qm_file("en")))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qapp):  # type: ignore[no-untyped-def]
    """As the app does (zsdesk/gui/gui_thread_gc.py): a collection in a worker or watchdog thread can
    deadlock with the GUI thread over Qt's signal-slot lock. Garbage left at the end goes here too."""
    import gc

    from zsdesk.gui.gui_thread_gc import GuiThreadCollector

    # What exists before the test lives as long as it does, as the app's start-up objects do
    # (gui.app.freeze_long_lived): a full collection on the GUI thread then scans only the test's own
    # objects, not the whole suite's heap (which took ~100 ms, a stall the probes would count).
    gc.freeze()
    collector = GuiThreadCollector(qapp)
    yield collector
    collector.stop()
    collector.deleteLater()
    gc.unfreeze()
    gc.collect()


@pytest.fixture
def signed_in_staff_ctx(registry, tmp_path):  # type: ignore[no-untyped-def]
    """The app's context for a staff member seeded on the module's `registry` (tests/conftest.py, or
    a module's own), signed in, with an encrypted cache of its own; the background sync detached
    at the end."""
    from services.wizard_world import PASSWORD

    from zsdesk.domain.enums import AccountKind
    from zsdesk.gui import background_sync
    from zsdesk.paths import app_paths
    from zsdesk.services.app_context import Account, AppContext
    from zsdesk.services.app_settings import AppSettings
    from zsdesk.services.registry_access import RegistryAccess
    from zsdesk.store.database import open_cache

    login = registry.seed_staff()
    context = AppContext(app_paths().ensure(), AppSettings())
    access = RegistryAccess(registry.url)
    access.client.login(login, PASSWORD)
    info = access.client.account
    assert info is not None
    context.client = access
    context.account = Account(login, info.netsign_login or "", AccountKind.STAFF, "黄小明",
                              "中山市向导测试经纪有限公司")
    context.cache = open_cache(tmp_path / "cache.sqlite3", tmp_path / "config", master_key=os.urandom(32))  # type: ignore[attr-defined]
    yield context
    background_sync.detach(context)
    access.close()
    context.cache.close()  # type: ignore[attr-defined]
