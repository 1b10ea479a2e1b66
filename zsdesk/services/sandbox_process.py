"""The training registry (练习环境) in a child process of the app.

Started in the app's own process, the server's start (imports, FastAPI app, pydantic validators,
seeding) held the GIL for runs of 100–160 ms and froze the login window that was saying
"正在启动本机练习环境". In a child it runs on another core, shares nothing with the GUI, and a
fault in it cannot take the app down. The child is the same program (`zsdesk sandbox-serve`, also
when frozen); it writes its URL to a file once it serves, and exits when the app closes its stdin
or is gone."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.private_files import private_dir, private_file
from zsdesk.services.sandbox import SandboxStartError

log = logging.getLogger(__name__)

_POLL_S = 0.05


def sandbox_command(*args: str) -> list[str]:
    """How to run `zsdesk sandbox-serve ARGS` from this program, from source or frozen."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "sandbox-serve", *args]
    return [sys.executable, "-m", "zsdesk.cli", "sandbox-serve", *args]


class SandboxProcess:
    """Same interface as EmbeddedSandbox: start() → URL, stop()."""

    def __init__(self, database: Path, log_file: Path) -> None:
        self.database = database
        self.log_file = log_file
        self.url = ""
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def port_file(self) -> Path:
        return self.database.with_name(self.database.name + ".url")

    @property
    def alive(self) -> bool:
        """False once the child has exited (crashed, killed) — not a network call: a waitpid."""
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self, timeout_s: float = 90.0, *, port: int = 0) -> str:
        """`port` 0: a free one; a restart asks for the old one, so the app's client and its
        session carry on at the same address."""
        private_dir(self.database.parent)
        private_file(self.log_file)     # owner-only before the child appends to it
        self.port_file.unlink(missing_ok=True)
        cmd = sandbox_command("--db", str(self.database), "--url-file", str(self.port_file),
                              "--parent-pid", str(os.getpid()), "--port", str(port))
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)   # Windows: no console window
        with open(self.log_file, "ab") as out:   # the child keeps its own handle
            self._proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=out, stderr=subprocess.STDOUT,
                                          creationflags=flags)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                log.error("sandbox process exited with %s; see %s", self._proc.returncode, self.log_file.name)
                raise SandboxStartError(msg(QT_TRANSLATE_NOOP("messages", "练习环境未能启动，详情见日志文件")))
            try:
                url = self.port_file.read_text(encoding="utf-8").strip()
            except FileNotFoundError:
                url = ""
            if url:
                self.url = url
                log.info("sandbox registry process %s on %s", self._proc.pid, url)
                return url
            time.sleep(_POLL_S)
        self.stop()
        raise SandboxStartError(msg(QT_TRANSLATE_NOOP("messages", "练习环境启动超时")))

    def stop(self, timeout_s: float = 10.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if proc.stdin is not None:
                proc.stdin.close()       # the child's cue to exit
            proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        self.port_file.unlink(missing_ok=True)


# -- the child ------------------------------------------------------------------------------

def serve(database: Path, url_file: Path, parent_pid: int, port: int = 0) -> int:
    """`zsdesk sandbox-serve`: run the training registry until the app is gone."""
    from zsdesk.services.sandbox import EmbeddedSandbox

    stop = threading.Event()
    threading.Thread(target=_wait_for_eof, args=(stop,), name="stdin-watch", daemon=True).start()
    threading.Thread(target=_watch_parent, args=(parent_pid, stop), name="parent-watch", daemon=True).start()
    sandbox = EmbeddedSandbox(database, training=True, sandbox=True, collect_at_start=True)
    url = sandbox.start(port=port)
    tmp = url_file.with_name(url_file.name + ".tmp")
    tmp.write_text(url, encoding="utf-8")
    os.replace(tmp, url_file)       # the app reads a whole URL or none
    stop.wait()
    sandbox.stop()
    return 0


def _wait_for_eof(stop: threading.Event) -> None:
    try:
        while os.read(0, 1024):
            pass
    except OSError:
        pass
    stop.set()


def _watch_parent(pid: int, stop: threading.Event) -> None:
    """Also leave when the app died without closing the pipe (killed; a platform that keeps it)."""
    while not stop.wait(2.0):
        if not _alive(pid):
            stop.set()


def _alive(pid: int) -> bool:
    if pid <= 0:
        return True
    if sys.platform == "win32":
        import ctypes

        synchronize, wait_timeout = 0x00100000, 0x00000102
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        try:
            return bool(kernel32.WaitForSingleObject(handle, 0) == wait_timeout)
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return os.getppid() == pid
