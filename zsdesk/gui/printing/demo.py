"""Development launcher for the printing dialogs (screenshots, manual checks); not part of the app.

    uv run --frozen python -m zsdesk.gui.printing.demo preview|poa|batch|batch-done [COUNT]

Uses a throw-away ZSDESK_HOME with sample contracts from the test suite (tests/ of the checkout),
so it runs from a source checkout only. Batch output goes to PDF files in that home.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else "preview"
    count = int(argv[1]) if len(argv) > 1 else 12
    home = Path(tempfile.mkdtemp(prefix="zsdesk-print-demo-"))
    os.environ["ZSDESK_HOME"] = str(home)
    tests = Path(__file__).resolve().parents[3] / "tests"
    if not (tests / "services" / "printing_world.py").exists():
        print("the demo needs a source checkout (tests/services/printing_world.py)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(tests))
    import keyring
    from keyring.backends.null import Keyring as NullKeyring

    keyring.set_keyring(NullKeyring())  # type: ignore[no-untyped-call]  # the demo cache uses its key file
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QDialog
    from services.printing_world import new_context, store_contracts

    from zsdesk.documents import PowerOfAttorney
    from zsdesk.gui.app import install_translators, stylesheet
    from zsdesk.gui.i18n import untranslated
    from zsdesk.gui.printing import BatchPrintDialog, preview_contract, preview_power_of_attorney

    app = QApplication(sys.argv[:1])
    install_translators(app)
    app.setStyleSheet(stylesheet())
    ctx = new_context()
    ids = store_contracts(ctx, count)
    dialog: QDialog
    if mode == "preview":
        dialog = preview_contract(None, ctx, ids[0])
        dialog.resize(1000, 740)
    elif mode == "poa":
        dialog = preview_power_of_attorney(None, PowerOfAttorney(
            untranslated("中山市好家园房地产代理有限公司"), "91442000MA4UXXXX1X", untranslated("张三"),
            "442000198001011234", untranslated("李四"), "44200019900202123X", "13800138000", True, False))
        dialog.resize(1000, 740)
    else:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(home / "batch" / "batch.pdf"))
        (home / "batch").mkdir()
        batch = BatchPrintDialog(ctx, ids if mode == "batch" else ["gone", *ids[:3]])
        batch.show()
        batch.start_printing(printer)
        dialog = batch
    dialog.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
