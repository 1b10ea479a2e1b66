"""Dev launcher for screenshots of the login, binding and agency screens (not a test): the real app
on the embedded training sandbox, driven to one screen and left open.

    cd /work/main && ../shared/tools/screenshot.sh /tmp/shots/SCREEN.png 20 -- \\
        uv run --frozen python tests/gui/screens_agency.py SCREEN

SCREEN: login, settings, binding, enterprise (a fresh agency's form with a bad USCC and an
over-limit date), materials (a 1.5 MB photo refused, shrink offered), staff, staff_dialog,
approved_staff (demo agency), staff_main (a demo staff account's 工作台), queued.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("ZSDESK_HOME", tempfile.mkdtemp(prefix="zsdesk-screens-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ for the photo helper

from PySide6.QtCore import QTimer

from zsdesk.gui.app import create_application
from zsdesk.paths import app_paths

FRESH = {"binding", "enterprise", "materials"}
DEMO_AGENCY = {"login", "settings", "staff", "staff_dialog", "approved_staff"}


def _fresh_agency(url: str) -> dict[str, str]:
    """A unified account and an agency opened by the center, not yet bound (as on a first day)."""
    import requests
    from stdnum.cn import ric, uscc

    body = "91442000MA5QH7N01"
    code = body + uscc.calc_check_digit(body + "0")
    rep = "44200019850505123"
    rep += ric.calc_check_digit(rep + "0")
    name = "中山市启航房地产经纪有限公司"
    reg = requests.post(f"{url}/api/v1/auth/register", json={
        "login": "qihang-admin", "password": "Qihang2026!", "company_name": name, "uscc": code,
        "address": "广东省中山市东区起湾道8号", "legal_rep_name": "陈启航", "legal_rep_id_number": rep}, timeout=10)
    reg.raise_for_status()
    center = requests.post(f"{url}/api/v1/_sandbox/center-token", timeout=10).json()["access_token"]
    made = requests.post(f"{url}/api/v1/center/agencies", json={"name": name, "uscc": code},
                         headers={"Authorization": f"Bearer {center}", "Idempotency-Key": "screens-agency"},
                         timeout=10)
    made.raise_for_status()
    return {"login": "qihang-admin", "password": "Qihang2026!", "name": name, "uscc": code}


def main() -> int:
    import keyring
    import keyring.backends.null

    keyring.set_keyring(keyring.backends.null.Keyring())
    screen = sys.argv[1] if len(sys.argv) > 1 else "login"
    app = create_application()
    from zsdesk.gui.controller import AppController

    controller = AppController(app_paths().ensure())
    page = {"staff": "staff", "staff_dialog": "staff", "approved_staff": "approved_staff",
            "enterprise": "enterprise", "materials": "enterprise", "staff_main": "workbench",
            "queued": "workbench"}.get(screen, "")
    controller.start(demo_page="" if screen in FRESH else page)
    state: dict[str, object] = {"step": 0}

    def poll() -> None:
        login = controller.login_window
        step = state["step"]
        if screen == "settings" and login is not None and login.connected and step == 0:
            controller.open_settings()
            state["step"] = 1
        elif screen in FRESH and login is not None and login.connected and step == 0:
            agency = _fresh_agency(controller.ctx.registry_url)
            state.update(step=1, agency=agency)
            login.ui.accountEdit.setText(agency["login"])
            login.ui.passwordEdit.setText(agency["password"])
            login.submit()
        elif screen in FRESH and step == 1 and controller.binding_dialog is not None:
            dialog = controller.binding_dialog
            agency = state["agency"]
            assert isinstance(agency, dict)
            dialog.ui.accountEdit.setText(agency["name"])
            dialog.ui.passwordEdit.setText("123456")
            state["step"] = 2
            if screen != "binding":
                dialog.submit()
        elif screen in FRESH and step == 2 and controller.main_window is not None:
            window = controller.main_window
            enterprise = window.show_page("enterprise")
            state.update(step=3, page=enterprise)
        elif screen in FRESH and step == 3:
            _fill_enterprise(state)
        elif screen == "staff_dialog" and controller.main_window is not None and step == 0:
            staff_page = controller.main_window.page("staff")
            if staff_page is not None and getattr(staff_page, "_loaded", False):
                staff_page.add_staff()  # type: ignore[attr-defined]
                dialog = staff_page.dialog  # type: ignore[attr-defined]
                dialog.name.setText("王小明")
                dialog.id_number.setText("44200019880808123")  # one digit short: the inline error shows
                dialog.phone.setText("13912345678")
                state["step"] = 1
        elif screen == "queued" and controller.main_window is not None and step == 0:
            controller.main_window.show_queued()
            state["step"] = 1

    def _fill_enterprise(state: dict[str, object]) -> None:
        from zsdesk.gui.pages.enterprise_page import EnterprisePage

        enterprise = state["page"]
        agency = state["agency"]
        assert isinstance(enterprise, EnterprisePage) and isinstance(agency, dict)
        if not enterprise._loaded:
            return
        state["step"] = 4
        values = {"name": agency["name"], "uscc": agency["uscc"][:-1] + ("0" if agency["uscc"][-1] != "0" else "1"),
                  "legal_rep_name": "陈启航", "address": "广东省中山市东区起湾道8号", "registered_capital": "200",
                  "business_scope": "房地产经纪；房地产咨询服务", "contact_name": "李敏",
                  "contact_phone": "0760-8830052",
                  "filing_cert_no": "中山经纪备字第2024-0087号"}
        for key, value in values.items():
            enterprise.set_value(key, value)
        today = date.today()
        enterprise.set_value("established_on", date(2016, 3, 18))
        enterprise.set_value("business_term_end", today + timedelta(days=5 * 365))
        if screen == "materials":
            from services.photos import phone_photo

            photo = Path(os.environ["ZSDESK_HOME"]) / "营业执照.jpg"
            photo.write_bytes(phone_photo(1_500_000))
            enterprise.materials.add_material("营业执照")
            enterprise.materials.attach_file(str(photo))
            QTimer.singleShot(1500, lambda: _scroll_to(enterprise, enterprise.materials))
        else:
            QTimer.singleShot(300, lambda: _scroll_to(enterprise, enterprise.editors["name"]))

    def _scroll_to(enterprise: object, widget: object) -> None:
        from PySide6.QtWidgets import QScrollArea

        scroll = enterprise.findChild(QScrollArea)  # type: ignore[attr-defined]
        if scroll is not None:
            scroll.ensureWidgetVisible(widget, 0, 200 if screen == "materials" else 0)

    timer = QTimer()
    timer.setInterval(200)
    timer.timeout.connect(poll)
    timer.start()
    code = app.exec()
    controller.shutdown()
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
