"""services/training against the embedded sandbox child the app starts (no registry configured):
registration refuses bad input field by field, the center's hand-over binds, the review queue and
SMS inbox follow a staff approval, the clock moves and comes back, and a killed child is noticed
and restarted at its old address with the session intact."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest
from stdnum.cn import ric, uscc

from zsdesk.domain.errors import RuleError
from zsdesk.paths import app_paths
from zsdesk.registry.exceptions import RegistryError
from zsdesk.services import connection, session, training
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_settings import AppSettings
from zsdesk.services.errors import ServiceError
from zsdesk.services.progress import Progress
from zsdesk.services.sandbox_process import SandboxProcess


def _uscc(n: int) -> str:
    body = f"914420009{n:08d}"
    return body + uscc.calc_check_digit(body)


def _ric(n: int) -> str:
    body = f"44200019850505{n % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


@pytest.fixture
def ctx() -> Iterator[AppContext]:
    context = AppContext(app_paths().ensure(), AppSettings())
    assert context.settings.uses_sandbox
    connection.connect(context, Progress())
    yield context
    connection.disconnect(context)


def _form(n: int, **over: str) -> dict[str, str]:
    values = {"login": f"trainee{n}", "password": "Passw0rd!", "password_again": "Passw0rd!",
              "company_name": f"中山市学员{n}号房地产经纪有限公司", "uscc": _uscc(n), "address": "中山市东区",
              "legal_rep_name": "赵六", "legal_rep_id_number": _ric(n)}
    values.update(over)
    return values


def test_registration_refuses_field_by_field() -> None:
    issues = training.validate_registration(_form(1, login="a", password_again="other", uscc=_uscc(1)[:-1] + "0",
                                                  address=" "))
    fields = {i.field for i in issues}
    assert {"login", "password_again", "uscc", "address"} <= fields
    assert all(i.message for i in issues)
    assert training.validate_registration(_form(1)) == []


def test_day_one_through_the_service(ctx: AppContext) -> None:
    assert training.available(ctx) and training.embedded(ctx) and not training.sandbox_stopped(ctx)
    with pytest.raises(RuleError):
        training.register_account(ctx, _form(2, password="short", password_again="short"))
    account = training.register_account(ctx, _form(2))
    with pytest.raises(RegistryError) as taken:
        training.register_account(ctx, _form(2))
    assert taken.value.field == "login" and taken.value.code == "LOGIN_TAKEN"

    agency = training.open_agency(ctx, account.company_name, account.uscc)
    assert agency.netsign_login == account.company_name and agency.initial_password == "123456"
    outcome = session.login(ctx, account.login, "Passw0rd!", remember=False)
    assert outcome.needs_binding
    bound = session.bind(ctx, agency.netsign_login, agency.initial_password)
    assert bound.agency_name == account.company_name

    state = training.set_auto_approve(ctx, False)
    assert state.auto_approve is False
    moved = training.advance_clock(ctx, 24)
    assert moved.offset.total_seconds() == 24 * 3600
    assert connection.access(ctx).client.me().agency_name == account.company_name   # still signed in
    assert training.reset_clock(ctx).offset.total_seconds() == 0

    with pytest.raises(ServiceError) as no_reason:
        training.reject(ctx, training.ReviewItem("staff", 1, "", "", ""), "  ")
    assert no_reason.value.field == "reason"

    # the child dies; the app notices without a network call and brings it back at the same address
    url = ctx.registry_url
    sandbox = ctx.sandbox
    assert isinstance(sandbox, SandboxProcess)
    assert sandbox.pid is not None
    os.kill(sandbox.pid, signal.SIGKILL)
    sandbox._proc.wait(10)  # type: ignore[union-attr]   # reaped, as it will be by the time anyone looks
    assert training.sandbox_stopped(ctx)
    assert training.restart_sandbox(ctx, Progress()) == url
    assert not training.sandbox_stopped(ctx)
    assert connection.access(ctx).client.me().agency_name == account.company_name   # the session carried on
    assert training.sandbox_state(ctx).auto_approve is False                       # kept in its database

