"""Hypothesis strategies producing well-formed numbers (the check characters come
from python-stdnum, never from our own code under test)."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st
from stdnum.cn import ric
from stdnum.cn import uscc as stdnum_uscc

# County codes present in stdnum's table for every year since 1984.
AREA_CODES = ["442000", "440101", "440103", "110101", "310101", "440300", "440306", "360426"]
RESIDENCE_AREAS = ["810000", "820000", "830000"]
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def with_ric_check(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


@st.composite
def resident_ids(draw: st.DrawFn, areas: list[str] = AREA_CODES,
                 born: tuple[date, date] = (date(1930, 1, 1), date(2024, 12, 31))) -> str:
    area = draw(st.sampled_from(areas))
    birth = draw(st.dates(*born))
    seq = draw(st.integers(0, 999))
    return with_ric_check(f"{area}{birth:%Y%m%d}{seq:03d}")


def residence_permits() -> st.SearchStrategy[str]:
    return resident_ids(areas=RESIDENCE_AREAS)


@st.composite
def first_generation_ids(draw: st.DrawFn) -> str:
    area = draw(st.sampled_from(AREA_CODES))
    birth = draw(st.dates(date(1900, 1, 1), date(1999, 12, 31)))
    seq = draw(st.integers(0, 999))
    return f"{area}{birth:%y%m%d}{seq:03d}"


@st.composite
def usccs(draw: st.DrawFn) -> str:
    head = "9" + draw(st.sampled_from("123")) + draw(st.sampled_from(["442000", "440101", "110000"]))
    org = "".join(draw(st.lists(st.sampled_from(USCC_ALPHABET), min_size=9, max_size=9)))
    body = head + org
    return body + stdnum_uscc.calc_check_digit(body)


def substitutions(number: str, alphabet: str) -> list[str]:
    """Every number that differs from ``number`` in exactly one character from ``alphabet``."""
    return [number[:i] + ch + number[i + 1:]
            for i in range(len(number)) for ch in alphabet if ch != number[i]]
