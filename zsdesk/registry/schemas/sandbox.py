"""Wire models of the training sandbox's own endpoints (/api/v1/_sandbox) that the app reads.

Not part of the protocol document: a real registry has no such endpoints. They live here, not in
the server's route module, because the client parses them too.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, Field

from zsdesk.domain.enums import IdType
from zsdesk.registry.schemas.common import Role, WireModel
from zsdesk.registry.schemas.properties import VerifyMethod

__all__ = ["AutoApproveSet", "AutoApproveState", "CenterToken", "ClockState", "DemoOwnerOut", "DemoPropertyOut",
           "SmsOut", "TickResult", "TrainingAgencyOut"]


class DemoOwnerOut(WireModel):
    """A demo property's owner as registered (synthetic: shown freely in training mode)."""

    name: str
    id_type: IdType
    id_number: str
    first_generation_id: bool = False     # the certificate carries a 15-digit ID: tick the box
    share: Decimal | None = None


class DemoPropertyOut(WireModel):
    """One of the synthetic register's well-known demo properties, with what it demonstrates and
    the data to verify it with."""

    kind: str = Field(description="DemoKind value, stable across seeds")
    label: str = Field(description="what the property demonstrates, in Chinese")
    method: VerifyMethod = Field(description="the suggested verification method")
    property_cert_no: str = ""
    title_cert_no: str = ""
    unit_no: str
    address: str
    owners: list[DemoOwnerOut]
    expected_error: str = Field(default="", description="the refusal's code when the property cannot be sold")


class ClockState(BaseModel):
    """The sandbox's clock: its time now (aware UTC) and how far it is from the real time."""

    now: datetime
    offset_s: float


class SmsOut(BaseModel):
    """One text the sandbox "sent" (a real registry texts staff passwords)."""

    id: int
    phone: str
    text: str
    sent_at: datetime


class CenterToken(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    role: Role = Role.CENTER


class TickResult(BaseModel):
    ran: int


class TrainingAgencyOut(BaseModel):
    """An agency the sandbox opened for a trainee, with its net-sign account as the center hands it
    over at the counter: the login (the full registered name) and the initial password."""

    id: int
    name: str
    uscc: str
    netsign_login: str
    initial_password: str
    created_at: datetime


class AutoApproveState(BaseModel):
    """Whether the sandbox plays the center itself: approving what waited `delay_s` on its clock."""

    enabled: bool
    delay_s: float


class AutoApproveSet(WireModel):
    enabled: bool
