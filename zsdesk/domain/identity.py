"""Identity documents of contract parties, owners, legal representatives and staff.

Formats accepted (decisions documented here, checked against public descriptions):

- 居民身份证, 18 digits (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit
  sequence, check character (0-9 or X) — check character and birth date are checked
  with python-stdnum ``cn.ric``. stdnum also rejects an area code that did not exist
  in the birth *year*; that is wrong for real people (中山市 became 442000 in 1988,
  yet everyone born earlier who lives there carries 442000), so the area is checked
  against stdnum's table ignoring the years: an unknown province is an error, an
  unknown county inside a known province only a warning (the table lags new codes).
- 一代身份证, 15 digits: area + YYMMDD (19YY) + 3-digit sequence, no check
  character. Still printed on many old certificates, hence accepted, but it stopped
  being a valid document in 2013: a warning carries the upgraded 18-digit number.
- 港澳居民来往内地通行证: H (Hong Kong) / M (Macau) + 8 digits (card since 2013).
  The older booklet added a 2-digit issue count (H/M + 10 digits, e.g. H1234567801);
  still accepted, with a warning, because old certificates carry it.
- 台湾居民来往大陆通行证: 8 digits (the lifelong number, "一人一号" since 2008-09-25).
  Before that the number was the 8-digit lifelong number + 2-digit issue count +
  an issuing-office code in brackets (letter or digit), e.g. ``1234567801(B)``;
  from 2006 some offices dropped the bracket (``1234567801``). Both old forms are
  accepted with a warning (source: 中新网 2008-09-12 「台胞证实行一人一号、终身不变」).
- 港澳台居民居住证: 18 characters like a resident ID whose area is 810000 (HK),
  820000 (Macau) or 830000 (Taiwan); check character and birth date via stdnum.
- 护照: loose, 5–17 letters/digits; nationality must be given.
- 统一社会信用代码: for organisations, delegates to :mod:`zsdesk.domain.uscc`.
"""

from __future__ import annotations

import re
from datetime import date

from stdnum import numdb
from stdnum.cn import ric

from zsdesk.domain.enums import IdType
from zsdesk.domain.errors import Issue, RuleError, Severity
from zsdesk.domain.halfwidth import compact, is_ascii_digits
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.uscc import normalize_uscc, validate_uscc

ADULT_AGE = 18

CHINA = "中国"
HONG_KONG = "中国香港"
MACAO = "中国澳门"
TAIWAN = "中国台湾"

# Spellings users type for the same nationality / region.
_NATIONALITY_ALIASES: dict[str, str] = {
    "中国": CHINA, "中华人民共和国": CHINA, "CHN": CHINA, "CHINA": CHINA, "中国大陆": CHINA,
    "中国香港": HONG_KONG, "香港": HONG_KONG, "中国香港特别行政区": HONG_KONG, "香港特别行政区": HONG_KONG,
    "中国澳门": MACAO, "澳门": MACAO, "中国澳门特别行政区": MACAO, "澳门特别行政区": MACAO,
    "中国台湾": TAIWAN, "台湾": TAIWAN, "中国台湾省": TAIWAN, "台湾省": TAIWAN, "台湾地区": TAIWAN,
}

_RESIDENCE_AREAS = {"810000": HONG_KONG, "820000": MACAO, "830000": TAIWAN}

# re.ASCII: \d is 0–9 only, never '١' or '²'.
_HK_MACAO_NEW = re.compile(r"[HM]\d{8}", re.ASCII)
_HK_MACAO_OLD = re.compile(r"[HM]\d{10}", re.ASCII)
_TAIWAN_NEW = re.compile(r"\d{8}", re.ASCII)
_TAIWAN_OLD = re.compile(r"\d{10}(?:\([A-Z0-9]\))?", re.ASCII)
_PASSPORT = re.compile(r"[A-Z0-9]{5,17}", re.ASCII)
_BRACKETS = str.maketrans({"（": "(", "）": ")", "〔": "(", "〕": ")", "[": "(", "]": ")"})


def normalize_nationality(nationality: str) -> str:
    text = compact(nationality)
    return _NATIONALITY_ALIASES.get(text, nationality.strip())


