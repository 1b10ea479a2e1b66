"""Compile ui/*.ui into zsdesk/gui/forms/ui_*.py with pyside6-uic.

    uv run --frozen python -m zsdesk.gui.formgen          # write the compiled forms
    uv run --frozen python -m zsdesk.gui.formgen --check  # exit 1 when one is stale
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "forms"

_UIC = "import sys; from PySide6.scripts.pyside_tool import uic; sys.argv[0] = 'pyside6-uic'; sys.exit(uic())"


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_one(ui_file: Path) -> str:
    out = subprocess.run([sys.executable, "-c", _UIC, str(ui_file)], capture_output=True, check=True)
    # uic names the source file in its header; keep only the base name so the output is
    # the same on every machine and checkout.
    return out.stdout.decode("utf-8").replace(str(ui_file), ui_file.name).replace("\r\n", "\n")


def stale_forms() -> list[str]:
    problems = []
    for ui in sorted(UI_DIR.glob("*.ui")):
        target = target_for(ui)
        if not target.exists() or target.read_text(encoding="utf-8") != compile_one(ui):
            problems.append(f"{target.relative_to(ROOT)} is stale; run python -m zsdesk.gui.formgen")
    expected = {target_for(ui).name for ui in UI_DIR.glob("*.ui")}
    for orphan in sorted(FORMS_DIR.glob("ui_*.py")):
        if orphan.name not in expected:
            problems.append(f"{orphan.relative_to(ROOT)} has no ui/*.ui source")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--check" in args:
        problems = stale_forms()
        print("\n".join(problems) or "all forms up to date")
        return 1 if problems else 0
    FORMS_DIR.mkdir(exist_ok=True)
    for ui in sorted(UI_DIR.glob("*.ui")):
        target_for(ui).write_text(compile_one(ui), encoding="utf-8", newline="\n")
        print(f"compiled {ui.name} -> {target_for(ui).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
