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


@pytest.fixture(scope="session")
def sandbox_url(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The real sandbox registry, started once per test session on a random loopback port."""
    from zsdesk.services.sandbox import EmbeddedSandbox

    server = EmbeddedSandbox(tmp_path_factory.mktemp("registry") / "registry.sqlite3", training=False, sandbox=True)
    url = server.start()
    yield url
    server.stop()


_counter = [0]


def _valid_uscc(seq: int) -> str:
    from stdnum.cn import uscc

    body = f"914420001{seq:08d}"
    return body + uscc.calc_check_digit(body)


def _valid_ric(seq: int) -> str:
    from stdnum.cn import ric

    # calc_check_digit expects the full 18 characters and ignores the last one
    body = f"44200019900101{seq % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


@pytest.fixture
def new_agency(sandbox_url):  # type: ignore[no-untyped-def]
    """A fresh agency opened by the center and a unified account of the same company, unbound."""
    import requests

    _counter[0] += 1
    n = _counter[0]
    code = _valid_uscc(n)
    name = f"中山市测试{n}号房地产代理有限公司"
    login, password = f"agency{n}", "Passw0rd!x"
    reg = requests.post(f"{sandbox_url}/api/v1/auth/register", json={
        "login": login, "password": password, "company_name": name, "uscc": code, "address": "中山市东区",
        "legal_rep_name": "张三", "legal_rep_id_number": _valid_ric(n)}, timeout=10)
    assert reg.status_code == 201, reg.text
    center = requests.post(f"{sandbox_url}/api/v1/_sandbox/center-token", timeout=10).json()["access_token"]
    made = requests.post(f"{sandbox_url}/api/v1/center/agencies", json={"name": name, "uscc": code},
                         headers={"Authorization": f"Bearer {center}", "Idempotency-Key": f"agency-{n}"}, timeout=10)
    assert made.status_code == 201, made.text
    return {"login": login, "password": password, "name": name, "uscc": code, "center_token": center}
