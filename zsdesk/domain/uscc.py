"""统一社会信用代码 (GB 32100-2015), checked with python-stdnum's ``cn.uscc``.

stdnum requires the first 8 characters to be digits (registering authority, entity
type, region). That rejects the rare authority codes ``A``/``N``/``Y``; agencies
registered with 市场监管 always start with ``9``, so this is acceptable here.
"""

from __future__ import annotations

from stdnum import exceptions as stdnum_errors
from stdnum.cn import uscc as stdnum_uscc

from zsdesk.domain.errors import Issue
from zsdesk.domain.halfwidth import compact
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg

LABEL = QT_TRANSLATE_NOOP("labels", "统一社会信用代码")


def normalize_uscc(code: str) -> str:
    return compact(code).replace("-", "")


def validate_uscc(code: str, field: str = "uscc") -> list[Issue]:
    number = normalize_uscc(code)
    if not number:
        return [Issue(field, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写{label}（营业执照上的 18 位代码）"),
                                             label=LABEL))]
    if len(number) != 18:
        return [Issue(field, "USCC_LENGTH", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}应为 18 位，现为 {count} 位，请按营业执照核对"), label=LABEL, count=len(number)))]
    try:
        if not number.isascii():   # stdnum's own digit test is ASCII-only, but its alphabet lookups are not
            raise stdnum_errors.InvalidFormat()
        stdnum_uscc.validate(number)
    except stdnum_errors.InvalidChecksum:
        return [Issue(field, "USCC_CHECKSUM", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}校验位不符，请逐位核对营业执照上的代码"), label=LABEL))]
    except stdnum_errors.ValidationError:
        return [Issue(field, "USCC_FORMAT", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}格式不正确：前 8 位应为数字，其后为数字或大写字母（不含 I、O、Z、S、V）"),
            label=LABEL))]
    return []
