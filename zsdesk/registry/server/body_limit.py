"""Request bodies are limited while they stream in, before authentication and before FastAPI parses
them: a plain ASGI middleware around the whole app counts the bytes `receive` hands over.

Without it a 200 MB JSON body was buffered whole (server RSS +700 MB) and a 300 MB upload spooled to
disk, both before the 401 of a caller without a token. Now a body announced (Content-Length) or found
(streamed, chunked) to be over its limit gets 413 BODY_TOO_LARGE at once, and the connection is closed
so the client stops sending.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.server.problems import ApiError
from zsdesk.registry.server.settings import ServerSettings


@dataclass(frozen=True, slots=True)
class BodyLimits:
    """Largest body, in bytes, of a multipart upload and of any other request (JSON)."""

    json_bytes: int
    multipart_bytes: int

    @classmethod
    def from_settings(cls, settings: ServerSettings) -> BodyLimits:
        return cls(json_bytes=settings.max_json_body_bytes,
                   multipart_bytes=settings.max_material_bytes + settings.multipart_overhead_bytes)


class _BodyTooLarge(Exception):
    """Raised from the wrapped `receive`; whatever the app makes of it, the middleware answers 413."""


def _header(scope: Scope, name: bytes) -> list[bytes]:
    return [value for key, value in scope.get("headers", ()) if key.lower() == name]


def _is_multipart(scope: Scope) -> bool:
    values = _header(scope, b"content-type")
    return bool(values) and values[0].strip().lower().startswith(b"multipart/")


def too_large(limit: int, multipart: bool) -> ApiError:
    if multipart:
        detail = msg(QT_TRANSLATE_NOOP("messages", "上传内容超过 {kb} KB 的上限，请压缩图片后再上传"
                                                   "（单个图片不能超过 500K）。"), kb=limit // 1024)
    else:
        detail = msg(QT_TRANSLATE_NOOP("messages", "请求内容超过 {kb} KB 的上限，请减少内容后重试。"),
                     kb=limit // 1024)
    return ApiError(413, ErrorCode.BODY_TOO_LARGE, detail, "file" if multipart else None,
                    extra={"limit": limit}, headers={"Connection": "close"})


def _bad_length() -> ApiError:
    return ApiError(400, ErrorCode.VALIDATION_FAILED,
                    msg(QT_TRANSLATE_NOOP("messages", "请求头 {header} 不正确：应为一个十进制字节数。"),
                        header="Content-Length"),
                    "Content-Length", headers={"Connection": "close"})


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, limits: BodyLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        multipart = _is_multipart(scope)
        limit = self.limits.multipart_bytes if multipart else self.limits.json_bytes
        lengths = _header(scope, b"content-length")
        if lengths:
            raw = lengths[0].strip()
            # Only ASCII digits: int() would take "١٢" or "+1", which no HTTP peer means.
            if len(lengths) > 1 or not raw or not raw.isdigit() or len(raw) > 20:
                await _answer(_bad_length(), scope, send)
                return
            if int(raw) > limit:
                await _answer(too_large(limit, multipart), scope, send)  # the body is never read
                return
        await self._guarded(scope, receive, send, limit, multipart)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send, limit: int, multipart: bool) -> None:
        received = 0
        overflow = False
        started = False

        async def counting_receive() -> Message:
            nonlocal received, overflow
            if overflow:
                raise _BodyTooLarge
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    overflow = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if overflow:
                return  # the app's own answer to the broken stream (a 400) is replaced by the 413
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not overflow:
                raise
        if overflow and not started:
            await _answer(too_large(limit, multipart), scope, send)


async def _answer(error: ApiError, scope: Scope, send: Send) -> None:
    async def no_body() -> Message:
        return {"type": "http.disconnect"}

    await error.response()(scope, no_body, send)
