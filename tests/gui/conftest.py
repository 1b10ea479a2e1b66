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
