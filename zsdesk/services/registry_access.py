"""The services' view of the registry, on the typed registry client (zsdesk.registry.client).

Adds the few calls the agency screens need that the client does not name yet (enterprise
record, staff, materials) on the client's own transport: one HTTP client, one token."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from zsdesk.registry.client import RegistryClient
from zsdesk.registry.exceptions import NotFound
from zsdesk.registry.sandbox_client import SandboxClient
from zsdesk.registry.transport import TransportConfig

log = logging.getLogger(__name__)

API = "/api/v1"


class RegistryAccess:
    def __init__(self, base_url: str, *, ca_bundle: str | None = None, proxy: str | None = None) -> None:
        self.client = RegistryClient(TransportConfig(base_url=base_url, ca_bundle=ca_bundle, proxy=proxy))
        self.tokens = self.client.tokens
        self.transport = self.client.transport
        self.base_url = self.transport.base_url
        # The training sandbox's own calls (练习环境 panel) on the same transport, never the same token.
        self.sandbox = SandboxClient(self.transport)

    def retarget(self, base_url: str) -> None:
        """The restarted training sandbox came back at another address: every holder of this access
        (pages, the background sync) follows, and the session token stays."""
        self.transport.base_url = base_url.rstrip("/")
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
        """The sandbox's demo logins (empty from a real registry or outside training mode)."""
        return self.sandbox_demo_accounts() or []

    def sandbox_demo_accounts(self) -> list[Any] | None:
        """The sandbox's demo logins; None when the registry has no sandbox endpoints (a real
        registry), an empty list from a sandbox outside training mode."""
        from zsdesk.services.connection import DemoAccount

        try:
            rows = self.get("/_sandbox/demo-accounts", authenticated=False)
        except NotFound:
            return None
        return [DemoAccount(label=str(r.get("label", "")), uid_account=str(r["login"]), password=str(r["password"]),
                            kind=str(r.get("kind", "staff")), description=str(r.get("description", "")),
                            ready=bool(r.get("ready", True)))
                for r in rows if isinstance(r, dict) and "login" in r and "password" in r]
