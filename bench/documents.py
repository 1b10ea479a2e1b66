"""Time to render a contract copy, alone and in a batch of 100, against a one-page reportlab
document in the same font (the floor any reportlab PDF of ours pays).

    uv run --frozen python bench/documents.py
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "documents"))
from docsupport import make_contract

from zsdesk.documents import default_chain, render_contract, render_power_of_attorney
from zsdesk.documents.power_of_attorney import PowerOfAttorney
from zsdesk.domain.enums import ContractStatus

PRINTED_AT = datetime(2024, 5, 2, 9, 30)
REPEATS = 21
BATCH = 100
BASELINE_PARAGRAPHS = 7


def ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def median_ms(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    return statistics.median(ms(fn) for _ in range(repeats))


def interleaved_median_ms(a: Callable[[], object], b: Callable[[], object],
                          repeats: int = REPEATS) -> tuple[float, float]:
    """Medians of a and b timed alternately: the machine is shared, load drifts within a run, and
    a ratio of two medians taken minutes apart measures the drift as much as the code."""
    times_a, times_b = [], []
    for _ in range(repeats):
        times_a.append(ms(a))
        times_b.append(ms(b))
    return statistics.median(times_a), statistics.median(times_b)


def one_page_baseline() -> bytes:
    chain = default_chain()
    style = ParagraphStyle("b", fontName=chain.main, fontSize=10.5, leading=18, wordWrap="CJK", firstLineIndent=21)
    sentence = "根据《中华人民共和国民法典》及有关法律、法规之规定，甲乙双方在平等、自愿、协商一致的基础上订立本合同。"
    text = chain.markup(sentence * 4)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, invariant=1, initialFontName=chain.main)
    doc.build([Paragraph(text, style) for _ in range(BASELINE_PARAGRAPHS)])   # a full A4 page of body text
    assert doc.page == 1
    return buf.getvalue()


def main() -> None:
    cold_fonts = ms(default_chain)                       # decompress + parse the shipped face, once per process
    contract = make_contract()                           # five parties, 𠮷 in a name: the Ext. B subset loads too
    cold_first = ms(lambda: render_contract(contract, printed_at=PRINTED_AT, agent_name="赵经纪"))
    one_page_baseline()                                  # warm, like the contract above
    per_copy, baseline = interleaved_median_ms(
        lambda: render_contract(contract, printed_at=PRINTED_AT, agent_name="赵经纪"), one_page_baseline)
    draft = make_contract(ContractStatus.DRAFT)
    per_draft = median_ms(lambda: render_contract(draft, printed_at=PRINTED_AT, agent_name="赵经纪"))
    poa = PowerOfAttorney("中山市好家园房地产代理有限公司", "91442000MA4UJ6XK7Q", "张堃", "442000197001011234",
                          "王喆", "442000199505051234", "13800138000", False, True)
    per_poa = median_ms(lambda: render_power_of_attorney(poa, printed_at=PRINTED_AT))
    contracts = [make_contract() for _ in range(BATCH)]
    for i, c in enumerate(contracts):
        c.contract_no = f"ZS20240501{i:05d}"
    batch = statistics.median(
        ms(lambda: [render_contract(c, printed_at=PRINTED_AT, agent_name="赵经纪") for c in contracts])
        for _ in range(3))
    pages = render_contract(contract, printed_at=PRINTED_AT, agent_name="赵经纪").page_count

    rows = [
        ("font chain, cold (once per process)", cold_fonts),
        ("first contract copy, cold", cold_first),
        ("baseline: one full page, same font", baseline),
        (f"contract copy ({pages} pages)", per_copy),
        ("contract copy, draft watermark", per_draft),
        ("委托书", per_poa),
        (f"batch of {BATCH} contract copies", batch),
        ("  per copy in the batch", batch / BATCH),
    ]
    print(f"{'what':40} {'ms':>10}")
    for name, value in rows:
        print(f"{name:40} {value:10.1f}")
    print(f"{'copy / baseline':40} {per_copy / baseline:10.2f}x   (target <= 5x, <= 300 ms per copy)")
    print(f"{'copy per page / baseline page':40} {per_copy / pages / baseline:10.2f}x   (the baseline is one page)")
    print(json.dumps({
        "bench": "documents",
        "metrics": {
            "contract_copy_ms": round(per_copy, 2),
            "contract_copy_draft_ms": round(per_draft, 2),
            "power_of_attorney_ms": round(per_poa, 2),
            "batch_100_ms": round(batch, 1),
            "batch_per_copy_ms": round(batch / BATCH, 2),
            "first_copy_cold_ms": round(cold_first, 1),
            "font_chain_cold_ms": round(cold_fonts, 1),
            "copy_to_baseline_ratio": round(per_copy / baseline, 2),
            "copy_per_page_ms": round(per_copy / pages, 2),
            "copy_per_page_to_baseline_ratio": round(per_copy / pages / baseline, 2),
        },
        "baseline": {"one_page_same_font_ms": round(baseline, 2)},
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