def normalize_id(id_type: IdType, number: str) -> str:
    """Canonical form: half-width, no spaces, upper case (x → X), brackets as ``()``."""
    if id_type is IdType.USCC:
        return normalize_uscc(number)
    text = compact(number).translate(_BRACKETS)
    if id_type in (IdType.RESIDENT_ID, IdType.HMT_RESIDENCE, IdType.HK_MACAO_PERMIT):
        text = text.replace("-", "")
    return text


def is_first_generation(number: str) -> bool:
    text = compact(number)
    return len(text) == 15 and is_ascii_digits(text)


def upgrade_first_generation(number15: str) -> str:
    """15 → 18 digits: insert the century ``19`` and append the GB 11643 check character."""
    text = compact(number15)
    if not is_first_generation(text):
        raise RuleError(Issue("id_number", "ID_FORMAT",
                              msg(QT_TRANSLATE_NOOP("messages", "一代身份证号码应为 15 位数字"))))
    body = text[:6] + "19" + text[6:]
    # calc_check_digit expects a full-length number and ignores its last character.
    return body + ric.calc_check_digit(body + "0")


def _birth_date_18(number: str) -> date | None:
    try:
        return ric.get_birth_date(number)
    except Exception:  # stdnum raises InvalidComponent, or ValueError on non-digits
        return None


def _birth_date_15(number: str) -> date | None:
    try:
        return date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))
    except ValueError:
        return None


def birth_date(id_type: IdType, number: str) -> date | None:
    """Birth date encoded in the number, or None when the document does not carry one."""
    text = normalize_id(id_type, number)
    if id_type is IdType.RESIDENT_ID:
        if len(text) == 18:
            return _birth_date_18(text)
        if is_first_generation(text):
            return _birth_date_15(text)
        return None
    if id_type is IdType.HMT_RESIDENCE and len(text) == 18:
        return _birth_date_18(text)
    return None


def age_on(id_type: IdType, number: str, today: date) -> int | None:
    born = birth_date(id_type, number)
    if born is None:
        return None
    years = today.year - born.year
    if (today.month, today.day) < (born.month, born.day):
        years -= 1
    return years


def is_minor(id_type: IdType, number: str, today: date) -> bool:
    """True only when the number proves the person is under 18 (unknown age → False)."""
    age = age_on(id_type, number, today)
    return age is not None and age < ADULT_AGE


def implied_nationality(id_type: IdType, number: str) -> str | None:
    """Nationality/region the document implies, when it implies one."""
    text = normalize_id(id_type, number)
    if id_type is IdType.RESIDENT_ID:
        return CHINA
    if id_type is IdType.HK_MACAO_PERMIT and text[:1] in ("H", "M"):
        return HONG_KONG if text[0] == "H" else MACAO
    if id_type is IdType.TAIWAN_PERMIT:
        return TAIWAN
    if id_type is IdType.HMT_RESIDENCE:
        return _RESIDENCE_AREAS.get(text[:6])
    return None


