"""`zsdesk` command line: starts the app; `--version` and `doctor` work without a screen."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _doctor() -> int:
    from zsdesk.doctor import collect

    for label, value in collect():
        print(f"{label:<20} {value}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args_given = sys.argv[1:] if argv is None else list(argv)
    if not args_given:      # the everyday start: straight to the GUI, no argument parser to build
        from zsdesk.gui.app import run_gui

        return run_gui()
    import argparse

    parser = argparse.ArgumentParser(prog="zsdesk", description="中山市存量房网签备案（中介网签）客户端")
    # A flag, not argparse's version action: the version is looked up only when asked for.
    parser.add_argument("--version", action="store_true", help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("doctor", help="检查运行环境（数据目录、数据库、密钥环、Qt）")
    # Not in --help: a support and CI tool (checks a frozen bundle is complete), see zsdesk/selftest.py.
    selftest = sub.add_parser("selftest")
    selftest.add_argument("checks", nargs="*", help="only these checks (default: all)")
    # Not in --help either: the training registry the app starts as its child (sandbox_process).
    serve = sub.add_parser("sandbox-serve")
    serve.add_argument("--db", required=True)
    serve.add_argument("--url-file", required=True)
    serve.add_argument("--parent-pid", type=int, default=0)
    serve.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    if args.version:
        from zsdesk import __version__

        print(f"zsdesk {__version__}")
        return 0
    if args.command == "doctor":
        return _doctor()
    if args.command == "selftest":
        from zsdesk.selftest import run

        return run(args.checks or None)
    if args.command == "sandbox-serve":
        from pathlib import Path

        from zsdesk.services.sandbox_process import serve as serve_sandbox

        return serve_sandbox(Path(args.db), Path(args.url_file), args.parent_pid, args.port)
    from zsdesk.gui.app import run_gui

    return run_gui()


if __name__ == "__main__":
    sys.exit(main())
