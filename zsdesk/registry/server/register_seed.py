"""Deterministic synthetic property register (不动产登记簿) for the sandbox registry.

The real register is not public, so the sandbox invents one: the same seed always gives the same
properties, owners and certificate numbers, which lets tests, the training mode and the benchmark
refer to them. Every name is synthetic; resident ID numbers carry a correct GB 11643 check character
(computed by python-stdnum) so the client's validators accept them, as they would a real register.

Besides the random bulk, a fixed set of "well-known" demo properties (one of each interesting kind:
first-generation ID owner, Hong Kong owner, joint and by-shares co-ownership, sealed, ...) is always
present with the same numbers whatever the seed; `demo_property(kind)` finds them.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from stdnum.cn import ric

from zsdesk.domain.contract import Owner, Property
from zsdesk.domain.enums import IdType, Ownership
from zsdesk.domain.identity import HONG_KONG, MACAO, TAIWAN
from zsdesk.domain.property_numbers import ZHONGSHAN_COUNTY, make_unit_no, normalize_cert_no
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.settings import ServerSettings

DEFAULT_SEED = 20261124
DEFAULT_SIZE = 2400


@dataclass(frozen=True, slots=True)
class RegisterOwner:
    name: str
    id_type: IdType
    id_number: str
    nationality: str = "中国"
    share: Decimal | None = None
    first_generation_id: bool = False     # the certificate carries the old 15-digit ID

    def to_domain(self) -> Owner:
        return Owner(name=self.name, id_type=self.id_type, id_number=self.id_number, share=self.share,
                     first_generation_id=self.first_generation_id)


@dataclass(frozen=True, slots=True)
class RegisterProperty:
    unit_no: str
    address: str
    town: str
    property_cert_no: str                 # 房产证号 (registered before 不动产统一登记), else ""
    title_cert_no: str                    # 不动产权证号, else ""
    use: str
    structure: str
    floor_area: Decimal
    inner_area: Decimal | None
    year_built: int
    floor: int | None
    total_floors: int | None
    ownership: Ownership
    owners: tuple[RegisterOwner, ...]
    registered_on: date
    mortgaged: bool = False
    sealed: bool = False
    encumbrances: str = ""
    filed_contract_no: str = ""           # an existing filing (not through this sandbox) blocks a sale
    demo_kind: str = ""                   # DemoKind value for the well-known demo properties

    def to_domain(self) -> Property:
        return Property(
            unit_no=self.unit_no, address=self.address, town=self.town,
            property_cert_no=self.property_cert_no, title_cert_no=self.title_cert_no,
            use=self.use, structure=self.structure, floor_area=self.floor_area, inner_area=self.inner_area,
            year_built=self.year_built, floor=self.floor, total_floors=self.total_floors,
            ownership=self.ownership, owners=[o.to_domain() for o in self.owners],
            mortgaged=self.mortgaged, sealed=self.sealed, encumbrances=self.encumbrances)


class DemoKind(StrEnum):
    SOLE = "sole"                         # 单独所有, 18-digit ID, 不动产权证号
    OLD_PROPERTY_CERT = "old_property_cert"   # 房产证号 from before unified registration
    FIRST_GEN_ID = "first_gen_id"         # owner's certificate carries a 15-digit ID
    HONG_KONG = "hong_kong"               # 港澳居民来往内地通行证 (H...)
    MACAO = "macao"                       # 港澳居民来往内地通行证 (M...)
    TAIWAN = "taiwan"                     # 台湾居民来往大陆通行证
    FOREIGN = "foreign"                   # passport
    JOINT = "joint"                       # 共同共有 (spouses)
    BY_SHARES = "by_shares"               # 按份共有 60/40
    BY_THIRDS = "by_thirds"               # 按份共有 33.33/33.33/33.34
    MORTGAGED = "mortgaged"               # 抵押: may be sold, the result says so
    SEALED = "sealed"                     # 查封: cannot be sold
    UNDER_CONTRACT = "under_contract"     # already filed elsewhere
    RARE_NAME = "rare_name"               # 𠮷 (outside the BMP) in the owner's name
    MIDDLE_DOT_NAME = "middle_dot_name"   # 阿卜杜·热合曼


# --- places -----------------------------------------------------------------------------------

# (town, roads) — the 中山 towns and streets with real main roads; estates are invented.
TOWNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("石岐街道", ("孙文中路", "民族东路", "悦来南路", "大信路", "莲塘路", "太平路")),
    ("东区街道", ("中山三路", "博爱六路", "兴中道", "松苑路", "起湾道", "长江路")),
    ("西区街道", ("富华道", "中山一路", "彩虹大道", "沙朗路", "翠景道")),
    ("南区街道", ("城南二路", "福涌路", "马岭路", "渡头路")),
    ("五桂山街道", ("长命水大道", "城桂公路", "龙石路")),
    ("中山港街道", ("中山港大道", "康乐大道", "张家边一路", "逸仙路", "濠头路")),
    ("小榄镇", ("升平中路", "民安中路", "宝丰路", "新华中路", "沙口路")),
    ("古镇镇", ("中兴大道", "东兴中路", "同兴路", "海洲大道")),
    ("横栏镇", ("长安北路", "富庆一路", "横东路")),
    ("三角镇", ("福源北路", "金三大道", "高平大道")),
    ("民众街道", ("民众大道", "新伦路", "浪网大道")),
    ("南朗街道", ("南朗大道", "岭南路", "翠亨大道")),
    ("黄圃镇", ("新明北路", "兴圃大道", "石军路")),
    ("东凤镇", ("东阜公路", "凤翔大道", "伯公路")),
    ("南头镇", ("南头大道", "同济路", "升辉北路")),
    ("阜沙镇", ("阜港公路", "阜沙大道", "上南路")),
    ("港口镇", ("港口大道", "世纪东路", "兴港中路")),
    ("沙溪镇", ("星宝路", "岐江公路", "沙溪大道", "康乐南路")),
    ("大涌镇", ("岐涌路", "大涌中路", "青岗路")),
    ("三乡镇", ("雅居乐大道", "金涌大道", "文昌西路", "景观大道")),
    ("坦洲镇", ("界狮南路", "坦神北路", "环洲北路")),
    ("板芙镇", ("板芙中路", "迎宾大道", "芙中路")),
    ("神湾镇", ("神湾大道", "外沙路")),
    ("东升镇", ("东升大道", "裕民大道", "同茂东路")),
)

_ESTATE_HEADS = ("金湾", "翠景", "锦绣", "富逸", "君悦", "雅居", "星汇", "碧海", "汇景", "朗晴", "紫荆",
                 "龙湖", "南苑", "怡景", "华府", "御庭", "天誉", "丽港", "水岸", "海逸", "榄苑", "明珠",
                 "岐江", "博雅", "逸翠", "香山", "凯茵", "远洋", "盈彩", "东方")
_ESTATE_TAILS = ("花园", "苑", "豪庭", "名都", "新城", "华庭", "公馆", "雅苑", "山庄", "广场")
_VILLAGES = ("圣狮村", "龙瑞村", "涌头村", "沙边村", "新村", "南村", "东村", "安堂村", "茶东村", "渡头村")
_STRUCTURES = ("钢筋混凝土结构", "钢筋混凝土结构", "钢筋混凝土结构", "混合结构", "砖混结构", "钢结构")
_BANKS = ("中国工商银行股份有限公司中山分行", "中国建设银行股份有限公司中山市分行",
          "中国农业银行股份有限公司中山分行", "中国银行股份有限公司中山分行", "广东中山农村商业银行股份有限公司",
          "招商银行股份有限公司中山分行")
_COURTS = (("中山市第一人民法院", "粤2071"), ("中山市第二人民法院", "粤2072"), ("中山市中级人民法院", "粤20"))

# --- people -----------------------------------------------------------------------------------

_SURNAMES = ("陈", "李", "黄", "梁", "林", "张", "何", "刘", "吴", "郑", "冯", "杨", "周", "罗", "谭", "麦",
             "卢", "萧", "苏", "郭", "邓", "曾", "彭", "钟", "袁", "欧阳", "司徒", "区", "余", "韦", "高", "孙")
_GIVEN = ("伟", "志强", "嘉欣", "婉婷", "俊杰", "家豪", "丽萍", "美玲", "国华", "建华", "淑仪", "子轩",
          "梓涵", "浩然", "雨萱", "少芬", "锦荣", "惠珍", "振华", "秀英", "文杰", "玉兰", "永强", "碧霞",
          "堃", "喆", "昇", "翀", "晓东", "佩琪", "卓贤", "宝仪", "炳坤", "凤仪", "健明", "燕萍")
_HK_NAMES = ("陳大文", "黃志明", "李嘉慧", "張偉倫", "何詠詩", "梁家輝", "鄭秀文", "吳國強")
_TW_NAMES = ("林志豪", "王淑芬", "陳冠宇", "蔡佩君", "張家瑋")
_FOREIGN = (("SMITH JOHN", "美国"), ("NGUYEN VAN AN", "越南"), ("TAN WEI MING", "马来西亚"),
            ("WILLIAMS EMMA", "英国"), ("LEE MICHAEL", "加拿大"), ("BROWN OLIVIA", "澳大利亚"),
            ("LIM SU CHIN", "新加坡"), ("TANAKA HIROSHI", "日本"))

# Birth-place codes for ID numbers; stdnum knows in which years each code existed, so a code is
# only used for a birth year in which it was valid (442000 中山市 exists from 1988 on).
_BIRTH_AREAS = ("442000", "442000", "442000", "440620", "442724", "440103", "440104", "440105", "440106",
                "440604", "440781", "441302", "445102", "441402", "430102", "430104", "450102", "450103",
                "360102", "510104", "420102", "350102", "440304", "445302", "441802", "440203", "440100",
                "440600", "441900", "442000")


def resident_id(area: str, birth: date, sequence: int) -> str:
    """An 18-digit resident ID with the GB 11643 check character computed by stdnum."""
    body = f"{area}{birth:%Y%m%d}{sequence % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


def first_generation_id(area: str, birth: date, sequence: int) -> str:
    """A 15-digit first-generation ID: area + YYMMDD + sequence, no check character."""
    return f"{area}{birth:%y%m%d}{sequence % 1000:03d}"


@functools.cache
def _area_valid_in(area: str, year: int) -> bool:
    return ric.is_valid(resident_id(area, date(year, 1, 1), 1))


def _valid_area(rng: random.Random, birth: date) -> str:
    for _ in range(50):
        area = rng.choice(_BIRTH_AREAS)
        if _area_valid_in(area, birth.year):
            return area
    return "440100"   # 广州市: a code valid in every year


def _birth(rng: random.Random, lo: int, hi: int) -> date:
    return date(lo, 1, 1) + timedelta(days=rng.randrange((date(hi, 12, 31) - date(lo, 1, 1)).days))


@dataclass(slots=True)
class _Numbers:
    """Uniqueness of every generated number across the register (demo properties reserved first)."""

    unit_nos: set[str] = field(default_factory=set)
    certs: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    filings: set[str] = field(default_factory=set)


class _Generator:
    def __init__(self, seed: int, taken: _Numbers) -> None:
        self.rng = random.Random(seed)
        self.n = taken

    # people
    def _name(self) -> str:
        return self.rng.choice(_SURNAMES) + self.rng.choice(_GIVEN)

    def _unique_id(self, make: Iterator[str]) -> str:
        for candidate in make:
            if candidate not in self.n.ids:
                self.n.ids.add(candidate)
                return candidate
        raise AssertionError("unreachable: the generator is infinite")

    def _resident(self, birth: date) -> str:
        area = _valid_area(self.rng, birth)
        return self._unique_id(resident_id(area, birth, self.rng.randrange(1000)) for _ in iter(int, 1))

    def _owner(self, registered_on: date, share: Decimal | None = None) -> RegisterOwner:
        r = self.rng.random()
        if r < 0.04:
            name = self.rng.choice(_HK_NAMES)
            prefix = "H" if self.rng.random() < 0.8 else "M"
            number = self._unique_id(f"{prefix}{self.rng.randrange(10**8):08d}" for _ in iter(int, 1))
            return RegisterOwner(name, IdType.HK_MACAO_PERMIT, number, HONG_KONG if prefix == "H" else MACAO, share)
        if r < 0.06:
            number = self._unique_id(f"{self.rng.randrange(10**8):08d}" for _ in iter(int, 1))
            return RegisterOwner(self.rng.choice(_TW_NAMES), IdType.TAIWAN_PERMIT, number, TAIWAN, share)
        if r < 0.08:
            name, nationality = self.rng.choice(_FOREIGN)
            letter = self.rng.choice("EGKPS")
            number = self._unique_id(f"{letter}{self.rng.randrange(10**8):08d}" for _ in iter(int, 1))
            return RegisterOwner(name, IdType.PASSPORT, number, nationality, share)
        # Certificates issued before about 2005 often still carry the owner's first-generation ID.
        if registered_on.year < 2005 and r < 0.35:
            birth = _birth(self.rng, 1935, 1975)
            area = _valid_area(self.rng, birth)
            number = self._unique_id(first_generation_id(area, birth, self.rng.randrange(1000))
                                     for _ in iter(int, 1))
            return RegisterOwner(self._name(), IdType.RESIDENT_ID, number, "中国", share, first_generation_id=True)
        birth = _birth(self.rng, 1945, min(2003, registered_on.year - 18))
        return RegisterOwner(self._name(), IdType.RESIDENT_ID, self._resident(birth), "中国", share)

    def _owners(self, registered_on: date) -> tuple[Ownership, tuple[RegisterOwner, ...]]:
        r = self.rng.random()
        if r < 0.68:
            return Ownership.SOLE, (self._owner(registered_on),)
        if r < 0.88:
            return Ownership.JOINT, (self._owner(registered_on), self._owner(registered_on))
        splits = ((Decimal(50), Decimal(50)), (Decimal(60), Decimal(40)), (Decimal(70), Decimal(30)),
                  (Decimal("33.33"), Decimal("33.33"), Decimal("33.34")), (Decimal(50), Decimal(25), Decimal(25)))
        shares = self.rng.choice(splits)
        return Ownership.BY_SHARES, tuple(self._owner(registered_on, s) for s in shares)

    # numbers
    def _certs(self, registered_on: date) -> tuple[str, str]:
        while True:
            if registered_on.year >= 2016:
                cert = f"粤（{registered_on.year}）中山市不动产权第{self.rng.randrange(100000, 10**7):07d}号"
            elif registered_on.year >= 2008:
                cert = f"粤房地权证中府字第{self.rng.randrange(10**9, 10**10):010d}号"
            else:
                cert = f"粤房地证字第C{self.rng.randrange(10**6, 10**7):07d}号"
            if cert not in self.n.certs:
                self.n.certs.add(cert)
                return ("", cert) if registered_on.year >= 2016 else (cert, "")

    def _filing_no(self, registered_on: date) -> str:
        while True:
            when = registered_on + timedelta(days=self.rng.randrange(30, 900))
            number = f"CL{when:%Y%m%d}{self.rng.randrange(10**5):05d}"
            if number not in self.n.filings:
                self.n.filings.add(number)
                return number

    def _encumbrances(self, mortgaged: bool, sealed: bool, registered_on: date) -> str:
        parts = []
        if mortgaged:
            when = registered_on + timedelta(days=self.rng.randrange(1, 1500))
            parts.append(f"抵押权人：{self.rng.choice(_BANKS)}，抵押登记日期{when.isoformat()}")
        if sealed:
            court, code = self.rng.choice(_COURTS)
            parts.append(f"查封机关：{court}，（{2024 + self.rng.randrange(2)}）{code}执保"
                         f"{self.rng.randrange(1, 9999)}号")
        return "；".join(parts)

    def properties(self, count: int) -> list[RegisterProperty]:
        out: list[RegisterProperty] = []
        estate_no = 0
        while len(out) < count:
            town_index = self.rng.randrange(len(TOWNS))
            town, roads = TOWNS[town_index]
            estate_no += 1
            rural = self.rng.random() < 0.1
            out.extend(self._estate(town_index, town, roads, estate_no, rural))
        return out[:count]

    def _estate(self, town_index: int, town: str, roads: tuple[str, ...], estate_no: int,
                rural: bool) -> list[RegisterProperty]:
        rng = self.rng
        road = rng.choice(roads)
        year_built = rng.randrange(1985, 2023)
        # 地籍区 per town, 地籍子区 per estate (sub-areas >= 900 are kept for the demo properties).
        area = town_index + 1
        sub_area = estate_no % 900
        parcel = 1 + estate_no // 900 * 1000 + rng.randrange(999)
        result: list[RegisterProperty] = []
        if rural:
            village = rng.choice(_VILLAGES)
            for house in range(rng.randrange(3, 8)):
                addr = f"中山市{town}{village}{rng.choice('东南西北')}{rng.randrange(1, 12)}巷{house + 1}号"
                floors = rng.randrange(2, 5)
                prop = self._property(
                    town=town, address=addr, year_built=year_built, unit=(area, sub_area, "JC", parcel + house,
                                                                          1, 1),
                    use="住宅", structure="砖混结构", area=Decimal(rng.randrange(8000, 32000)) / 100,
                    inner=None, floor=None, total_floors=floors)
                if prop is not None:
                    result.append(prop)
            return result
        estate = rng.choice(_ESTATE_HEADS) + rng.choice(_ESTATE_TAILS)
        number = rng.randrange(1, 400)
        total_floors = rng.choice((7, 8, 11, 18, 26, 32, 33)) if year_built > 1998 else rng.choice((6, 7, 8))
        for building in range(1, rng.randrange(2, 6)):
            room_seq = 0
            rooms: set[tuple[int, int, int]] = set()
            for _ in range(rng.randrange(3, 8)):
                floor, unit, flat = rng.randrange(1, total_floors + 1), rng.randrange(1, 4), rng.randrange(1, 5)
                if (floor, unit, flat) in rooms:
                    continue
                rooms.add((floor, unit, flat))
                room_seq += 1
                room = f"{floor}{flat:02d}"
                shop = floor == 1 and rng.random() < 0.5
                if shop:
                    addr = f"中山市{town}{road}{number}号{estate}{building}栋{room_seq}卡商铺"
                    use, area_m2 = "商业", Decimal(rng.randrange(2500, 15000)) / 100
                else:
                    addr = f"中山市{town}{road}{number}号{estate}{building}栋{unit}单元{room}房"
                    use = "住宅" if rng.random() < 0.95 else "办公"
                    area_m2 = Decimal(rng.randrange(5500, 18000)) / 100
                inner = (area_m2 * Decimal("0.82")).quantize(Decimal("0.01"))
                prop = self._property(
                    town=town, address=addr, year_built=year_built,
                    unit=(area, sub_area, "GB", parcel, building, room_seq), use=use,
                    structure=rng.choice(_STRUCTURES), area=area_m2, inner=inner, floor=floor,
                    total_floors=total_floors)
                if prop is not None:
                    result.append(prop)
        return result

    def _property(self, *, town: str, address: str, year_built: int, unit: tuple[int, int, str, int, int, int],
                  use: str, structure: str, area: Decimal, inner: Decimal | None, floor: int | None,
                  total_floors: int | None) -> RegisterProperty | None:
        area_code, sub_area, parcel_code, parcel, building, room = unit
        unit_no = make_unit_no(area_code, sub_area, parcel, building * 10000 + room, parcel_code=parcel_code,
                               county=ZHONGSHAN_COUNTY)
        if unit_no in self.n.unit_nos:
            return None
        self.n.unit_nos.add(unit_no)
        rng = self.rng
        registered_on = date(year_built, 1, 1) + timedelta(days=rng.randrange(30, 365 * (2026 - year_built)))
        registered_on = min(registered_on, date(2025, 12, 31))
        property_cert, title_cert = self._certs(registered_on)
        ownership, owners = self._owners(registered_on)
        mortgaged = rng.random() < 0.2
        sealed = rng.random() < 0.02
        filed = self._filing_no(registered_on) if rng.random() < 0.03 else ""
        return RegisterProperty(
            unit_no=unit_no, address=address, town=town, property_cert_no=property_cert, title_cert_no=title_cert,
            use=use, structure=structure, floor_area=area, inner_area=inner, year_built=year_built, floor=floor,
            total_floors=total_floors, ownership=ownership, owners=owners, registered_on=registered_on,
            mortgaged=mortgaged, sealed=sealed, encumbrances=self._encumbrances(mortgaged, sealed, registered_on),
            filed_contract_no=filed)


# --- the well-known demo properties -----------------------------------------------------------

def _demo_unit(seq: int) -> str:
    # 地籍区 001 (石岐), sub-area 901: reserved for demos, the random bulk never uses sub-areas >= 900.
    return make_unit_no(1, 901, 88, 10000 + seq)


def _demo(kind: DemoKind, seq: int, owners: tuple[RegisterOwner, ...], *, ownership: Ownership = Ownership.SOLE,
          old_cert: bool = False, mortgaged: bool = False, sealed: bool = False, filed: str = "",
          encumbrances: str = "") -> RegisterProperty:
    floor = 2 + seq
    return RegisterProperty(
        unit_no=_demo_unit(seq),
        address=f"中山市石岐街道孙文中路88号岐江示范花园1栋1单元{floor}01房",
        town="石岐街道",
        property_cert_no=f"粤房地证字第C00{seq:05d}号" if old_cert else "",
        title_cert_no="" if old_cert else f"粤（2020）中山市不动产权第00{seq:05d}号",
        use="住宅", structure="钢筋混凝土结构", floor_area=Decimal("89.50") + seq, inner_area=Decimal("73.20") + seq,
        year_built=2001 if old_cert else 2012, floor=floor, total_floors=18, ownership=ownership, owners=owners,
        registered_on=date(2003, 6, 18) if old_cert else date(2020, 5, 11), mortgaged=mortgaged, sealed=sealed,
        encumbrances=encumbrances, filed_contract_no=filed, demo_kind=kind.value)


def _demo_properties() -> tuple[RegisterProperty, ...]:
    rid = resident_id
    return (
        _demo(DemoKind.SOLE, 1, (RegisterOwner("陈志强", IdType.RESIDENT_ID, rid("442000", date(1988, 3, 15), 131)),)),
        _demo(DemoKind.OLD_PROPERTY_CERT, 2,
              (RegisterOwner("梁少芬", IdType.RESIDENT_ID, rid("442724", date(1972, 8, 2), 246)),), old_cert=True),
        _demo(DemoKind.FIRST_GEN_ID, 3,
              (RegisterOwner("黄锦荣", IdType.RESIDENT_ID, first_generation_id("442724", date(1956, 11, 20), 357),
                             first_generation_id=True),), old_cert=True),
        _demo(DemoKind.HONG_KONG, 4, (RegisterOwner("陳大文", IdType.HK_MACAO_PERMIT, "H12345678", HONG_KONG),)),
        _demo(DemoKind.MACAO, 5, (RegisterOwner("何詠詩", IdType.HK_MACAO_PERMIT, "M23456789", MACAO),)),
        _demo(DemoKind.TAIWAN, 6, (RegisterOwner("林志豪", IdType.TAIWAN_PERMIT, "01234567", TAIWAN),)),
        _demo(DemoKind.FOREIGN, 7, (RegisterOwner("SMITH JOHN", IdType.PASSPORT, "E98765432", "美国"),)),
        _demo(DemoKind.JOINT, 8, (RegisterOwner("李国华", IdType.RESIDENT_ID, rid("442000", date(1990, 1, 9), 15)),
                                  RegisterOwner("张丽萍", IdType.RESIDENT_ID, rid("442000", date(1991, 7, 30), 28))),
              ownership=Ownership.JOINT),
        _demo(DemoKind.BY_SHARES, 9,
              (RegisterOwner("吴永强", IdType.RESIDENT_ID, rid("440100", date(1979, 4, 4), 51), share=Decimal(60)),
               RegisterOwner("吴碧霞", IdType.RESIDENT_ID, rid("440100", date(1982, 9, 19), 62), share=Decimal(40))),
              ownership=Ownership.BY_SHARES),
        _demo(DemoKind.BY_THIRDS, 10,
              (RegisterOwner("郑卓贤", IdType.RESIDENT_ID, rid("442000", date(1995, 2, 1), 71), share=Decimal("33.33")),
               RegisterOwner("郑宝仪", IdType.RESIDENT_ID, rid("442000", date(1997, 3, 2), 82), share=Decimal("33.33")),
               RegisterOwner("郑健明", IdType.RESIDENT_ID, rid("442000", date(1999, 4, 3), 93),
                             share=Decimal("33.34"))),
              ownership=Ownership.BY_SHARES),
        _demo(DemoKind.MORTGAGED, 11,
              (RegisterOwner("冯惠珍", IdType.RESIDENT_ID, rid("442000", date(1989, 12, 12), 104)),),
              mortgaged=True, encumbrances="抵押权人：中国建设银行股份有限公司中山市分行，抵押登记日期2021-03-08"),
        _demo(DemoKind.SEALED, 12, (RegisterOwner("罗文杰", IdType.RESIDENT_ID, rid("442000", date(1992, 5, 5), 115)),),
              sealed=True, encumbrances="查封机关：中山市第一人民法院，（2025）粤2071执保1234号"),
        _demo(DemoKind.UNDER_CONTRACT, 13,
              (RegisterOwner("谭玉兰", IdType.RESIDENT_ID, rid("442000", date(1993, 6, 6), 126)),),
              filed="CL2025091800001"),
        _demo(DemoKind.RARE_NAME, 14,
              (RegisterOwner("𠮷堃", IdType.RESIDENT_ID, rid("442000", date(1994, 8, 8), 137)),)),
        _demo(DemoKind.MIDDLE_DOT_NAME, 15,
              (RegisterOwner("阿卜杜·热合曼", IdType.RESIDENT_ID, rid("650102", date(1985, 10, 1), 159)),)),
    )


_DEMOS: tuple[RegisterProperty, ...] = _demo_properties()


def demo_properties() -> tuple[RegisterProperty, ...]:
    """The well-known demo properties, identical for every seed (tests and training mode use them)."""
    return _DEMOS


def demo_property(kind: DemoKind | str) -> RegisterProperty:
    kind = DemoKind(kind)
    for prop in _DEMOS:
        if prop.demo_kind == kind.value:
            return prop
    raise KeyError(kind)


def generate_register(seed: int = DEFAULT_SEED, size: int = DEFAULT_SIZE) -> list[RegisterProperty]:
    """The whole register: the demo properties first, then `size` random ones from `seed`."""
    taken = _Numbers()
    for prop in _DEMOS:
        taken.unit_nos.add(prop.unit_no)
        taken.certs.add(prop.property_cert_no or prop.title_cert_no)
        taken.ids.update(o.id_number for o in prop.owners)
        if prop.filed_contract_no:
            taken.filings.add(prop.filed_contract_no)
    return [*_DEMOS, *_Generator(seed, taken).properties(size)]


def sellable(prop: RegisterProperty) -> bool:
    """Free to sell: neither sealed nor already under a filed contract (mortgage does not block)."""
    return not prop.sealed and not prop.filed_contract_no


# --- loading into the registry's database -----------------------------------------------------

def seed_register(session: Session, *, seed: int = DEFAULT_SEED, count: int = DEFAULT_SIZE) -> int:
    """Fill an empty register (`zsdesk-registry seed`, and at start-up). Returns the rows added;
    0 when the register already holds properties (a restart never re-seeds or duplicates)."""
    from zsdesk.registry.server.models import properties as m

    if session.scalar(select(func.count()).select_from(m.RegisterProperty)):
        return 0
    props = generate_register(seed, count)
    session.execute(insert(m.RegisterProperty), [_property_row(i, p) for i, p in enumerate(props, 1)])
    session.execute(insert(m.RegisterOwner), [
        {"property_id": i, "position": pos, "name": o.name, "id_type": o.id_type.value, "id_number": o.id_number,
         "nationality": o.nationality, "share": None if o.share is None else str(o.share),
         "first_generation_id": o.first_generation_id}
        for i, p in enumerate(props, 1) for pos, o in enumerate(p.owners)])
    return len(props)


def _property_row(pk: int, p: RegisterProperty) -> dict[str, object]:
    return {
        "id": pk, "unit_no": p.unit_no, "property_cert_no": p.property_cert_no, "title_cert_no": p.title_cert_no,
        "property_cert_key": normalize_cert_no(p.property_cert_no) or None,
        "title_cert_key": normalize_cert_no(p.title_cert_no) or None,
        "address": p.address, "town": p.town, "use": p.use, "structure": p.structure,
        "floor_area": str(p.floor_area), "inner_area": None if p.inner_area is None else str(p.inner_area),
        "year_built": p.year_built, "floor": p.floor, "total_floors": p.total_floors,
        "ownership": p.ownership.value, "registered_on": p.registered_on, "mortgaged": p.mortgaged,
        "sealed": p.sealed, "encumbrances": p.encumbrances, "filed_contract_no": p.filed_contract_no,
        "demo_kind": p.demo_kind,
    }


def seed_register_at_startup(db: Database, _settings: ServerSettings, _clock: Clock) -> None:
    """Start-up hook: an empty register is filled, so a fresh sandbox can verify at once."""
    with db.session() as session:
        try:
            if seed_register(session):
                session.commit()
        except IntegrityError:
            session.rollback()   # another worker process seeded it at the same moment
