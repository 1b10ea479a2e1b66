"""Our PDFs onto a QPrinter: pages rasterised by QtPdf, painted in the printer's paper rect.

Everything here runs in worker threads (QPainter on a QPrinter and QImage is thread-safe; QtPdf
serialises its PDF engine internally). The GUI thread only shows progress.

Copies: a printer driver that makes copies itself (`supportsMultipleCopies`) gets each page once;
otherwise (PDF files, some drivers) we repeat pages, collated or not, and with duplex each copy
starts on a new sheet. Writing to a PDF file goes through `<name>.part`, renamed when complete, so
a cancelled or failed print never leaves half a file behind.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from zsdesk.gui.i18n import translate
from zsdesk.services.progress import NO_PROGRESS, Progress

PRINT_DPI = 300      # sharp text on office lasers; 1200 (QPrinter's default) would be 560 MB per A4 page
PREVIEW_DPI = 150    # sharp at 适合宽度 on a 1080p screen; about 6.5 MB per A4 page


BAND_PX = 192        # strip height for printing: ~1.4 MB per strip at 300 dpi, each call a few ms


class PdfLoadError(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class Band:
    image: QImage
    top: int          # first row within the whole page image
    page: QSize       # size of the whole page image


def _yield_gil() -> None:
    # Between two GIL-holding Qt calls the GUI thread must get its turn; without a real wait the
    # worker often takes the GIL straight back and the GUI thread waits through several strips.
    time.sleep(0.0005)


def _on_white(rendered: QImage) -> QImage:
    # QtPdf leaves the paper transparent; dropping alpha would turn it black. Composite on white
    # paper into opaque RGB (a quarter smaller than ARGB; printers have no alpha anyway).
    page = QImage(rendered.size(), QImage.Format.Format_RGB888)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return page


@dataclass(slots=True)
class LoadedPdf:
    """A QPdfDocument with the buffer it reads from (the buffer must outlive the document)."""

    document: QPdfDocument
    buffer: QBuffer

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def page_points(self, index: int) -> QSizeF:
        return self.document.pagePointSize(index)

    def scaled_size(self, index: int, dpi: int) -> QSize:
        pts = self.page_points(index)
        return QSize(max(1, round(pts.width() * dpi / 72)), max(1, round(pts.height() * dpi / 72)))

    def render(self, index: int, dpi: int) -> QImage:
        """The whole page at `dpi` (the preview's resolution: a single call is short enough)."""
        return _on_white(self.document.render(index, self.scaled_size(index, dpi)))

    def render_bands(self, index: int, dpi: int, band: int = BAND_PX) -> list[Band]:
        """The page at `dpi` in horizontal strips. PySide holds the GIL through each QtPdf render
        and each image written into a PDF printer, so whole 300 dpi pages would stall the GUI
        thread for 50–300 ms; strips keep every such call short."""
        size = self.scaled_size(index, dpi)
        bands = []
        for top in range(0, size.height(), band):
            # One row of overlap, painted over by the next strip: no hairline seam between strips.
            height = min(band + 1, size.height() - top)
            options = QPdfDocumentRenderOptions()
            options.setScaledSize(size)
            options.setScaledClipRect(QRect(0, top, size.width(), height))
            image = self.document.render(index, QSize(size.width(), height), options)
            bands.append(Band(_on_white(image), top, size))
            _yield_gil()
        return bands

    def close(self) -> None:
        self.document.close()
        self.buffer.close()


def load_pdf(pdf: bytes) -> LoadedPdf:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    # A QBuffer is random-access, so this load is synchronous.
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        buffer.close()
        raise PdfLoadError(f"PDF could not be read ({document.error()})")
    return LoadedPdf(document, buffer)


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI, progress: Progress = NO_PROGRESS) -> list[QImage]:
    """All pages as images (for the preview; the GUI thread only paints them)."""
    loaded = load_pdf(pdf)
    try:
        images = []
        for i in range(loaded.page_count):
            progress.step(i, loaded.page_count, translate("PagePrinter", "正在生成预览：第 {page}/{count} 页").format(
                page=i + 1, count=loaded.page_count))
            images.append(loaded.render(i, dpi))
        return images
    finally:
        loaded.close()


