"""One zsdesk per data directory: two processes must never drain one outbox or write one cache.

The first instance holds a QLockFile in the data directory and listens on a local socket named
after that directory; a second one finds the lock taken, asks the first (over the socket) to bring
its window forward, tells the user and exits. A lock left by a process that died is stale: Qt
checks the PID in it, so a crash never locks the user out.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

LOCK_NAME = "zsdesk.lock"
_MESSAGE = b"activate\n"


def server_name(data_dir: Path) -> str:
    # Local socket names are per user on Windows and a path under /tmp on POSIX: a short hash fits both.
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"zsdesk-{digest}"


class SingleInstance(QObject):
    activate_requested = Signal()     # a second start asked this one to come forward

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)     # stale only when its process is gone, never by age
        self._server: object | None = None
        self._connections: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """True when this process is the one zsdesk of the data directory."""
        if not self._lock.tryLock(100):
            return False
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)      # the socket file of an instance that was killed
        server = QLocalServer(self)
        server.newConnection.connect(self._incoming)
        server.listen(self.name)
        self._server = server
        return True

    def ask_first_to_show(self, timeout_ms: int = 1000) -> bool:
        """Tell the running instance to bring its window forward; False when it does not answer."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_MESSAGE)
        sent = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        for connection in self._connections:
            connection.abort()
        self._connections.clear()
        if isinstance(self._server, QLocalServer):
            self._server.close()
            # Deleted now, not left to Python's teardown, which may come after the QApplication's.
            shiboken6.delete(self._server)
        self._server = None
        self._lock.unlock()

    def _incoming(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = self._server
        if not isinstance(server, QLocalServer):
            return
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            self._connections.append(connection)
            connection.readyRead.connect(self._read)
            connection.disconnected.connect(self._dropped)

    def _read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        connection = self.sender()
        if isinstance(connection, QLocalSocket) and _MESSAGE.strip() in bytes(connection.readAll().data()):
            self.activate_requested.emit()

    def _dropped(self) -> None:
        connection = self.sender()
        if connection in self._connections:
            self._connections.remove(connection)
            connection.deleteLater()
