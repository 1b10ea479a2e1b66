"""All day long, in two minutes: the background sync loop runs against the real sandbox registry
(subprocess on loopback) while the agent works, another desk edits, a colleague files drafts, the
registry restarts four times (SIGTERM and SIGKILL, the agent typing on while it is down) and the
registry's clock covers a working day (both desks log in again when their 8-hour tokens expire).
Judged: the client's RSS, threads and open files stay flat after warm-up; no warning from any
thread and no draft with mixed parties at any sample (this run caught the agent's save and the sync
thread's apply interleaving, fixed in zsdesk/store/write_lock.py); at the end the outbox is empty
and the cache equals the registry's view. The long run is bench/soak.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from soak_world import MB, SoakPlan, describe, run_soak

# Margins, last third's maximum over the first third's (after a 20 s warm-up). The judged part has
# ~180 sync rounds, ~120 outbox commands and ~60 requests of the other desk between the two thirds,
# so a leak of one thread, socket, file or SQLite connection per round, per command or per request
# overshoots these by far; what they allow is the noise of a sample taken while the pull's prefetch
# thread or a second pooled SQLite connection happens to be open (measured: +0..1).
THREADS_MARGIN = 2
FDS_MARGIN = 6
# RSS: measured +0.5..3 MB per 100 s (the cache grows by ~150 contracts, SQLite and allocator pools
# settle). 30 MB catches ~100 KB kept per round or ~250 KB per command, e.g. every response or
# every status kept in a list, without failing on the allocator's ups and downs.
RSS_MARGIN_MB = 30


@pytest.mark.slow
def test_a_compressed_day_keeps_the_client_flat_and_consistent(tmp_path: Path) -> None:
    plan = SoakPlan(duration_s=110.0, warmup_s=20.0, restart_every_s=25.0)
    result = run_soak(tmp_path, plan)
    facts = describe(result)

    # The day really happened: rounds, commands, restarts with work queued offline, collisions, re-logins.
    assert result.counters.restarts >= 4, facts
    assert result.rounds >= 100 and result.commands_sent >= 60, facts
    # Work queued while the registry was down: the agent acts a few times per 2 s outage, fewer on a
    # loaded machine (3 in a CI run while other work ran), so at least one, not one per restart.
    assert result.counters.queued_offline >= 1, facts
    assert result.counters.other_edits >= 10 and result.counters.colleague_creates >= 1, facts
    assert result.counters.relogins >= 2, facts          # both desks, after 8 h of registry time
    assert len(result.warm_window()) >= 20 and len(result.last_window()) >= 20, facts
    assert any(not s.online for s in result.samples), facts

    # Flat after warm-up.
    growth = result.growth()
    samples = [(round(s.t), round(s.rss / MB, 1), s.py_threads, s.os_threads, s.fds) for s in result.samples]
    assert growth["py_threads"] <= THREADS_MARGIN, (growth, samples)
    assert growth["os_threads"] <= THREADS_MARGIN, (growth, samples)
    assert growth["fds"] <= FDS_MARGIN, (growth, samples)
    assert growth["rss_mb"] <= RSS_MARGIN_MB, (growth, samples)

    # Consistent at the end: the outbox is empty, the cache is the registry's view of the staff member.
    assert result.problems == [], (result.problems, facts)
    assert not result.thread_alive_after_stop
    assert result.counters.round_errors == 0
