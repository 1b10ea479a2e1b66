"""练习环境 (training mode): what a new agency does before and around the app, done in the app
against the sandbox registry — register a 统一身份认证 account, have the "center" open the agency's
net-sign account, read the texts the registry sends, play the center's reviewer, move the clock to
watch the 24-hour draft rule, and bring the embedded sandbox back when it died.

Every function here is a network call (run it off the GUI thread) except `available`, `embedded`
and `sandbox_stopped`, which only look at the app's own state. None of it exists against a real
registry: `available` is False there and the GUI builds none of these screens."""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from zsdesk.domain.enums import IdType
from zsdesk.domain.errors import Issue, RuleError
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.identity import validate_id
from zsdesk.domain.masking import mask_phone
from zsdesk.domain.uscc import normalize_uscc, validate_uscc
from zsdesk.registry.schemas.accounts import UnifiedRegistration
from zsdesk.services.app_context import AppContext
from zsdesk.services.connection import access
from zsdesk.services.errors import ServiceError
from zsdesk.services.progress import Progress

log = logging.getLogger(__name__)

def china_time(value: datetime) -> str:
    # The lists' China-time formatter; imported on use (it brings the cache and sync modules along).
    from zsdesk.services.contract_detail import china_time as shown

    return shown(value)


def available(ctx: AppContext) -> bool:
    """The 练习环境 screens exist only when connected to a training sandbox."""
    return bool(ctx.training)


def embedded(ctx: AppContext) -> bool:
    """The sandbox is the app's own child process (it can be restarted from the app)."""
    from zsdesk.services.sandbox_process import SandboxProcess

    return isinstance(ctx.sandbox, SandboxProcess)


def sandbox_stopped(ctx: AppContext) -> bool:
    """The embedded sandbox's process has exited (a waitpid, no network: fine on any thread)."""
    from zsdesk.services.sandbox_process import SandboxProcess

    sandbox = ctx.sandbox
    return isinstance(sandbox, SandboxProcess) and not sandbox.alive


# 统一身份认证 · 法人账号注册 ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RegistrationField:
    key: str
    label: str
    hint: str = ""
    secret: bool = False


# The platform's registration page (guide, 二（一）4): 账号信息 and 法人信息, all required.
REGISTRATION_FIELDS: tuple[RegistrationField, ...] = (
    RegistrationField("login", QT_TRANSLATE_NOOP("labels", "法人登录账号"),
                      QT_TRANSLATE_NOOP("labels", "3–64 位字母、数字或 _ . @ -，登录时使用")),
    RegistrationField("password", QT_TRANSLATE_NOOP("labels", "登录密码"),
                      QT_TRANSLATE_NOOP("labels", "至少 8 位"), secret=True),
    RegistrationField("password_again", QT_TRANSLATE_NOOP("labels", "确认密码"), secret=True),
    RegistrationField("company_name", QT_TRANSLATE_NOOP("labels", "单位/企业名称"),
                      QT_TRANSLATE_NOOP("labels", "与营业执照完全一致的公司全称")),
    RegistrationField("uscc", QT_TRANSLATE_NOOP("labels", "单位/企业证件号码"),
                      QT_TRANSLATE_NOOP("labels", "统一社会信用代码，18 位")),
    RegistrationField("address", QT_TRANSLATE_NOOP("labels", "证件地址")),
    RegistrationField("legal_rep_name", QT_TRANSLATE_NOOP("labels", "法定代表人姓名")),
    RegistrationField("legal_rep_id_number", QT_TRANSLATE_NOOP("labels", "法定代表人证件号码"),
                      QT_TRANSLATE_NOOP("labels", "居民身份证号码")),
)
_LABELS = {f.key: f.label for f in REGISTRATION_FIELDS}
_LOGIN = re.compile(r"[A-Za-z0-9_.@-]{3,64}", re.ASCII)


def _required(key: str) -> Issue:
    return Issue(key, "REQUIRED", msg(QT_TRANSLATE_NOOP("messages", "请填写「{label}」。"), label=_LABELS[key]))


