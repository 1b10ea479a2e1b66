"""Typed registry client: one method per endpoint, requests and answers as the shared pydantic
schemas (``zsdesk.registry.schemas``), errors as :mod:`zsdesk.registry.exceptions`.

Commands that create or file something take an ``idempotency_key``; the outbox passes the key it
stored with the command, so every retry of one command carries the same key. Interactive callers
may omit it: the client then draws a fresh one per call (still retried safely by the transport).

Re-login: set ``on_auth_required`` (a callable returning True once a new token is in place, e.g.
after the GUI's login dialog), or call :meth:`RegistryClient.enable_saved_relogin` to log in again
with the remembered unified account. Without either, an :class:`AuthExpired` carries ``retry``.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter

from zsdesk.registry.credentials import CredentialStore, TokenHolder
from zsdesk.registry.schemas.accounts import (
    AccountInfo,
    BindRequest,
    LoginRequest,
    PasswordChange,
    TokenOut,
    UnifiedAccountOut,
    UnifiedRegistration,
)
from zsdesk.registry.schemas.changes import ChangesPage
from zsdesk.registry.schemas.common import Ok
from zsdesk.registry.schemas.contracts import (
    CancellationRequest,
    ChangeRequest,
    ConsentRequest,
    ContractCreate,
    ContractOut,
    ContractTerms,
)
from zsdesk.registry.schemas.properties import VerificationOut, VerifyRequest
from zsdesk.registry.schemas.sandbox import DemoPropertyOut
from zsdesk.registry.transport import Transport, TransportConfig

M = TypeVar("M", bound=BaseModel)

API = "/api/v1"

_DEMO_PROPERTIES = TypeAdapter(list[DemoPropertyOut])


def _key(key: str | None) -> str:
    return key or uuid.uuid4().hex


class RegistryClient:
    def __init__(self, config: TransportConfig | str, *, tokens: TokenHolder | None = None,
                 credentials: CredentialStore | None = None) -> None:
        cfg = TransportConfig(base_url=config) if isinstance(config, str) else config
        self.tokens = tokens or TokenHolder()
        self.credentials = credentials or CredentialStore()
        self.transport = Transport(cfg, token=self.tokens.get, on_auth_required=self._auth_required)
        self.on_auth_required: Callable[[], bool] | None = None
        self.account: AccountInfo | None = None
        self._relogin_lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return self.transport.base_url

    def close(self) -> None:
        self.transport.close()

    # -- plumbing ----------------------------------------------------------------------------
    def _auth_required(self) -> bool:
        # Several worker threads may hit 401 at once: the first re-logs in, the others see the
        # new token generation and simply retry.
        seen = self.tokens.generation
        with self._relogin_lock:
            if self.tokens.generation != seen and self.tokens.get():
                return True
            handler = self.on_auth_required
            return bool(handler is not None and handler())

    def enable_saved_relogin(self) -> None:
        """On 401, log in again with the remembered account (if any) before giving up."""
        self.on_auth_required = self.relogin_from_saved

    def relogin_from_saved(self) -> bool:
        saved = self.credentials.load()
        if saved is None:
            return False
        self.login(saved.account, saved.password)
        return True

    def _call(self, model: type[M], method: str, path: str, **kw: Any) -> M:
        resp = self.transport.request(method, API + path, **kw)
        return model.model_validate_json(resp.content)

    @staticmethod
    def _body(model: BaseModel) -> Any:
        return model.model_dump(mode="json")

    # -- accounts ----------------------------------------------------------------------------
    def register(self, body: UnifiedRegistration) -> UnifiedAccountOut:
        """统一身份认证平台 法人账号注册 (the sandbox implements it; the real platform registers on its
        own web pages, with a WeChat face check)."""
        return self._call(UnifiedAccountOut, "POST", "/auth/register", json=self._body(body), authenticated=False)

    def login(self, login: str, password: str, *, remember: bool = False) -> TokenOut:
        """法人登录. ``remember``: keep the unified account name and password in the keyring."""
        out = self._call(TokenOut, "POST", "/auth/login",
                         json=self._body(LoginRequest(login=login, password=password)), authenticated=False)
        self.tokens.set(out.access_token)
        self.account = out.account
        if remember:
            self.credentials.remember(login, password)
        return out

    def bind(self, netsign_login: str, netsign_password: str) -> TokenOut:
        out = self._call(TokenOut, "POST", "/auth/bind", json=self._body(
            BindRequest(netsign_login=netsign_login, netsign_password=netsign_password)))
        self.tokens.set(out.access_token)
        self.account = out.account
        return out

    def me(self) -> AccountInfo:
        return self._call(AccountInfo, "GET", "/auth/me")

    def change_password(self, old_password: str, new_password: str) -> Ok:
        return self._call(Ok, "POST", "/auth/password",
                          json=self._body(PasswordChange(old_password=old_password, new_password=new_password)))

    def logout(self, *, forget: bool = False) -> None:
        try:
            if self.tokens.get():
                self._call(Ok, "POST", "/auth/logout")
        finally:
            self.tokens.clear()
            self.account = None
            if forget:
                self.credentials.forget()

    # -- change feed -------------------------------------------------------------------------
    def changes(self, since: int, limit: int = 500) -> ChangesPage:
        return self._call(ChangesPage, "GET", "/changes", params={"since": since, "limit": limit})

    # -- properties --------------------------------------------------------------------------
    def verify_property(self, body: VerifyRequest) -> VerificationOut:
        """房源验证. A read from the register: safe to retry, no key needed."""
        return self._call(VerificationOut, "POST", "/properties/verify", json=self._body(body),
                          idempotency_key=uuid.uuid4().hex)

    def get_verification(self, verification_id: str) -> VerificationOut:
        return self._call(VerificationOut, "GET", f"/properties/verifications/{verification_id}")

    def demo_properties(self) -> list[DemoPropertyOut]:
        """练习环境 only: the synthetic register's demo properties with the data to verify them.
        A registry that is not a training sandbox answers NotFound."""
        resp = self.transport.request("GET", API + "/_sandbox/demo-properties", authenticated=False)
        return _DEMO_PROPERTIES.validate_json(resp.content)

    # -- contracts ---------------------------------------------------------------------------
    def create_contract(self, body: ContractCreate, *, idempotency_key: str | None = None) -> ContractOut:
        return self._call(ContractOut, "POST", "/contracts", json=self._body(body),
                          idempotency_key=_key(idempotency_key))

    def get_contract(self, contract_id: str) -> ContractOut:
        return self._call(ContractOut, "GET", f"/contracts/{contract_id}")

    def update_contract(self, contract_id: str, terms: ContractTerms, version: int, *,
                        idempotency_key: str | None = None) -> ContractOut:
        return self._call(ContractOut, "PUT", f"/contracts/{contract_id}", json=self._body(terms),
                          if_match=version, idempotency_key=_key(idempotency_key))

    def delete_contract(self, contract_id: str) -> Ok:
        """Discard a draft at the registry (it removes its materials and stored copies too)."""
        return self._call(Ok, "DELETE", f"/contracts/{contract_id}")

    def record_consent(self, contract_id: str, body: ConsentRequest, *,
                       idempotency_key: str | None = None) -> ContractOut:
        return self._call(ContractOut, "POST", f"/contracts/{contract_id}/consents", json=self._body(body),
                          idempotency_key=_key(idempotency_key))

    def submit_contract(self, contract_id: str, version: int | None = None, *,
                        idempotency_key: str | None = None) -> ContractOut:
        return self._call(ContractOut, "POST", f"/contracts/{contract_id}/submit", if_match=version,
                          idempotency_key=_key(idempotency_key))

    def request_change(self, contract_id: str, body: ChangeRequest, *,
                       idempotency_key: str | None = None) -> ContractOut:
        return self._call(ContractOut, "POST", f"/contracts/{contract_id}/changes", json=self._body(body),
                          idempotency_key=_key(idempotency_key))

    def request_cancellation(self, contract_id: str, body: CancellationRequest, *,
                             idempotency_key: str | None = None) -> ContractOut:
        return self._call(ContractOut, "POST", f"/contracts/{contract_id}/cancellation", json=self._body(body),
                          idempotency_key=_key(idempotency_key))
