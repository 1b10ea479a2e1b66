"""人员添加: a staff member the agency asks the registry to approve (guide, section 四)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from zsdesk.domain.contact import is_mainland_mobile, validate_phone
from zsdesk.domain.enums import IdType
from zsdesk.domain.errors import Issue
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.domain.identity import ADULT_AGE, age_on, validate_id
from zsdesk.domain.text import has_text_issue, validate_text


@dataclass(slots=True)
class StaffApplication:
    name: str = ""
    id_type: IdType = IdType.RESIDENT_ID
    id_number: str = ""
    phone: str = ""                      # mainland mobile: the password arrives by SMS
    nationality: str = "中国"
    practice_cert_no: str = ""           # 经纪人员职业资格证书编号（可选）
    position: str = ""                   # 职务（可选）


REQUIRED_FIELDS: frozenset[str] = frozenset({"name", "id_type", "id_number", "phone"})


_TEXT_LABELS = {
    "name": QT_TRANSLATE_NOOP("labels", "姓名"),
    "id_number": QT_TRANSLATE_NOOP("labels", "证件号码"),
    "phone": QT_TRANSLATE_NOOP("labels", "手机号码"),
    "nationality": QT_TRANSLATE_NOOP("labels", "国籍"),
    "practice_cert_no": QT_TRANSLATE_NOOP("labels", "从业资格/登记证书编号"),
    "position": QT_TRANSLATE_NOOP("labels", "岗位"),
}


def validate_staff(app: StaffApplication, today: date) -> list[Issue]:
    issues = _validate_staff(app, today)
    # A field with unfileable characters gets only that issue.
    return [i for i in issues if i.code.startswith("TEXT_") or not has_text_issue(issues, i.field)]


def _validate_staff(app: StaffApplication, today: date) -> list[Issue]:
    issues: list[Issue] = [issue for f, label in _TEXT_LABELS.items()
                           for issue in validate_text(getattr(app, f), f, label)]
    if not app.name.strip():
        issues.append(Issue("name", "REQUIRED",
                            msg(QT_TRANSLATE_NOOP("messages", "请填写从业人员姓名（与身份证件一致）"))))
    if app.id_type is IdType.USCC:
        issues.append(Issue("id_type", "ID_TYPE_NOT_PERSON",
                            msg(QT_TRANSLATE_NOOP("messages", "从业人员须使用个人身份证件"))))
    else:
        id_issues = validate_id(app.id_type, app.id_number, "id_number", nationality=app.nationality, today=today)
        issues += id_issues
        age = age_on(app.id_type, app.id_number, today)
        if not any(i.is_error for i in id_issues) and age is not None and age < ADULT_AGE:
            issues.append(Issue("id_number", "STAFF_MINOR",
                                msg(QT_TRANSLATE_NOOP("messages", "从业人员须年满 {age} 周岁"), age=ADULT_AGE)))
    phone_issues = validate_phone(app.phone, "phone")
    issues += phone_issues
    if not phone_issues and not is_mainland_mobile(app.phone):
        issues.append(Issue("phone", "STAFF_PHONE_MOBILE",
                            msg(QT_TRANSLATE_NOOP("messages", "请填写 11 位内地手机号码："
                                                              "审核通过后登录密码以短信发送"))))
    return issues
