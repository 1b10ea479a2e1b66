"""`zsdesk-registry`: run the sandbox registry (serve), prepare its database (seed), export the
protocol document (openapi) and act as the registry center (center ...)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence

from zsdesk.paths import app_paths
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.settings import ServerSettings

DB_ENV = "ZSDESK_REGISTRY_DB"


def default_db_url() -> str:
    env = os.environ.get(DB_ENV)
    if env:
        return env
    paths = app_paths().ensure()
    return f"sqlite:///{paths.sandbox_database}"


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, help=f"SQLAlchemy URL（默认 ${DB_ENV} 或数据目录下的 SQLite 文件）")


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from zsdesk.registry.server.app import create_app

    settings = ServerSettings(db_url=args.db or default_db_url(), training=args.training,
                              sandbox=args.sandbox or args.training,
                              auto_approve_delay_s=args.auto_approve_delay)
    app = create_app(settings)
    if args.training:
        print("练习环境（沙盒登记中心）：数据不具法律效力。", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def _seed(args: argparse.Namespace) -> int:
    db = Database(args.db or default_db_url())
    db.create_all()
    try:
        from zsdesk.registry.server import register_seed  # helper D's synthetic property register
    except ImportError:
        print("数据表已创建（房产登记簿模块尚未提供）。")
        return 0
    seed_fn: Callable[..., object] | None = getattr(register_seed, "seed_register", None)
    if seed_fn is None:
        print("数据表已创建（register_seed 无 seed_register 函数）。")
        return 0
    with db.session() as session:
        result = seed_fn(session, seed=args.seed, count=args.count)
        session.commit()
    print(f"数据表已创建，房产登记簿已生成：{result}")
    db.dispose()
    return 0


def _openapi(_args: argparse.Namespace) -> int:
    from zsdesk.registry.server.app import create_app

    app = create_app(ServerSettings(db_url="sqlite://", create_tables=False))
    sys.stdout.write(openapi_text(app.openapi()))
    return 0


def openapi_text(schema: dict[str, object]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zsdesk-registry", description="沙盒登记中心（中山市存量房网签备案）")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="启动沙盒登记中心")
    _add_db(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--training", action="store_true", help="练习环境：演示账号、提交后自动审核通过")
    serve.add_argument("--sandbox", action="store_true", help="开放 /api/v1/_sandbox 测试接口（时钟、短信）")
    serve.add_argument("--auto-approve-delay", type=float, default=5.0, help="练习环境自动审核的延迟（秒）")
    serve.add_argument("--log-level", default="info")
    serve.set_defaults(func=_serve)

    seed = sub.add_parser("seed", help="建表并生成合成房产登记簿")
    _add_db(seed)
    seed.add_argument("--seed", type=int, default=20261124)
    seed.add_argument("--count", type=int, default=2000)
    seed.set_defaults(func=_seed)

    openapi = sub.add_parser("openapi", help="输出协议文档（OpenAPI JSON）")
    openapi.set_defaults(func=_openapi)

    from zsdesk.registry.server.center_cli import add_center_commands

    add_center_commands(sub, _add_db, default_db_url)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    return func(args)




if __name__ == "__main__":
    sys.exit(main())
