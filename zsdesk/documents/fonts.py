"""Fonts for printed documents: a chain of TrueType fonts with per-character fallback.

reportlab embeds only TrueType-outline fonts. The shipped face is BabelStone Han (a Song/Ming
face derived from Arphic's fonts, Arphic Public License), split into a Basic Multilingual Plane
subset (every document needs it) and a CJK Extension B subset (names such as 𠮷), loaded only
when a document uses such a character. Characters neither covers are looked up in system fonts
(SimSun-ExtB, SimSun, Microsoft YaHei on Windows); characters no font covers are reported back
to the caller as warnings instead of printing a silent missing-glyph box.
"""

from __future__ import annotations

import hashlib
import io
import logging
import lzma
import os
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts

log = logging.getLogger(__name__)

MAIN_FONT = "ZsSong"


# --- ToUnicode fix -----------------------------------------------------------------------------

def _to_unicode_hex(code: int) -> str:
    if code < 0x10000:
        return f"{code:04X}"
    # ToUnicode destinations are UTF-16BE; reportlab writes the bare code point, so 𠮷 (U+20BB7)
    # comes back from text extraction as U+20BB plus garbage. Emit the surrogate pair instead.
    v = code - 0x10000
    return f"{0xD800 + (v >> 10):04X}{0xDC00 + (v & 0x3FF):04X}"


def _make_to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_to_unicode_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def install_to_unicode_fix() -> None:
    """Replace reportlab's ToUnicode CMap writer (idempotent; BMP output is byte-identical)."""
    ttfonts.makeToUnicodeCMap = _make_to_unicode_cmap


install_to_unicode_fix()


# --- font sources ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FontSource:
    """Where one font of the chain comes from; `load` returns a path or the font's bytes."""

    name: str
    label: str
    load: Callable[[], str | bytes]
    subfont_index: int = 0


def _shipped(filename: str) -> Callable[[], bytes]:
    def load() -> bytes:
        ref = resources.files("zsdesk").joinpath("resources", "fonts", filename)
        return lzma.decompress(ref.read_bytes())

    return load


def shipped_sources() -> list[FontSource]:
    return [
        FontSource(MAIN_FONT, "BabelStone Han (BMP)", _shipped("BabelStoneHan-BMP.ttf.xz")),
        FontSource("ZsSongExtB", "BabelStone Han (Ext. B)", _shipped("BabelStoneHan-ExtB.ttf.xz")),
    ]


