"""Errors as application/problem+json with a stable `code`, the offending `field` and a Chinese
`detail` fit to show a user. Raise `ApiError` anywhere in a handler; domain `Issue`s convert
through `issues_error`."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from zsdesk.domain.errors import Issue, RuleError, errors_only
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, Text, msg
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.i18n_wire import text_to_wire
from zsdesk.registry.schemas.common import PROBLEM_MEDIA_TYPE

log = logging.getLogger(__name__)

_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    412: "Precondition Failed",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Content",
    423: "Locked",
    428: "Precondition Required",
    500: "Internal Server Error",
}


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: ErrorCode | str,
        detail: str,
        field: str | None = None,
        *,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {detail}")
        self.status = status
        self.code = str(code)
        self.detail = detail
        self.field = field
        self.extra = extra or {}
        self.headers = headers

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": "about:blank",
            "title": _TITLES.get(self.status, "Error"),
            "status": self.status,
            "code": self.code,
            "field": self.field,
            "detail": self.detail,
            "errors": [],
        }
        recipe = text_to_wire(self.detail)
        if recipe is not None:      # lets a client show the detail in its UI language
            body["detail_text"] = recipe
        body.update(self.extra)
        return body

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, media_type=PROBLEM_MEDIA_TYPE,
                            headers=self.headers)


def issues_error(issues: Sequence[Issue], status: int = 422) -> ApiError:
    """Domain findings → one 422 problem: code/field/detail of the first error, all in `errors`."""
    errs = errors_only(list(issues)) or list(issues)
    if not errs:
        raise ValueError("issues_error needs at least one issue")
    first = errs[0]
    return ApiError(
        status, first.code, first.message, first.field,
        extra={"errors": [_issue_body(i) for i in errs]},
    )


def _issue_body(issue: Issue) -> dict[str, Any]:
    body: dict[str, Any] = {"field": issue.field, "code": issue.code, "detail": issue.message}
    recipe = text_to_wire(issue.message)
    if recipe is not None:
        body["detail_text"] = recipe
    return body


def raise_on_issues(issues: Sequence[Issue]) -> None:
    """Raise the 422 problem when any issue is an error; warnings alone pass."""
    if errors_only(list(issues)):
        raise issues_error(issues)


def not_found(what: str = QT_TRANSLATE_NOOP("labels", "记录"), field: str | None = None) -> ApiError:
    """`what`: a marked label (QT_TRANSLATE_NOOP("labels", …)), so the client can translate it too."""
    return ApiError(404, ErrorCode.NOT_FOUND, msg(QT_TRANSLATE_NOOP("messages", "{what}不存在，或您无权查看。"),
                                                  what=what), field)


_FORBIDDEN = msg(QT_TRANSLATE_NOOP("messages", "当前账号无权执行此操作。"))


def forbidden(detail: str = _FORBIDDEN) -> ApiError:
    return ApiError(403, ErrorCode.FORBIDDEN, detail)


def _field_of(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie", "form"):
        parts = parts[1:]
    return ".".join(parts)


def _validation_detail(err: dict[str, Any], field: str) -> str:
    name = field or QT_TRANSLATE_NOOP("labels", "请求")
    kind = err.get("type", "")
    if kind == "missing":
        return msg(QT_TRANSLATE_NOOP("messages", "「{name}」为必填项，请填写。"), name=name)
    if kind == "extra_forbidden":
        return msg(QT_TRANSLATE_NOOP("messages", "「{name}」不是可识别的字段，请删除。"), name=name)
    return msg(QT_TRANSLATE_NOOP("messages", "「{name}」填写不正确（{reason}），请检查后重新填写。"),
               name=name, reason=str(err.get("msg", "")))


_BAD_REQUEST = msg(QT_TRANSLATE_NOOP("messages", "请求内容不正确。"))
_UNREADABLE = msg(QT_TRANSLATE_NOOP("messages", "请求内容无法解析（格式不正确或数值超出范围），请检查后重试。"))
_NO_SUCH_PATH = msg(QT_TRANSLATE_NOOP("messages", "请求的地址不存在。"))
_NO_SUCH_METHOD = msg(QT_TRANSLATE_NOOP("messages", "该地址不支持此请求方法。"))
_UNSTORABLE = msg(QT_TRANSLATE_NOOP("messages", "请求中含有登记中心无法保存的内容（如控制字符或超出范围的数值），"
                                                "请检查后重试。"))
_INTERNAL = msg(QT_TRANSLATE_NOOP("messages", "登记中心服务器内部错误，请稍后重试。"))


async def _api_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _rule_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RuleError)
    return issues_error(exc.issues).response()


async def _validation_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = []
    for err in exc.errors():
        field = _field_of(err.get("loc", ()))
        errors.append(_issue_body(Issue(field, ErrorCode.VALIDATION_FAILED.value, _validation_detail(err, field))))
    first = errors[0] if errors else {"field": "", "detail": _BAD_REQUEST}
    return ApiError(422, ErrorCode.VALIDATION_FAILED, first["detail"], first["field"] or None,
                    extra={"errors": errors}).response()


async def _http_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = {401: ErrorCode.UNAUTHORIZED, 403: ErrorCode.FORBIDDEN, 404: ErrorCode.NOT_FOUND}.get(
        exc.status_code, ErrorCode.VALIDATION_FAILED if exc.status_code < 500 else ErrorCode.INTERNAL_ERROR)
    # Starlette's and FastAPI's own details are English and may quote the input ("There was an error
    # parsing the body", multipart parser messages): the user gets a Chinese one.
    detail = exc.detail if isinstance(exc.detail, Text) else {
        400: _UNREADABLE, 404: _NO_SUCH_PATH, 405: _NO_SUCH_METHOD}.get(exc.status_code, _BAD_REQUEST)
    headers = dict(exc.headers) if exc.headers else None
    return ApiError(exc.status_code, code, detail, headers=headers).response()


async def _data_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    # The database refused a value the request carried (PostgreSQL: NUL in text, a number out of the
    # column's range): the input's fault, not the server's. The type only: the value may be personal.
    log.warning("database refused a request value: %s", type(getattr(exc, "orig", exc)).__name__)
    return ApiError(422, ErrorCode.VALIDATION_FAILED, _UNSTORABLE).response()


async def _unexpected_handler(_request: Request, exc: Exception) -> JSONResponse:
    # Log the type and traceback only: request bodies may hold personal data.
    log.error("unhandled %s", type(exc).__name__, exc_info=exc)
    return ApiError(500, ErrorCode.INTERNAL_ERROR, _INTERNAL).response()


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error_handler)
    app.add_exception_handler(RuleError, _rule_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_error_handler)
    app.add_exception_handler(DataError, _data_error_handler)
    app.add_exception_handler(Exception, _unexpected_handler)
