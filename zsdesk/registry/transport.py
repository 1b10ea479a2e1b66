"""HTTP transport to the registry: one ``requests.Session`` with the habits office networks need.

- Every call has explicit (connect, read) timeouts: a dead proxy must not hang a worker.
- urllib3 ``Retry`` with exponential backoff and jitter retries only what is safe to repeat:
  reads (GET/HEAD/OPTIONS) and commands that carry an ``Idempotency-Key`` (the registry
  replays the first result for a repeated key, so a retry can never file twice).
  Anything else (e.g. a PATCH without a key) is sent once.
- TLS verification is always on; a CA bundle (office TLS inspection) and a proxy are
  configurable, never a switch that turns verification off.
- Non-2xx answers become typed errors (:mod:`zsdesk.registry.exceptions`); every failure to
  get an answer becomes :class:`RegistryOffline`.
- 401 calls ``on_auth_required`` (the re-login path); if it reports success the call is
  repeated once with the new token, otherwise :class:`AuthExpired` is raised with a
  ``retry`` callable, so open work is never dropped.

Nothing here logs headers or bodies: tokens and personal data stay out of logs.
"""

from __future__ import annotations

import logging
import platform
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from zsdesk import __version__
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.exceptions import (
    AuthExpired,
    RegistryError,
    RegistryOffline,
    error_from_problem,
)

log = logging.getLogger(__name__)

IDEMPOTENCY_HEADER = "Idempotency-Key"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def user_agent() -> str:
    return (f"zsdesk/{__version__} (Python {platform.python_version()}; {platform.system()} "
            f"{platform.release()}; requests {requests.__version__})")


@dataclass(frozen=True, slots=True)
class TransportConfig:
    """How to reach the registry. ``ca_bundle``: a PEM file (or directory) of trusted CAs added
    by the office (TLS inspection); ``proxy``: e.g. ``http://proxy.office:3128``."""

    base_url: str
    connect_timeout: float = 3.05
    read_timeout: float = 20.0
    ca_bundle: str | None = None
    proxy: str | None = None
    retries: int = 3
    backoff_factor: float = 0.25
    backoff_max: float = 4.0
    backoff_jitter: float = 0.25
    # Whether HTTP(S)_PROXY/NO_PROXY and REQUESTS_CA_BUNDLE from the environment apply.
    trust_env: bool = True
    extra_headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def timeout(self) -> tuple[float, float]:
        return (self.connect_timeout, self.read_timeout)


class _CappedRetry(Retry):
    """A Retry whose wait never exceeds ``backoff_max``, not even on a long ``Retry-After``:
    the sync engine has its own, longer backoff, so one call must not stall a worker."""

    def get_retry_after(self, response: Any) -> float | None:
        value = super().get_retry_after(response)
        if value is None:
            return None
        return min(value, self.backoff_max)


class _KeyAwareAdapter(HTTPAdapter):
    """Chooses, per request, between the retry policy for safe requests and the one for
    requests that carry an Idempotency-Key (any method). The choice is thread-local because
    requests reads ``self.max_retries`` deep inside ``send``."""

    def __init__(self, safe: Retry, keyed: Retry, pool_maxsize: int = 10) -> None:
        self._local = threading.local()
        self._keyed = keyed
        self._safe = safe
        self._once = Retry(0, read=False, redirect=False, raise_on_status=False)
        super().__init__(max_retries=safe, pool_maxsize=pool_maxsize)

    @property
    def max_retries(self) -> Retry:
        chosen: Retry | None = getattr(self._local, "retries", None)
        return chosen if chosen is not None else self._safe

    @max_retries.setter
    def max_retries(self, value: Retry) -> None:
        self._safe = value

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        method = (request.method or "GET").upper()
        keyed = bool(request.headers.get(IDEMPOTENCY_HEADER))
        if keyed:
            self._local.retries = self._keyed
        elif method in SAFE_METHODS:
            self._local.retries = self._safe
        else:
            self._local.retries = self._once
        try:
            return super().send(request, *args, **kwargs)
        finally:
            self._local.retries = None


def build_retry(config: TransportConfig, *, keyed: bool) -> Retry:
    return _CappedRetry(
        total=config.retries,
        connect=config.retries,
        read=config.retries,
        status=config.retries,
        other=0,
        redirect=False,
        # None = every method: used only for requests that carry an Idempotency-Key.
        allowed_methods=None if keyed else SAFE_METHODS,
        status_forcelist=RETRY_STATUSES,
        backoff_factor=config.backoff_factor,
        backoff_max=config.backoff_max,
        backoff_jitter=config.backoff_jitter,
        raise_on_status=False,
        respect_retry_after_header=True,
    )


