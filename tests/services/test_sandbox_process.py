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


class _FakeKernel32:
    """Stands in for Windows' kernel32 (it cannot exist on this machine): one live process."""

    def __init__(self, live_pid: int) -> None:
        self.live_pid = live_pid
        self.closed: list[int] = []

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:  # the Win32 names
        assert access == 0x00100000 and inherit is False     # SYNCHRONIZE only, not inheritable
        return 1000 + pid if pid in (self.live_pid, self.live_pid + 1) else 0

    def WaitForSingleObject(self, handle: int, timeout: int) -> int:
        assert timeout == 0
        return 0x102 if handle == 1000 + self.live_pid else 0     # WAIT_TIMEOUT: still running

    def CloseHandle(self, handle: int) -> int:
        self.closed.append(handle)
        return 1


def test_windows_parent_watch_asks_the_process_handle(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ctypes
    import types

    from zsdesk.services import sandbox_process

    kernel32 = _FakeKernel32(live_pid=4242)
    monkeypatch.setattr(sandbox_process.sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)
    assert sandbox_process._alive(4242) is True          # running
    assert sandbox_process._alive(4243) is False         # exited: the handle is signalled
    assert sandbox_process._alive(77) is False           # no such process
    assert kernel32.closed == [1000 + 4242, 1000 + 4243]  # every opened handle closed


def test_frozen_build_runs_itself_as_the_sandbox(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from zsdesk.services import sandbox_process

    assert sandbox_process.sandbox_command("--db", "x")[1:4] == ["-m", "zsdesk.cli", "sandbox-serve"]
    monkeypatch.setattr(sandbox_process.sys, "frozen", True, raising=False)
    monkeypatch.setattr(sandbox_process.sys, "executable", r"C:\zsdesk\zsdesk.exe")
    assert sandbox_process.sandbox_command("--db", "x") == [r"C:\zsdesk\zsdesk.exe", "sandbox-serve", "--db", "x"]
