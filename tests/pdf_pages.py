"""PDF pages as images and the fonts a PDF carries, read with libraries from uv.lock (pypdfium2, pypdf),
so the tests need no program outside the locked environment (poppler is not on a fresh machine)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import DictionaryObject


def raster(pdf: bytes | Path, dpi: int = 50) -> list[Image.Image]:
    """Every page rendered in grey at `dpi`, as pdftoppm -gray would."""
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    document = pdfium.PdfDocument(data)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document]
    finally:
        document.close()


@dataclass(frozen=True)
class PdfFont:
    name: str
    embedded: bool      # a font program (FontFile, FontFile2 or FontFile3) in the file
    subset: bool        # the name carries the six-letter subset tag ("ABCDEF+")
    unicode_map: bool   # a ToUnicode CMap, so the text can be extracted and searched


def fonts(pdf: bytes) -> list[PdfFont]:
    """The fonts of every page, as pdffonts lists them (emb, sub, uni)."""
    found: dict[str, PdfFont] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"]
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            descriptor = _descriptor(font)
            name = str(font["/BaseFont"]).lstrip("/")
            found[name] = PdfFont(
                name=name,
                embedded=descriptor is not None and any(k in descriptor for k in ("/FontFile", "/FontFile2",
                                                                                  "/FontFile3")),
                subset=len(name) > 7 and name[6] == "+" and name[:6].isascii() and name[:6].isupper(),
                unicode_map="/ToUnicode" in font,
            )
    return list(found.values())


def _descriptor(font: DictionaryObject) -> DictionaryObject | None:
    if "/FontDescriptor" in font:
        return font["/FontDescriptor"].get_object()  # type: ignore[no-any-return]
    for descendant in font.get("/DescendantFonts", []):     # a Type0 (CID) font keeps it one level down
        descendant = descendant.get_object()
        if "/FontDescriptor" in descendant:
            return descendant["/FontDescriptor"].get_object()  # type: ignore[no-any-return]
    return None


