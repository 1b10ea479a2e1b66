"""Rebuild the shipped font subsets from BabelStone Han (Debian package fonts-babelstone-han).

Run by hand, not at run time:
    apt-get download fonts-babelstone-han && dpkg-deb -x fonts-babelstone-han_*.deb /tmp/bsh
    uv run --frozen python zsdesk/resources/fonts/make_subsets.py \
        /tmp/bsh/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf

Why two files: the Basic Multilingual Plane subset is needed by every document, the
Extension B subset only when a name uses such a character, so it is loaded lazily.
Why xz: the raw subsets are 22 MB + 12 MB; compressed they add about 7 MB to the repository
and the installer, and decompressing costs a few hundred ms once per process.
Hinting is dropped (PDFs are printed or zoomed, not rendered at small pixel sizes), and so are
layout tables reportlab never reads.
"""

from __future__ import annotations

import lzma
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent


def _bmp(code: int) -> bool:
    if code >= 0x10000:
        return False
    hangul = 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F or 0xAC00 <= code <= 0xD7AF
    private_use = 0xE000 <= code <= 0xF8FF
    return not (hangul or private_use)


def _ext_b(code: int) -> bool:
    return 0x20000 <= code <= 0x2A6DF


def _build(source: Path, target: Path, keep: set[int], family: str, ps_name: str) -> None:
    opts = subset.Options()
    opts.hinting = False
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.drop_tables += ["GSUB", "GPOS", "vhea", "vmtx", "VORG", "meta", "BDF ", "FFTM"]
    font = subset.load_font(str(source), opts)
    subsetter = subset.Subsetter(opts)
    subsetter.populate(unicodes=sorted(keep))
    subsetter.subset(font)
    # Distinct names: a PDF viewer may cache embedded fonts by name, and both subsets come from one face.
    name = font["name"]
    for rec in list(name.names):
        if rec.nameID in (1, 4, 16):
            name.setName(family, rec.nameID, rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID == 6:
            name.setName(ps_name, rec.nameID, rec.platformID, rec.platEncID, rec.langID)
    raw = target.with_suffix("")
    subset.save_font(font, str(raw), opts)
    target.write_bytes(lzma.compress(raw.read_bytes(), preset=9 | lzma.PRESET_EXTREME))
    raw.unlink()
    print(f"{target.name}: {len(keep)} characters, {target.stat().st_size / 1e6:.2f} MB")


def main(argv: list[str]) -> int:
    source = Path(argv[1])
    cmap = set(TTFont(str(source), lazy=True).getBestCmap())
    _build(source, HERE / "BabelStoneHan-BMP.ttf.xz", {c for c in cmap if _bmp(c)},
           "BabelStone Han BMP", "BabelStoneHan-BMP")
    _build(source, HERE / "BabelStoneHan-ExtB.ttf.xz", {c for c in cmap if _ext_b(c)},
           "BabelStone Han ExtB", "BabelStoneHan-ExtB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
