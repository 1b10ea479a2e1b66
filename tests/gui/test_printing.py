"""Print preview, printing to a PDF-file printer, batch print with progress and cancel, save as PDF —
through the real dialogs, with contracts from a real cache."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
import shiboken6
from pdf_pages import raster
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from services.printing_world import (
    ALL_IDS,
    close,
    contract_no,
    looks_printed,
    new_context,
    pdf_pages,
    pdf_text,
    store_contracts,
)

from gui.helpers import StallProbe
from zsdesk.documents import PowerOfAttorney
from zsdesk.gui.printing import BatchPrintDialog, PrintPreviewDialog, preview_contract, preview_power_of_attorney
from zsdesk.gui.printing.save_pdf import save_document
from zsdesk.services import printing


@pytest.fixture
def ctx():  # type: ignore[no-untyped-def]
    context = new_context()
    yield context
    close(context)


def pdf_printer(path: Path, copies: int = 1) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCopyCount(copies)
    return printer


def _gray(image: QImage) -> Image.Image:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return Image.frombuffer("L", (gray.width(), gray.height()), bytes(gray.constBits()), "raw", "L",
                            gray.bytesPerLine(), 1)


@pytest.fixture(autouse=True)
def _close_previews(qtbot):  # type: ignore[no-untyped-def]
    """Previews delete themselves on close (qtbot.addWidget would close a deleted one)."""
    yield
    for dialog in _opened:
        if shiboken6.isValid(dialog):
            dialog.close()
    _opened.clear()


_opened: list[PrintPreviewDialog] = []


def _open_preview(qtbot, dialog: PrintPreviewDialog) -> int:
    _opened.append(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=20000) as ready:
        pass
    return int(ready.args[0])


def test_preview_shows_every_page_of_the_contract(qtbot, ctx):
    [local_id] = store_contracts(ctx, 1)
    expected = printing.render_stored_contract(ctx, local_id).page_count
    dialog = preview_contract(None, ctx, local_id)
    assert _open_preview(qtbot, dialog) == expected
    assert dialog.preview.pageCount() == expected == len(dialog.images)
    assert contract_no(0) in dialog.windowTitle()
    assert f"共 {expected} 页" in dialog.status.text()
    assert dialog.print_action.isEnabled() and dialog.save_action.isEnabled()
    assert not dialog.warning.isVisible()
    # The preview pages are the rendered PDF pages: white paper (corner) with ink somewhere.
    for img in dialog.images:
        assert looks_printed(_gray(img))
    dialog.close()
    assert dialog.images == []          # page images are freed with the dialog


def test_preview_of_a_contract_no_longer_in_the_cache_says_so_in_the_dialog(qtbot, ctx):
    dialog = preview_contract(None, ctx, "gone")
    _opened.append(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=20000) as failed:
        pass
    assert "已没有这份合同" in failed.args[0]
    assert "已没有这份合同" in dialog.busy_label.text()
    assert not dialog.print_action.isEnabled() and not dialog.save_action.isEnabled()


def test_print_from_preview_respects_copies_and_produces_inked_pages(qtbot, ctx, tmp_path: Path):
    [local_id] = store_contracts(ctx, 1)
    dialog = preview_contract(None, ctx, local_id)
    pages = _open_preview(qtbot, dialog)
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=30000) as printed:
        dialog.print_to(pdf_printer(out, copies=2), dpi=80)
    # A PDF printer makes no copies itself: we print the document twice, collated.
    assert printed.args[0] == 2 * pages
    assert pdf_pages(out) == 2 * pages
    images = raster(out, dpi=30)
    assert len(images) == 2 * pages
    assert all(looks_printed(img) for img in images)
    assert not (tmp_path / "printed.pdf.part").exists()


def test_power_of_attorney_preview_has_one_page(qtbot):
    poa = PowerOfAttorney("中山市好家园房地产代理有限公司", "91442000MA4UXXXX1X", "张三", "442000198001011234",
                          "李四", "44200019900202123X", "13800138000", True, True)
    dialog = preview_power_of_attorney(None, poa)
    assert _open_preview(qtbot, dialog) == 1
    assert "委托书" in dialog.windowTitle()


def test_batch_print_of_five_contracts_to_pdf_files(qtbot, ctx, tmp_path: Path):
    ids = store_contracts(ctx, 5)
    expected = {contract_no(i): printing.render_stored_contract(ctx, ids[i]).page_count for i in range(5)}
    dialog = BatchPrintDialog(ctx, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    steps: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda d, t: steps.append((d, t)))
    # A full collection of the test session's heap holds the GIL for 100-200 ms in whichever thread
    # triggers it; the app freezes its startup heap for that reason (J_for_G.md). Do the same here so
    # the probe measures printing, not pytest's heap.
    gc.collect()
    gc.freeze()
    probe = StallProbe()
    probe.start()
    try:
        with qtbot.waitSignal(dialog.batch_finished, timeout=60000) as finished:
            dialog.start_printing(pdf_printer(tmp_path / "batch.pdf"), dpi=150)
    finally:
        probe.stop()
        gc.unfreeze()
    assert steps[-1] == (5, 5)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    assert dialog.bar.value() == 5 and "完成：5 份已打印" in dialog.label.text()
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == 5 == len(finished.args[0].done)
    for f in files:
        assert not any(i in f.name for i in ALL_IDS)
        [number] = [n for n in expected if n in f.name]
        assert pdf_pages(f) == expected[number]
    assert not list(tmp_path.glob("*.part"))
    probe.check()


def test_cancel_mid_batch_stops_early_and_leaves_no_partial_file(qtbot, ctx, tmp_path: Path):
    ids = store_contracts(ctx, 5)
    dialog = BatchPrintDialog(ctx, ids)
    qtbot.addWidget(dialog)
    dialog.show()

    def on_progress(done: int, _total: int) -> None:
        if done >= 1 and not dialog.cancelled:
            dialog.cancel_button.click()

    dialog.progressed.connect(on_progress)
    with qtbot.waitSignal(dialog.batch_cancelled, timeout=60000):
        dialog.start_printing(pdf_printer(tmp_path / "batch.pdf"), dpi=60)
    files = sorted(tmp_path.glob("*.pdf"))
    assert 1 <= len(files) < 5
    assert not list(tmp_path.glob("*.part"))
    for f in files:
        assert pdf_pages(f) >= 2     # every file left is a whole contract
    assert "已取消" in dialog.label.text()
    assert dialog.close_button.isVisible()


def test_batch_lists_contracts_that_could_not_be_printed(qtbot, ctx, tmp_path: Path):
    ids = store_contracts(ctx, 2)
    dialog = BatchPrintDialog(ctx, [ids[0], "gone", ids[1]])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.batch_finished, timeout=60000):
        dialog.start_printing(pdf_printer(tmp_path / "batch.pdf"), dpi=40)
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    assert dialog.failures.count() == 1 and "第 2 份" in dialog.failures.item(0).text()


def test_batch_save_as_pdf_keeps_the_searchable_originals(qtbot, ctx, tmp_path: Path):
    ids = store_contracts(ctx, 3)
    dialog = BatchPrintDialog(ctx, ids)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.batch_finished, timeout=60000):
        dialog.start_saving(str(tmp_path / "out"))
    files = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(files) == 3
    assert contract_no(2) in pdf_text(next(f for f in files if contract_no(2) in f.name))


def test_save_as_pdf_writes_the_document_under_a_name_without_id_numbers(qtbot, ctx, tmp_path: Path):
    [local_id] = store_contracts(ctx, 1)
    dialog = preview_contract(None, ctx, local_id)
    _open_preview(qtbot, dialog)
    document = dialog.document
    assert document is not None
    path = printing.default_pdf_path(tmp_path, document)
    saved: list[Path] = []
    op = save_document(dialog, document, path, saved.append)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert saved == [path] and path.exists()
    assert not any(i in path.name for i in ALL_IDS)
    assert contract_no(0) in path.name
    assert contract_no(0) in pdf_text(path)
