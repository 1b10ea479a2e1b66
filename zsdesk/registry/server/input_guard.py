"""A NUL in the request target is refused before routing (400, naming the part).

PostgreSQL text cannot hold NUL: `/api/v1/contracts/%00` reached the query and answered 500 on
PostgreSQL (SQLite stored it happily, so the SQLite half never showed it). No id, filter or phone
number carries one."""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.server.problems import ApiError


def _nul_in(scope: Scope) -> str | None:
    path = scope.get("path", "")
    if "\x00" in path:
        return "path"
    query: bytes = scope.get("query_string", b"")
    if query and b"\x00" in unquote_to_bytes(query):
        return "query"
    return None


def _refusal(part: str) -> ApiError:
    return ApiError(400, ErrorCode.VALIDATION_FAILED,
                    msg(QT_TRANSLATE_NOOP("messages", "请求地址中含有不允许的控制字符（NUL），请检查后重试。")),
                    part)


class NulGuardMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        part = _nul_in(scope) if scope["type"] == "http" else None
        if part is None:
            await self.app(scope, receive, send)
            return

        async def no_body() -> Message:
            return {"type": "http.disconnect"}

        await _refusal(part).response()(scope, no_body, send)
