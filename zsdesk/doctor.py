"""Environment report for `zsdesk doctor`: what a support call needs to know first."""

from __future__ import annotations

import platform
import sys

from zsdesk import __version__
from zsdesk.paths import app_paths


def _qt_platforms() -> str:
    try:
        from importlib.util import find_spec

        spec = find_spec("PySide6")
        if spec is None or not spec.submodule_search_locations:
            return "PySide6 未安装"
        from pathlib import Path

        plugins = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"
        names = sorted(p.name.split(".")[0].removeprefix("libq").removeprefix("q")
                       for p in plugins.glob("*") if p.is_file())
        from importlib.metadata import version

        return f"PySide6 {version('PySide6-Essentials')}; platforms: {', '.join(names) or '无'}"
    except Exception as exc:  # doctor reports, never crashes
        return f"不可用（{exc}）"


def collect() -> list[tuple[str, str]]:
    paths = app_paths()
    rows: list[tuple[str, str]] = [
        ("zsdesk", __version__),
        ("python", f"{sys.version.split()[0]} ({platform.system()} {platform.machine()})"),
        ("data dir", str(paths.data_dir)),
        ("log file", str(paths.log_file)),
        ("database", str(paths.database)),
    ]
    rows.extend(_store_rows(paths.database))
    rows.append(("qt", _qt_platforms()))
    return rows


def _store_rows(database: object) -> list[tuple[str, str]]:
    """Schema version and keyring status; filled in by the store (see zsdesk.store.status)."""
    try:
        from zsdesk.store.status import status_rows
    except ImportError:
        return [("schema", "未知（存储模块未就绪）")]
    return status_rows()
