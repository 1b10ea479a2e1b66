"""The English translation: catalogues fresh, every marked string translated with its placeholders,
no unmarked Chinese literal in GUI code, every GUI module in one translation area."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from zsdesk.gui import i18ngen

ROOT = i18ngen.ROOT
GUI = ROOT / "zsdesk" / "gui"
CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff\u3000-\u303f\uff00-\uffef]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
MARKERS = {"translate", "QT_TRANSLATE_NOOP", "untranslated"}


def message_problems(context: str, source: str, translation: str | None, finished: bool) -> list[str]:
    where = f"{context}: {source!r}"
    if not finished or not (translation or "").strip():
        return [f"{where} has no English translation"]
    assert translation is not None
    problems = []
    if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translation)):
        problems.append(f"{where}: placeholders differ in {translation!r}")
    if CJK.search(translation):
        problems.append(f"{where}: translation {translation!r} still contains Chinese")
    return problems


def catalogue_problems(path: Path) -> list[str]:
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            finished = node is not None and node.get("type") not in {"unfinished", "obsolete", "vanished"}
            problems += message_problems(name, message.findtext("source") or "",
                                         None if node is None else node.text, finished)
    return problems


def test_checker_catches_missing_translation_lost_placeholder_and_leftover_chinese() -> None:
    assert message_problems("C", "共 {count} 份", "", True)
    assert message_problems("C", "共 {count} 份", "{count} copies", False)
    assert message_problems("C", "共 {count} 份", "copies", True)
    assert message_problems("C", "共 {count} 份", "{total} copies", True)
    assert message_problems("C", "确定", "确定 OK", True)
    assert message_problems("C", "共 {count} 份", "{count} copies", True) == []


def test_catalogues_and_compiled_translation_are_up_to_date() -> None:
    assert i18ngen.stale() == []


@pytest.mark.parametrize("language", i18ngen.TARGET_LANGUAGES)
def test_every_marked_string_has_a_translation_with_the_same_placeholders(language: str) -> None:
    problems: list[str] = []
    for area in i18ngen.AREAS:
        problems += catalogue_problems(i18ngen.ts_file(area, language))
    assert problems == []


def _gui_modules() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "forms" not in p.relative_to(GUI).parts)


def _call_name(node: ast.AST) -> str:
    if isinstance(node, ast.Call):
        func = node.func
        return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    return ""


def unmarked_chinese(source: str) -> list[int]:
    """Line numbers of Chinese literals that are neither marked for translation nor docstrings."""
    tree = ast.parse(source)
    allowed: set[int] = set()
    for node in ast.walk(tree):
        if _call_name(node) in MARKERS:
            for arg in node.args:  # type: ignore[attr-defined]
                allowed.add(id(arg))
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant):
            allowed.add(id(body[0].value))  # docstring
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and any(
                isinstance(v, ast.Constant) and isinstance(v.value, str) and CJK.search(v.value) for v in node.values):
            lines.append(node.lineno)  # an f-string cannot be translated as a whole sentence
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value) \
                and id(node) not in allowed:
            lines.append(node.lineno)
    return sorted(set(lines))


def test_lint_flags_bare_and_fstring_chinese_but_not_marked_text() -> None:
    code = ('"""文档"""\nx = "中文"\ny = f"共 {n} 份"\nz = translate("C", "确定")\n'
            'w = untranslated("中山市")\nv = QT_TRANSLATE_NOOP("labels", "已签约")\n')
    assert unmarked_chinese(code) == [2, 3]


def test_gui_code_has_no_unmarked_chinese_literals() -> None:
    found = {str(p.relative_to(ROOT)): lines for p in _gui_modules()
             if (lines := unmarked_chinese(p.read_text(encoding="utf-8")))}
    assert found == {}


def test_every_gui_module_belongs_to_exactly_one_translation_area() -> None:
    owners: dict[str, list[str]] = {}
    for area, entries in i18ngen.AREAS.items():
        for entry in entries:
            path = ROOT / entry
            for module in (path.rglob("*.py") if path.is_dir() else [path]):
                owners.setdefault(str(module.relative_to(ROOT)), []).append(area)
    for module in _gui_modules():
        assert owners.get(str(module.relative_to(ROOT)), []) and len(owners[str(module.relative_to(ROOT))]) == 1, module
