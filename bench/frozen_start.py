"""Start of the frozen bundle (dist/zsdesk) vs the same app from source, whole processes, same run.

    uv run --frozen python bench/frozen_start.py [--reps 5] [--build]

Both variants run with ZSDESK_EXIT_WHEN_READY=login, offscreen, each in a fresh ZSDESK_HOME:
`training` starts the embedded sandbox registry (what a newcomer sees: no registry configured),
`registry` talks to a sandbox already running on loopback (an office with a configured registry).
The app prints a timestamp once the login window is shown and idle. One warm-up run per variant
is discarded. Medians in ms; the frozen app must not be slower than the source start (baseline)."""

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

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "zsdesk" / ("zsdesk.exe" if sys.platform == "win32" else "zsdesk")


def _run(cmd: list[str], env: dict[str, str]) -> float | None:
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("ZSDESK_READY"):
            return (float(line.split()[-1]) - start) * 1000
    sys.stderr.write(out.stderr[-2000:])
    return None


def _home(tmp: Path, registry_url: str) -> Path:
    home = Path(tempfile.mkdtemp(dir=tmp))
    if registry_url:
        (home / "config").mkdir(parents=True)
        (home / "config" / "settings.json").write_text(json.dumps({"registry_url": registry_url}), encoding="utf-8")
    return home


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--build", action="store_true", help="build the bundle first (pyinstaller)")
    args = parser.parse_args()
    if args.build or not FROZEN.exists():
        pyinstaller = shutil.which("pyinstaller") or "pyinstaller"
        subprocess.run([pyinstaller, str(ROOT / "build_installer.spec"), "--noconfirm", "--log-level", "WARN"],
                       cwd=ROOT, check=True)
    from zsdesk.services.sandbox import EmbeddedSandbox

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ZSDESK_EXIT_WHEN_READY"] = "login"
    variants = {"source": [sys.executable, "-m", "zsdesk.cli"], "frozen": [str(FROZEN)]}
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        sandbox = EmbeddedSandbox(tmp / "registry.sqlite3", training=True, sandbox=True)
        url = sandbox.start()
        try:
            for scenario, registry_url in (("training", ""), ("registry", url)):
                for cmd in variants.values():
                    _run(cmd, {**env, "ZSDESK_HOME": str(_home(tmp, registry_url))})  # warm-up
                for _ in range(args.reps):
                    for variant, cmd in variants.items():
                        value = _run(cmd, {**env, "ZSDESK_HOME": str(_home(tmp, registry_url))})
                        if value is not None:
                            results.setdefault(f"{variant}_{scenario}", []).append(value)
        finally:
            sandbox.stop()
    med = {k: statistics.median(v) for k, v in results.items()}
    bundle_mb = _size_mb(FROZEN.parent)
    print(f"{'start to login window':<24}{'median ms':>12}{'runs':>6}")
    for k in sorted(results):
        print(f"{k:<24}{med[k]:>12.0f}{len(results[k]):>6}")
    for scenario in ("training", "registry"):
        f, s = med.get(f"frozen_{scenario}"), med.get(f"source_{scenario}")
        if f and s:
            print(f"{scenario}: frozen / source = {f / s:.2f} (must be ≤ 1.0)")
    print(f"bundle size: {bundle_mb:.0f} MB ({FROZEN.parent})")
    metrics = {k: round(v, 1) for k, v in med.items() if k.startswith("frozen_")}
    metrics["bundle_mb"] = round(bundle_mb, 1)
    baseline = {k: round(v, 1) for k, v in med.items() if k.startswith("source_")}
    print(json.dumps({"bench": "frozen_start", "metrics": metrics, "baseline": baseline}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
