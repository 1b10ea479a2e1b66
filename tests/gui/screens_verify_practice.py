"""Dev launcher for a screenshot of the 练习房源 picker (not a test): the real app, embedded training
sandbox, auto-login with a demo staff account, a new contract, the first-generation-ID demo chosen.

    /work/shared/tools/screenshot.sh OUT.png 25 -- uv run --frozen python tests/gui/screens_verify_practice.py [KIND]
"""

from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("ZSDESK_HOME", tempfile.mkdtemp(prefix="zsdesk-practice-"))

from PySide6.QtCore import QTimer

from zsdesk.gui.app import create_application
from zsdesk.paths import app_paths


def main() -> int:
    import keyring
    import keyring.backends.null

    keyring.set_keyring(keyring.backends.null.Keyring())
    kind = sys.argv[1] if len(sys.argv) > 1 else "first_gen_id"
    app = create_application()
    from zsdesk.gui.contract_wizard.verify_page import VerifyPage
    from zsdesk.gui.controller import AppController
    from zsdesk.services.wizard_pages import PageId

    controller = AppController(app_paths().ensure())
    controller.start(demo_page="new_contract")
    state = {"opened": False}

    def poll() -> None:
        window = controller.main_window
        if window is None:
            return
        if not state["opened"]:
            window.new_contract()
            state["opened"] = True
            return
        page = window.page("new_contract")
        view = getattr(page, "wizard_view", None)
        verify = getattr(view, "pages", {}).get(PageId.VERIFY)
        if isinstance(verify, VerifyPage) and verify.demos:
            verify.practice_combo.setCurrentIndex(verify.practice_combo.findData(kind))
            timer.stop()

    timer = QTimer()
    timer.setInterval(200)
    timer.timeout.connect(poll)
    timer.start()
    code = app.exec()
    controller.shutdown()
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
