"""Typed errors the registry client raises.

Every answer the registry refuses arrives as problem+json with a stable ``code``, the
offending ``field`` and a Chinese ``detail`` fit to show; the client turns it into one of
these classes so callers can branch on the kind of failure without parsing text.
Every failure to reach the registry at all (DNS, refused connection, reset, timeout,
5xx after the transport's own retries) becomes :class:`RegistryOffline`: for the user and
the sync engine they all mean the same thing — keep working locally, try again later.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.i18n_wire import text_from_wire

OFFLINE_CODE = "OFFLINE"
SERVER_ERROR_CODE = "SERVER_ERROR"

# Made with msg(): the GUI shows them in the UI language (they are str, the Chinese text, elsewhere).
# They promise nothing about the user's work: only the caller knows whether it was kept (queued in the
# outbox, saved in the cache) or not, and says so itself.
_OFFLINE_DETAIL = msg(QT_TRANSLATE_NOOP("messages", "无法连接登记中心，请检查网络。"))
_SERVER_DETAIL = msg(QT_TRANSLATE_NOOP("messages", "登记中心暂时无法处理请求，请稍后再试。"))
_AUTH_DETAIL = msg(QT_TRANSLATE_NOOP("messages", "登录已过期，请重新登录；正在编辑的内容会保留。"))


class RegistryError(Exception):
    """A refusal by the registry (or a failure to reach it, see the subclasses)."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        field: str | None = None,
        title: str = "",
        type_: str = "about:blank",
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.detail = detail
        self.field = field
        self.title = title
        self.type = type_
        self.extra: dict[str, Any] = dict(extra or {})
        super().__init__(f"{status} {code}" + (f" [{field}]" if field else "") + f": {detail}")

    @property
    def transient(self) -> bool:
        """True when the same request may succeed later without any change by the user."""
        return False

    @property
    def issues(self) -> list[dict[str, str]]:
        """Per-field findings when the registry reports several at once (``errors`` in the body)."""
        raw = self.extra.get("errors")
        return [dict(i) for i in raw if isinstance(i, dict)] if isinstance(raw, list) else []

    def as_dict(self) -> dict[str, Any]:
        """What the outbox keeps as a command's last error (no personal data: the
        registry's details name fields, not values)."""
        return {"status": self.status, "code": str(self.code), "field": self.field, "detail": self.detail}


class RegistryOffline(RegistryError):
    """The registry could not be reached or did not answer in time."""

    def __init__(self, detail: str = _OFFLINE_DETAIL, cause: str = "", status: int = 0,
                 code: str = OFFLINE_CODE) -> None:
        super().__init__(status, code, detail)
        self.cause = cause  # technical reason for the log (never shown as the main message)

    @property
    def transient(self) -> bool:
        return True


class RegistryUnavailable(RegistryOffline):
    """The registry answered 5xx (or 429) even after the transport's retries."""

    def __init__(self, status: int, detail: str = _SERVER_DETAIL, cause: str = "") -> None:
        super().__init__(detail=detail, cause=cause, status=status, code=SERVER_ERROR_CODE)


class AuthExpired(RegistryError):
    """401: the session token is missing, expired or revoked.

    ``retry`` (set by the client) re-issues the refused call with whatever token the client
    holds by then, so the GUI can re-login and continue the user's open work.
    """

    retry: Callable[[], Any] | None = None

    def __init__(self, status: int = 401, code: str = "UNAUTHORIZED", detail: str = _AUTH_DETAIL,
                 field: str | None = None, **kw: Any) -> None:
        super().__init__(status, code, detail, field, **kw)


class Forbidden(RegistryError):
    """403: the account may not do this (role, not creator, agency not approved...)."""


class NotFound(RegistryError):
    """404: the object does not exist (or is not visible to this account)."""


class VersionConflict(RegistryError):
    """412/409 VERSION_CONFLICT: someone changed the draft since it was read."""


class Rejected(RegistryError):
    """400/409/413/422 and other 4xx: the registry refused the content (validation, locked
    key field, expired draft...). Retrying unchanged will fail again."""


_BY_CODE: dict[str, type[RegistryError]] = {
    ErrorCode.VERSION_CONFLICT: VersionConflict,
}


def error_from_problem(status: int, body: Mapping[str, Any] | None) -> RegistryError:
    """Build the typed error for a non-2xx answer (``body`` = parsed problem+json or None)."""
    body = body or {}
    raw_code = str(body.get("code") or _default_code(status))
    # Known codes become ErrorCode members (a StrEnum: still equal to the plain string).
    code: str = ErrorCode(raw_code) if raw_code in ErrorCode.__members__ else raw_code
    plain = body.get("detail") or body.get("title")
    detail = (text_from_wire(str(plain), body.get("detail_text")) if plain
              else msg(QT_TRANSLATE_NOOP("messages", "登记中心拒绝了请求（{status}）"), status=status))
    field = body.get("field")
    known = {"type", "title", "status", "code", "field", "detail", "detail_text"}
    extra = {k: v for k, v in body.items() if k not in known}
    kw: dict[str, Any] = {"title": str(body.get("title") or ""), "type_": str(body.get("type") or "about:blank"),
                          "extra": extra}
    field_s = str(field) if field is not None else None
    if status == 401:
        return AuthExpired(status, code, detail or _AUTH_DETAIL, field_s, **kw)
    cls = _BY_CODE.get(code)
    if cls is None:
        cls = {403: Forbidden, 404: NotFound, 412: VersionConflict}.get(status, Rejected)
    if status >= 500 or status == 429:
        return RegistryUnavailable(status, cause=f"{code}: {detail}")
    return cls(status, code, detail, field_s, **kw)


def _default_code(status: int) -> str:
    return {400: "BAD_REQUEST", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND",
            409: "CONFLICT", 412: "VERSION_CONFLICT", 413: "TOO_LARGE", 422: "VALIDATION_FAILED",
            429: "TOO_MANY_REQUESTS"}.get(status, f"HTTP_{status}")
