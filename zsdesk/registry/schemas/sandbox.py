"""Wire models of the training sandbox's own endpoints (/api/v1/_sandbox) that the app reads.

Not part of the protocol document: a real registry has no such endpoints. They live here, not in
the server's route module, because the client parses them too.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field

from zsdesk.domain.enums import IdType
from zsdesk.registry.schemas.common import WireModel
from zsdesk.registry.schemas.properties import VerifyMethod

__all__ = ["DemoOwnerOut", "DemoPropertyOut"]


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
