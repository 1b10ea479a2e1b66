from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from docsupport import PRINTED_AT, page_texts
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from pdf_pages import fonts
from pypdf import PdfReader

from zsdesk.documents import FontChain, render_contract, render_power_of_attorney, system_font_candidates
from zsdesk.documents.fonts import (
    MAIN_FONT,
    _make_to_unicode_cmap,
    _to_unicode_hex,
    default_chain,
    shipped_sources,
    system_sources,
)
from zsdesk.documents.power_of_attorney import PowerOfAttorney
from zsdesk.domain.contract import Contract

RARE = "𠮷堃喆昇翀·"


def test_to_unicode_uses_surrogate_pairs_outside_the_bmp() -> None:
    assert _to_unicode_hex(ord("吉")) == "5409"
    assert _to_unicode_hex(0x20BB7) == "D842DFB7"
    cmap = _make_to_unicode_cmap("X", [0, 0x5409, 0x20BB7])
    assert "<01> <5409>" in cmap and "<02> <D842DFB7>" in cmap and "3 beginbfchar" in cmap


def test_shipped_fonts_cover_rare_name_characters() -> None:
    chain = default_chain()
    assert chain.main == MAIN_FONT
    for ch in RARE + "√×□—0aA（）":
        assert chain.font_for(ch) is not None, ch
    assert chain.font_for("𠮷") == "ZsSongExtB"
    assert chain.font_for("堃") == MAIN_FONT


def test_markup_escapes_and_switches_font_per_character() -> None:
    chain = FontChain(shipped_sources())
    missing: set[str] = set()
    markup = chain.markup("吉𠮷 <a&b>\ue000", missing)
    assert markup == '吉<font name="ZsSongExtB">𠮷</font> &lt;a&amp;b&gt;\ue000'
    assert missing == {"\ue000"}


def test_every_font_in_the_pdf_is_embedded(contract: Contract) -> None:
    pdf = render_contract(contract, printed_at=PRINTED_AT, agent_name="赵经纪").pdf
    reader = PdfReader(io.BytesIO(pdf))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert any("BabelStoneHan-ExtB" in name for name in seen)          # 𠮷 in the seller's name
    listed = fonts(pdf)     # what pdffonts lists as emb, sub, uni
    assert listed and all(f.embedded and f.subset and f.unicode_map for f in listed), listed


def test_character_without_any_font_is_warned_not_silently_boxed(
        contract: Contract, caplog: pytest.LogCaptureFixture) -> None:
    contract.buyers[1].name = "王\ue000"
    with caplog.at_level(logging.WARNING):
        # shipped fonts only: a system font of this machine might have a private-use glyph
        result = render_contract(contract, printed_at=PRINTED_AT, agent_name="赵经纪",
                                 fonts=FontChain(shipped_sources()))
    assert len(result.warnings) == 1 and "U+E000" in result.warnings[0]
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "U+E000" in logged
    assert "王" not in logged and contract.buyers[1].id_number not in logged     # no personal data in the log


def test_documents_without_gaps_have_no_warnings(contract: Contract) -> None:
    assert render_contract(contract, printed_at=PRINTED_AT, agent_name="赵经纪").warnings == []


def _fake_font(path: Path, family: str, chars: str) -> None:
    """A tiny real TrueType font with a square glyph for each of `chars`."""
    names = [".notdef"] + [f"g{ord(c):X}" for c in chars]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): f"g{ord(c):X}" for c in chars})
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    pen.lineTo((100, 700))
    pen.lineTo((900, 700))
    pen.lineTo((900, 0))
    pen.closePath()
    square = pen.glyph()
    fb.setupGlyf({n: square for n in names})
    fb.setupHorizontalMetrics({n: (1000, 100) for n in names})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": family, "styleName": "Regular", "psName": family.replace(" ", "")})
    fb.setupOS2(fsType=0)
    fb.setupPost()
    fb.save(str(path))


def test_windows_system_font_candidates_in_order(tmp_path: Path) -> None:
    windir, local = tmp_path / "Windows", tmp_path / "Local"
    (windir / "Fonts").mkdir(parents=True)
    (local / "Microsoft" / "Windows" / "Fonts").mkdir(parents=True)
    for name in ("msyh.ttc", "simsun.ttc", "simsunb.ttf"):
        (windir / "Fonts" / name).write_bytes(b"x")
    (local / "Microsoft" / "Windows" / "Fonts" / "simsunb.ttf").write_bytes(b"x")
    found = system_font_candidates("win32", {"WINDIR": str(windir), "LOCALAPPDATA": str(local)})
    assert [(p.parent.parent.name, p.name) for p in found] == [
        ("Windows", "simsunb.ttf"), ("Windows", "simsunb.ttf"), ("Windows", "simsun.ttc"), ("Windows", "msyh.ttc")]
    assert found[1].is_relative_to(local)
    assert system_font_candidates("win32", {"WINDIR": str(tmp_path / "none")}) == []


def test_system_font_fills_a_gap_and_broken_fonts_are_skipped(tmp_path: Path) -> None:
    fonts = tmp_path / "Windows" / "Fonts"
    fonts.mkdir(parents=True)
    (fonts / "simsunb.ttf").write_bytes(b"not a font at all")
    _fake_font(fonts / "simsun.ttc", "Fake SimSun", "\ue000\ue001")
    candidates = system_font_candidates("win32", {"WINDIR": str(tmp_path / "Windows")})
    chain = FontChain(shipped_sources() + system_sources(candidates))
    poa = PowerOfAttorney("中山市\ue000房地产代理有限公司", "91442000MA4UJ6XK7Q", "张堃", "442000197001011234",
                          "王喆", "442000199505051234", "13800138000", True, False)
    result = render_power_of_attorney(poa, printed_at=PRINTED_AT, fonts=chain)
    assert result.warnings == []
    assert "中山市\ue000房地产代理有限公司" in page_texts(result.pdf)[0]
    fonts_used = {str(f.get_object()["/BaseFont"])
                  for f in PdfReader(io.BytesIO(result.pdf)).pages[0]["/Resources"]["/Font"].values()}
    assert any("FakeSimSun" in name for name in fonts_used)
    # without the system font the same character is reported
    bare = render_power_of_attorney(poa, printed_at=PRINTED_AT, fonts=FontChain(shipped_sources()))
    assert "U+E000" in bare.warnings[0]