def validate_id(id_type: IdType, number: str, field: str = "id_number", *,
                nationality: str | None = None, today: date | None = None) -> list[Issue]:
    """Check ``number`` as a document of ``id_type``; ``nationality`` (if given) must fit it; with
    ``today`` (the registry's date) a birth date the number encodes must not lie after it."""
    label = id_type.label
    text = normalize_id(id_type, number)
    if not text:
        return [Issue(field, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写{label}号码"), label=label))]
    if id_type is IdType.USCC:
        return validate_uscc(text, field)
    checker = _CHECKERS[id_type]
    issues = checker(text, field)
    if today is not None and not any(i.is_error for i in issues):
        issues += _check_born_before(id_type, text, field, today)
    if nationality is not None:
        issues += _check_nationality(id_type, text, field, nationality)
    return issues


def _check_born_before(id_type: IdType, text: str, field: str, today: date) -> list[Issue]:
    born = birth_date(id_type, text)
    if born is None or born <= today:
        return []
    return [Issue(field, "ID_BIRTH_DATE_FUTURE", msg(QT_TRANSLATE_NOOP(
        "messages", "{label}号码中的出生日期 {date} 晚于今天，请逐位核对证件"),
        label=id_type.label, date=born.isoformat()))]


def _check_resident_id(text: str, field: str) -> list[Issue]:
    label = IdType.RESIDENT_ID.label
    if is_first_generation(text):
        return _check_first_generation(text, field)
    if len(text) != 18:
        return [Issue(field, "ID_LENGTH", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}号码应为 18 位（一代证为 15 位），现为 {count} 位"), label=label, count=len(text)))]
    if text[:6] in _RESIDENCE_AREAS:
        # 810000/820000/830000 are never on a 居民身份证: the holder has a residence permit and the
        # agent picked the wrong document type (stdnum even knows 81/82 as provinces).
        return [Issue(field, "ID_TYPE_RESIDENCE_PERMIT", msg(QT_TRANSLATE_NOOP(
            "messages", "以 {area} 开头的是{permit}号码（{region}），不是{label}；请将证件类型选为「{permit}」"),
            area=text[:6], permit=IdType.HMT_RESIDENCE.label, region=_RESIDENCE_AREAS[text[:6]], label=label))]
    return _check_resident_18(text, field)


def _check_gb11643(text: str, field: str, label: str) -> list[Issue]:
    if not is_ascii_digits(text[:17]) or not (is_ascii_digits(text[17]) or text[17] == "X"):
        return [Issue(field, "ID_FORMAT", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}号码前 17 位应为数字，最后一位为数字或 X"), label=label))]
    if text[17] != ric.calc_check_digit(text):
        return [Issue(field, "ID_CHECKSUM", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}号码校验位不符，请逐位核对证件"), label=label))]
    born = _birth_date_18(text)
    if born is None:
        return [Issue(field, "ID_BIRTH_DATE", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}号码第 7–14 位的出生日期 {digits} 不是有效日期"), label=label, digits=text[6:14]))]
    if born.year < 1900:
        return [Issue(field, "ID_BIRTH_DATE", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}号码第 7–14 位的出生日期 {digits} 不合理"), label=label, digits=text[6:14]))]
    return []


def _check_area(text: str, field: str, label: str) -> list[Issue]:
    info = dict(kv for _, props in numdb.get("cn/loc").info(text[:6]) for kv in props.items())
    if "province" not in info:
        return [Issue(field, "ID_AREA", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}号码前 6 位 {area} 不是有效的行政区划代码，请核对证件"), label=label, area=text[:6]))]
    if "county" not in info:
        return [Issue(field, "ID_AREA_UNKNOWN", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}号码前 6 位 {area} 不在已知行政区划代码中，请核对证件"), label=label, area=text[:6]),
            Severity.WARNING)]
    return []


def _check_resident_18(text: str, field: str) -> list[Issue]:
    return _check_gb11643(text, field, IdType.RESIDENT_ID.label) or _check_area(
        text, field, IdType.RESIDENT_ID.label)


def _check_first_generation(text: str, field: str) -> list[Issue]:
    label = QT_TRANSLATE_NOOP("labels", "一代身份证")
    if _birth_date_15(text) is None:
        return [Issue(field, "ID_BIRTH_DATE", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}号码第 7–12 位的出生日期 19{digits} 不是有效日期"), label=label, digits=text[6:12]))]
    area = _check_area(text, field, label)
    if any(i.is_error for i in area):
        return area
    return [*area, Issue(field, "ID_FIRST_GENERATION", msg(QT_TRANSLATE_NOOP(
        "messages", "这是 15 位一代身份证号码（已停用），对应 18 位号码为 {number}；"
        "只有产权证书上登记的是一代证时才按原样填写"), number=upgrade_first_generation(text)), Severity.WARNING)]


def _check_hk_macao(text: str, field: str) -> list[Issue]:
    label = IdType.HK_MACAO_PERMIT.label
    if _HK_MACAO_NEW.fullmatch(text):
        return []
    if _HK_MACAO_OLD.fullmatch(text):
        return [Issue(field, "ID_OLD_FORMAT", msg(QT_TRANSLATE_NOOP(
            "messages", "这是旧版{label}号码（末两位为签发次数）；现行证件为 H/M 加 8 位数字，请按证件原样填写"),
            label=label), Severity.WARNING)]
    return [Issue(field, "ID_FORMAT", msg(QT_TRANSLATE_NOOP(
        "messages", "{label}号码应为 H（香港）或 M（澳门）加 8 位数字，如 H12345678"), label=label))]


def _check_taiwan(text: str, field: str) -> list[Issue]:
    label = IdType.TAIWAN_PERMIT.label
    if _TAIWAN_NEW.fullmatch(text):
        return []
    if _TAIWAN_OLD.fullmatch(text):
        return [Issue(field, "ID_OLD_FORMAT", msg(QT_TRANSLATE_NOOP(
            "messages", "这是旧版{label}号码（前 8 位为终身号，其后为签发次数/机关代码）；"
            "2008 年起号码为 8 位数字，请按证件原样填写"), label=label), Severity.WARNING)]
    return [Issue(field, "ID_FORMAT", msg(QT_TRANSLATE_NOOP("messages", "{label}号码应为 8 位数字，如 12345678"),
                                          label=label))]


def _check_residence(text: str, field: str) -> list[Issue]:
    label = IdType.HMT_RESIDENCE.label
    if len(text) != 18:
        return [Issue(field, "ID_LENGTH", msg(QT_TRANSLATE_NOOP("messages", "{label}号码应为 18 位，现为 {count} 位"),
                                              label=label, count=len(text)))]
    if text[:6] not in _RESIDENCE_AREAS and is_ascii_digits(text[:6]):
        return [Issue(field, "ID_AREA", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}号码应以 810000（香港）、820000（澳门）或 830000（台湾）开头"), label=label))]
    return _check_gb11643(text, field, label)


def _check_passport(text: str, field: str) -> list[Issue]:
    if _PASSPORT.fullmatch(text):
        return []
    return [Issue(field, "ID_FORMAT",
                  msg(QT_TRANSLATE_NOOP("messages", "护照号码应为 5–17 位字母或数字，请按护照资料页填写")))]


_CHECKERS = {
    IdType.RESIDENT_ID: _check_resident_id,
    IdType.HK_MACAO_PERMIT: _check_hk_macao,
    IdType.TAIWAN_PERMIT: _check_taiwan,
    IdType.HMT_RESIDENCE: _check_residence,
    IdType.PASSPORT: _check_passport,
}


def _check_nationality(id_type: IdType, text: str, field: str, nationality: str) -> list[Issue]:
    # The nationality issue sits on the sibling field (``x.id_number`` → ``x.nationality``).
    nat_field = field.rsplit(".", 1)[0] + ".nationality" if "." in field else "nationality"
    given = normalize_nationality(nationality)
    if id_type is IdType.PASSPORT:
        if not given:
            return [Issue(nat_field, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "持护照的当事人请填写国籍")))]
        if given == CHINA:
            # A Chinese citizen settled abroad may hold only a passport; unusual, so warn.
            return [Issue(nat_field, "PASSPORT_CHINESE", msg(QT_TRANSLATE_NOOP(
                "messages", "国籍为中国的当事人一般应使用居民身份证；确为定居国外的中国公民持护照办理的可继续")),
                Severity.WARNING)]
        return []
    expected = implied_nationality(id_type, text)
    if expected is None or given == expected:
        return []
    if not given:
        return [Issue(nat_field, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写国籍（{label}对应：{expected}）"),
                                                 label=id_type.label, expected=expected))]
    if given == CHINA:
        # Holders of these documents are Chinese citizens, so 中国 is not false, only
        # less precise than the registry's convention.
        return [Issue(nat_field, "NATIONALITY_IMPRECISE", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}持有人的国籍（地区）请填写「{expected}」"), label=id_type.label, expected=expected),
            Severity.WARNING)]
    return [Issue(nat_field, "ID_NATIONALITY_MISMATCH", msg(QT_TRANSLATE_NOOP(
        "messages", "国籍「{nationality}」与证件类型不符：{label}对应「{expected}」"),
        nationality=nationality, label=id_type.label, expected=expected))]
