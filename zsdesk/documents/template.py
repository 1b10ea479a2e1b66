"""Contract text templates (TOML under zsdesk/resources/documents): chapters, articles, placeholders."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_.]*)\}")
BLOCKS = frozenset({"parties", "property", "payment_schedule", "signatures"})


class TemplateError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Article:
    title: str
    text: tuple[str, ...] = ()
    block: str | None = None
    when: str | None = None
    unless: str | None = None

    def applies(self, flags: Mapping[str, bool]) -> bool:
        if self.when is not None and not flags[self.when]:
            return False
        return not (self.unless is not None and flags[self.unless])


@dataclass(frozen=True, slots=True)
class Chapter:
    title: str
    articles: tuple[Article, ...]


@dataclass(frozen=True, slots=True)
class ContractTemplate:
    title: str
    subtitle: str
    preamble: tuple[str, ...]
    chapters: tuple[Chapter, ...]

    def placeholders(self) -> set[str]:
        names: set[str] = set()
        for text in self.preamble:
            names.update(PLACEHOLDER.findall(text))
        for chapter in self.chapters:
            for article in chapter.articles:
                for text in article.text:
                    names.update(PLACEHOLDER.findall(text))
        return names

    def flags(self) -> set[str]:
        return {f for c in self.chapters for a in c.articles for f in (a.when, a.unless) if f}


def _str_list(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TemplateError(f"{where}: text must be a list of strings")
    return tuple(value)


def parse_template(data: Mapping[str, object]) -> ContractTemplate:
    chapters = []
    raw_chapters = data.get("chapter")
    if not isinstance(raw_chapters, list) or not raw_chapters:
        raise TemplateError("template has no [[chapter]]")
    for ci, raw_chapter in enumerate(raw_chapters, 1):
        articles = []
        for ai, raw in enumerate(raw_chapter.get("article", []), 1):
            where = f"chapter {ci} article {ai}"
            block = raw.get("block")
            text = _str_list(raw.get("text", []), where)
            if (block is None) == (not text):
                raise TemplateError(f"{where}: needs exactly one of text or block")
            if block is not None and block not in BLOCKS:
                raise TemplateError(f"{where}: unknown block {block!r}")
            articles.append(Article(str(raw.get("title", "")), text, block, raw.get("when"), raw.get("unless")))
        chapters.append(Chapter(str(raw_chapter["title"]), tuple(articles)))
    return ContractTemplate(
        title=str(data["title"]),
        subtitle=str(data.get("subtitle", "")),
        preamble=_str_list(data.get("preamble", []), "preamble"),
        chapters=tuple(chapters),
    )


@lru_cache(maxsize=8)
def load_template(name: str = "contract.toml") -> ContractTemplate:
    ref = resources.files("zsdesk").joinpath("resources", "documents", name)
    return parse_template(tomllib.loads(ref.read_text(encoding="utf-8")))


def split_placeholders(text: str) -> list[tuple[bool, str]]:
    """[(is_placeholder, literal-or-name), ...] in order."""
    parts: list[tuple[bool, str]] = []
    pos = 0
    for m in PLACEHOLDER.finditer(text):
        if m.start() > pos:
            parts.append((False, text[pos:m.start()]))
        parts.append((True, m.group(1)))
        pos = m.end()
    if pos < len(text):
        parts.append((False, text[pos:]))
    return parts
