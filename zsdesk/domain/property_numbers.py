"""Numbers that identify a property: 不动产单元号, 不动产权证号, old 房产证号.

不动产单元号 (GB/T 37346-2019《不动产单元设定与代码编制规则》), 28 characters:

====== ===== =========================================================
 pos    len   part
====== ===== =========================================================
 1–6     6    县级行政区划代码 — 中山市 is 442000 (a 不设区的地级市)
 7–9     3    地籍区
 10–12   3    地籍子区
 13–14   2    宗地/宗海特征码: 1st G 国家土地所有权, J 集体土地所有权,
              Z 土地所有权未确定或有争议; 2nd A 集体土地所有权宗地,
              B 建设用地使用权（地表）, S （地上）, X （地下）, C 宅基地使用权,
              D/E/F 土地承包经营权（耕地/林地/草地）, H 海域使用权,
              G 无居民海岛使用权, W 使用权未确定或有争议, Y 其他使用权
 15–19   5    宗地顺序号
 20      1    定着物特征码: F 房屋等建筑物、构筑物, L 森林或林木,
              Q 其他定着物, W 无定着物
 21–28   8    定着物单元编号 (W → 00000000; otherwise not all zeros)
====== ===== =========================================================

Source for the code letters: the standard's tables as summarised in public
notes (e.g. 360docs 「关于不动产单元号编码」); the pairing rules (A only with J,
...) are not enforced because the registry's own data is authoritative.

This client serves the 中山市 registry only, so any county code other than 442000
is an error (not a warning): such a unit cannot be filed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zsdesk.domain.errors import Issue, RuleError
from zsdesk.domain.halfwidth import compact, is_ascii_digits, strip_spaces, to_halfwidth
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg

ZHONGSHAN_COUNTY = "442000"
UNIT_NO_LENGTH = 28
LAND_OWNERSHIP_CODES = frozenset("GJZ")
LAND_USE_CODES = frozenset("ABSXCDEFGHWY")
FIXTURE_CODES = frozenset("FLQW")
NO_FIXTURE_UNIT = "00000000"

_UNIT_LABEL = QT_TRANSLATE_NOOP("labels", "不动产单元号")


@dataclass(frozen=True, slots=True)
class UnitNo:
    county: str
    cadastral_area: str
    cadastral_subarea: str
    parcel_code: str
    parcel_seq: str
    fixture_code: str
    fixture_unit: str

    def __str__(self) -> str:
        return (self.county + self.cadastral_area + self.cadastral_subarea + self.parcel_code
                + self.parcel_seq + self.fixture_code + self.fixture_unit)

    @property
    def parcel_no(self) -> str:
        """宗地代码 (first 19 characters), shared by every unit on the parcel."""
        return str(self)[:19]


def normalize_unit_no(s: str) -> str:
    return compact(s).replace("-", "")


def _unit_issue(code: str, template: str, field: str, **params: object) -> RuleError:
    return RuleError(Issue(field, code, msg(template, label=_UNIT_LABEL, **params)))


def parse_unit_no(s: str, field: str = "unit_no") -> UnitNo:
    """Split a 不动产单元号 into its parts; the RuleError names the first wrong part."""
    text = normalize_unit_no(s)
    if not text:
        raise _unit_issue("REQUIRED", QT_TRANSLATE_NOOP(
            "messages", "请填写{label}（28 位，见不动产登记查档信息）"), field)
    if len(text) != UNIT_NO_LENGTH:
        raise _unit_issue("UNIT_NO_LENGTH", QT_TRANSLATE_NOOP("messages", "{label}应为 28 位，现为 {count} 位"), field,
                          count=len(text))
    county, area, sub = text[0:6], text[6:9], text[9:12]
    parcel_code, parcel_seq = text[12:14], text[14:19]
    fixture_code, fixture_unit = text[19], text[20:28]
    if not is_ascii_digits(county):
        raise _unit_issue("UNIT_NO_COUNTY", QT_TRANSLATE_NOOP("messages", "{label}第1–6位（县级行政区划代码）应为数字"),
                          field)
    if county != ZHONGSHAN_COUNTY:
        raise _unit_issue("UNIT_NO_COUNTY", QT_TRANSLATE_NOOP(
            "messages", "{label}第1–6位（县级行政区划代码）应为中山市 {expected}，现为 {county}；"
            "本系统只办理中山市的房屋"),
            field, expected=ZHONGSHAN_COUNTY, county=county)
    if not is_ascii_digits(area + sub):
        raise _unit_issue("UNIT_NO_CADASTRAL", QT_TRANSLATE_NOOP(
            "messages", "{label}第7–12位（地籍区/地籍子区）应为数字"), field)
    if parcel_code[0] not in LAND_OWNERSHIP_CODES:
        raise _unit_issue("UNIT_NO_PARCEL_CODE", QT_TRANSLATE_NOOP(
            "messages", "{label}第13位（宗地特征码·土地所有权类型）应为 G（国有）、J（集体）或 Z（未确定/争议）"),
            field)
    if parcel_code[1] not in LAND_USE_CODES:
        raise _unit_issue("UNIT_NO_PARCEL_CODE", QT_TRANSLATE_NOOP(
            "messages", "{label}第14位（宗地特征码·宗地类型）应为 A、B、S、X、C、D、E、F、G、H、W、Y 之一"), field)
    if not is_ascii_digits(parcel_seq) or parcel_seq == "00000":
        raise _unit_issue("UNIT_NO_PARCEL_SEQ", QT_TRANSLATE_NOOP(
            "messages", "{label}第15–19位（宗地顺序号）应为 00001–99999 的数字"), field)
    if fixture_code not in FIXTURE_CODES:
        raise _unit_issue("UNIT_NO_FIXTURE_CODE", QT_TRANSLATE_NOOP(
            "messages", "{label}第20位（定着物特征码）应为 F（房屋）、L（林木）、Q（其他）或 W（无定着物）"), field)
    if not is_ascii_digits(fixture_unit):
        raise _unit_issue("UNIT_NO_FIXTURE_UNIT", QT_TRANSLATE_NOOP(
            "messages", "{label}第21–28位（定着物单元编号）应为数字"), field)
    if (fixture_code == "W") != (fixture_unit == NO_FIXTURE_UNIT):
        raise _unit_issue("UNIT_NO_FIXTURE_UNIT", QT_TRANSLATE_NOOP(
            "messages", "{label}第21–28位（定着物单元编号）与定着物特征码不符：无定着物（W）时应为 00000000，"
            "其他情况不能全为 0"), field)
    return UnitNo(county, area, sub, parcel_code, parcel_seq, fixture_code, fixture_unit)


def validate_unit_no(s: str, field: str = "unit_no") -> list[Issue]:
    try:
        parse_unit_no(s, field)
    except RuleError as exc:
        return exc.issues
    return []


def make_unit_no(cadastral_area: int, cadastral_subarea: int, parcel_seq: int, fixture_unit: int, *,
                 parcel_code: str = "GB", fixture_code: str = "F", county: str = ZHONGSHAN_COUNTY) -> str:
    """Build a well-formed unit number (for seed data and test generators)."""
    unit = UnitNo(county, f"{cadastral_area:03d}", f"{cadastral_subarea:03d}", parcel_code,
                  f"{parcel_seq:05d}", fixture_code, f"{fixture_unit:08d}")
    text = str(unit)
    parse_unit_no(text)  # refuse to generate what we would reject
    return text


# --- certificate numbers -------------------------------------------------------------

_BRACKET_MAP = str.maketrans({"(": "（", ")": "）", "〔": "（", "〕": "）", "[": "（", "]": "）",
                              "【": "（", "】": "）", "﹙": "（", "﹚": "）"})


def number_tail_key(s: str) -> str:
    """A certificate or unit number read backwards, without the closing 号: "ends with x" becomes
    "starts with tail_key(x)", so the end of a number (a certificate's serial 0000001, the last
    digits of a 不动产单元号) is found through an ordinary index."""
    return normalize_cert_no(s).replace("-", "").removesuffix("号")[::-1]


def normalize_cert_no(s: str) -> str:
    """Certificate numbers: no spaces (incl. U+3000), ASCII digits/letters upper-cased,
    every kind of bracket as the full-width ``（）`` printed on the certificates."""
    return strip_spaces(to_halfwidth(s)).translate(_BRACKET_MAP).upper()


_TITLE_LABEL = QT_TRANSLATE_NOOP("labels", "不动产权证号")
_TITLE_SHAPE = re.compile(r"(?P<prov>[^（]*)（(?P<year>[^）]*)）(?P<city>.*?)不动产权第(?P<seq>.*?)号")
TITLE_EXAMPLE = "粤（2020）中山市不动产权第0123456号"
TITLE_YEARS = (1990, 2100)


def validate_title_cert_no(s: str, field: str = "title_cert_no") -> list[Issue]:
    """不动产权证号, e.g. 粤（2020）中山市不动产权第0123456号."""
    text = normalize_cert_no(s)
    if not text:
        return [Issue(field, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写{label}"), label=_TITLE_LABEL))]
    m = _TITLE_SHAPE.fullmatch(text)

    def bad(part: str, template: str, **params: object) -> list[Issue]:
        return [Issue(field, "TITLE_CERT_" + part, msg(template, label=_TITLE_LABEL, example=TITLE_EXAMPLE, **params))]

    if m is None:
        return bad("FORMAT", QT_TRANSLATE_NOOP("messages", "{label}格式不正确，格式如 {example}"))
    if m["prov"] != "粤":
        return bad("PROVINCE", QT_TRANSLATE_NOOP(
            "messages", "{label}开头的省份简称应为「粤」，现为「{province}」，格式如 {example}"), province=m["prov"])
    year = m["year"]
    if not (len(year) == 4 and is_ascii_digits(year) and TITLE_YEARS[0] <= int(year) <= TITLE_YEARS[1]):
        return bad("YEAR", QT_TRANSLATE_NOOP(
            "messages", "{label}括号内的年份应为 4 位年份，现为「{year}」，格式如 {example}"), year=year)
    if m["city"] != "中山市":
        return bad("CITY", QT_TRANSLATE_NOOP(
            "messages", "{label}年份后的市县名称应为「中山市」，现为「{city}」，格式如 {example}"), city=m["city"])
    seq = m["seq"]
    if not (len(seq) == 7 and is_ascii_digits(seq)):
        return bad("SEQ", QT_TRANSLATE_NOOP(
            "messages", "{label}「第」与「号」之间应为 7 位数字，现为「{seq}」，格式如 {example}"), seq=seq)
    return []


_PROPERTY_LABEL = QT_TRANSLATE_NOOP("labels", "房产证号")
# Old 房地产权证 numbers seen on 中山 certificates. Accepted forms (documented choice):
#   粤房地证字第C1234567号            (省厅统一格式: optional letter + 6–10 digits)
#   粤房地权证中府字第0123456789号    (中山市人民政府颁发)
#   中府房权证字第0123456号 and similar local prefixes
# i.e. a Chinese prefix that contains 证 and ends in 字第, a serial of an optional
# letter plus 6–10 digits, and 号.
_PROPERTY_SHAPE = re.compile(r"(?P<prefix>[\u4e00-\u9fff]*证[\u4e00-\u9fff]*字)第(?P<seq>[^号]*)号")
_PROPERTY_SEQ = re.compile(r"[A-Z]?\d{6,10}", re.ASCII)
PROPERTY_EXAMPLE = "粤房地证字第C1234567号"


def validate_property_cert_no(s: str, field: str = "property_cert_no") -> list[Issue]:
    """Old 房产证号 (房地产权证), loosely: ``…证…字第[字母]数字号``."""
    text = normalize_cert_no(s)
    if not text:
        return [Issue(field, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写{label}"), label=_PROPERTY_LABEL))]
    m = _PROPERTY_SHAPE.fullmatch(text)
    if m is None:
        return [Issue(field, "PROPERTY_CERT_FORMAT", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}格式不正确，应为「…字第…号」，如 {example}"),
            label=_PROPERTY_LABEL, example=PROPERTY_EXAMPLE))]
    if not _PROPERTY_SEQ.fullmatch(m["seq"]):
        return [Issue(field, "PROPERTY_CERT_SEQ", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}「第」与「号」之间应为 6–10 位数字（前面可有一个字母），现为「{seq}」"),
            label=_PROPERTY_LABEL, seq=m["seq"]))]
    return []
