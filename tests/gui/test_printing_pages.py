"""Page order for copies, collation, duplex and ranges; printing one PDF onto a PDF-file printer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from services.printing_world import close, new_context, pdf_pages, store_contracts

from zsdesk.gui.printing.page_printer import load_pdf, print_pdf, render_pages, sheet_plan
from zsdesk.services import printing
from zsdesk.services.progress import Cancelled, CancelToken, Progress


def test_sheet_plan_copies_collation_duplex_and_range():
    assert sheet_plan(3) == [0, 1, 2]
    assert sheet_plan(3, copies=2) == [0, 1, 2, 0, 1, 2]
    assert sheet_plan(3, copies=2, collate=False) == [0, 0, 1, 1, 2, 2]
    # Duplex: the second copy starts on a new sheet, not on the back of the first copy's last page.
    assert sheet_plan(3, copies=2, duplex=True) == [0, 1, 2, None, 0, 1, 2]
    assert sheet_plan(4, copies=2, duplex=True) == [0, 1, 2, 3, 0, 1, 2, 3]
    assert sheet_plan(5, first=2, last=3) == [1, 2]
    assert sheet_plan(5, first=4, last=9) == [3, 4]
    assert sheet_plan(2, first=3, last=4) == []


@pytest.fixture
def document():  # type: ignore[no-untyped-def]
    ctx = new_context()
    [local_id] = store_contracts(ctx, 1)
    yield printing.render_stored_contract(ctx, local_id)
    close(ctx)


def _printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_pdf_prints_the_page_range(qapp, document, tmp_path: Path):
    printer = _printer(tmp_path / "range.pdf")
    printer.setFromTo(2, 3)
    assert print_pdf(printer, document.pdf, dpi=40) == 2
    assert pdf_pages(tmp_path / "range.pdf") == 2
    assert printer.outputFileName() == str(tmp_path / "range.pdf")


def test_cancel_mid_document_removes_the_partial_file(qapp, document, tmp_path: Path):
    token = CancelToken()
    printer = _printer(tmp_path / "cancelled.pdf")

    def on_page(done: int, _total: int) -> None:
        if done == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        print_pdf(printer, document.pdf, Progress(token), dpi=40, on_page=on_page)
    assert list(tmp_path.iterdir()) == [tmp_path / "zsdesk-home"]


def test_preview_images_match_the_page_count_and_paper(qapp, document):
    images = render_pages(document.pdf, dpi=72)
    assert len(images) == document.page_count
    loaded = load_pdf(document.pdf)
    try:
        pts = loaded.page_points(0)
        assert abs(images[0].width() - pts.width()) <= 1 and abs(images[0].height() - pts.height()) <= 1
    finally:
        loaded.close()
