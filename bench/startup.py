"""Cold start of `zsdesk` as whole processes vs a bare PySide6 QMainWindow process, same run.

    uv run --frozen python bench/startup.py [--reps 5]

zsdesk runs with ZSDESK_EXIT_WHEN_READY=login (or main, with ZSDESK_AUTOLOGIN) against a
sandbox registry already running on loopback; it prints a timestamp once the window is
shown and the event loop is idle, then quits. Medians in ms; target ≤ 1.5× the bare window."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 760); w.show()
def ready():
    print(f"ZSDESK_READY bare {time.time():.6f}", flush=True); app.exit(0)
QTimer.singleShot(0, ready)
app.exec()
"""


def _run(cmd: list[str], env: dict[str, str]) -> float | None:
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("ZSDESK_READY"):
            return (float(line.split()[-1]) - start) * 1000
    sys.stderr.write(out.stderr[-2000:])
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    from zsdesk.services.sandbox import EmbeddedSandbox

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        sandbox = EmbeddedSandbox(Path(tmp) / "registry.sqlite3", training=True, sandbox=True)
        url = sandbox.start()
        home = Path(tmp) / "home"
        (home / "config").mkdir(parents=True)
        (home / "config" / "settings.json").write_text(json.dumps({"registry_url": url}), encoding="utf-8")
        env["ZSDESK_HOME"] = str(home)
        zsdesk = [sys.executable, "-m", "zsdesk.cli"]
        results: dict[str, list[float]] = {"bare_window": [], "login_window": []}
        for _ in range(args.reps):
            for name, cmd, extra in (("bare_window", [sys.executable, "-c", BARE], {}),
                                     ("login_window", zsdesk, {"ZSDESK_EXIT_WHEN_READY": "login"})):
                value = _run(cmd, {**env, **extra})
                if value is not None:
                    results[name].append(value)
        sandbox.stop()
    med = {k: statistics.median(v) for k, v in results.items() if v}
    print(f"{'measure':<16}{'median ms':>12}{'runs':>6}")
    for k, v in results.items():
        print(f"{k:<16}{med.get(k, float('nan')):>12.0f}{len(v):>6}")
    if "bare_window" in med and "login_window" in med:
        print(f"login / bare = {med['login_window'] / med['bare_window']:.2f} (target ≤ 1.5)")
    metrics = {k: round(v, 1) for k, v in med.items() if k != "bare_window"}
    baseline = {"bare_window": round(med.get("bare_window", 0.0), 1)}
    print(json.dumps({"bench": "startup", "metrics": metrics, "baseline": baseline}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
