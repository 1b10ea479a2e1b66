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
