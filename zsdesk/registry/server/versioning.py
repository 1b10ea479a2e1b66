"""Optimistic concurrency for drafts: the client sends the `version` it read as `If-Match`;
a stale one gets 412 VERSION_CONFLICT, a missing one 428."""

from __future__ import annotations

from typing import Annotated

from fastapi import Header

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.server.problems import ApiError

IfMatchDep = Annotated[
    str | None,
    Header(alias="If-Match", max_length=64, description="读取时得到的 version（可写作 \"3\" 或 3）"),
]


def etag(version: int) -> str:
    return f'"{version}"'


def parse_if_match(value: str) -> int | None:
    """The version in `3`, `"3"` or `W/"3"`; None for anything else. ASCII digits only: str.isdigit()
    also takes "²" (a Latin-1 header byte), on which int() raised and the save answered 500."""
    text = value.strip()
    if text.startswith("W/"):
        text = text[2:]
    text = text.strip('"')
    return int(text) if text.isascii() and text.isdigit() else None


def check_version(current: int, if_match: str | None, *, required: bool = True) -> None:
    if if_match is None:
        if required:
            raise ApiError(428, ErrorCode.PRECONDITION_REQUIRED,
                           msg(QT_TRANSLATE_NOOP("messages", "保存草稿需附带读取时的版本号（If-Match），"
                                                             "请刷新后重试。")),
                           "If-Match")
        return
    if if_match.strip() == "*":
        return
    version = parse_if_match(if_match)
    if version is None:
        raise ApiError(422, ErrorCode.VALIDATION_FAILED,
                       msg(QT_TRANSLATE_NOOP("messages", "请求头 {header} 格式不正确：应为读取时得到的版本号"
                                                         "（如 \"3\"），请刷新后重试。"), header="If-Match"),
                       "If-Match")
    if version != current:
        raise ApiError(412, ErrorCode.VERSION_CONFLICT,
                       msg(QT_TRANSLATE_NOOP("messages", "该记录已被他人或其他设备修改，请刷新查看最新内容后再保存。")),
                       "version",
                       extra={"current_version": current})
