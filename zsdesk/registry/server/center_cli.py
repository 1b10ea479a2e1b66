"""`zsdesk-registry center ...`: the registry center's review actions from a terminal."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.db import Database
from zsdesk.registry.server.models.accounts import SmsMessage
from zsdesk.registry.server.problems import ApiError

AddDb = Callable[[argparse.ArgumentParser], None]


def add_center_commands(sub: Any, add_db: AddDb, default_db_url: Callable[[], str]) -> None:
    center = sub.add_parser("center", help="交易中心操作（审核、开户、短信）")
    csub = center.add_subparsers(dest="center_command", required=True)

    def cmd(name: str, help_: str, fn: Callable[[Database, Clock, argparse.Namespace], int]) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = csub.add_parser(name, help=help_)
        add_db(p)

        def run(args: argparse.Namespace) -> int:
            db = Database(args.db or default_db_url())
            db.create_all()
            try:
                return fn(db, Clock(), args)
            except ApiError as e:
                print(f"失败：{e.detail}（{e.code}）")
                return 1
            finally:
                db.dispose()

        p.set_defaults(func=run)
        return p

    p = cmd("create-agency", "开通中介机构网签账号（初始密码 123456）", _create_agency)
    p.add_argument("name", help="机构全称（与营业执照一致）")
    p.add_argument("uscc", help="统一社会信用代码")
    p.add_argument("--password", default="123456")

    cmd("sms", "显示短信发件箱（沙盒）", _sms)

    cmd("list-pending", "列出待审核的企业信息、从业人员申请和注销申请", _list_pending)
    p = cmd("approve-enterprise", "企业信息核查：审核通过", _approve_enterprise)
    p.add_argument("id", type=int, help="企业信息核查记录编号（list-pending 中的 id）")
    p = cmd("reject-enterprise", "企业信息核查：审核不通过", _reject_enterprise)
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True, help="不通过原因（机构可见）")
    p = cmd("approve-staff", "从业人员：审核通过（开通账号并短信发送密码）", _approve_staff)
    p.add_argument("id", type=int, help="从业人员申请编号（list-pending 中的 id）")
    p = cmd("reject-staff", "从业人员：审核不通过", _reject_staff)
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True, help="不通过原因（机构可见）")

    cmd("cancellations", "列出待办理的注销网签备案申请", _cancellations)
    p = cmd("complete-cancellation", "完成注销网签备案（买卖双方已到场），房屋恢复可售", _complete_cancellation)
    p.add_argument("contract", help="合同 id、合同编号（HT…）或备案号（CL…）")


def _create_agency(db: Database, clock: Clock, args: argparse.Namespace) -> int:
    from zsdesk.registry.server.center import create_agency

    with db.session() as session:
        agency = create_agency(session, clock, args.name, args.uscc, args.password)
        session.commit()
        print(f"已开通中介机构网签账号：{agency.name}（机构编号 {agency.id}），初始密码 {args.password}")
    return 0


def _sms(db: Database, _clock: Clock, _args: argparse.Namespace) -> int:
    with db.session() as session:
        rows = session.scalars(select(SmsMessage).order_by(SmsMessage.id)).all()
        for m in rows:
            print(f"{m.created_at:%Y-%m-%d %H:%M}  {m.phone}  {m.text}")
        if not rows:
            print("短信发件箱为空。")
    return 0


def _cancellations(db: Database, _clock: Clock, _args: argparse.Namespace) -> int:
    from zsdesk.registry.server.contracts_service import pending_cancellations

    with db.session() as session:
        rows = pending_cancellations(session)
        for c in rows:
            print(f"{c.filing_no}  {c.contract_no}  {c.address}  甲方：{'、'.join(c.seller_names)}  "
                  f"乙方：{'、'.join(c.buyer_names)}  id={c.id}")
        if not rows:
            print("没有待办理的注销申请。")
    return 0


def _complete_cancellation(db: Database, clock: Clock, args: argparse.Namespace) -> int:
    from zsdesk.registry.server import contracts_service

    with db.session() as session:
        contract_id = contracts_service.resolve_contract_ref(session, args.contract)
        contracts_service.complete_cancellation(session, contract_id, clock.now())
        session.commit()
    print(f"已注销网签备案（合同 id {contract_id}），房屋恢复可售。")
    return 0


def _list_pending(db: Database, _clock: Clock, _args: argparse.Namespace) -> int:
    from zsdesk.registry.server.areas import DEFAULT_PENDING_SOURCES
    from zsdesk.registry.server.center import list_pending

    with db.session() as session:
        items = list_pending(session, DEFAULT_PENDING_SOURCES)
    for item in items:
        when = f"{item.submitted_at:%Y-%m-%d %H:%M}" if item.submitted_at else "-"
        print(f"{item.kind:<12} {item.id!s:<34} {when}  {item.title}（{item.agency_name}）")
    if not items:
        print("没有待审核事项。")
    return 0


def _review(db: Database, clock: Clock, action: Callable[..., Any], *args: Any) -> Any:
    with db.session() as session:
        result = action(session, clock, *args)
        session.commit()
        return result


def _approve_enterprise(db: Database, clock: Clock, args: argparse.Namespace) -> int:
    from zsdesk.registry.server.center import approve_enterprise

    _review(db, clock, approve_enterprise, args.id)
    print(f"企业信息核查 {args.id} 已审核通过。")
    return 0


def _reject_enterprise(db: Database, clock: Clock, args: argparse.Namespace) -> int:
    from zsdesk.registry.server.center import reject_enterprise

    _review(db, clock, reject_enterprise, args.id, args.reason)
    print(f"企业信息核查 {args.id} 审核不通过：{args.reason}")
    return 0


def _approve_staff(db: Database, clock: Clock, args: argparse.Namespace) -> int:
    from zsdesk.registry.server.center import approve_staff
    from zsdesk.registry.server.models.accounts import NetSignAccount

    with db.session() as session:
        member = approve_staff(session, clock, args.id)
        session.commit()
        account = session.get(NetSignAccount, member.account_id)
        login = account.login if account else "?"
    print(f"从业人员 {member.name} 已审核通过，网签登录账号 {login}，密码已短信发送（center sms 可查看）。")
    return 0


def _reject_staff(db: Database, clock: Clock, args: argparse.Namespace) -> int:
    from zsdesk.registry.server.center import reject_staff

    _review(db, clock, reject_staff, args.id, args.reason)
    print(f"从业人员申请 {args.id} 审核不通过：{args.reason}")
    return 0
