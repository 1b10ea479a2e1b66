"""The Qt part of `zsdesk selftest`: what a trimmed bundle can lose without an import error.

Qt plugins (platform, SVG icon engine, image formats) and Qt's own translations are files a
frozen build may leave out; the app would still start, just without its icon or with English
dialog buttons. This check makes such a loss fail loudly. No window is shown.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys


def check() -> str:
    # Off-screen everywhere: the check shows nothing, and must work on a server without a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImageReader
    from PySide6.QtPrintSupport import QPrinter

    from zsdesk.gui import forms
    from zsdesk.gui.app import create_application, install_translators
    from zsdesk.gui.i18n import untranslated

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
    if "qtbase_gaps" not in loaded:
        raise RuntimeError("the Chinese for Qt's file dialog (qtbase_gaps_zh_CN.qm) did not load")
    source = untranslated("工作台")
    if install_translators(app, "en") != ["zsdesk"] or app.translate("Navigation", source) == source:
        raise RuntimeError("the English translation (zsdesk_en.qm) did not load")
    install_translators(app)
    names = [m.name for m in pkgutil.iter_modules(forms.__path__)]
    # Every GUI module: a Qt module the GUI imports but the bundle left out fails here.
    import zsdesk.gui

    modules = [m.name for m in pkgutil.walk_packages(zsdesk.gui.__path__, "zsdesk.gui.")]
    for name in modules:
        importlib.import_module(name)
    single = _single_instance()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf = _render_pdf_page() if "PySide6.QtPdf" in sys.modules else "not used"
    return (f"{app.platformName()}; {len(modules)} GUI modules, {len(names)} forms; "
            f"translations {', '.join(loaded)}; image formats ok; single instance {single}; QtPdf {pdf}")


def _single_instance() -> str:
    """The data directory's lock and the local socket a second start talks to (QtNetwork)."""
    import tempfile
    from pathlib import Path

    from zsdesk.gui.single_instance import SingleInstance

    with tempfile.TemporaryDirectory() as folder:
        first, second = SingleInstance(Path(folder)), SingleInstance(Path(folder))
        try:
            if not first.acquire() or second.acquire():
                raise RuntimeError("the data directory lock does not keep a second zsdesk out")
            if not second.ask_first_to_show():
                raise RuntimeError("a second zsdesk cannot reach the first over the local socket")
        finally:
            first.release()
    return "ok"


def _render_pdf_page() -> str:
    """Print preview renders our PDFs through QtPdf: write one page, load it back, rasterise it."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
    from PySide6.QtPdf import QPdfDocument

    from zsdesk.gui.i18n import untranslated

    data = QByteArray()
    out = QBuffer(data)
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(out)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    painter = QPainter(writer)
    painter.drawText(100, 100, untranslated("zsdesk 自检"))  # fixed check text, never shown
    painter.end()
    out.close()
    source = QBuffer(data)
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(source)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() != 1:
        raise RuntimeError(f"QtPdf could not load a PDF ({document.status()})")
    image = document.render(0, QSize(100, 140))
    if image.isNull():
        raise RuntimeError("QtPdf rendered an empty page")
    return "renders"
