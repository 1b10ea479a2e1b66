"""GUI-thread stalls by the wall clock, in the GUI tests that run a stall probe (first run, login,
the agency's first day, quick resume, batch printing).

The tests assert only what is the app's own doing (network I/O on the GUI thread, over 100 ms of
GUI-thread CPU without a break; tests/gui/helpers.py StallProbe). The wall-clock gaps, which also
hold GIL waits behind other threads (the sandbox registry runs inside the test process there) and
the OS scheduling, are collected here instead: each probe appends its numbers to a JSON-lines file
(ZSDESK_STALL_RECORD). Baseline, same run: the same probe on an idle event loop in this process.

    uv run --frozen python bench/gui_stall.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

TESTS = ["tests/gui/test_first_run.py", "tests/gui/test_login_flow.py", "tests/gui/test_agency_flow.py",
         "tests/gui/test_quick_resume.py", "tests/gui/test_printing.py"]


def idle_baseline(seconds: float = 3.0) -> dict[str, float]:
    from gui.helpers import StallProbe
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    probe = StallProbe()
    probe.start()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    probe.stop()
    del app
    return {"worst_wall_ms": round(probe.worst * 1000, 1), "worst_cpu_ms": round(probe.worst_cpu * 1000, 1)}


def main() -> int:
    baseline = idle_baseline()
    with tempfile.TemporaryDirectory() as tmp:
        record = Path(tmp) / "stalls.jsonl"
        env = dict(os.environ, ZSDESK_STALL_RECORD=str(record))
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS],
                       cwd=ROOT, env=env, check=True)
        rows = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    print(f"{'probe':<78} {'wall ms':>8} {'cpu ms':>7}  worst wall phase")
    print(f"{'idle event loop (baseline)':<78} {baseline['worst_wall_ms']:>8} {baseline['worst_cpu_ms']:>7}")
    for r in rows:
        print(f"{r['test'][:78]:<78} {r['worst_wall_ms']:>8} {r['worst_cpu_ms']:>7}  {r['worst_wall_phase']}")
    worst = max(rows, key=lambda r: r["worst_wall_ms"])
    print(json.dumps({"bench": "gui_stall", "baseline": baseline, "probes": rows,
                      "worst_wall_ms": worst["worst_wall_ms"],
                      "worst_wall_x_idle": round(worst["worst_wall_ms"] / max(baseline["worst_wall_ms"], 1), 1)},
                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
