"""Phone numbers and postal codes of parties, applicants, staff and agencies."""

from __future__ import annotations

import re

from zsdesk.domain.errors import Issue, Severity
from zsdesk.domain.halfwidth import compact
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg

ZHONGSHAN_POSTAL_PREFIX = "5284"

# re.ASCII: \d must mean 0–9 only, not '١' or '९' (str regexes match every Unicode digit by default).
_MOBILE = re.compile(r"(?:\+?86)?(1[3-9]\d{9})", re.ASCII)
# Area codes are 3–4 digits starting with 0 (010, 020, 0760); local numbers 7–8 digits.
_LANDLINE = re.compile(r"(?:\+?86)?(0\d{2,3})(\d{7,8})(?:(?:转|EXT|#)\d{1,6})?", re.ASCII)
_HK_MACAO = re.compile(r"\+?(852|853)([2-9]\d{7})", re.ASCII)
_TAIWAN = re.compile(r"\+?886(0?[2-9]\d{7,8})", re.ASCII)
# E.164: a country code and subscriber number, at most 15 digits; 7 keeps typos such as "+12" out.
_INTERNATIONAL = re.compile(r"\+[1-9]\d{6,14}", re.ASCII)
_POSTAL = re.compile(r"\d{6}", re.ASCII)
# Separators people type or paste between digit groups: hyphens and dashes of every width
# (full-width ones are half-width by now), brackets around the area code, dots.
_SEPARATORS = re.compile(r"[-\u2010-\u2015\u2212\u30fc()（）.]")


def normalize_phone(s: str) -> str:
    """Digits (and a leading +) only: ``0086 138-0000-0000`` → ``+8613800000000``.

    The international call prefix 00 becomes +, so +86, 0086 and +852/00852 read the same.
    """
    text = _SEPARATORS.sub("", compact(s))
    if text.startswith("00") and len(text) > 2 and text[2] != "0":
        text = "+" + text[2:]
    return text


def is_mainland_mobile(s: str) -> bool:
    return _MOBILE.fullmatch(normalize_phone(s)) is not None


def validate_phone(s: str, field: str = "phone", *, international_ok: bool = False) -> list[Issue]:
    """Mainland mobile or landline, or a Hong Kong/Macau/Taiwan number; with ``international_ok``
    (a foreign party, who may have no Chinese number) any number in E.164 form (+ and 7–15 digits)."""
    text = normalize_phone(s)
    if not text:
        return [Issue(field, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写联系电话")))]
    for pattern in (_MOBILE, _LANDLINE, _HK_MACAO, _TAIWAN):
        if pattern.fullmatch(text):
            return []
    if international_ok and _INTERNATIONAL.fullmatch(text):
        return []
    if re.fullmatch(r"\d{7,8}", text, re.ASCII):
        return [Issue(field, "PHONE_AREA_CODE",
                      msg(QT_TRANSLATE_NOOP("messages", "固定电话请加区号，如 0760-88300526")))]
    if international_ok:
        return [Issue(field, "PHONE_FORMAT", msg(QT_TRANSLATE_NOOP(
            "messages", "联系电话格式不正确：手机为 11 位（1 开头），固定电话为区号加号码（如 0760-88300526），"
            "境外电话请以 + 加国家或地区代码开头（如 +44 20 7946 0958）")))]
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
