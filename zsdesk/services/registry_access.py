"""The services' view of the registry, on F's transport (zsdesk.registry.transport).

A thin layer of named calls the use cases need (login, binding, enterprise record,
staff, materials). It holds the session token in memory only (TokenHolder)."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from zsdesk.registry.credentials import TokenHolder
from zsdesk.registry.exceptions import NotFound
from zsdesk.registry.transport import Transport, TransportConfig

log = logging.getLogger(__name__)

API = "/api/v1"


class RegistryAccess:
    def __init__(self, base_url: str, *, ca_bundle: str | None = None, proxy: str | None = None) -> None:
        self.tokens = TokenHolder()
        self.transport = Transport(TransportConfig(base_url=base_url, ca_bundle=ca_bundle, proxy=proxy),
                                   token=self.tokens.get)
        self.base_url = self.transport.base_url

    def close(self) -> None:
        self.transport.close()

    # plumbing ---------------------------------------------------------------------------
    def get(self, path: str, **kw: Any) -> Any:
        return self.transport.request("GET", API + path, **kw).json()

    def post(self, path: str, body: Any = None, *, keyed: bool = False, **kw: Any) -> Any:
        key = str(uuid.uuid4()) if keyed else None
        resp = self.transport.request("POST", API + path, json=body, idempotency_key=key, **kw)
        return resp.json() if resp.content else None

    def put(self, path: str, body: Any, **kw: Any) -> Any:
        resp = self.transport.request("PUT", API + path, json=body, **kw)
        return resp.json() if resp.content else None

    # calls ------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        data = self.get("/health", authenticated=False)
        return data if isinstance(data, dict) else {}

    def demo_accounts(self) -> list[Any]:
        from zsdesk.services.connection import DemoAccount

        try:
            rows = self.get("/_sandbox/demo-accounts", authenticated=False)
        except NotFound:
            return []
        return [DemoAccount(label=str(r.get("label", "")), uid_account=str(r["login"]), password=str(r["password"]),
                            kind=str(r.get("kind", "staff")), description=str(r.get("description", "")),
                            ready=bool(r.get("ready", True)))
                for r in rows if isinstance(r, dict) and "login" in r and "password" in r]
