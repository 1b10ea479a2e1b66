"""The embedded training registry: the sandbox server started in-process on loopback.

With no registry configured, zsdesk runs the sandbox (练习环境) on a free 127.0.0.1 port,
its database in the user data directory, so a newcomer can try every flow at once."""

from __future__ import annotations

import logging
import socket
import threading
import time
from pathlib import Path

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg

log = logging.getLogger(__name__)


class SandboxStartError(RuntimeError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message   # str(exc) keeps a msg()'s recipe, so the GUI can show it translated


class EmbeddedSandbox:
    def __init__(self, database: Path, *, training: bool = True, sandbox: bool = True,
                 auto_approve_delay_s: float | None = None, collect_at_start: bool = False) -> None:
        self.database = database
        self.training = training
        self.sandbox = sandbox
        self.auto_approve_delay_s = auto_approve_delay_s
        # A full collection at start suits a process of its own (sandbox_process), not one that
        # shares the GIL with a GUI.
        self.collect_at_start = collect_at_start
        self.url = ""
        self._server: object | None = None
        self._thread: threading.Thread | None = None

    def start(self, timeout_s: float = 60.0, *, port: int = 0) -> str:
        """Serve on `port` (0: a free one; a fixed one lets a test bring the same registry back)."""
        import uvicorn

        from zsdesk.registry.server.app import create_app
        from zsdesk.registry.server.settings import ServerSettings

        self.database.parent.mkdir(parents=True, exist_ok=True)
        kwargs: dict[str, object] = {"db_url": f"sqlite:///{self.database}", "training": self.training,
                                     "sandbox": self.sandbox, "collect_at_start": self.collect_at_start}
        if self.auto_approve_delay_s is not None:
            kwargs["auto_approve_delay_s"] = self.auto_approve_delay_s
        app = create_app(ServerSettings(**kwargs))  # type: ignore[arg-type]
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        port = sock.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="sandbox-registry",
                                        daemon=True)
        self._thread.start()
        self.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not self._thread.is_alive():
                raise SandboxStartError(msg(QT_TRANSLATE_NOOP("messages", "练习环境未能启动，详情见日志文件")))
            if getattr(server, "started", False):
                log.info("embedded sandbox registry on %s (db %s)", self.url, self.database.name)
                return self.url
            time.sleep(0.05)
        self.stop()
        raise SandboxStartError(msg(QT_TRANSLATE_NOOP("messages", "练习环境启动超时")))

    def stop(self) -> None:
        server = self._server
        if server is not None:
            server.should_exit = True  # type: ignore[attr-defined]
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None
