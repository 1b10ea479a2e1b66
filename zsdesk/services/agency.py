"""企业信息核查: the agency's enterprise record — fields, validation as typed, save, submit.

The field list follows the business licence (营业执照) and the qualification certificate
(资质证书); `required` fields are the web system's blue boxes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from zsdesk.domain.enums import MaterialKind, ReviewStatus
from zsdesk.domain.errors import Issue
from zsdesk.domain.uscc import validate_uscc
from zsdesk.registry.exceptions import NotFound
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
    EnterpriseField("name", "企业名称", True, "licence", hint="与营业执照完全一致的公司全称"),
    EnterpriseField("uscc", "统一社会信用代码", True, "licence", hint="18 位，营业执照左上角"),
    EnterpriseField("legal_rep_name", "法定代表人", True, "licence"),
    EnterpriseField("legal_rep_id_number", "法定代表人身份证号", True, "licence"),
    EnterpriseField("address", "住所", True, "licence"),
    EnterpriseField("business_address", "经营场所", False, "licence", hint="与住所不同时填写"),
    EnterpriseField("registered_capital", "注册资本", False, "licence", hint="如：100 万元人民币"),
    EnterpriseField("established_on", "成立日期", True, "licence", "date"),
    EnterpriseField("business_term_start", "营业期限（起）", False, "licence", "date"),
    EnterpriseField("business_term_end", "营业期限（至）", True, "licence", "date",
                    hint="不能晚于今天起 2 年；长期有效的请填今天起 2 年内的日期"),
    EnterpriseField("business_scope", "经营范围", False, "licence", "multiline"),
    EnterpriseField("contact_name", "联系人", True, "licence"),
    EnterpriseField("contact_phone", "联系电话", True, "licence", hint="手机或固定电话"),
    EnterpriseField("filing_cert_no", "经纪机构备案证明编号", False, "qualification"),
    EnterpriseField("qualification_cert_no", "资质证书编号", False, "qualification", hint="无资质证书可不填"),
    EnterpriseField("qualification_valid_until", "资质有效期（至）", True, "qualification", "date",
                    hint="不能晚于今天起 2 年；如无资质证书，可填与营业期限相同的日期"),
)

FIELDS_BY_KEY = {f.key: f for f in ENTERPRISE_FIELDS}
DATE_KEYS = tuple(f.key for f in ENTERPRISE_FIELDS if f.kind == "date")

Value = str | date | None


def two_years_after(today: date) -> date:
    try:
        return today.replace(year=today.year + 2)
    except ValueError:  # 29 February
        return today.replace(year=today.year + 2, day=28)


def validate_field(key: str, value: Value, today: date) -> list[Issue]:
    """Issues for one field as the user types (the form shows the first next to the field)."""
    spec = FIELDS_BY_KEY[key]
    text = value.strip() if isinstance(value, str) else value
    if not text:
        return [Issue(key, "REQUIRED", f"请填写{spec.label}")] if spec.required else []
    if key == "uscc" and isinstance(text, str):
        return validate_uscc(text, field="uscc")
    if key == "legal_rep_id_number" and isinstance(text, str):
        from zsdesk.domain.enums import IdType
        from zsdesk.domain.identity import validate_id

        return validate_id(IdType.RESIDENT_ID, text, field=key)
    if key == "contact_phone" and isinstance(text, str):
        digits = text.replace("-", "").replace(" ", "")
        if not digits.isdigit() or not ((len(digits) == 11 and digits.startswith("1")) or 7 <= len(digits) <= 12):
            return [Issue(key, "PHONE_INVALID", "联系电话格式不对：手机 11 位，或区号加固定电话号码")]
    if spec.kind == "date" and isinstance(text, date):
        limit = two_years_after(today)
        if key in ("business_term_end", "qualification_valid_until") and text > limit:
            return [Issue(key, "DATE_TOO_LATE",
                          f"{spec.label}不能晚于今天起 2 年（{limit:%Y-%m-%d}）")]
        if key in ("established_on", "business_term_start") and text > today:
            return [Issue(key, "DATE_IN_FUTURE", f"{spec.label}不能晚于今天")]
    return []


def validate_values(values: dict[str, Value], today: date) -> list[Issue]:
    issues: list[Issue] = []
    for spec in ENTERPRISE_FIELDS:
        issues.extend(validate_field(spec.key, values.get(spec.key), today))
    return issues


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


def status_text(record: EnterpriseRecord) -> str:
    return {
        ReviewStatus.DRAFT: "未提交：填写完整并上传营业执照后，填写提交意见再提交审核。",
        ReviewStatus.SUBMITTED: "已提交，等待中山市房地产交易管理事务中心审核。",
        ReviewStatus.APPROVED: "审核通过：可以在「人员管理」中添加从业人员。",
        ReviewStatus.REJECTED: "审核未通过：请按退回原因修改后重新提交。",
    }[record.status]


# registry calls --------------------------------------------------------------------------

def _record_from(data: dict[str, Any]) -> EnterpriseRecord:
    fields = data.get("fields") or {}
    values: dict[str, Value] = {}
    for spec in ENTERPRISE_FIELDS:
        raw = fields.get(spec.key)
        if spec.kind == "date":
            values[spec.key] = date.fromisoformat(raw) if isinstance(raw, str) and raw else None
        else:
            values[spec.key] = str(raw) if raw is not None else ""
    return EnterpriseRecord(values=values, status=ReviewStatus(str(data.get("status", "draft"))),
                            rejection_reason=str(data.get("review_reason") or ""),
                            comment=str(data.get("submit_comment") or ""), version=int(data.get("version", 0)),
                            record_id=str(data.get("id", "")))


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
    return out


def load_enterprise(ctx: AppContext) -> EnterpriseRecord:
    reg = access(ctx)
    try:
        record = _record_from(reg.get("/enterprise"))
    except NotFound:
        record = EnterpriseRecord()
    if record.record_id:
        record.materials = list_materials(ctx, MaterialOwner("enterprise", record.record_id))
    return record


def save_enterprise(ctx: AppContext, values: dict[str, Value]) -> EnterpriseRecord:
    reg = access(ctx)
    current = load_enterprise(ctx)
    headers = {"if_match": current.version} if current.record_id else {}
    record = _record_from(reg.put("/enterprise", _wire(values), **headers))
    record.materials = current.materials
    return record


def submit_enterprise(ctx: AppContext, values: dict[str, Value], comment: str) -> EnterpriseRecord:
    if not comment.strip():
        raise ServiceError("提交需要填写提交意见。", field="comment", code="COMMENT_REQUIRED")
    saved = save_enterprise(ctx, values)
    reg = access(ctx)
    record = _record_from(reg.post("/enterprise/submit", {"comment": comment.strip()}, keyed=True,
                                   if_match=saved.version))
    record.materials = saved.materials
    return record


def upload_material(ctx: AppContext, name: str, kind: MaterialKind, prepared: PreparedFile) -> UploadedMaterial:
    record = load_enterprise(ctx)
    if not record.record_id:
        record = save_enterprise(ctx, record.values)
    return upload(ctx, MaterialOwner("enterprise", record.record_id), name, kind, prepared)


def materials_of(record: EnterpriseRecord) -> list[UploadedMaterial]:
    return list(record.materials)
