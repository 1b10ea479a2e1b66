"""Contract list: from a keystroke in the search box to the updated view, over 100,000 cached contracts.

Seeds an encrypted cache with bench/store_search.py's bulk seeding, opens the real 本机构合同 page
offscreen (QT_QPA_PLATFORM=offscreen), types into its search box the way an agent does — ASCII by key
events, Chinese by input-method commits, one keystroke after the previous result is on screen — and
times each keystroke until the model holds the new first page and the table has repainted. Reported:
the median and p90 per keystroke per kind of search, the store query alone (no Qt), and the process
RSS. Baseline, same run: a keystroke into a bare QLineEdit + QTableView (nothing searched) until repaint.
Targets: median <= 50 ms per keystroke, RSS <= 300 MB.

    uv run --frozen python bench/contract_list.py [--contracts N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psutil
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QInputMethodEvent, QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget
from store_search import seed

from zsdesk.domain.enums import AccountKind
from zsdesk.paths import app_paths
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.app_settings import AppSettings
from zsdesk.services.contract_list import ContractLister, ListQuery
from zsdesk.store.database import open_cache


def type_key(widget: QWidget, ch: str) -> None:
    if ch.isascii():
        QTest.keyClick(widget, ch)
    else:  # QTest cannot type Chinese: commit it as an input method does
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)


def wait_until(app: QApplication, done, timeout_s: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Spin the event loop until ``done()`` (used outside the timed sections)."""
    deadline = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the list did not update")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def wait_signal(signal, timeout_s: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Block in a nested event loop until ``signal`` fires, as the idle GUI thread does (a busy
    processEvents poll would hold the GIL against the worker that runs the query)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def time_typing(app: QApplication, page, text: str) -> list[float]:  # type: ignore[no-untyped-def]
    """Clear the box, then type ``text`` key by key; ms per keystroke until the new page is painted."""
    page.search.clear()
    wait_until(app, lambda: not page.model.searching)
    app.processEvents()
    samples = []
    for ch in text:
        t = time.perf_counter()
        type_key(page.search, ch)
        wait_signal(page.model.loaded)
        page.table.viewport().repaint()
        samples.append((time.perf_counter() - t) * 1000)
    return samples


def bare_baseline(app: QApplication, keys: str) -> list[float]:
    """A keystroke into a plain QLineEdit and a repaint of a QTableView with 200 static rows."""
    box = QWidget()
    col = QVBoxLayout(box)
    edit = QLineEdit()
    view = QTableView()
    model = QStandardItemModel(200, 9)
    for r in range(200):
        for c in range(9):
            model.setItem(r, c, QStandardItem(f"{r}-{c}"))
    view.setModel(model)
    col.addWidget(edit)
    col.addWidget(view)
    box.resize(1200, 700)
    box.show()
    app.processEvents()
    samples = []
    for ch in keys:
        t = time.perf_counter()
        type_key(edit, ch)
        app.processEvents()
        view.viewport().repaint()
        samples.append((time.perf_counter() - t) * 1000)
    box.close()
    return samples


