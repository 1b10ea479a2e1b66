"""One zsdesk per data directory (zsdesk/gui/single_instance.py): a second start is refused, brings
the first window forward and says so; a lock left by a killed process does not lock the user out."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from zsdesk.gui.app import SECOND_INSTANCE_EXIT, second_instance_notice
from zsdesk.gui.single_instance import SingleInstance
from zsdesk.paths import app_paths


def test_a_second_instance_is_refused_and_wakes_the_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.acquire()
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activate_requested, timeout=5000):
            assert second.ask_first_to_show()
    finally:
        first.release()
    assert second.acquire()          # once the first has quit, the next start is the one
    second.release()


def test_other_data_directories_do_not_interfere(tmp_path: Path) -> None:
    a, b = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert a.acquire() and b.acquire()
    assert a.name != b.name
    a.release()
    b.release()


def test_a_lock_left_by_a_killed_zsdesk_is_taken_over(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from zsdesk.gui.single_instance import SingleInstance
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        instance = SingleInstance(__import__("pathlib").Path({str(tmp_path)!r}))
        assert instance.acquire()
        print("locked", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert not SingleInstance(tmp_path).acquire()
    finally:
        holder.kill()
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()
    instance = SingleInstance(tmp_path)
    assert instance.acquire()        # the PID in the lock file is gone: stale, whatever its age
    instance.release()


def test_starting_zsdesk_twice_brings_the_first_forward(qtbot, zsdesk_home: Path) -> None:  # type: ignore[no-untyped-def]
    paths = app_paths().ensure()
    first = SingleInstance(paths.data_dir)       # stands in for the running app (same lock, same socket)
    assert first.acquire()
    env = {**os.environ, "ZSDESK_HOME": str(zsdesk_home), "ZSDESK_EXIT_WHEN_READY": "window",
           "QT_QPA_PLATFORM": "offscreen"}
    try:
        with qtbot.waitSignal(first.activate_requested, timeout=30000):
            second = subprocess.Popen([sys.executable, "-c", "from zsdesk.cli import main; raise SystemExit(main([]))"],
                                      env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
        out, err = second.communicate()
    finally:
        first.release()
    assert second.returncode == SECOND_INSTANCE_EXIT, err
    assert "ZSDESK_READY second-instance" in out
    assert not (paths.data_dir / "cache.sqlite3").exists()      # it never opened the cache


def test_the_notice_says_why_and_what_happened(qtbot) -> None:  # type: ignore[no-untyped-def]
    came = second_instance_notice(True)
    qtbot.addWidget(came)
    assert "只能打开一个" in came.text() and "切换到最前面" in came.text()
    stuck = second_instance_notice(False)
    qtbot.addWidget(stuck)
    assert "没有响应" in stuck.text() and "切换到最前面" not in stuck.text()
