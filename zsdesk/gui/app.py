"""GUI entry point. The main window arrives with the GUI shell issue."""

from __future__ import annotations


def run_gui() -> int:
    import sys

    print("zsdesk 图形界面尚未包含在此版本中；请使用 `zsdesk doctor` 检查环境。", file=sys.stderr)
    return 2
