"""打印预览: the document's own PDF pages, shown as they will print, with 打印… and 另存为 PDF….

The document is rendered and its pages rasterised in a worker; the preview widget (Qt's
QPrintPreviewWidget, the body of QPrintPreviewDialog) only paints finished images. Our own dialog
around it, instead of QPrintPreviewDialog itself, so that 打印 runs the print job in a worker too
and 另存为 PDF saves the original (searchable) PDF under its suggested name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from zsdesk.gui.i18n import label, translate, untranslated
from zsdesk.gui.operations import Operation, run_operation
from zsdesk.gui.printing.page_printer import PREVIEW_DPI, PRINT_DPI, paint_page, paper_of, print_pdf, render_pages
from zsdesk.gui.printing.save_pdf import ask_and_save_pdf
from zsdesk.services.printing import PrintDocument
from zsdesk.services.progress import Progress

DocumentSource = Callable[[Progress], PrintDocument]


@dataclass(frozen=True, slots=True)
class PreviewPages:
    document: PrintDocument
    images: list[QImage]
    paper: QPageSize


def _prepare(source: DocumentSource, progress: Progress) -> PreviewPages:
    progress.step(0, 0, translate("PrintPreviewDialog", "正在生成文档…"))
    document = source(progress)
    return PreviewPages(document, render_pages(document.pdf, PREVIEW_DPI, progress), paper_of(document.pdf))


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    return printer


class PrintPreviewDialog(QDialog):
    """Open with `PrintPreviewDialog(source, parent).open()`; `ready` fires once pages show."""

    ready = Signal(int)                 # page count
    printed = Signal(int)               # sides printed
    failed = Signal(str)

    def __init__(self, source: DocumentSource, parent: QWidget | None = None,
                 title: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreviewDialog")
        self.setWindowTitle(title if title is not None else translate("PrintPreviewDialog", "打印预览"))
        self.resize(900, 1000)
        self.document: PrintDocument | None = None
        self.images: list[QImage] = []
        self.printer = new_printer()
        self._print_op: Operation[int] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.toolbar)
        self.warning = QLabel()
        self.warning.setObjectName("printWarning")
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "warning")
        self.warning.setVisible(False)
        layout.addWidget(self.warning)

        self.stack = QStackedWidget()
        busy = QWidget()
        busy_layout = QVBoxLayout(busy)
        busy_layout.addStretch(1)
        self.busy_label = QLabel(translate("PrintPreviewDialog", "正在生成文档…"))
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy_layout.addWidget(self.busy_label)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(360)
        busy_layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch(2)
        self.stack.addWidget(busy)
        self.preview = QPrintPreviewWidget(self.printer)
        self.preview.setObjectName("printPreview")
        self.preview.paintRequested.connect(self._paint)
        self.stack.addWidget(self.preview)
        layout.addWidget(self.stack, 1)
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.status)

        keys = QKeySequence.StandardKey
        self.print_action = self._action(translate("PrintPreviewDialog", "打印…"), self.ask_and_print, keys.Print)
        self.save_action = self._action(translate("PrintPreviewDialog", "另存为 PDF…"), self.save_as_pdf, keys.Save)
        self.toolbar.addSeparator()
        self._action(translate("PrintPreviewDialog", "上一页"), lambda: self._go(-1), keys.MoveToPreviousPage)
        self._action(translate("PrintPreviewDialog", "下一页"), lambda: self._go(+1), keys.MoveToNextPage)
        self.toolbar.addSeparator()
        self._action(translate("PrintPreviewDialog", "适合宽度"), self.preview.fitToWidth)
        self._action(translate("PrintPreviewDialog", "整页"), self.preview.fitInView)
        self._action(translate("PrintPreviewDialog", "放大"), lambda: self.preview.zoomIn(), keys.ZoomIn)
        self._action(translate("PrintPreviewDialog", "缩小"), lambda: self.preview.zoomOut(), keys.ZoomOut)
        self.toolbar.addSeparator()
        self.close_action = self._action(translate("PrintPreviewDialog", "关闭"), self.reject)
        self._set_ready(False)

        self._load_op = run_operation(self, lambda p: _prepare(source, p), on_success=self._show,
                                      on_failure=self._load_failed, on_progress=self._loading,
                                      name="print preview")

    def _action(self, text: str, slot: Callable[[], object],
                key: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        return action

    def _set_ready(self, ready: bool) -> None:
        for action in self.toolbar.actions():
            if action is not self.close_action:
                action.setEnabled(ready)

    # loading ----------------------------------------------------------------------------
    def _loading(self, done: int, total: int, text: str) -> None:
        self.busy_label.setText(label(text))
        if total:
            self.busy_bar.setRange(0, total)
            self.busy_bar.setValue(done)

    def _show(self, pages: PreviewPages) -> None:
        self.document = pages.document
        self.images = pages.images
        self.setWindowTitle(translate("PrintPreviewDialog", "打印预览 — {title}").format(title=pages.document.title))
        if pages.document.warnings:
            # The warnings are the document layer's wording: each shown through label() (a message
            # made with msg() or a marked label reads in the UI language), joined as the layer does.
            self.warning.setText(translate("PrintPreviewDialog", "注意：{warnings}").format(
                warnings=untranslated("；").join(label(w) for w in pages.document.warnings)))
            self.warning.setVisible(True)
        # The preview's paper is the document's (A4): set here, on the GUI thread, before the preview reads it.
        self.printer.setPageSize(pages.paper)
        self.stack.setCurrentWidget(self.preview)
        self.preview.updatePreview()
        self.preview.fitToWidth()
        self._set_ready(True)
        self._page_changed()
        self.preview.previewChanged.connect(self._page_changed)
        self.ready.emit(len(self.images))

    def _load_failed(self, exc: BaseException) -> None:
        from zsdesk.gui.errors import report_failure
        from zsdesk.services.errors import user_facing

        self.busy_bar.setVisible(False)
        info = user_facing(exc)
        # Expected refusals are shown in the dialog itself; bugs get the error dialog as everywhere.
        self.busy_label.setText(label(info.message) if info is not None
                                else translate("PrintPreviewDialog", "文档生成失败，请关闭后重试。"))
        self.busy_label.setProperty("role", "error")
        self.failed.emit(self.busy_label.text())
        if info is None:
            report_failure(exc, self, "print preview")

    def _paint(self, printer: QPrinter) -> None:
        if not self.images:
            return
        painter = QPainter(printer)
        # The preview scales the page images to the zoom: smooth, or thin strokes of characters break up.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for i, image in enumerate(self.images):
            if i:
                printer.newPage()
            paint_page(painter, printer, image)
        painter.end()

    def _go(self, step: int) -> None:
        page = min(max(1, self.preview.currentPage() + step), max(1, self.preview.pageCount()))
        self.preview.setCurrentPage(page)
        self._page_changed()

    def _page_changed(self) -> None:
        if self._print_op is None or self._print_op.done:
            self.status.setText(translate("PrintPreviewDialog", "第 {page} 页，共 {count} 页").format(
                page=self.preview.currentPage(), count=self.preview.pageCount()))

    # printing ---------------------------------------------------------------------------
    def ask_and_print(self) -> None:
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(translate("PrintPreviewDialog", "打印"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.setMinMax(1, max(1, len(self.images)))
        # exec(): the Windows print dialog is native and modal in any case; events keep flowing meanwhile.
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(self.printer)

    def print_to(self, printer: QPrinter, dpi: int = PRINT_DPI) -> Operation[int] | None:
        """Print on `printer` as configured (copies, duplex, range) in a worker."""
        if self.document is None or (self._print_op is not None and not self._print_op.done):
            return None
        pdf = self.document.pdf
        printer.setDocName(self.document.title)
        self.print_action.setEnabled(False)
        self.status.setText(translate("PrintPreviewDialog", "正在发送到打印机…"))

        def progress(done: int, total: int, _text: str) -> None:
            self.status.setText(
                translate("PrintPreviewDialog", "正在打印：{done}/{total} 页").format(done=done, total=total))

        def work(p: Progress) -> int:
            return print_pdf(printer, pdf, p, dpi=dpi, on_page=lambda d, t: p.step(d, t, ""))

        self._print_op = run_operation(self, work, on_success=self._printed, on_failure=self._print_failed,
                                       on_progress=progress, on_cancelled=self._print_done, name="print")
        return self._print_op

    def _printed(self, sides: int) -> None:
        self._print_done()
        self.status.setText(translate("PrintPreviewDialog", "已发送到打印机（{sides} 面）。").format(sides=sides))
        self.printed.emit(sides)

    def _print_failed(self, exc: BaseException) -> None:
        from zsdesk.gui.errors import report_failure

        self._print_done()
        self.status.setText(translate("PrintPreviewDialog", "打印失败。"))
        self.failed.emit(str(exc))
        report_failure(exc, self, "print")

    def _print_done(self) -> None:
        self.print_action.setEnabled(True)

    def save_as_pdf(self) -> None:
        if self.document is not None:
            ask_and_save_pdf(self, self.document, on_saved=lambda path: self.status.setText(
                translate("PrintPreviewDialog", "已保存：{path}").format(path=path)))

    def done(self, result: int) -> None:
        # Page images are several MB each: free them with the dialog, not when Python collects it.
        self._load_op.cancel()
        self.images = []
        super().done(result)
