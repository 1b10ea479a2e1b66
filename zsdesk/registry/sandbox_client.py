"""Typed calls to the training sandbox's own endpoints (/api/v1/_sandbox) and, with a center token the
sandbox hands out, to the center's review routes: what the app's 练习环境 panel does in place of the
registry's counter, its reviewers and the passing of time. A real registry has none of the sandbox
endpoints (they answer NotFound there).

It shares the user's transport (one HTTP client, one base URL) but never the user's token: center
calls carry their own, fetched on first use and again when the sandbox's clock has let it expire."""

from __future__ import annotations

import threading
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter

from zsdesk.registry.exceptions import AuthExpired
from zsdesk.registry.schemas.accounts import AgencyCreate
from zsdesk.registry.schemas.center import PendingItem
from zsdesk.registry.schemas.enterprise import EnterpriseOut, ReviewDecision
from zsdesk.registry.schemas.sandbox import (
    AutoApproveSet,
    AutoApproveState,
    CenterToken,
    ClockState,
    SmsOut,
    TickResult,
    TrainingAgencyOut,
)
from zsdesk.registry.schemas.staff import StaffOut
from zsdesk.registry.transport import Transport

M = TypeVar("M", bound=BaseModel)

SANDBOX = "/api/v1/_sandbox"
CENTER = "/api/v1/center"

_SMS = TypeAdapter(list[SmsOut])
_PENDING = TypeAdapter(list[PendingItem])


class SandboxClient:
    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        self._center_token = ""
        self._lock = threading.Lock()

    # -- plumbing ----------------------------------------------------------------------------
    def _sandbox(self, model: type[M], method: str, path: str, **kw: Any) -> M:
        resp = self.transport.request(method, SANDBOX + path, authenticated=False, **kw)
        return model.model_validate_json(resp.content)

    def _token(self, renew: bool = False) -> str:
        with self._lock:
            if renew or not self._center_token:
                self._center_token = self._sandbox(CenterToken, "POST", "/center-token").access_token
            return self._center_token

    def _center(self, method: str, path: str, **kw: Any) -> bytes:
        """A center call; a token expired by a moved clock (or a restarted sandbox) is renewed once."""
        for renew in (False, True):
            headers = {"Authorization": f"Bearer {self._token(renew)}"}
            try:
                return self.transport.request(method, CENTER + path, authenticated=False, headers=headers,
                                              **kw).content
            except AuthExpired:
                if renew:
                    raise
        raise AssertionError("unreachable")

    # -- clock -------------------------------------------------------------------------------
    def clock(self) -> ClockState:
        return self._sandbox(ClockState, "GET", "/clock")

    def advance_clock(self, seconds: float, *, keep_sessions: bool = True) -> ClockState:
        return self._sandbox(ClockState, "PUT", "/clock", json={"advance_s": seconds, "keep_sessions": keep_sessions})

    def set_clock_offset(self, seconds: float, *, keep_sessions: bool = True) -> ClockState:
        return self._sandbox(ClockState, "PUT", "/clock", json={"offset_s": seconds, "keep_sessions": keep_sessions})

    def tick(self) -> TickResult:
        """Run the periodic tasks (expiry sweep, automatic approval) now."""
        return self._sandbox(TickResult, "POST", "/tick")

    # -- SMS, agencies, automatic approval ---------------------------------------------------
    def sms(self) -> list[SmsOut]:
        resp = self.transport.request("GET", SANDBOX + "/sms", authenticated=False)
        return _SMS.validate_json(resp.content)

    def open_agency(self, name: str, uscc: str) -> TrainingAgencyOut:
        body = AgencyCreate(name=name, uscc=uscc).model_dump(mode="json")
        return self._sandbox(TrainingAgencyOut, "POST", "/agencies", json=body)

    def auto_approve(self) -> AutoApproveState:
        return self._sandbox(AutoApproveState, "GET", "/auto-approve")

    def set_auto_approve(self, enabled: bool) -> AutoApproveState:
        return self._sandbox(AutoApproveState, "PUT", "/auto-approve",
                             json=AutoApproveSet(enabled=enabled).model_dump(mode="json"))

    # -- the center's review queue -----------------------------------------------------------
    def pending(self) -> list[PendingItem]:
        return _PENDING.validate_json(self._center("GET", "/pending"))

    def approve_enterprise(self, record_id: int) -> EnterpriseOut:
        return EnterpriseOut.model_validate_json(self._center("POST", f"/enterprise/{record_id}/approve"))

    def reject_enterprise(self, record_id: int, reason: str) -> EnterpriseOut:
        body = ReviewDecision(reason=reason).model_dump(mode="json")
        return EnterpriseOut.model_validate_json(self._center("POST", f"/enterprise/{record_id}/reject", json=body))

    def approve_staff(self, staff_id: int) -> StaffOut:
        return StaffOut.model_validate_json(self._center("POST", f"/staff/{staff_id}/approve"))

    def reject_staff(self, staff_id: int, reason: str) -> StaffOut:
        body = ReviewDecision(reason=reason).model_dump(mode="json")
        return StaffOut.model_validate_json(self._center("POST", f"/staff/{staff_id}/reject", json=body))
