"""The Qt part of `zsdesk selftest`: what a trimmed bundle can lose without an import error.

Qt plugins (platform, SVG icon engine, image formats) and Qt's own translations are files a
frozen build may leave out; the app would still start, just without its icon or with English
dialog buttons. This check makes such a loss fail loudly. No window is shown.
"""

from __future__ import annotations

import importlib
import os
import pkgutil


def check() -> str:
    # Off-screen everywhere: the check shows nothing, and must work on a server without a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImageReader
    from PySide6.QtPrintSupport import QPrinter

    from zsdesk.gui import forms
    from zsdesk.gui.app import create_application, install_translators

    app = create_application()
    icon = app.windowIcon()
    if icon.isNull() or icon.pixmap(32, 32).isNull():
        raise RuntimeError("application icon did not render (SVG icon engine plugin missing?)")
    if not app.styleSheet().strip():
        raise RuntimeError("stylesheet is empty")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats() if isinstance(f, QByteArray)}
    missing = {"png", "jpg", "jpeg", "svg"} - formats
    if missing:
        raise RuntimeError(f"Qt image format plugins missing: {', '.join(sorted(missing))}")
    loaded = install_translators(app)
    if "qtbase" not in loaded:
        raise RuntimeError("Qt's Chinese translations (qtbase_zh_CN.qm) not found")
    names = [m.name for m in pkgutil.iter_modules(forms.__path__)]
    for name in names:
        importlib.import_module(f"{forms.__name__}.{name}")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    return f"{app.platformName()}; {len(names)} forms; translations {', '.join(loaded)}; image formats ok"