def p90(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.9) - 1)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contracts", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3, help="times each text is typed")
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    from zsdesk.gui.app import stylesheet

    app.setStyleSheet(stylesheet())
    proc = psutil.Process()
    with tempfile.TemporaryDirectory(prefix="zsdesk-bench-") as tmp:
        root = Path(tmp)
        os.environ["ZSDESK_HOME"] = str(root / "home")
        cache = open_cache(root / "data" / "cache.sqlite3", root / "config", master_key=os.urandom(32))
        t = time.perf_counter()
        probe = seed(cache, args.contracts, random.Random(20261124))
        seed_s = time.perf_counter() - t
        rss_after_seed = proc.memory_info().rss

        ctx = AppContext(app_paths().ensure(), AppSettings())
        ctx.account = Account("uid", "agency_admin", AccountKind.AGENCY, "机构管理员", "中山市示例房地产代理有限公司")
        ctx.cache = cache  # type: ignore[attr-defined]
        from zsdesk.gui.pages.contracts_page import ContractsPage

        page = ContractsPage("agency_contracts", ctx)
        page.resize(1200, 760)
        page.show()
        page.activate()
        wait_until(app, lambda: page.model.rowCount() > 0)
        n = args.contracts // 2
        texts = {
            "id_number": probe["id_number"],                 # digits typed one by one, exact match at the end
            "name": probe["name_prefix"] + "强",              # surname alone matches thousands (index walk)
            "cert_no": probe["cert_no"],
            "address": f"某路{n}号",                          # substring: the one search no index can answer
        }
        results: dict[str, list[float]] = {k: [] for k in texts}
        for _ in range(args.rounds):
            for kind, text in texts.items():
                results[kind] += time_typing(app, page, text)
        # the same first pages straight from the store (no Qt, no thread hop)
        lister = ContractLister(cache.sessions)
        store: list[float] = []
        for text in texts.values():
            for i in range(1, len(text) + 1):
                q = ListQuery(text=text[:i])
                lister.page(q)
                t = time.perf_counter()
                lister.page(q)
                store.append((time.perf_counter() - t) * 1000)
        # lazy paging: scroll to the bottom ten times
        page.search.clear()
        wait_until(app, lambda: not page.model.searching and page.model.rowCount() > 0)
        scroll: list[float] = []
        for _ in range(10):
            rows = page.model.rowCount()
            t = time.perf_counter()
            page.table.scrollToBottom()
            wait_signal(page.model.rowsInserted)
            assert page.model.rowCount() > rows
            page.table.viewport().repaint()
            scroll.append((time.perf_counter() - t) * 1000)
        loaded_rows = page.model.rowCount()
        rss = proc.memory_info().rss
        baseline_samples = bare_baseline(app, "".join(texts.values()) * args.rounds)
        page.close()
        QTimer.singleShot(0, lambda: None)
        app.processEvents()
        cache.close()

    all_keys = [x for v in results.values() for x in v]
    print(f"contract_list: {args.contracts:,} contracts seeded in {seed_s:.1f} s; offscreen 本机构合同 page; "
          f"{args.rounds} rounds of typing")
    print(f"{'search':<12}{'keys':>6}{'median ms':>11}{'p90 ms':>9}{'max ms':>9}")
    for kind, values in results.items():
        print(f"{kind:<12}{len(values):>6}{statistics.median(values):>11.2f}{p90(values):>9.2f}{max(values):>9.2f}")
    med = statistics.median(all_keys)
    base = statistics.median(baseline_samples)
    print(f"{'all':<12}{len(all_keys):>6}{med:>11.2f}{p90(all_keys):>9.2f}{max(all_keys):>9.2f}")
    print(f"store query alone (no Qt): median {statistics.median(store):.2f} ms, max {max(store):.2f} ms")
    print(f"scroll to bottom → next 200 rows: median {statistics.median(scroll):.2f} ms ({loaded_rows} rows loaded)")
    print(f"baseline, bare QLineEdit + QTableView keystroke to repaint: median {base:.2f} ms")
    print(f"RSS {rss / 2**20:.0f} MB (after seeding, before the GUI: {rss_after_seed / 2**20:.0f} MB)")
    ok = med <= 50 and rss <= 300 * 2**20
    print("targets: median <= 50 ms per keystroke, RSS <= 300 MB: " + ("ok" if ok else "MISSED"))
    metrics = {
        "keystroke_median_ms": round(med, 2), "keystroke_p90_ms": round(p90(all_keys), 2),
        **{f"{k}_keystroke_median_ms": round(statistics.median(v), 2) for k, v in results.items()},
        "address_keystroke_max_ms": round(max(results["address"]), 2),
        "store_query_median_ms": round(statistics.median(store), 2),
        "scroll_next_page_median_ms": round(statistics.median(scroll), 2),
        "rss_mb": round(rss / 2**20, 1), "seed_s": round(seed_s, 1),
    }
    print(json.dumps({"bench": "contract_list", "metrics": metrics,
                      "baseline": {"bare_keystroke_repaint_ms": round(base, 2)}}, ensure_ascii=False))
    return 0 if ok else 2


if __name__ == "__main__":
    sys.exit(main())
