"""企业信息核查: the agency's enterprise record — fields, validation as typed, save, submit.

The field list follows the business licence (营业执照) and the qualification certificate
(资质证书); `required` fields are the web system's blue boxes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from zsdesk.domain.enums import MaterialKind, ReviewStatus
from zsdesk.domain.errors import Issue
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.registry.schemas.enterprise import EnterpriseFields, EnterpriseOut, EnterpriseSubmit
from zsdesk.services.app_context import AppContext
from zsdesk.services.connection import access
from zsdesk.services.errors import ServiceError
from zsdesk.services.materials import MaterialOwner, PreparedFile, UploadedMaterial, list_materials, upload

FieldKind = Literal["text", "date", "multiline"]


@dataclass(frozen=True, slots=True)
class EnterpriseField:
    key: str
    label: str
    required: bool
    section: Literal["licence", "qualification"]
    kind: FieldKind = "text"
    hint: str = ""


ENTERPRISE_FIELDS: tuple[EnterpriseField, ...] = (
    EnterpriseField("name", QT_TRANSLATE_NOOP("labels", "企业名称"), True, "licence",
                    hint=QT_TRANSLATE_NOOP("labels", "与营业执照完全一致的公司全称")),
    EnterpriseField("uscc", QT_TRANSLATE_NOOP("labels", "统一社会信用代码"), True, "licence",
                    hint=QT_TRANSLATE_NOOP("labels", "18 位，营业执照左上角")),
    EnterpriseField("legal_rep_name", QT_TRANSLATE_NOOP("labels", "法定代表人"), True, "licence"),
    EnterpriseField("legal_rep_id_number", QT_TRANSLATE_NOOP("labels", "法定代表人身份证号"), True, "licence"),
    EnterpriseField("address", QT_TRANSLATE_NOOP("labels", "住所"), True, "licence"),
    EnterpriseField("business_address", QT_TRANSLATE_NOOP("labels", "经营场所"), False, "licence",
                    hint=QT_TRANSLATE_NOOP("labels", "与住所不同时填写")),
    EnterpriseField("registered_capital", QT_TRANSLATE_NOOP("labels", "注册资本"), True, "licence",
                    hint=QT_TRANSLATE_NOOP("labels", "万元，如：100 或 100万元")),
    EnterpriseField("established_on", QT_TRANSLATE_NOOP("labels", "成立日期"), True, "licence", "date"),
    EnterpriseField("business_term_start", QT_TRANSLATE_NOOP("labels", "营业期限（起）"), False, "licence", "date"),
    EnterpriseField("business_term_end", QT_TRANSLATE_NOOP("labels", "营业期限（至）"), True, "licence", "date",
                    hint=QT_TRANSLATE_NOOP("labels", "不能晚于今天起 2 年；长期有效的请填今天起 2 年内的日期")),
    EnterpriseField("business_scope", QT_TRANSLATE_NOOP("labels", "经营范围"), True, "licence", "multiline"),
    EnterpriseField("contact_name", QT_TRANSLATE_NOOP("labels", "联系人"), True, "licence"),
    EnterpriseField("contact_phone", QT_TRANSLATE_NOOP("labels", "联系电话"), True, "licence",
                    hint=QT_TRANSLATE_NOOP("labels", "手机或固定电话")),
    EnterpriseField("filing_cert_no", QT_TRANSLATE_NOOP("labels", "房地产经纪机构备案号"), True, "qualification"),
    EnterpriseField("qualification_cert_no", QT_TRANSLATE_NOOP("labels", "资质证书编号"), False, "qualification",
                    hint=QT_TRANSLATE_NOOP("labels", "无资质证书可不填")),
    EnterpriseField("qualification_valid_until", QT_TRANSLATE_NOOP("labels", "资质有效期（至）"), True, "qualification",
                    "date",
                    hint=QT_TRANSLATE_NOOP("labels", "不能晚于今天起 2 年；如无资质证书，可填与营业期限相同的日期")),
)

FIELDS_BY_KEY = {f.key: f for f in ENTERPRISE_FIELDS}
DATE_KEYS = tuple(f.key for f in ENTERPRISE_FIELDS if f.kind == "date")

Value = str | date | None


def _raw(values: dict[str, Value]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for spec in ENTERPRISE_FIELDS:
        v = values.get(spec.key)
        out[spec.key] = v.strip() or None if isinstance(v, str) else v
    return out


def validate_values(values: dict[str, Value], today: date) -> list[Issue]:
    """Every finding of the registry's own rules (the domain's enterprise rules under the wire's
    field names), so the form shows exactly what submitting would refuse."""
    # enterprise_rules is pure (domain + schemas): the same mapping the sandbox server checks with.
    from zsdesk.registry.rules.enterprise import enterprise_issues

    return enterprise_issues(EnterpriseFields.model_construct(**_raw(values)), today)


def validate_field(key: str, values: dict[str, Value], today: date) -> list[Issue]:
    """Findings for one field, errors first (the form shows the first next to the field)."""
    found = [i for i in validate_values(values, today) if i.field == key]
    return sorted(found, key=lambda i: not i.is_error)


@dataclass(slots=True)
class EnterpriseRecord:
    values: dict[str, Value] = field(default_factory=dict)
    status: ReviewStatus = ReviewStatus.DRAFT
    rejection_reason: str = ""
    comment: str = ""
    version: int = 0
    record_id: str = ""
    materials: list[UploadedMaterial] = field(default_factory=list)

    @property
    def editable(self) -> bool:
        return self.status in (ReviewStatus.DRAFT, ReviewStatus.REJECTED)


def next_step(record: EnterpriseRecord) -> str:
    """What the agency does next in this review status; shown after the status itself, so it does not
    name the status again (it read 「审核通过 审核通过：…」)."""
    return {
        ReviewStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "填写完整并上传营业执照后，填写提交意见再提交审核。"),
        ReviewStatus.SUBMITTED: QT_TRANSLATE_NOOP("labels", "等待中山市房地产交易管理事务中心审核。"),
        ReviewStatus.APPROVED: QT_TRANSLATE_NOOP("labels", "可以在「人员管理」中添加从业人员。"),
        ReviewStatus.REJECTED: QT_TRANSLATE_NOOP("labels", "请按退回原因修改后重新提交。"),
    }[record.status]


# registry calls --------------------------------------------------------------------------

def _record_from(out: EnterpriseOut) -> EnterpriseRecord:
    wire = out.fields.model_dump()
    values: dict[str, Value] = {}
    for spec in ENTERPRISE_FIELDS:
        raw = wire.get(spec.key)
        values[spec.key] = raw if spec.kind == "date" else (str(raw) if raw is not None else "")
    return EnterpriseRecord(values=values, status=out.status, rejection_reason=out.review_reason or "",
                            comment=out.submit_comment or "", version=out.version, record_id=str(out.id))


def _wire(values: dict[str, Value]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for spec in ENTERPRISE_FIELDS:
        v = values.get(spec.key)
        if isinstance(v, date):
            out[spec.key] = v.isoformat()
        elif isinstance(v, str) and v.strip():
            out[spec.key] = v.strip()
        else:
            out[spec.key] = None
    return EnterpriseFields.model_validate(out).model_dump(mode="json")


def _fetch(ctx: AppContext) -> EnterpriseRecord:
    # The registry creates an empty draft on first read, so there is always a record.
    return _record_from(EnterpriseOut.model_validate(access(ctx).get("/enterprise")))


def load_enterprise(ctx: AppContext) -> EnterpriseRecord:
    import zsdesk.registry.rules.enterprise  # noqa: F401  (imported here, off the GUI thread)

    record = _fetch(ctx)
    record.materials = list_materials(ctx, MaterialOwner("enterprise", record.record_id))
    return record


def save_enterprise(ctx: AppContext, values: dict[str, Value]) -> EnterpriseRecord:
    """保存: a half-filled draft may be saved; the rules are checked on submit."""
    reg = access(ctx)
    current = _fetch(ctx)
    record = _record_from(EnterpriseOut.model_validate(reg.put("/enterprise", _wire(values),
                                                               if_match=current.version)))
    record.materials = list_materials(ctx, MaterialOwner("enterprise", record.record_id))
    return record


def submit_enterprise(ctx: AppContext, values: dict[str, Value], comment: str) -> EnterpriseRecord:
    if not comment.strip():
        raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "提交需要填写提交意见。")),
                           field="comment", code="COMMENT_REQUIRED")
    saved = save_enterprise(ctx, values)
    reg = access(ctx)
    body = EnterpriseSubmit(comment=comment.strip()).model_dump(mode="json")
    record = _record_from(EnterpriseOut.model_validate(reg.post("/enterprise/submit", body, keyed=True,
                                                                if_match=saved.version)))
    record.materials = saved.materials
    return record


def upload_material(ctx: AppContext, name: str, kind: MaterialKind, prepared: PreparedFile) -> UploadedMaterial:
    record = _fetch(ctx)
    return upload(ctx, MaterialOwner("enterprise", record.record_id), name, kind, prepared)


def materials_of(record: EnterpriseRecord) -> list[UploadedMaterial]:
    return list(record.materials)