AuthHandler = Callable[[], bool]


class Transport:
    """Sends requests to ``config.base_url``; thread-safe for concurrent calls."""

    def __init__(self, config: TransportConfig, *, token: Callable[[], str | None] = lambda: None,
                 on_auth_required: AuthHandler | None = None) -> None:
        if not config.base_url.startswith(("http://", "https://")):
            raise ValueError(f"registry URL must start with http:// or https://: {config.base_url!r}")
        self.config = config
        self.base_url = config.base_url.rstrip("/")
        self._token = token
        self.on_auth_required = on_auth_required
        self.session = self._make_session()

    def _make_session(self) -> requests.Session:
        s = requests.Session()
        s.trust_env = self.config.trust_env
        # verify is never False: True (system/certifi store) or the office CA bundle.
        s.verify = self.config.ca_bundle or True
        if self.config.proxy:
            s.proxies = {"http": self.config.proxy, "https": self.config.proxy}
        s.headers.update({"User-Agent": user_agent(), "Accept": "application/json, application/problem+json"})
        s.headers.update(self.config.extra_headers)
        adapter = _KeyAwareAdapter(build_retry(self.config, keyed=False), build_retry(self.config, keyed=True))
        s.mount("http://", adapter)
        s.mount("https://", adapter)
        return s

    def close(self) -> None:
        self.session.close()

    def add_response_hook(self, hook: Callable[..., Any]) -> None:
        """Called with every final response (after retries) — tests count requests with it."""
        self.session.hooks["response"].append(hook)

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        files: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        if_match: str | int | None = None,
        authenticated: bool = True,
        timeout: tuple[float, float] | None = None,
    ) -> requests.Response:
        """Send one call; returns the 2xx response or raises a :class:`RegistryError`."""

        def attempt() -> requests.Response:
            return self._send_once(method, path, json=json, params=params, data=data, files=files,
                                   headers=headers, idempotency_key=idempotency_key, if_match=if_match,
                                   authenticated=authenticated, timeout=timeout)

        try:
            return attempt()
        except AuthExpired as exc:
            if not authenticated:
                raise
            handler = self.on_auth_required
            if handler is not None and handler():
                return attempt()
            exc.retry = attempt
            raise

    def _send_once(self, method: str, path: str, *, json: Any, params: Mapping[str, Any] | None,
                   data: Mapping[str, Any] | None, files: Mapping[str, Any] | None,
                   headers: Mapping[str, str] | None, idempotency_key: str | None,
                   if_match: str | int | None, authenticated: bool,
                   timeout: tuple[float, float] | None) -> requests.Response:
        h: dict[str, str] = dict(headers or {})
        if idempotency_key:
            h[IDEMPOTENCY_HEADER] = idempotency_key
        if if_match is not None:
            h["If-Match"] = str(if_match)
        if authenticated:
            token = self._token()
            if token:
                h["Authorization"] = f"Bearer {token}"
        url = self.base_url + path
        started = time.perf_counter()
        try:
            resp = self.session.request(method, url, json=json, params=params, data=data, files=files,
                                        headers=h, timeout=timeout or self.config.timeout, allow_redirects=False)
        except requests.exceptions.SSLError as exc:
            log.warning("registry TLS failure on %s %s: %s", method, path, type(exc).__name__)
            raise RegistryOffline(
                detail=msg(QT_TRANSLATE_NOOP("messages",
                               "无法与登记中心建立安全连接（证书校验失败）。请检查系统时间或办公网络的证书设置。")),
                cause=type(exc).__name__, code="TLS_ERROR") from exc
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout,
                requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError) as exc:
            log.info("registry unreachable on %s %s: %s", method, path, type(exc).__name__)
            raise RegistryOffline(cause=type(exc).__name__) from exc
        log.debug("registry %s %s -> %s in %.0f ms", method, path, resp.status_code,
                  (time.perf_counter() - started) * 1000)
        if resp.status_code >= 400 or resp.status_code in (301, 302, 303, 307, 308):
            raise _error_for(resp)
        return resp


def _error_for(resp: requests.Response) -> RegistryError:
    body: dict[str, Any] | None = None
    ctype = resp.headers.get("Content-Type", "")
    if "json" in ctype:
        try:
            parsed = resp.json()
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            body = parsed
    if resp.status_code < 400:  # a redirect: the registry never sends one on purpose
        redirected = msg(QT_TRANSLATE_NOOP("messages", "登记中心地址返回了重定向，请检查登记中心地址设置。"))
        return RegistryOffline(detail=redirected,
                               cause=f"redirect {resp.status_code}", code="REDIRECT")
    return error_from_problem(resp.status_code, body)
