"""Phone numbers and postal codes of parties, applicants, staff and agencies."""

from __future__ import annotations

import re

from zsdesk.domain.errors import Issue, Severity
from zsdesk.domain.halfwidth import compact
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg

ZHONGSHAN_POSTAL_PREFIX = "5284"

_MOBILE = re.compile(r"(?:\+?86)?(1[3-9]\d{9})")
# Area codes are 3–4 digits starting with 0 (010, 020, 0760); local numbers 7–8 digits.
_LANDLINE = re.compile(r"(?:\+?86)?(0\d{2,3})(\d{7,8})(?:(?:转|EXT|#)\d{1,6})?")
_HK_MACAO = re.compile(r"\+?(852|853)([2-9]\d{7})")
_TAIWAN = re.compile(r"\+?886(0?[2-9]\d{7,8})")
_POSTAL = re.compile(r"\d{6}")


def normalize_phone(s: str) -> str:
    text = compact(s)
    return re.sub(r"[-()（）.]", "", text).replace("(", "").replace(")", "")


def is_mainland_mobile(s: str) -> bool:
    return _MOBILE.fullmatch(normalize_phone(s)) is not None


def validate_phone(s: str, field: str = "phone") -> list[Issue]:
    text = normalize_phone(s)
    if not text:
        return [Issue(field, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写联系电话")))]
    for pattern in (_MOBILE, _LANDLINE, _HK_MACAO, _TAIWAN):
        if pattern.fullmatch(text):
            return []
    if re.fullmatch(r"\d{7,8}", text):
        return [Issue(field, "PHONE_AREA_CODE",
                      msg(QT_TRANSLATE_NOOP("messages", "固定电话请加区号，如 0760-88300526")))]
    return [Issue(field, "PHONE_FORMAT", msg(QT_TRANSLATE_NOOP(
        "messages", "联系电话格式不正确：手机为 11 位（1 开头），固定电话为区号加号码（如 0760-88300526），"
        "港澳台电话请加 +852 / +853 / +886")))]


def validate_postal_code(s: str, field: str = "postal_code") -> list[Issue]:
    text = compact(s)
    if not text:
        return [Issue(field, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写邮政编码")))]
    if not _POSTAL.fullmatch(text):
        return [Issue(field, "POSTAL_CODE_FORMAT", msg(QT_TRANSLATE_NOOP("messages", "邮政编码应为 6 位数字")))]
    if not text.startswith(ZHONGSHAN_POSTAL_PREFIX):
        # Parties may well live outside 中山; only a hint to catch typos.
        return [Issue(field, "POSTAL_CODE_OUTSIDE", msg(QT_TRANSLATE_NOOP(
            "messages", "邮政编码 {code} 不是中山市邮编（5284 开头），请确认"), code=text), Severity.WARNING)]
    return []