# Windows file names in order of preference: SimSun-ExtB carries Extension B, then SimSun and
# Microsoft YaHei for anything else. All have TrueType outlines.
_WINDOWS_FONTS = ("simsunb.ttf", "simsun.ttc", "msyh.ttc", "simhei.ttf")
_LINUX_FONTS = (
    "/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)
_MAC_FONTS = (
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
)


def system_font_candidates(platform: str | None = None, env: Mapping[str, str] | None = None) -> list[Path]:
    """Existing system font files that may fill gaps of the shipped fonts, best first."""
    platform = sys.platform if platform is None else platform
    env = os.environ if env is None else env
    paths: list[Path] = []
    if platform.startswith("win"):
        dirs = [Path(env.get("WINDIR", r"C:\Windows")) / "Fonts"]
        if env.get("LOCALAPPDATA"):
            dirs.append(Path(env["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
        paths = [d / name for name in _WINDOWS_FONTS for d in dirs]
    elif platform == "darwin":
        paths = [Path(p) for p in _MAC_FONTS]
    else:
        paths = [Path(p) for p in _LINUX_FONTS]
    return [p for p in paths if p.is_file()]


def system_sources(paths: Iterable[Path]) -> list[FontSource]:
    def loader(path: Path) -> Callable[[], str]:
        return lambda: str(path)

    sources = []
    for path in paths:
        digest = hashlib.sha1(str(path).encode()).hexdigest()[:10]
        sources.append(FontSource(f"ZsSys{digest}", path.name, loader(path)))
    return sources


# --- the chain ---------------------------------------------------------------------------------

_register_lock = threading.Lock()


@dataclass(slots=True)
class _Loaded:
    source: FontSource
    font: ttfonts.TTFont | None = None
    chars: frozenset[int] = frozenset()
    failed: bool = False


def _register(source: FontSource) -> _Loaded:
    """Load and register one font (once per process: reportlab's registry is global)."""
    with _register_lock:
        try:
            existing = pdfmetrics.getFont(source.name)
        except KeyError:
            existing = None
        if isinstance(existing, ttfonts.TTFont):
            return _Loaded(source, existing, frozenset(existing.face.charToGlyph))
        try:
            data = source.load()
            target: str | io.BytesIO = io.BytesIO(data) if isinstance(data, bytes) else data
            font = ttfonts.TTFont(source.name, target, subfontIndex=source.subfont_index)
        except (OSError, ttfonts.TTFError, lzma.LZMAError) as exc:
            # e.g. a PostScript-outline font in a system directory: skip it, the chain goes on.
            log.warning("font %s unusable: %s", source.label, exc)
            return _Loaded(source, failed=True)
        _share_glyph_table(font.face)
        pdfmetrics.registerFont(font)
        return _Loaded(source, font, frozenset(font.face.charToGlyph))


class _GlyphTable:
    """Read-only view of a face's `glyf` table that copies only the glyphs asked for."""

    def __init__(self, data: bytes, pos: int, length: int) -> None:
        self._view = memoryview(data)[pos:pos + length]

    def __getitem__(self, index: slice) -> bytes:
        return self._view[index].tobytes()

    def __len__(self) -> int:
        return len(self._view)


def _share_glyph_table(face: Any) -> None:
    """reportlab copies the whole `glyf` table (18 MB for our main face) for every 256-glyph subset it
    embeds, which was a fifth of a contract copy's rendering time; hand it a view instead."""
    plain_get_table = face.get_table

    def get_table(tag: str) -> Any:
        if tag == "glyf":
            pos, length = face.get_table_pos("glyf")
            return _GlyphTable(face._ttf_data, pos, length)
        return plain_get_table(tag)

    face.get_table = get_table


# Characters that are layout, not glyphs: never looked up, never warned about.
_LAYOUT = frozenset(map(ord, "\n\r\t\u200b\u200c\u200d\ufeff"))


@dataclass(slots=True)
class FontChain:
    """Ordered fonts; each character is set in the first font that has a glyph for it.

    Fonts load on first need (the Extension B subset and system fonts usually never do).
    Thread-safe: loading is locked, lookups read immutable data.
    """

    sources: list[FontSource]
    _loaded: list[_Loaded | None] = field(init=False)
    _lock: threading.Lock = field(init=False, default_factory=threading.Lock)
    _cache: dict[int, str | None] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._loaded = [None] * len(self.sources)

    @property
    def main(self) -> str:
        return self.sources[0].name

    def _font(self, index: int) -> _Loaded:
        loaded = self._loaded[index]
        if loaded is None:
            with self._lock:
                loaded = self._loaded[index]
                if loaded is None:
                    loaded = _register(self.sources[index])
                    self._loaded[index] = loaded
        return loaded

    def ensure_main(self) -> None:
        if self._font(0).failed:
            raise RuntimeError(f"主字体无法加载：{self.sources[0].label}")

    def font_for(self, char: str) -> str | None:
        """Name of the first font covering `char`, or None when no font of the chain does."""
        code = ord(char)
        try:
            return self._cache[code]
        except KeyError:
            pass
        found: str | None = None
        for i in range(len(self.sources)):
            loaded = self._font(i)
            if not loaded.failed and code in loaded.chars:
                found = loaded.source.name
                break
        self._cache[code] = found
        return found

    def markup(self, text: str, missing: set[str] | None = None) -> str:
        """Paragraph markup for `text`: XML-escaped, runs outside the main font wrapped in <font>.

        Characters no font covers are added to `missing` (and kept in the text, so extraction
        and the warning both show the truth).
        """
        main_chars = self._font(0).chars
        if main_chars.issuperset(map(ord, text)):
            # the common case (all but rare name characters): one run in the main font
            return escape(text)
        out: list[str] = []
        run: list[str] = []
        run_font = self.main
        main = self.main

        def flush() -> None:
            if not run:
                return
            piece = escape("".join(run))
            out.append(piece if run_font == main else f'<font name="{run_font}">{piece}</font>')
            run.clear()

        for ch in text:
            code = ord(ch)
            if code in _LAYOUT:
                font = run_font
            elif ch == " ":
                font = main              # fallback subsets (Ext. B) carry no space glyph
            else:
                found = self.font_for(ch)
                if found is None:
                    if missing is not None:
                        missing.add(ch)
                    font = main
                else:
                    font = found
            if font != run_font:
                flush()
                run_font = font
            run.append(ch)
        flush()
        return "".join(out)

    def runs(self, text: str, missing: set[str] | None = None) -> list[tuple[str, str]]:
        """(font, text) runs for drawing directly on a canvas."""
        result: list[tuple[str, str]] = []
        for ch in text:
            found = self.font_for(ch) if ch != " " else None
            if found is None and ch != " " and missing is not None:
                missing.add(ch)
            font = found or (result[-1][0] if result else self.main)
            if result and result[-1][0] == font:
                result[-1] = (font, result[-1][1] + ch)
            else:
                result.append((font, ch))
        return result


@lru_cache(maxsize=1)
def default_chain() -> FontChain:
    """The process-wide chain: shipped fonts, then this machine's system fonts."""
    chain = FontChain(shipped_sources() + system_sources(system_font_candidates()))
    chain.ensure_main()
    return chain


def describe_missing(chars: Iterable[str]) -> str:
    """A warning naming the characters (no personal data: single characters, not names)."""
    listed = "、".join(f"{ch}（U+{ord(ch):04X} {unicodedata.name(ch, '未命名字符')}）" for ch in sorted(set(chars)))
    return f"以下字符没有可用字体，打印时会显示为空框，请核对或手写补正：{listed}"
