"""A small zsdesk sync process for the SIGKILL tests: pulls or pushes against a real registry
using a cache file, printing a line at each step so the test can kill it at a chosen moment.

usage: python sync_driver.py pull|push CACHE_PATH CONFIG_DIR REGISTRY_URL LOGIN PASSWORD PAGE_SIZE
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from zsdesk.registry.client import RegistryClient
from zsdesk.registry.schemas.changes import ChangeItem
from zsdesk.registry.transport import TransportConfig
from zsdesk.store.database import open_cache
from zsdesk.sync import contracts as sc
from zsdesk.sync.engine import SyncEngine
from zsdesk.sync.handlers import CommandHandler, CommandView, Send

MASTER_KEY = bytes(range(32))


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class SlowApplier:
    """Item by item (no batch path), slowly, announcing each item: a window to kill the process in."""

    def __init__(self) -> None:
        self.n = 0
        self.inner = sc.ContractApplier()

    def __call__(self, session: Session, item: ChangeItem) -> None:
        self.inner(session, item)
        self.n += 1
        session.flush()  # the rows are really written into the open transaction before we may die
        say(f"APPLIED {self.n}")
        time.sleep(0.02)


class Announcing:
    """Wraps a handler: prints SENT after the registry answered, before the answer is recorded."""

    def __init__(self, inner: CommandHandler) -> None:
        self.inner = inner

    def prepare(self, session: Session, cmd: CommandView) -> Send:
        send = self.inner.prepare(session, cmd)

        def wrapped(client: RegistryClient) -> Any:
            result = send(client)
            say(f"SENT {cmd.id}")
            time.sleep(0.05)
            return result

        return wrapped

    def apply(self, session: Session, cmd: CommandView, result: Any) -> None:
        self.inner.apply(session, cmd, result)

    def refused(self, session: Session, cmd: CommandView, err: Any) -> None:
        self.inner.refused(session, cmd, err)


def main() -> int:
    mode, cache_path, config_dir, url, login, password, page_size = sys.argv[1:8]
    cache = open_cache(Path(cache_path), Path(config_dir), master_key=MASTER_KEY)
    client = RegistryClient(TransportConfig(base_url=url, trust_env=False))
    client.login(login, password)
    handlers: dict[str, CommandHandler] = {k: Announcing(h) for k, h in sc.handlers().items()}
    engine = SyncEngine(cache.sessions, client, handlers, {sc.ENTITY: SlowApplier()}, scope=f"changes:{login}",
                        page_size=int(page_size))
    say("READY")
    if mode == "pull":
        engine.pull(progress=lambda done, total: say(f"PAGE {done}/{total}"))
    else:
        engine.push()
    say("DONE")
    return 0


if __name__ == "__main__":
    sys.exit(main())
