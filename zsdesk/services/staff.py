"""人员管理 and 已审核从业人员查询: staff applications of the signed-in agency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from zsdesk.domain.enums import IdType, MaterialKind, ReviewStatus
from zsdesk.domain.errors import Issue, RuleError
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.domain.masking import mask_id, mask_phone
from zsdesk.domain.staff import StaffApplication, validate_staff
from zsdesk.registry.schemas.staff import ApprovedStaff, StaffFields, StaffListFilter, StaffOut, StaffSubmit
from zsdesk.services.app_context import AppContext
from zsdesk.services.connection import access
from zsdesk.services.materials import MaterialOwner, PreparedFile, UploadedMaterial, upload


@dataclass(frozen=True, slots=True)
class StaffMember:
    staff_id: str
    name: str
    id_type: IdType
    id_number_masked: str
    phone_masked: str
    status: ReviewStatus
    rejection_reason: str = ""
    login: str = ""            # net-sign login account, once approved
    active: bool = True
    material_count: int = 0

    @property
    def status_text(self) -> str:
        if self.status is ReviewStatus.APPROVED and not self.active:
            return QT_TRANSLATE_NOOP("labels", "已注销")
        return self.status.label


ID_TYPES_FOR_STAFF: tuple[IdType, ...] = (IdType.RESIDENT_ID, IdType.HK_MACAO_PERMIT, IdType.TAIWAN_PERMIT,
                                          IdType.HMT_RESIDENCE, IdType.PASSPORT)


def validate_new_staff(name: str, id_type: IdType, id_number: str, phone: str,
                       today: date | None = None) -> list[Issue]:
    """The registry's own staff rules (ID checksum, adult, mainland mobile for the SMS password)."""
    app = StaffApplication(name=name, id_type=id_type, id_number=id_number.strip(), phone=phone.strip())
    return validate_staff(app, today or date.today())


def masked(id_number: str, phone: str) -> tuple[str, str]:
    return mask_id(id_number), mask_phone(phone)


# Formatted by the caller (after translating it): label(DEACTIVATE_EXPLANATION).format(name=…, login=…).
DEACTIVATE_EXPLANATION = QT_TRANSLATE_NOOP(
    "labels",
    "注销后，从业人员 {name} 的网签账号（{login}）立即停用：不能再登录网签系统，也不能再签订、变更合同。"
    "已经备案的合同不受影响，仍可在「本机构合同」中查看。\n\n"
    "注销不能撤销；以后如需再让此人办理网签，须重新添加并经交易中心审核。\n\n确定注销吗？"
)


# registry calls --------------------------------------------------------------------------

def _member(out: StaffOut) -> StaffMember:
    f = out.fields
    id_masked, phone_masked = masked(f.id_number, f.phone)
    return StaffMember(str(out.id), f.name, f.id_type, id_masked, phone_masked, out.status,
                       out.review_reason or "", out.login or "", out.active)


def _approved(out: ApprovedStaff) -> StaffMember:
    id_masked, phone_masked = masked(out.id_number, out.phone)
    return StaffMember(str(out.id), out.name, out.id_type, id_masked, phone_masked, ReviewStatus.APPROVED,
                       login=out.login, active=out.active)


def list_staff(ctx: AppContext) -> list[StaffMember]:
    rows = access(ctx).get("/staff", params={"status": StaffListFilter.ALL.value})
    return [_member(StaffOut.model_validate(r)) for r in rows]


def add_staff(ctx: AppContext, name: str, id_type: IdType, id_number: str, phone: str) -> StaffMember:
    """人员添加 (a draft application; pictures go up next, then submit)."""
    issues = validate_new_staff(name, id_type, id_number, phone)
    if issues:
        raise RuleError(issues)
    body = StaffFields(name=name.strip(), id_type=id_type, id_number=id_number.strip(), phone=phone.strip())
    return _member(StaffOut.model_validate(access(ctx).post("/staff", body.model_dump(mode="json"), keyed=True)))


def upload_material(ctx: AppContext, staff_id: str, name: str, kind: MaterialKind,
                    prepared: PreparedFile) -> UploadedMaterial:
    return upload(ctx, MaterialOwner("staff", staff_id), name, kind, prepared)


def submit_staff(ctx: AppContext, staff_id: str, comment: str = "") -> StaffMember:
    body = StaffSubmit(comment=comment.strip() or None).model_dump(mode="json")
    return _member(StaffOut.model_validate(access(ctx).post(f"/staff/{staff_id}/submit", body, keyed=True)))


def approved_staff(ctx: AppContext) -> list[StaffMember]:
    """已审核从业人员查询: approved staff with their net-sign login accounts (deactivated ones too)."""
    return [_approved(ApprovedStaff.model_validate(r)) for r in access(ctx).get("/staff/approved")]


def deactivate_staff(ctx: AppContext, staff_id: str) -> StaffMember:
    return _member(StaffOut.model_validate(access(ctx).post(f"/staff/{staff_id}/deactivate", keyed=True)))
