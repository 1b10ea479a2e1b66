"""Page furniture and text helpers shared by all printed documents.

Every render gets its own `Writer` (font chain + the characters no font could set) and its own
document/canvas objects, so renders may run concurrently in worker threads.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from zsdesk.documents.cjk_paragraph import CJKParagraph
from zsdesk.documents.compression import install_fast_compression
from zsdesk.documents.fonts import FontChain, default_chain, describe_missing
from zsdesk.documents.template import split_placeholders
from zsdesk.domain.china_time import format_china_time

log = logging.getLogger(__name__)

install_fast_compression()

PAGE_W, PAGE_H = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
BLANK = "\xa0" * 10           # an empty value prints as a line to fill in by hand (nbsp: not collapsed)


@dataclass(frozen=True, slots=True)
class RenderResult:
    pdf: bytes
    warnings: list[str]
    page_count: int

    def write_to(self, path: str | os.PathLike[str]) -> None:
        """Write atomically next to the target, so a crash never leaves half a PDF."""
        target = Path(path)
        tmp = target.with_name(target.name + ".part")
        tmp.write_bytes(self.pdf)
        tmp.replace(target)


CELL_SIZE = 9.5
CELL_LEADING = 14
CELL_PADDING = 6        # reportlab's default left/right cell padding


@dataclass(frozen=True, slots=True)
class Cell:
    """Text for a table cell; `head` cells are labels, centred."""

    text: str
    head: bool = False


@dataclass(slots=True)
class Writer:
    """Turns text into paragraph markup in the right fonts and remembers uncovered characters."""

    chain: FontChain
    missing: set[str] = field(default_factory=set)
    styles: dict[str, ParagraphStyle] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.styles = make_styles(self.chain.main)

    def text(self, text: str) -> str:
        # Line breaks typed into free-text terms (补充约定) must survive: Paragraph collapses "\n".
        return self.chain.markup(text, self.missing).replace("\r\n", "\n").replace("\n", "<br/>")

    def value(self, value: str) -> str:
        """A filled-in value: underlined; empty prints a blank line to fill by hand."""
        shown = value if value.strip() else BLANK
        return f"<u>\xa0{self.text(shown)}\xa0</u>"

    def blank(self, width: int) -> str:
        """An underlined empty space `width` spaces wide, for handwriting."""
        return f"<u>{chr(0xA0) * width}</u>"

    def fill(self, template: str, values: Mapping[str, str]) -> str:
        out = []
        for is_placeholder, piece in split_placeholders(template):
            if is_placeholder:
                if piece not in values:
                    raise KeyError(f"template placeholder {{{piece}}} has no value")
                out.append(self.value(values[piece]))
            else:
                out.append(self.text(piece))
        return "".join(out)

    def para(self, markup: str, style: str = "body") -> Paragraph:
        return CJKParagraph(markup, self.styles[style])

    def plain(self, text: str, style: str = "body") -> Paragraph:
        return CJKParagraph(self.text(text), self.styles[style])

    def table(self, rows: Sequence[Sequence[Any]], **kwargs: Any) -> Table:
        """A Table in our font (reportlab's default is an unembedded Helvetica).

        `Cell`s become plain strings when they fit on one line in the main font — a table wraps
        paragraph cells twice, and CJK line breaking dominates rendering time — else paragraphs.
        """
        widths: list[float] | None = kwargs.get("colWidths")
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), self.chain.main),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ]
        converted = []
        for r, row in enumerate(rows):
            out_row = []
            for c, value in enumerate(row):
                if isinstance(value, Cell):
                    if value.head:
                        commands.append(("ALIGN", (c, r), (c, r), "CENTER"))
                    value = self._cell(value, widths[c] if widths else None)
                out_row.append(value)
            converted.append(out_row)
        table = Table(converted, **kwargs)
        table.setStyle(TableStyle(commands))
        return table

    def _cell(self, cell: Cell, width: float | None) -> str | Paragraph:
        markup = self.text(cell.text)
        fits = width is not None and stringWidth(cell.text, self.chain.main, CELL_SIZE) <= width - 2 * CELL_PADDING
        if fits and "<font" not in markup and "\n" not in cell.text:
            return cell.text
        return CJKParagraph(markup, self.styles["cell_head" if cell.head else "cell"])

    def warnings(self) -> list[str]:
        if not self.missing:
            return []
        # Log code points only: the characters come from names, the names stay out of the log.
        log.warning("characters without a font: %s", " ".join(f"U+{ord(c):04X}" for c in sorted(self.missing)))
        return [describe_missing(self.missing)]


def make_styles(font: str) -> dict[str, ParagraphStyle]:
    # One set per font for the process: paragraphs cache their parsed markup per style object.
    return dict(_shared_styles(font))


@lru_cache(maxsize=8)
def _shared_styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=font, fontSize=10.5, leading=18, alignment=TA_JUSTIFY, wordWrap="CJK",
        firstLineIndent=21, underlineWidth=0.5, underlineOffset=-2.2,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "flush": derive("flush", firstLineIndent=0),
        "subtitle": derive("subtitle", alignment=TA_CENTER, firstLineIndent=0, fontSize=11, spaceAfter=10),
        "cell": derive("cell", firstLineIndent=0, fontSize=CELL_SIZE, leading=CELL_LEADING, alignment=TA_LEFT),
        "cell_head": derive("cell_head", firstLineIndent=0, fontSize=CELL_SIZE, leading=CELL_LEADING,
                            alignment=TA_CENTER),
        "small": derive("small", firstLineIndent=0, fontSize=9, leading=14),
        "right": derive("right", firstLineIndent=0, alignment=TA_RIGHT),
        "center": derive("center", firstLineIndent=0, alignment=TA_CENTER),
        "article": derive("article", spaceBefore=2),
        "sign": derive("sign", firstLineIndent=0, leading=30),
        "person": derive("person", firstLineIndent=0, spaceAfter=2 * 2.835, allowWidows=0, allowOrphans=0),
        # the 委托书 and the cancellation application are forms: larger type, room to write
        "form": derive("form", firstLineIndent=0, fontSize=12, leading=30),
        "form_right": derive("form_right", firstLineIndent=0, fontSize=12, leading=30, alignment=TA_RIGHT),
        "form_body": derive("form_body", firstLineIndent=24, fontSize=12, leading=26),
        "form_item": derive("form_item", firstLineIndent=0, fontSize=12, leading=18),
        "box": derive("box", firstLineIndent=0, fontSize=15, leading=16, alignment=TA_CENTER),
        # the face's × is a small Latin sign; at this size it fills the box like the √ does
        "box_cross": derive("box_cross", firstLineIndent=0, fontSize=24, leading=22, alignment=TA_CENTER),
        "check": derive("check", firstLineIndent=-14, leftIndent=14, fontSize=10.5, leading=19),
        "note": derive("note", firstLineIndent=0, fontSize=10.5, leading=18),
        "note_more": derive("note_more", firstLineIndent=0, fontSize=10.5, leading=18, leftIndent=21),
    }


class Heading(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A one-line heading set in faux bold (fill + stroke): the shipped face has no bold weight."""

    def __init__(self, chain: FontChain, text: str, size: float, *, align: str = "center",
                 space_before: float = 0, space_after: float = 0, missing: set[str] | None = None,
                 letter_space: float = 0) -> None:
        super().__init__()
        self.chain = chain
        self.runs = chain.runs(text, missing)
        self.size = size
        self.align = align
        self.letter_space = letter_space
        self.spaceBefore = space_before
        self.spaceAfter = space_after

    def _width(self) -> float:
        chars = sum(len(t) for _, t in self.runs)
        text_w: float = sum(stringWidth(t, f, self.size) for f, t in self.runs)
        return text_w + self.letter_space * max(chars - 1, 0)

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.avail_w = avail_w
        return avail_w, self.size * 1.5

    def draw(self) -> None:
        c = self.canv
        width = self._width()
        x = {"center": (self.avail_w - width) / 2, "left": 0.0, "right": self.avail_w - width}[self.align]
        t = c.beginText(x, self.size * 0.35)
        t.setTextRenderMode(2)
        t.setCharSpace(self.letter_space)
        c.setLineWidth(self.size / 40)
        for font, text in self.runs:
            t.setFont(font, self.size)
            t.textOut(text)
        c.drawText(t)


@dataclass(frozen=True, slots=True)
class PageDecor:
    """What every page carries besides the flowing text."""

    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""
    watermark: str = ""
    qr_value: str = ""               # drawn on the first page, top right
    numbered: bool = True


def _draw_runs(c: Canvas, chain: FontChain, x: float, y: float, text: str, size: float,
               align: str = "left", missing: set[str] | None = None) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs = chain.runs(text, missing)
    width = sum(stringWidth(t, f, size) for f, t in runs)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for font, piece in runs:
        c.setFont(font, size)
        c.drawString(x, y, piece)
        x += stringWidth(piece, font, size)


@lru_cache(maxsize=512)
def _qr_modules(value: str) -> tuple[tuple[float, float, float, float], ...]:
    """Dark squares of the QR code in unit coordinates. Cached: encoding costs ~10 ms in pure
    Python and the same contract is usually printed several times (one copy per party).
    Drawn as plain rectangles because renderPDF would select an unembedded Helvetica."""
    widget = QrCodeWidget(value, barLevel="M")
    unit = float(widget.barWidth)
    return tuple((s.x / unit, s.y / unit, s.width / unit, s.height / unit)
                 for s in _shapes(widget.draw()) if isinstance(s, Rect) and s.fillColor is not None)


def _shapes(node: Any) -> Iterator[Any]:
    for child in node.getContents():
        if hasattr(child, "getContents"):
            yield from _shapes(child)
        else:
            yield child


def _canvas_class(chain: FontChain, decor: PageDecor, missing: set[str]) -> Callable[..., Canvas]:
    class DecoratedCanvas(Canvas):  # type: ignore[misc]
        """Holds pages back until the end, so every page can say "第 x 页 共 y 页"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._decorate(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, number: int, total: int) -> None:
            self.saveState()
            grey = colors.Color(0.25, 0.25, 0.25)
            self.setFillColor(grey)
            self.setStrokeColor(grey)
            top = PAGE_H - 14 * mm
            if decor.header_left or decor.header_right:
                _draw_runs(self, chain, MARGIN_X, top, decor.header_left, 8.5, missing=missing)
                _draw_runs(self, chain, PAGE_W - MARGIN_X, top, decor.header_right, 8.5, "right", missing)
                self.setLineWidth(0.4)
                self.line(MARGIN_X, top - 2.5 * mm, PAGE_W - MARGIN_X, top - 2.5 * mm)
            bottom = 12 * mm
            if decor.numbered:
                _draw_runs(self, chain, PAGE_W / 2, bottom, f"第 {number} 页  共 {total} 页", 9, "center", missing)
            if decor.footer_left:
                _draw_runs(self, chain, PAGE_W - MARGIN_X, bottom, decor.footer_left, 8, "right", missing)
            if decor.qr_value and number == 1:
                self._draw_qr(decor.qr_value)
            if decor.watermark:
                self._draw_watermark(decor.watermark)
            self.restoreState()

        def _draw_qr(self, value: str) -> None:
            side = 20 * mm
            left = PAGE_W - MARGIN_X - side + 2 * mm
            bottom = PAGE_H - MARGIN_TOP - side + 3 * mm
            self.setFillColor(colors.black)
            for x, y, w, h in _qr_modules(value):
                self.rect(left + x * side, bottom + y * side, w * side, h * side, stroke=0, fill=1)

        def _draw_watermark(self, text: str) -> None:
            self.saveState()
            self.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.16))
            self.translate(PAGE_W / 2, PAGE_H / 2)
            self.rotate(40)
            size = min(120.0, 540.0 / max(len(text), 1))     # short marks (已注销) larger, long ones fit the page
            _draw_runs(self, chain, 0, -size / 3, text, size, "center", missing)
            self.restoreState()

    return DecoratedCanvas


def build_pdf(story: Sequence[Flowable], writer: Writer, decor: PageDecor, *, title: str,
              author: str = "") -> RenderResult:
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author=author, creator="zsdesk", invariant=1,
        initialFontName=writer.chain.main,     # else reportlab puts an unembedded Helvetica on every page
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, PAGE_W - 2 * MARGIN_X, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=_canvas_class(writer.chain, decor, writer.missing))
    pdf = buf.getvalue()
    return RenderResult(pdf=pdf, warnings=writer.warnings(), page_count=_page_count(doc))


def _page_count(doc: BaseDocTemplate) -> int:
    return int(doc.page)


def new_writer(chain: FontChain | None = None) -> Writer:
    return Writer(chain or default_chain())


def print_time(printed_at: datetime) -> str:
    return f"打印时间：{format_china_time(printed_at)}"
