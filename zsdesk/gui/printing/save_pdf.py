"""另存为 PDF: the original PDF (vector, searchable text) under its suggested name — which never
contains an ID number — written in a worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from zsdesk.gui.i18n import translate
from zsdesk.gui.operations import Operation, run_operation
from zsdesk.gui.widgets.file_dialogs import file_dialog
from zsdesk.services import printing
from zsdesk.services.app_context import AppContext
from zsdesk.services.printing import PrintDocument

_last_dir: list[str] = []   # the folder chosen last in this session, offered first next time


def default_directory() -> str:
    if _last_dir:
        return _last_dir[0]
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def save_document(parent: QWidget | None, document: PrintDocument, path: str | Path,
                  on_saved: Callable[[Path], None] | None = None) -> Operation[Path]:
    _last_dir[:] = [str(Path(path).parent)]
    return run_operation(parent, lambda _p: printing.save_pdf(document, path), on_success=on_saved,
                         name="save pdf")


def ask_and_save_pdf(parent: QWidget | None, document: PrintDocument,
                     on_saved: Callable[[Path], None] | None = None) -> QFileDialog:
    dialog = file_dialog(parent, translate("SavePdf", "另存为 PDF"), translate("SavePdf", "PDF 文件 (*.pdf)"),
                         str(printing.default_pdf_path(default_directory(), document)), save=True)
    dialog.setObjectName("savePdfDialog")
    dialog.setDefaultSuffix("pdf")
    dialog.fileSelected.connect(lambda path: save_document(parent, document, path, on_saved))
    dialog.open()
    return dialog


def save_contract_pdf(parent: QWidget | None, ctx: AppContext, local_id: str,
                      on_saved: Callable[[Path], None] | None = None) -> Operation[PrintDocument]:
    """Render the stored contract in a worker, then ask where to save it."""
    def ask(document: PrintDocument) -> None:
        ask_and_save_pdf(parent, document, on_saved)

    return run_operation(parent, lambda _p: printing.render_stored_contract(ctx, local_id), on_success=ask,
                         name="render contract")
