"""批量打印 / 批量另存为 PDF: several contracts, one after another, with a progress bar and 取消.

One worker does the whole batch (render, rasterise, print each contract as its own print job),
so the GUI thread only moves the progress bar. Cancelling stops before the next page; the job
in progress is aborted and a PDF file being written is removed, so no partial file is left.

Printing to a PDF file (the print dialog's "打印到文件") writes one file per contract, named as
its 另存为 PDF name, in the folder of the chosen file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import Operation, run_operation
from zsdesk.gui.printing.page_printer import PRINT_DPI, print_pdf
from zsdesk.gui.printing.print_preview_dialog import new_printer
from zsdesk.gui.printing.save_pdf import default_directory
from zsdesk.services import printing
from zsdesk.services.app_context import AppContext
from zsdesk.services.printing import BatchItem
from zsdesk.services.progress import Progress


@dataclass(slots=True)
class BatchResult:
    done: list[str] = field(default_factory=list)        # printed document titles, or written file paths
    failures: list[BatchItem] = field(default_factory=list)


def print_batch(ctx: AppContext, local_ids: list[str], printer: QPrinter, progress: Progress,
                dpi: int = PRINT_DPI) -> BatchResult:
    """Worker side of 批量打印 (runs off the GUI thread)."""
    total = len(local_ids)
    pdf_target = printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""
    result = BatchResult()
    try:
        for item in printing.iter_stored_contracts(ctx, local_ids, progress):
            document = item.document
            if document is None:
                result.failures.append(item)
                continue
            progress.step(item.index, total, translate("BatchPrintDialog", "正在打印第 {number}/{total} 份：{title}")
                          .format(number=item.index + 1, total=total, title=document.title))
            printer.setDocName(document.title)
            if pdf_target:
                out = printing.unique_path(Path(pdf_target).parent / document.filename)
                printer.setOutputFileName(str(out))
            print_pdf(printer, document.pdf, progress, dpi=dpi)
            result.done.append(printer.outputFileName() if pdf_target else document.title)
    finally:
        if pdf_target:
            printer.setOutputFileName(pdf_target)
    progress.step(total, total, translate("BatchPrintDialog", "完成"))
    return result


def save_batch(ctx: AppContext, local_ids: list[str], directory: str, progress: Progress) -> BatchResult:
    outcome = printing.save_contracts_pdf(ctx, local_ids, directory, progress)
    return BatchResult([str(p) for p in outcome.done], outcome.failures)


class BatchPrintDialog(QDialog):
    """Start with `start_printing(printer)` or `start_saving(directory)` after construction."""

    progressed = Signal(int, int)
    batch_finished = Signal(object)     # BatchResult
    batch_cancelled = Signal()

    def __init__(self, ctx: AppContext, local_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchPrintDialog")
        self.setWindowTitle(translate("BatchPrintDialog", "批量打印"))
        self.setMinimumWidth(520)
        self.ctx = ctx
        self.local_ids = list(local_ids)
        self.operation: Operation[BatchResult] | None = None
        self.result_: BatchResult | None = None
        self.cancelled = False
        self._saving = False

        layout = QVBoxLayout(self)
        self.heading = QLabel(translate("BatchPrintDialog", "共 {count} 份合同").format(count=len(self.local_ids)))
        self.heading.setObjectName("pageTitle")
        layout.addWidget(self.heading)
        self.target = QLabel()
        self.target.setObjectName("batchTarget")
        self.target.setWordWrap(True)
        self.target.setProperty("role", "hint")
        layout.addWidget(self.target)
        self.label = QLabel(translate("BatchPrintDialog", "正在准备…"))
        self.label.setObjectName("batchStatus")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, max(1, len(self.local_ids)))
        self.bar.setValue(0)
        self.bar.setFormat("%v / %m")
        layout.addWidget(self.bar)
        self.failures = QListWidget()
        self.failures.setObjectName("batchFailures")
        self.failures.setVisible(False)
        layout.addWidget(self.failures)
        self.buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(translate("BatchPrintDialog", "取消"))
        self.cancel_button.setObjectName("batchCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = QPushButton(translate("BatchPrintDialog", "关闭"))
        self.close_button.clicked.connect(self.accept)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setVisible(False)   # after addButton, which shows it
        layout.addWidget(self.buttons)

    # starting ---------------------------------------------------------------------------
    def start_printing(self, printer: QPrinter, dpi: int = PRINT_DPI) -> Operation[BatchResult]:
        self.setWindowTitle(translate("BatchPrintDialog", "批量打印"))
        self._saving = False
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            target = translate("BatchPrintDialog", "打印到：PDF 文件，每份合同一个文件，保存在 {folder}").format(
                folder=Path(printer.outputFileName()).parent)
        else:
            target = translate("BatchPrintDialog", "打印到：{printer}").format(printer=printer.printerName())
        self.heading.setText(translate("BatchPrintDialog", "批量打印 {count} 份合同").format(count=len(self.local_ids)))
        self.target.setText(target)
        self._printer = printer        # the worker uses it; keep it alive with the dialog
        ids = self.local_ids
        return self._start(lambda p: print_batch(self.ctx, ids, printer, p, dpi), "batch print")

    def start_saving(self, directory: str) -> Operation[BatchResult]:
        self.setWindowTitle(translate("BatchPrintDialog", "批量另存为 PDF"))
        self._saving = True
        self.heading.setText(
            translate("BatchPrintDialog", "批量另存为 PDF：{count} 份合同").format(count=len(self.local_ids)))
        self.target.setText(
            translate("BatchPrintDialog", "保存到：{folder}（文件名为合同编号、当事人和状态，不含证件号码）")
            .format(folder=directory))
        ids = self.local_ids
        return self._start(lambda p: save_batch(self.ctx, ids, directory, p), "batch save pdf")

    def _start(self, work: Callable[[Progress], BatchResult], name: str) -> Operation[BatchResult]:
        self.operation = run_operation(self, work, on_success=self._finished, on_failure=self._failed,
                                       on_progress=self._progress, on_cancelled=self._cancelled, name=name)
        return self.operation

    # progress ---------------------------------------------------------------------------
    def _progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        if text and not self.cancelled:
            self.label.setText(label(text))      # the services' progress texts are marked as labels
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        if self.operation is None or self.operation.done:
            self.reject()
            return
        self.cancelled = True
        self.cancel_button.setEnabled(False)
        self.label.setText(translate("BatchPrintDialog", "正在取消…（当前这一页完成后停止）"))
        self.operation.cancel()

    def _end(self) -> None:
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)

    def _finished(self, result: BatchResult) -> None:
        self.result_ = result
        self._end()
        done, failed = len(result.done), len(result.failures)
        if self._saving:
            text = (translate("BatchPrintDialog", "完成：{done} 份已保存，{failed} 份未能生成（见下表）。") if failed
                    else translate("BatchPrintDialog", "完成：{done} 份已保存。"))
        else:
            text = (translate("BatchPrintDialog", "完成：{done} 份已打印，{failed} 份未能生成（见下表）。") if failed
                    else translate("BatchPrintDialog", "完成：{done} 份已打印。"))
        if failed:
            self.failures.setVisible(True)
            for item in result.failures:
                self.failures.addItem(translate("BatchPrintDialog", "第 {number} 份：{error}").format(
                    number=item.index + 1, error=label(item.error)))
        self.label.setText(text.format(done=done, failed=failed))
        self.batch_finished.emit(result)

    def _cancelled(self) -> None:
        self._end()
        self.bar.setFormat(translate("BatchPrintDialog", "已取消"))
        self.label.setText(translate(
            "BatchPrintDialog", "已取消。已完成的 {count} 份不受影响，未完成的没有留下半份文件。").format(
            count=self.bar.value()))
        self.batch_cancelled.emit()

    def _failed(self, exc: BaseException) -> None:
        from zsdesk.gui.errors import report_failure

        self._end()
        self.label.setText(translate("BatchPrintDialog", "批量保存中断。") if self._saving
                           else translate("BatchPrintDialog", "批量打印中断。"))
        report_failure(exc, self, self.windowTitle())

    def reject(self) -> None:
        if self.operation is not None and not self.operation.done:
            self.cancel()
            return
        super().reject()


def batch_print_contracts(parent: QWidget | None, ctx: AppContext, local_ids: list[str]) -> BatchPrintDialog | None:
    """批量打印: choose the printer (copies, duplex) once, then print every contract."""
    if not local_ids:
        return None
    printer = new_printer()
    chooser = QPrintDialog(printer, parent)
    chooser.setWindowTitle(translate("BatchPrintDialog", "批量打印 {count} 份合同").format(count=len(local_ids)))
    chooser.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    chooser.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    chooser.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return None
    dialog = BatchPrintDialog(ctx, local_ids, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.start_printing(printer)
    return dialog


def batch_save_contracts_pdf(parent: QWidget | None, ctx: AppContext, local_ids: list[str]) -> BatchPrintDialog | None:
    """批量另存为 PDF: pick a folder; each contract is saved under its suggested name."""
    if not local_ids:
        return None
    directory = QFileDialog.getExistingDirectory(
        parent, translate("BatchPrintDialog", "选择保存 PDF 的文件夹"), default_directory())
    if not directory:
        return None
    dialog = BatchPrintDialog(ctx, local_ids, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.start_saving(directory)
    return dialog
