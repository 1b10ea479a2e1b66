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
    text = value.strip()
    if text.startswith("W/"):
        text = text[2:]
    text = text.strip('"')
    return int(text) if text.isdigit() else None


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
    if parse_if_match(if_match) != current:
        raise ApiError(412, ErrorCode.VERSION_CONFLICT,
                       msg(QT_TRANSLATE_NOOP("messages", "该记录已被他人或其他设备修改，请刷新查看最新内容后再保存。")),
                       "version",
                       extra={"current_version": current})
