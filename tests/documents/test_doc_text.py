from __future__ import annotations

import html
import io
import re

from docsupport import PRINTED_AT, page_texts
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from zsdesk.documents import render_contract
from zsdesk.documents.contract_context import chinese_number
from zsdesk.documents.fonts import FontChain, shipped_sources
from zsdesk.domain.contract import Contract

CHAIN = FontChain(shipped_sources())
ALPHABET = "张王李吉𠮷堃喆昇翀·阿卜杜热合曼 &<>\"'AZaz09（）\ue000\U0002a6d6\U00030000"


def test_chinese_numbers() -> None:
    assert [chinese_number(n) for n in (1, 9, 10, 11, 19, 20, 21, 99)] == \
        ["一", "九", "十", "十一", "十九", "二十", "二十一", "九十九"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=30))
def test_markup_keeps_every_character_and_reports_the_uncovered(text: str) -> None:
    missing: set[str] = set()
    markup = CHAIN.markup(text, missing)
    assert html.unescape(re.sub(r"</?font[^>]*>", "", markup)) == text
    for ch in set(text) - {" "}:
        assert (ch in missing) == (CHAIN.font_for(ch) is None)


def test_line_breaks_in_free_text_terms_are_kept(contract: Contract) -> None:
    contract.other.supplementary = "一、家具家电随房赠送。\n二、钥匙于交付日移交。"
    pdf = render_contract(contract, printed_at=PRINTED_AT, agent_name="赵经纪").pdf
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert re.search(r"家具家电随房赠送。\s*\n\s*二、钥匙于交付日移交。", text)
    assert "二、钥匙于交付日移交。" in "".join(page_texts(pdf))