def validate_registration(values: dict[str, str]) -> list[Issue]:
    """What the platform would refuse, field by field, before anything is sent."""
    issues: list[Issue] = []
    for spec in REGISTRATION_FIELDS:
        if not values.get(spec.key, "").strip():
            issues.append(_required(spec.key))
    missing = {i.field for i in issues}
    login = values.get("login", "").strip()
    if "login" not in missing and not _LOGIN.fullmatch(login):
        issues.append(Issue("login", "LOGIN_FORMAT", msg(QT_TRANSLATE_NOOP(
            "messages", "「{label}」只能用 3–64 位字母、数字或 _ . @ -。"), label=_LABELS["login"])))
    password = values.get("password", "")
    if "password" not in missing and len(password) < 8:
        issues.append(Issue("password", "PASSWORD_SHORT", msg(QT_TRANSLATE_NOOP(
            "messages", "「{label}」至少 8 位。"), label=_LABELS["password"])))
    if "password_again" not in missing and values.get("password_again", "") != password:
        issues.append(Issue("password_again", "PASSWORD_MISMATCH", msg(QT_TRANSLATE_NOOP(
            "messages", "两次输入的密码不一致，请重新输入「{label}」。"), label=_LABELS["password_again"])))
    if "uscc" not in missing:
        issues += validate_uscc(values["uscc"], "uscc")
    if "legal_rep_id_number" not in missing:
        issues += validate_id(IdType.RESIDENT_ID, values["legal_rep_id_number"].strip(), "legal_rep_id_number")
    return [i for i in issues if i.is_error]


def practice_numbers() -> tuple[str, str]:
    """A made-up 统一社会信用代码 and 居民身份证号码 with valid check digits, for a trainee who has no
    licence at hand (practice data has no legal effect; the sandbox refuses a code already used)."""
    from stdnum.cn import ric
    from stdnum.cn import uscc as stdnum_uscc

    body = "9144200" + "".join(secrets.choice("0123456789") for _ in range(3)) + "".join(
        secrets.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
    person = f"442000{secrets.randbelow(30) + 1970}{secrets.randbelow(12) + 1:02d}{secrets.randbelow(28) + 1:02d}" \
             f"{secrets.randbelow(1000):03d}"
    return body + stdnum_uscc.calc_check_digit(body), person + ric.calc_check_digit(person + "0")


@dataclass(frozen=True, slots=True)
class RegisteredAccount:
    login: str
    company_name: str
    uscc: str


def register_account(ctx: AppContext, values: dict[str, str]) -> RegisteredAccount:
    """法人账号注册 at the sandbox's unified-identity platform. Raises RuleError (all local findings)
    or the registry's refusal (e.g. the login is taken), each naming its field."""
    issues = validate_registration(values)
    if issues:
        raise RuleError(issues)
    body = UnifiedRegistration(
        login=values["login"].strip(), password=values["password"], company_name=values["company_name"].strip(),
        uscc=normalize_uscc(values["uscc"]), address=values["address"].strip(),
        legal_rep_name=values["legal_rep_name"].strip(),
        legal_rep_id_number=values["legal_rep_id_number"].strip().upper())
    out = access(ctx).client.register(body)
    log.info("training: unified account registered")
    return RegisteredAccount(out.login, out.company_name, out.uscc)


# 练习：新建中介机构 -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TrainingAgency:
    """What the center hands over when it opens an agency's net-sign account."""

    name: str
    uscc: str
    netsign_login: str
    initial_password: str


def open_agency(ctx: AppContext, name: str, uscc: str) -> TrainingAgency:
    """The sandbox, as the center at its counter, opens the agency's net-sign account."""
    if not name.strip():
        raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "请填写「{label}」。"), label=_LABELS["company_name"]),
                           field="company_name", code="REQUIRED")
    issues = validate_uscc(uscc, "uscc")
    if issues:
        raise RuleError(issues)
    out = access(ctx).sandbox.open_agency(name.strip(), normalize_uscc(uscc))
    return TrainingAgency(out.name, out.uscc, out.netsign_login, out.initial_password)


# 短信 ----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SmsText:
    sent_at: str       # China time
    phone: str         # masked: the list is on screen
    text: str


def sms_inbox(ctx: AppContext) -> list[SmsText]:
    """The texts the sandbox sent (staff passwords on approval), newest first."""
    texts = access(ctx).sandbox.sms()
    return [SmsText(china_time(t.sent_at), mask_phone(t.phone), t.text) for t in reversed(texts)]


# 审核 ----------------------------------------------------------------------------------------

REVIEW_KINDS = ("enterprise", "staff")
KIND_LABELS = {"enterprise": QT_TRANSLATE_NOOP("labels", "企业信息核查"),
               "staff": QT_TRANSLATE_NOOP("labels", "从业人员添加")}


