"""The agency's enterprise record (企业信息核查) on the registry side: read, save the draft, submit
for review. The center's decisions are in `center.py`, the shared views in `reviews.py`. Nothing here
commits: the route does (an idempotent submit through `run_idempotent`)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zsdesk.domain.enums import ReviewStatus
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.text import validate_text
from zsdesk.domain.uscc import normalize_uscc
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.rules.enterprise import enterprise_issues, enterprise_text_problems
from zsdesk.registry.schemas.enterprise import EnterpriseFields, EnterpriseOut, EnterpriseSubmit
from zsdesk.registry.schemas.materials import MaterialOwnerKind
from zsdesk.registry.server.auth import Principal
from zsdesk.registry.server.clock import Clock
from zsdesk.registry.server.models.accounts import Agency
from zsdesk.registry.server.models.materials import Material
from zsdesk.registry.server.problems import ApiError, raise_on_issues
from zsdesk.registry.server.reviews import EDITABLE, enterprise_out, enterprise_record, publish_enterprise
from zsdesk.registry.server.versioning import check_version


def _agency_id(who: Principal) -> int:
    assert who.agency_id is not None
    return who.agency_id


def read(session: Session, who: Principal, clock: Clock) -> EnterpriseOut:
    """The agency's record (created as an empty draft on first read). Staff may read it."""
    return enterprise_out(enterprise_record(session, _agency_id(who), clock))


def save(session: Session, who: Principal, body: EnterpriseFields, if_match: str | None,
         clock: Clock) -> EnterpriseOut:
    """Save the draft (保存). Needs If-Match with the version read; a rejected record becomes a
    draft again. Rules are checked on submit, so a half-filled form can be saved."""
    rec = enterprise_record(session, _agency_id(who), clock)
    check_version(rec.version, if_match)
    if rec.status not in EDITABLE:
        raise ApiError(409, ErrorCode.INVALID_STATE,
                       msg(QT_TRANSLATE_NOOP("messages", "企业信息当前状态为「{status}」，不能修改。"),
                           status=ReviewStatus(rec.status).label))
    # A half-filled form may be saved, but never with characters that could not be filed.
    raise_on_issues(enterprise_text_problems(body))
    now = clock.now()
    rec.data = body.model_dump(mode="json")
    rec.status = ReviewStatus.DRAFT.value
    rec.version += 1
    rec.updated_at = now
    publish_enterprise(session, rec, now)
    return enterprise_out(rec)


def submit(session: Session, who: Principal, body: EnterpriseSubmit, if_match: str | None,
           clock: Clock) -> EnterpriseOut:
    """提交 with a comment (提交意见, required). Checks every rule against the server's today and
    that at least one material (the business licence picture) is attached."""
    rec = enterprise_record(session, _agency_id(who), clock)
    check_version(rec.version, if_match, required=False)
    if rec.status not in EDITABLE:
        raise ApiError(409, ErrorCode.INVALID_STATE,
                       msg(QT_TRANSLATE_NOOP("messages", "企业信息当前状态为「{status}」，不能提交。"),
                           status=ReviewStatus(rec.status).label))
    comment = body.comment.strip()
    if not comment:
        raise ApiError(422, ErrorCode.COMMENT_REQUIRED,
                       msg(QT_TRANSLATE_NOOP("messages", "提交意见为必填项，请填写后再提交。")), "comment")
    raise_on_issues(validate_text(body.comment, "comment", QT_TRANSLATE_NOOP("labels", "提交意见"),
                                  multiline=True))
    fields = EnterpriseFields.model_validate(rec.data)
    raise_on_issues(enterprise_issues(fields, clock.today()))
    agency = session.get(Agency, rec.agency_id)
    assert agency is not None
    if normalize_uscc(fields.uscc or "") != agency.uscc:
        raise ApiError(422, ErrorCode.USCC_MISMATCH,
                       msg(QT_TRANSLATE_NOOP("messages", "统一社会信用代码与开通网签账号时登记的不一致，"
                                                         "请按营业执照核对。")),
                       "uscc")
    materials = session.scalar(select(func.count()).select_from(Material).where(
        Material.owner_kind == MaterialOwnerKind.ENTERPRISE.value, Material.owner_id == str(rec.id))) or 0
    if materials == 0:
        raise ApiError(422, ErrorCode.MATERIAL_MISSING,
                       msg(QT_TRANSLATE_NOOP("messages", "请先在「收件材料」中添加并上传营业执照图片，再提交。")),
                       "materials")
    now = clock.now()
    rec.status = ReviewStatus.SUBMITTED.value
    rec.submit_comment = comment
    rec.submitted_at = now
    rec.review_reason = None
    rec.version += 1
    rec.updated_at = now
    publish_enterprise(session, rec, now)
    return enterprise_out(rec)
