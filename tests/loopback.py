"""Loopback addresses for tests: a port nobody listens on, for "the registry cannot be reached"."""

from __future__ import annotations

import socket


def dead_url() -> str:
    """A loopback port with nothing listening: connections are refused at once (no waiting for a
    timeout), which the registry client reports as RegistryOffline."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"
