"""Cold start of `zsdesk` as whole processes vs a bare PySide6 QMainWindow process, same run.

    uv run --frozen python bench/startup.py [--reps 5]

zsdesk runs against a sandbox registry already running on loopback and prints a timestamp
once the event loop is idle after the moment measured, then quits:
- login_window   (ZSDESK_EXIT_WHEN_READY=window): the login window is shown and takes typing;
                 the registry client is still being imported and connected in a worker;
- login_connected (=login): the registry answered, the login button is enabled;
- main_window    (=main, ZSDESK_AUTOLOGIN=demo-agency): typed login sent from the login window,
                 logged in, main window shown (the first start of an account);
- resume_window  (=main, a login remembered by an earlier run): the everyday start — the main
                 window is shown on the local cache and takes input; signing in goes on behind it;
- resume_online  (=online, same): that sign-in finished, background sync attached.
Credentials live in a JSON-file keyring (bench/file_keyring.py): this machine has no keyring daemon.
Medians in ms; target for the login window and the main window ≤ 1.5× the bare window."""

from __future__ import annotations

import argparse
import json
import os
import shutil
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
    try:
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        sys.stderr.write(f"timed out: {cmd} {env.get('ZSDESK_EXIT_WHEN_READY')}\n")
        return None
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
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).parent), env.get("PYTHONPATH", "")]))
        env["PYTHON_KEYRING_BACKEND"] = "file_keyring.FileKeyring"

        def home(name: str) -> dict[str, str]:
            path = Path(tmp) / name
            (path / "config").mkdir(parents=True)
            (path / "config" / "settings.json").write_text(json.dumps({"registry_url": url}), encoding="utf-8")
            return {"ZSDESK_HOME": str(path), "ZSDESK_BENCH_KEYRING": str(path / "keyring.json")}

        # The console script users start (`uv run zsdesk`), not `python -m` (runpy adds its own cost).
        script = shutil.which("zsdesk", path=str(Path(sys.executable).parent))
        zsdesk = [script] if script else [sys.executable, "-m", "zsdesk.cli"]
        from zsdesk.registry.server.training import DEMO_ACCOUNTS

        agency = next(a for a in DEMO_ACCOUNTS if a.kind == "agency")
        autologin = {"ZSDESK_AUTOLOGIN": f"{agency.login}:{agency.password}"}
        fresh, typed, remembered = home("fresh"), home("typed"), home("remembered")
        # One login with "remember me" (checked by default) makes the remembered home.
        first = {**env, **remembered, **autologin, "ZSDESK_AUTOLOGIN_REMEMBER": "1", "ZSDESK_EXIT_WHEN_READY": "main"}
        if _run(zsdesk, first) is None:
            raise SystemExit("could not log in once to remember the login")
        runs = (("bare_window", [sys.executable, "-c", BARE], {}),
                ("login_window", zsdesk, {**fresh, "ZSDESK_EXIT_WHEN_READY": "window"}),
                ("login_connected", zsdesk, {**fresh, "ZSDESK_EXIT_WHEN_READY": "login"}),
                ("main_window", zsdesk, {**typed, **autologin, "ZSDESK_EXIT_WHEN_READY": "main"}),
                ("resume_window", zsdesk, {**remembered, "ZSDESK_EXIT_WHEN_READY": "main"}),
                ("resume_online", zsdesk, {**remembered, "ZSDESK_EXIT_WHEN_READY": "online"}))
        results: dict[str, list[float]] = {name: [] for name, _c, _e in runs}
        for _ in range(args.reps):
            for name, cmd, extra in runs:
                value = _run(cmd, {**env, **extra})
                if value is not None:
                    results[name].append(value)
        sandbox.stop()
    med = {k: statistics.median(v) for k, v in results.items() if v}
    bare = med.get("bare_window", float("nan"))
    print(f"{'measure':<18}{'median ms':>12}{'× bare':>9}{'runs':>6}")
    for k, v in results.items():
        print(f"{k:<18}{med.get(k, float('nan')):>12.0f}{med.get(k, float('nan')) / bare:>9.2f}{len(v):>6}")
    metrics: dict[str, float] = {k: round(v, 1) for k, v in med.items() if k != "bare_window"}
    for name in ("login_window", "resume_window"):
        if name in med:
            print(f"{name} / bare = {med[name] / bare:.2f} (target ≤ 1.5)")
            metrics[f"{name}_over_bare"] = round(med[name] / bare, 2)
    baseline = {"bare_window": round(med.get("bare_window", 0.0), 1)}
    print(json.dumps({"bench": "startup", "metrics": metrics, "baseline": baseline}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
