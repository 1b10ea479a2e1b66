"""All-day soak of the client's background sync against the real sandbox registry (subprocess,
loopback), time-compressed: the sync loop runs while the agent creates and edits drafts, another
desk edits at the registry, the registry is restarted every few minutes (the agent keeps typing
while it is down) and the registry's clock covers a working day. The machinery is the CI soak
test's (tests/sync/soak_world.py), only longer.

Measured on the client process (psutil): RSS, threads (Python and OS) and open file descriptors,
at the start, at the end of warm-up (the baseline) and at the end; rounds done, commands sent;
the median sync round time in the first and the last third. At the end the outbox must be empty
and the cache equal to the registry's view (else the exit status is 1).

Run: uv run python bench/soak.py [--minutes 10] [--restart-every 120] [--seed 12]
     (`--minutes 60` for an hour)
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "sync"), str(ROOT / "tests")]

import keyring  # noqa: E402
from memory_keyring import MemoryKeyring  # noqa: E402
from soak_world import MB, Sample, SoakPlan, describe, run_soak  # noqa: E402


def _row(label: str, s: Sample) -> str:
    return (f"{label:<10}{s.t:>8.0f}{s.rss / MB:>10.1f}{s.py_threads:>9}{s.os_threads:>9}{s.fds:>6}"
            f"{s.rounds:>8}{s.sent:>8}{s.pending:>8}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--warmup", type=float, default=None, help="seconds (default: 10%% of the run, 20..120 s)")
    ap.add_argument("--restart-every", type=float, default=120.0, help="seconds between registry restarts")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--quiet", action="store_true", help="no line per minute while running")
    args = ap.parse_args()
    duration = args.minutes * 60
    warmup = args.warmup if args.warmup is not None else min(120.0, max(20.0, duration / 10))
    plan = SoakPlan(duration_s=duration, warmup_s=warmup, restart_every_s=args.restart_every, seed=args.seed,
                    sample_every_s=2.0 if duration > 600 else 1.0)
    keyring.set_keyring(MemoryKeyring())
    # Refusals and offline rounds are expected here (logged at INFO/WARNING by the sync engine) and
    # would interleave with the table; errors (a failed round) still print.
    logging.getLogger("zsdesk").setLevel(logging.ERROR)
    last_print = [0.0]

    def progress(s: Sample) -> None:
        if not args.quiet and s.t - last_print[0] >= 60:
            last_print[0] = s.t
            print(_row("running", s), flush=True)

    print(f"soak: {args.minutes:g} min, warm-up {warmup:.0f} s, registry restart every {args.restart_every:g} s",
          flush=True)
    print(f"{'':<10}{'t (s)':>8}{'RSS (MB)':>10}{'threads':>9}{'OS thr':>9}{'fds':>6}{'rounds':>8}{'sent':>8}"
          f"{'pending':>8}", flush=True)
    with tempfile.TemporaryDirectory(prefix="zsdesk-soak-") as tmp:
        result = run_soak(Path(tmp), plan, on_sample=progress)

    warm, last = result.warm_window(), result.last_window()
    base, end = result.baseline(), result.samples[-1]
    print()
    for label, s in (("start", result.samples[0]), ("warm", base), ("end", end)):
        print(_row(label, s))
    print()
    print(f"{'max, first third after warm-up → last third':<48}{'first':>10}{'last':>10}{'growth':>10}")
    for name, key, scale in (("RSS (MB)", "rss", MB), ("threads (Python)", "py_threads", 1),
                             ("threads (OS)", "os_threads", 1), ("open fds", "fds", 1)):
        first_max = max(getattr(s, key) for s in warm) / scale
        last_max = max(getattr(s, key) for s in last) / scale
        print(f"  {name:<46}{first_max:>10.1f}{last_max:>10.1f}{last_max - first_max:>+10.1f}")
    first_ms, last_ms = result.median_round_ms(warm), result.median_round_ms(last)
    print(f"  {'median sync round (ms)':<46}{first_ms:>10.1f}{last_ms:>10.1f}{last_ms - first_ms:>+10.1f}")
    print()
    for k, v in describe(result).items():
        print(f"  {k:<22}{v:>10}")
    print(f"  {'consistent at the end':<22}{'yes' if not result.problems else 'NO':>10}")
    for p in result.problems:
        print(f"    ! {p}")
    metrics = {
        "rss_mb": end.rss / MB, "py_threads": end.py_threads, "os_threads": end.os_threads, "fds": end.fds,
        "rss_mb_last_third_max": max(s.rss for s in last) / MB,
        "fds_last_third_max": max(s.fds for s in last),
        "os_threads_last_third_max": max(s.os_threads for s in last),
        "round_ms": last_ms, "rounds": result.rounds, "commands_sent": result.commands_sent,
        "restarts": result.counters.restarts, "relogins": result.counters.relogins,
        "problems": len(result.problems),
    }
    baseline = {
        "rss_mb": base.rss / MB, "py_threads": base.py_threads, "os_threads": base.os_threads, "fds": base.fds,
        "rss_mb_first_third_max": max(s.rss for s in warm) / MB,
        "fds_first_third_max": max(s.fds for s in warm),
        "os_threads_first_third_max": max(s.os_threads for s in warm),
        "round_ms": first_ms, "rounds": base.rounds, "commands_sent": base.sent,
    }
    print(json.dumps({"bench": "soak", "metrics": {k: round(float(v), 3) for k, v in metrics.items()},
                      "baseline": {k: round(float(v), 3) for k, v in baseline.items()}}, ensure_ascii=False))
    return 0 if not result.problems and not result.thread_alive_after_stop else 1


if __name__ == "__main__":
    sys.exit(main())
