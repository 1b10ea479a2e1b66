"""Wire staff fields → the domain's StaffApplication; the rules live in `zsdesk.domain.staff`."""

from __future__ import annotations

from datetime import date

from zsdesk.domain.errors import Issue
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.domain.staff import StaffApplication, validate_staff
from zsdesk.domain.text import validate_text
from zsdesk.registry.schemas.staff import StaffFields


def staff_issues(fields: StaffFields, today: date) -> list[Issue]:
    app = StaffApplication(name=fields.name, id_type=fields.id_type, id_number=fields.id_number, phone=fields.phone,
                           practice_cert_no=fields.practice_cert_no or "", position=fields.position or "")
    # gender is a wire-only field (the domain does not need it), but it is filed text all the same
    return validate_staff(app, today) + validate_text(fields.gender or "", "gender",
                                                      QT_TRANSLATE_NOOP("labels", "性别"))
