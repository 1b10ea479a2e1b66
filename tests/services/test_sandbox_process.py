"""The training registry as the app's child process: serves, answers as a training registry, stops
when asked, and leaves by itself when the app is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import requests

from zsdesk.services.sandbox_process import SandboxProcess


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # A zombie still answers kill(0); its state in /proc says it has ended.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


def test_child_serves_the_training_registry_and_stops(tmp_path: Path) -> None:
    sandbox = SandboxProcess(tmp_path / "data" / "sandbox.sqlite3", tmp_path / "logs" / "sandbox.log")
    url = sandbox.start()
    proc = sandbox._proc
    assert proc is not None and proc.pid != os.getpid()
    try:
        health = requests.get(f"{url}/api/v1/health", timeout=10).json()
        assert health.get("training") is True
        assert url.startswith("http://127.0.0.1:")
    finally:
        sandbox.stop()
    assert proc.returncode is not None and proc.returncode == 0     # left on its cue, not killed
    assert not sandbox.port_file.exists()
    assert (tmp_path / "data" / "sandbox.sqlite3").exists()


def test_child_leaves_when_the_app_is_killed(tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from zsdesk.services.sandbox_process import SandboxProcess
        s = SandboxProcess(Path({str(tmp_path / "sandbox.sqlite3")!r}), Path({str(tmp_path / "sandbox.log")!r}))
        s.start()
        print(s._proc.pid, flush=True)
        time.sleep(300)
    """)
    app = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert app.stdout is not None
    child = int(app.stdout.readline())
    assert not _gone(child)
    app.send_signal(signal.SIGKILL)
    app.wait(10)
    app.stdout.close()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not _gone(child):
        time.sleep(0.1)
    assert _gone(child)