@dataclass(frozen=True, slots=True)
class ReviewItem:
    kind: str            # enterprise | staff
    item_id: int
    agency_name: str
    title: str
    submitted_at: str    # China time

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def review_queue(ctx: AppContext) -> list[ReviewItem]:
    """The center's queue: submitted enterprise records and staff applications, oldest first.
    (Cancellations are completed at the counter with both parties present: not reviewed here.)"""
    return [ReviewItem(p.kind, p.id, p.agency_name, p.title, china_time(p.submitted_at) if p.submitted_at else "")
            for p in access(ctx).sandbox.pending() if p.kind in REVIEW_KINDS]


def approve(ctx: AppContext, item: ReviewItem) -> None:
    """审核通过. A staff member's password then goes out by SMS."""
    sandbox = access(ctx).sandbox
    if item.kind == "enterprise":
        sandbox.approve_enterprise(item.item_id)
    else:
        sandbox.approve_staff(item.item_id)


def reject(ctx: AppContext, item: ReviewItem, reason: str) -> None:
    """审核不通过, with the reason the agency reads."""
    text = reason.strip()
    if not text:
        raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "驳回需要填写「驳回原因」，机构按原因修改后重新提交。")),
                           field="reason", code="REASON_REQUIRED")
    sandbox = access(ctx).sandbox
    if item.kind == "enterprise":
        sandbox.reject_enterprise(item.item_id, text)
    else:
        sandbox.reject_staff(item.item_id, text)


# 时钟与自动审核 --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SandboxState:
    now: str                  # the sandbox's time, China time
    offset: timedelta         # ahead of the real time by
    auto_approve: bool
    auto_approve_delay_s: float


def sandbox_state(ctx: AppContext) -> SandboxState:
    sandbox = access(ctx).sandbox
    clock = sandbox.clock()
    auto = sandbox.auto_approve()
    return SandboxState(china_time(clock.now), timedelta(seconds=clock.offset_s), auto.enabled, auto.delay_s)


def advance_clock(ctx: AppContext, hours: float) -> SandboxState:
    """Move the sandbox's clock on and run its periodic work at once (the 24-hour sweep), so a
    draft past its lifetime is gone by the time the lists are read again. The signed-in session
    moves with the clock: the trainee stays logged in."""
    sandbox = access(ctx).sandbox
    sandbox.advance_clock(hours * 3600)
    sandbox.tick()
    return sandbox_state(ctx)


def reset_clock(ctx: AppContext) -> SandboxState:
    """Back to the real time."""
    sandbox = access(ctx).sandbox
    sandbox.set_clock_offset(0)
    sandbox.tick()
    return sandbox_state(ctx)


def set_auto_approve(ctx: AppContext, enabled: bool) -> SandboxState:
    access(ctx).sandbox.set_auto_approve(enabled)
    return sandbox_state(ctx)


# 重启练习环境 ---------------------------------------------------------------------------------

def restart_sandbox(ctx: AppContext, progress: Progress) -> str:
    """Start the embedded sandbox again on the same database (every account, record and text is
    still there; the clock is back at the real time). At its old address when that is free, so
    the signed-in session carries on; elsewhere the app's client follows it. Returns the URL."""
    from zsdesk.services.registry_access import RegistryAccess
    from zsdesk.services.sandbox import SandboxStartError
    from zsdesk.services.sandbox_process import SandboxProcess

    old = ctx.sandbox
    if not isinstance(old, SandboxProcess):
        raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "只有本机练习环境可以在程序中重启。")),
                           code="NOT_EMBEDDED")
    progress.step(0, 2, QT_TRANSLATE_NOOP("labels", "正在重启本机练习环境…"))
    old_url = old.url
    old.stop()
    port = int(old_url.rsplit(":", 1)[1]) if old_url.count(":") == 2 else 0
    fresh = SandboxProcess(old.database, old.log_file)
    try:
        url = fresh.start(port=port)
    except SandboxStartError:
        if not port:
            raise
        log.info("old sandbox port taken; restarting on a free one")
        url = fresh.start()
    ctx.sandbox = fresh
    client = ctx.client
    if isinstance(client, RegistryAccess):
        if client.base_url != url:
            client.retarget(url)
    else:
        ctx.client = RegistryAccess(url)
    ctx.registry_url = url
    progress.step(1, 2, QT_TRANSLATE_NOOP("labels", "正在检查登记中心…"))
    access(ctx).health()
    ctx.mark_online(True)
    return url
