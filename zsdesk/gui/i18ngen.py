"""Update the translation sources (i18n/en/*.ts) and compile them into the shipped .qm.

    uv run --frozen python -m zsdesk.gui.i18ngen          # lupdate every area, then lrelease
    uv run --frozen python -m zsdesk.gui.i18ngen --check  # exit 1 when a .ts or the .qm is stale
    uv run --frozen python -m zsdesk.gui.i18ngen --area AREA  # only that area's .ts (and the .qm)
    uv run --frozen python -m zsdesk.gui.i18ngen --export AREA > todo.json   # unfinished, as JSON
    uv run --frozen python -m zsdesk.gui.i18ngen --import AREA done.json     # fill them in

One .ts per area of the code so that translators (and parallel work) touch separate files;
lrelease merges them into one zsdesk_<lang>.qm. Locations are left out of the .ts files, so they
change only when a marked string changes, not when code moves.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from zsdesk.services.app_settings import UI_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "zsdesk" / "resources" / "i18n"
SOURCE_LANGUAGE = UI_LANGUAGES[0]      # the text in the code is the Chinese UI: no catalogue for it
TARGET_LANGUAGES = UI_LANGUAGES[1:]

_GUI = "zsdesk/gui"
_DOMAIN_IDS = ("identity", "property_numbers", "uscc", "contact")
# Area → sources (files or directories, relative to the repository root). Every GUI module
# belongs to exactly one area (a test checks it).
AREAS: dict[str, tuple[str, ...]] = {
    "shell": ("ui", *(f"{_GUI}/{name}.py" for name in (
        "app", "controller", "login_window", "main_window", "navigation", "about_dialog",
        "settings_dialog", "binding_dialog", "reauth_dialog", "queued_dialog", "guide_dialog",
        "errors", "offline_reconnect", "background_sync", "operations", "logs", "warmup",
        "qt_selftest", "i18n", "__init__", "formgen", "i18ngen", "single_instance", "gui_thread_gc"))),
    "agency": (f"{_GUI}/pages", f"{_GUI}/widgets", f"{_GUI}/staff_dialog.py",
               f"{_GUI}/contract_list_model.py"),
    "contracts": (f"{_GUI}/contract_wizard", f"{_GUI}/contract_change_dialog.py",
                  f"{_GUI}/cancellation_dialog.py", f"{_GUI}/contract_detail.py",
                  f"{_GUI}/power_of_attorney_dialog.py"),
    "printing": (f"{_GUI}/printing",),
    "training": (f"{_GUI}/training",),
    # Outside the GUI: fixed labels (context "labels") and messages made with msg() ("messages").
    "domain_ids": tuple(f"zsdesk/domain/{name}.py" for name in _DOMAIN_IDS),
    "domain": tuple(str(p.relative_to(ROOT)) for p in sorted((ROOT / "zsdesk" / "domain").glob("*.py"))
                    if p.stem not in _DOMAIN_IDS),
    "services": ("zsdesk/services",),
    "client": ("zsdesk/registry/exceptions.py", "zsdesk/registry/transport.py", "zsdesk/registry/rules",
               "zsdesk/store/keys.py"),
    "registry_server": ("zsdesk/registry/server",),
}

_TOOL = "import sys; from PySide6.scripts.pyside_tool import {0}; sys.argv[0] = 'pyside6-{0}'; sys.exit({0}())"


def _sources(area: str) -> list[str]:
    files: list[str] = []
    for entry in AREAS[area]:
        path = ROOT / entry
        if path.is_dir():
            files += sorted(str(p) for p in path.rglob("*") if p.suffix in {".py", ".ui"}
                            and "__pycache__" not in p.parts)
        elif path.exists():
            files.append(str(path))
    return files


def ts_file(area: str, language: str, base: Path = TS_DIR) -> Path:
    return base / language / f"{area}.ts"


def qm_file(language: str, base: Path = QM_DIR) -> Path:
    return base / f"zsdesk_{language}.qm"


def _run(tool: str, args: list[str]) -> None:
    subprocess.run([sys.executable, "-c", _TOOL.format(tool), *args], check=True, capture_output=True)


def update_ts(area: str, language: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    _run("lupdate", [*_sources(area), "-no-obsolete", "-locations", "none", "-silent",
                     "-source-language", SOURCE_LANGUAGE, "-target-language", language, "-ts", str(target)])


def release(language: str, ts_files: list[Path], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    _run("lrelease", [*map(str, ts_files), "-silent", "-qm", str(target)])


# Qt's own strings that qtbase_zh_CN leaves in English: kept by hand (Qt's sources, not ours), only compiled.
QT_GAPS_TS = TS_DIR / "zh_CN" / "qtbase_gaps.ts"


def qt_gaps_qm(base: Path = QM_DIR) -> Path:
    return base / "qtbase_gaps_zh_CN.qm"


def stale() -> list[str]:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        release("zh_CN", [QT_GAPS_TS], qt_gaps_qm(work))
        if not qt_gaps_qm().exists() or qt_gaps_qm().read_bytes() != qt_gaps_qm(work).read_bytes():
            problems.append(f"{qt_gaps_qm().relative_to(ROOT)} is stale; run python -m zsdesk.gui.i18ngen")
        for language in TARGET_LANGUAGES:
            fresh_ts = []
            for area in AREAS:
                committed = ts_file(area, language)
                copy = ts_file(area, language, work)
                copy.parent.mkdir(parents=True, exist_ok=True)
                if committed.exists():
                    shutil.copy(committed, copy)
                update_ts(area, language, copy)
                fresh_ts.append(copy)
                if not committed.exists() or committed.read_bytes() != copy.read_bytes():
                    problems.append(f"{committed.relative_to(ROOT)} is stale; run python -m zsdesk.gui.i18ngen")
            release(language, fresh_ts, qm_file(language, work))
            shipped = qm_file(language)
            if not shipped.exists() or shipped.read_bytes() != qm_file(language, work).read_bytes():
                problems.append(f"{shipped.relative_to(ROOT)} is stale; run python -m zsdesk.gui.i18ngen")
    return problems


def unfinished(area: str, language: str = "en") -> dict[str, dict[str, str]]:
    """{context: {source: ""}} for every message still without a finished translation."""
    todo: dict[str, dict[str, str]] = {}
    for context in ET.parse(ts_file(area, language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or ""):
                todo.setdefault(name, {})[message.findtext("source") or ""] = ""
    return todo


def fill(area: str, done: dict[str, dict[str, str]], language: str = "en") -> int:
    """Write the given translations into the area's .ts (then lupdate re-normalises it)."""
    path = ts_file(area, language)
    tree = ET.parse(path)
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = done.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source") or "", "")
            translation = message.find("translation")
            if text and translation is not None:
                translation.text = text
                translation.attrib.pop("type", None)
                count += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    update_ts(area, language, path)
    return count


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--export"]:
        print(json.dumps(unfinished(args[1]), ensure_ascii=False, indent=1))
        return 0
    if args[:1] == ["--import"]:
        done = json.loads(Path(args[2]).read_text(encoding="utf-8"))
        print(f"filled {fill(args[1], done)} translations")
        return main(["--area", args[1]])
    if "--check" in args:
        problems = stale()
        print("\n".join(problems) or "all translations up to date")
        return 1 if problems else 0
    areas = [args[1]] if args[:1] == ["--area"] else list(AREAS)
    for language in TARGET_LANGUAGES:
        for area in areas:
            update_ts(area, language, ts_file(area, language))
            print(f"updated {ts_file(area, language).relative_to(ROOT)}")
        release(language, [ts_file(a, language) for a in AREAS], qm_file(language))
        print(f"compiled {qm_file(language).relative_to(ROOT)}")
    release("zh_CN", [QT_GAPS_TS], qt_gaps_qm())
    return 0


if __name__ == "__main__":
    sys.exit(main())
