"""Printing use cases over a real cache: stored contracts → PDFs, batches with progress and cancel."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from services.printing_world import (
    AGENT_NAME,
    ALL_IDS,
    close,
    contract_no,
    new_context,
    pdf_pages,
    pdf_text,
    store_contracts,
    variant,
)
from zsdesk.documents import PowerOfAttorney, suggested_filename
from zsdesk.domain.china_time import CHINA_TZ
from zsdesk.services import printing
from zsdesk.services.errors import ServiceError
from zsdesk.services.progress import Cancelled, CancelToken, Progress

CLOCK = lambda: datetime(2024, 5, 2, 9, 30, tzinfo=CHINA_TZ)  # noqa: E731


@pytest.fixture
def ctx():  # type: ignore[no-untyped-def]
    context = new_context()
    yield context
    close(context)


def _no_ids(name: str) -> None:
    for id_number in ALL_IDS:
        assert id_number not in name
        assert id_number[-6:] not in name


def test_stored_contract_renders_with_agent_name_from_staff_register(ctx):
    [local_id] = store_contracts(ctx, 1)
    doc = printing.render_stored_contract(ctx, local_id, clock=CLOCK)
    text = pdf_text(doc.pdf)
    assert doc.page_count == pdf_pages(doc.pdf) >= 2
    assert contract_no(0) in text
    assert AGENT_NAME in text
    assert "吉𠮷" in text
    assert doc.filename == suggested_filename(variant(0))
    assert contract_no(0) in doc.filename and doc.filename.endswith(".pdf")
    _no_ids(doc.filename)
    assert doc.title == f"存量房买卖合同 {contract_no(0)}"


def test_missing_contract_is_an_expected_refusal(ctx):
    with pytest.raises(ServiceError, match="已没有这份合同"):
        printing.render_stored_contract(ctx, "gone")


def test_agent_name_falls_back_to_the_signed_in_staff():
    ctx = new_context(staff_row=False)
    try:
        [local_id] = store_contracts(ctx, 1)
        contract, agent = printing.load_contract(ctx, local_id)
        assert agent == "登录人"
        assert contract.contract_no == contract_no(0)
    finally:
        close(ctx)


def test_cancellation_application_document(ctx):
    [local_id] = store_contracts(ctx, 1)
    doc = printing.render_stored_contract(ctx, local_id, kind="cancellation", clock=CLOCK)
    assert "注销网签备案申请" in pdf_text(doc.pdf)
    assert doc.filename.startswith("注销网签备案申请_")
    _no_ids(doc.filename)


def test_batch_reports_progress_before_each_contract_and_skips_missing_ones(ctx):
    ids = store_contracts(ctx, 3)
    steps: list[tuple[int, int]] = []
    items = list(printing.iter_stored_contracts(ctx, [ids[0], "gone", ids[2]],
                                                Progress(report=lambda d, t, _s: steps.append((d, t))),
                                                clock=CLOCK))
    assert steps == [(0, 3), (1, 3), (2, 3)]
    assert [i.document is not None for i in items] == [True, False, True]
    assert "已没有这份合同" in items[1].error
    assert items[2].document is not None and contract_no(2) in pdf_text(items[2].document.pdf)


def test_batch_stops_at_the_next_contract_once_cancelled(ctx):
    ids = store_contracts(ctx, 4)
    token = CancelToken()
    seen = []
    with pytest.raises(Cancelled):
        for item in printing.iter_stored_contracts(ctx, ids, Progress(token), clock=CLOCK):
            seen.append(item)
            if len(seen) == 2:
                token.cancel()
    assert len(seen) == 2


def test_batch_save_writes_one_complete_file_per_contract_without_id_numbers(ctx, tmp_path: Path):
    ids = store_contracts(ctx, 3)
    steps: list[tuple[int, int]] = []
    outcome = printing.save_contracts_pdf(ctx, [*ids, ids[0]], tmp_path / "out",
                                          Progress(report=lambda d, t, _s: steps.append((d, t))), clock=CLOCK)
    assert steps[-1] == (4, 4)
    assert len(outcome.done) == 4 and not outcome.failures
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(names) == 4 and not any(n.endswith(".part") for n in names)
    assert any(n.endswith(" (2).pdf") for n in names), "a second copy of the same contract must not overwrite"
    for path in outcome.done:
        _no_ids(path.name)
        assert pdf_pages(path) >= 2
    assert contract_no(1) in pdf_text(outcome.done[1])


def test_cancelled_batch_save_keeps_only_finished_files(ctx, tmp_path: Path):
    ids = store_contracts(ctx, 4)
    token = CancelToken()

    def report(done: int, total: int, _s: str) -> None:
        if done == 2:
            token.cancel()

    progress = Progress(token, report)
    with pytest.raises(Cancelled):
        printing.save_contracts_pdf(ctx, ids, tmp_path / "out", progress, clock=CLOCK)
    files = sorted((tmp_path / "out").iterdir())
    # Cancelled while the third was being prepared: it is finished, the fourth never started.
    assert len(files) == 3
    assert all(f.suffix == ".pdf" and pdf_pages(f) >= 2 for f in files)


def test_save_pdf_adds_suffix_and_writes_the_original(ctx, tmp_path: Path):
    [local_id] = store_contracts(ctx, 1)
    doc = printing.render_stored_contract(ctx, local_id, clock=CLOCK)
    path = printing.save_pdf(doc, tmp_path / "sub" / "合同副本")
    assert path.name == "合同副本.pdf"
    assert path.read_bytes() == doc.pdf


def test_power_of_attorney_document_name_has_no_id_numbers():
    poa = PowerOfAttorney("中山市好家园房地产代理有限公司", "91442000MA4UXXXX1X", "张三", "442000198001011234",
                          "李四", "44200019900202123X", "13800138000", True, False)
    doc = printing.power_of_attorney_document(poa, clock=CLOCK)
    assert doc.page_count == 1
    assert "委托书" in doc.filename
    assert "442000198001011234" not in doc.filename and "44200019900202123X" not in doc.filename
    assert "李四" in pdf_text(doc.pdf)


def test_power_of_attorney_from_the_agency_pages_enterprise_values():
    values = {"name": "中山市好家园房地产代理有限公司 ", "uscc": "91442000MA4UXXXX1X", "legal_rep_name": "张三",
              "legal_rep_id_number": "442000198001011234", "address": "中山市东区", "established_on": None}
    poa = printing.power_of_attorney_from_values(values, entrusted_name=" 李四", entrusted_id="44200019900202123X",
                                                 phone="13800138000", open_agency_account=False,
                                                 use_staff_account=True)
    assert (poa.agency_name, poa.licence_no, poa.legal_rep_name, poa.legal_rep_id) == (
        "中山市好家园房地产代理有限公司", "91442000MA4UXXXX1X", "张三", "442000198001011234")
    assert (poa.entrusted_name, poa.open_agency_account, poa.use_staff_account) == ("李四", False, True)
    text = pdf_text(printing.power_of_attorney_document(poa, clock=CLOCK).pdf)
    assert "91442000MA4UXXXX1X" in text and "李四" in text
