"""Printing in the GUI: preview, print (copies, duplex), save as PDF, batch print.

The entry points other pages call (all return at once; work runs in workers):

    preview_contract(parent, ctx, local_id)            打印预览 → 打印… / 另存为 PDF…
    preview_cancellation(parent, ctx, local_id)        注销网签备案申请 and its checklist
    preview_power_of_attorney(parent, poa)             委托书 (agency area)
    batch_print_contracts(parent, ctx, local_ids)      批量打印 (print dialog once, then progress + 取消)
    batch_save_contracts_pdf(parent, ctx, local_ids)   批量另存为 PDF into a folder
    save_contract_pdf(parent, ctx, local_id)           另存为 PDF without preview
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from zsdesk.documents import PowerOfAttorney
from zsdesk.gui.printing.batch_print_dialog import BatchPrintDialog, batch_print_contracts, batch_save_contracts_pdf
from zsdesk.gui.printing.print_preview_dialog import PrintPreviewDialog
from zsdesk.gui.printing.save_pdf import save_contract_pdf
from zsdesk.services import printing
from zsdesk.services.app_context import AppContext

__all__ = [
    "BatchPrintDialog",
    "PrintPreviewDialog",
    "batch_print_contracts",
    "batch_save_contracts_pdf",
    "preview_cancellation",
    "preview_contract",
    "preview_power_of_attorney",
    "save_contract_pdf",
]


def _open(dialog: PrintPreviewDialog) -> PrintPreviewDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog


def preview_contract(parent: QWidget | None, ctx: AppContext, local_id: str) -> PrintPreviewDialog:
    return _open(PrintPreviewDialog(lambda _p: printing.render_stored_contract(ctx, local_id), parent))


def preview_cancellation(parent: QWidget | None, ctx: AppContext, local_id: str) -> PrintPreviewDialog:
    return _open(PrintPreviewDialog(
        lambda _p: printing.render_stored_contract(ctx, local_id, kind="cancellation"), parent))


def preview_power_of_attorney(parent: QWidget | None, poa: PowerOfAttorney) -> PrintPreviewDialog:
    return _open(PrintPreviewDialog(lambda _p: printing.power_of_attorney_document(poa), parent))
