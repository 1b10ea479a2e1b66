"""Tests and product code never read outside the repository: what they need ships in it (a fresh clone
has no ../shared beside it)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_PARENTS = re.compile(r"Path\(__file__\)\.resolve\(\)\.parents\[(\d+)\]")


def _python_files() -> list[Path]:
    this = Path(__file__).resolve()      # its own examples below climb out on purpose
    return [p for top in ("zsdesk", "tests", "bench") for p in (ROOT / top).rglob("*.py")
            if "forms" not in p.parts and p.resolve() != this]


def _climbs_out(source_file: Path, text: str) -> list[str]:
    """`Path(__file__).resolve().parents[N]` above the root, and path strings that step out of it."""
    found = [m.group(0) for m in _PARENTS.finditer(text)
             if not source_file.parents[int(m.group(1))].is_relative_to(ROOT)]
    tree = ast.parse(text)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    found += [node.value for node in ast.walk(tree)
              if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
              and (node.value.startswith("../") or "shared/seed" in node.value)]
    return found


def test_no_code_or_test_reads_outside_the_repository() -> None:
    offenders = {str(p.relative_to(ROOT)): hits for p in _python_files()
                 if (hits := _climbs_out(p, p.read_text(encoding="utf-8")))}
    assert offenders == {}


def test_the_check_sees_a_path_that_climbs_out(tmp_path: Path) -> None:
    deep = ROOT / "tests" / "x.py"       # not written: only its position in the tree matters
    assert _climbs_out(deep, 'SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "a.txt"\n')
    assert _climbs_out(deep, 'GUIDE = "../shared/seed/000.txt"\n')
    assert not _climbs_out(deep, 'DOC = Path(__file__).resolve().parents[1] / "docs"\n')
    assert not _climbs_out(deep, '"""Run as ../shared/tools/screenshot.sh OUT.png"""\n')