def sheet_plan(page_count: int, *, copies: int = 1, collate: bool = True, duplex: bool = False,
               first: int = 0, last: int = 0) -> list[int | None]:
    """Page indexes in print order (None: a blank back side). `first`/`last` are the 1-based range
    of the print dialog, 0 meaning "all"."""
    lo = max(1, first or 1)
    hi = min(page_count, last or page_count)
    pages = list(range(lo - 1, hi))
    if not pages:
        return []
    copies = max(1, copies)
    if not collate:
        return [p for p in pages for _ in range(copies)]
    plan: list[int | None] = []
    for n in range(copies):
        plan.extend(pages)
        # Each copy starts on a new sheet, so a copy never ends on the back of the next one's first page.
        if duplex and len(pages) % 2 and n < copies - 1:
            plan.append(None)
    return plan


def plan_for(printer: QPrinter, page_count: int) -> list[int | None]:
    driver_copies = printer.supportsMultipleCopies()
    return sheet_plan(
        page_count,
        copies=1 if driver_copies else printer.copyCount(),
        collate=printer.collateCopies(),
        duplex=printer.duplex() not in (QPrinter.DuplexMode.DuplexNone,),
        first=printer.fromPage(),
        last=printer.toPage(),
    )


def _paper(loaded: LoadedPdf) -> QPageSize:
    pts = loaded.page_points(0)
    return QPageSize(QSize(round(pts.width()), round(pts.height())), "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def paper_of(pdf: bytes) -> QPageSize:
    loaded = load_pdf(pdf)
    try:
        return _paper(loaded)
    finally:
        loaded.close()


def match_paper(printer: QPrinter, loaded: LoadedPdf) -> None:
    """Paper of the document's first page (A4 for all our documents), painted edge to edge: the
    PDF carries its own margins."""
    paper = _paper(loaded)
    if not printer.pageLayout().pageSize().isEquivalentTo(paper):
        printer.setPageSize(paper)
    printer.setFullPage(True)


def _placement(printer: QPrinter, page: QSize) -> tuple[float, float, float]:
    """Scale and top-left offset that fit a page image into the paper, centred."""
    paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    scale = min(paper.width() / page.width(), paper.height() / page.height())
    return (scale, paper.x() + (paper.width() - page.width() * scale) / 2,
            paper.y() + (paper.height() - page.height() * scale) / 2)


def paint_page(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    scale, x, y = _placement(printer, image.size())
    painter.drawImage(QRectF(x, y, image.width() * scale, image.height() * scale), image)


def paint_bands(painter: QPainter, printer: QPrinter, bands: list[Band], progress: Progress) -> None:
    for band in bands:
        progress.token.raise_if_cancelled()
        scale, x, y = _placement(printer, band.page)
        image = band.image
        painter.drawImage(QRectF(x, y + band.top * scale, image.width() * scale, image.height() * scale), image)
        _yield_gil()


def print_pdf(printer: QPrinter, pdf: bytes, progress: Progress = NO_PROGRESS, *, dpi: int = PRINT_DPI,
              on_page: Callable[[int, int], None] | None = None) -> int:
    """Print `pdf` on `printer` (one print job); returns the number of sheets sides printed.
    Raises `Cancelled` (after aborting the job and removing any partial file) when cancelled."""
    loaded = load_pdf(pdf)
    target = printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""
    part = Path(target + ".part") if target else None
    painter = QPainter()
    try:
        match_paper(printer, loaded)
        plan = plan_for(printer, loaded.page_count)
        if part is not None:
            printer.setOutputFileName(str(part))
        if not painter.begin(printer):
            raise OSError(translate("PagePrinter", "打印机无法开始打印，请检查打印机是否连接并处于就绪状态。"))
        cache: dict[int, list[Band]] = {}
        for n, page in enumerate(plan):
            progress.token.raise_if_cancelled()
            if n:
                printer.newPage()
            if page is not None:
                bands = cache.get(page)
                if bands is None:
                    bands = loaded.render_bands(page, dpi)
                    # Uncollated copies repeat a page back to back: keep only the current one.
                    cache = {page: bands}
                paint_bands(painter, printer, bands, progress)
            if on_page is not None:
                on_page(n + 1, len(plan))
        painter.end()
        if part is not None:
            part.replace(target)
        return len(plan)
    except BaseException:
        if painter.isActive():
            printer.abort()
            painter.end()
        if part is not None:
            with contextlib.suppress(OSError):
                part.unlink()
        raise
    finally:
        if part is not None:
            printer.setOutputFileName(target)
        loaded.close()
