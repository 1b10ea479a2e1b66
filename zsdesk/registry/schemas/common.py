"""Wire models every area shares: the problem+json error body, roles, paging."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from zsdesk.domain.text import clean_text

__all__ = [
    "IDEMPOTENCY_HEADER",
    "PROBLEM_MEDIA_TYPE",
    "REPLAYED_HEADER",
    "Health",
    "Ok",
    "Page",
    "Problem",
    "ProblemIssue",
    "Role",
    "TextWireModel",
    "WireModel",
    "problem_responses",
]

PROBLEM_MEDIA_TYPE = "application/problem+json"
IDEMPOTENCY_HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"


class WireModel(BaseModel):
    """Base of every wire model: unknown fields are refused so typos surface as 422, not silence."""

    model_config = ConfigDict(extra="forbid")


class TextWireModel(WireModel):
    """A wire model whose strings are text people typed: zero-width characters pasted along with
    them are dropped on arrival (`zsdesk.domain.text.clean_text`), at both ends, so what is stored,
    checked and printed is what the user saw."""

    @field_validator("*", mode="before")
    @classmethod
    def _drop_zero_width(cls, value: Any) -> Any:
        return clean_text(value) if isinstance(value, str) else value


class Role(StrEnum):
    UNIFIED = "unified"  # logged in to the unified identity platform, not yet bound to a net-sign account
    AGENCY = "agency"
    STAFF = "staff"
    CENTER = "center"  # 交易中心 reviewer


_DETAIL_TEXT = ("The detail's recipe, for clients that show it in another language: {template, params}; "
                "a param may be such an object. Formats to exactly `detail`.")


class ProblemIssue(BaseModel):
    field: str
    code: str
    detail: str
    detail_text: dict[str, Any] | None = Field(default=None, description=_DETAIL_TEXT)


class Problem(BaseModel):
    """RFC 9457 problem details plus the stable `code` and the offending `field`."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    code: str
    field: str | None = None
    detail: str
    detail_text: dict[str, Any] | None = Field(default=None, description=_DETAIL_TEXT)
    errors: list[ProblemIssue] = Field(default_factory=list)


class Health(BaseModel):
    status: str = "ok"
    version: str
    server_time: datetime
    training: bool = Field(description="练习环境（沙盒）：数据不具法律效力")


class Ok(WireModel):
    ok: bool = True


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` entry for routes, so the OpenAPI document lists the problem bodies."""
    return {s: {"model": Problem, "description": _STATUS_TEXT.get(s, "Error")} for s in statuses}


_STATUS_TEXT = {
    400: "Bad request",
    401: "Not logged in or token expired",
    403: "Role not allowed",
    404: "Not found",
    409: "Conflict with the current state",
    412: "Stale version (If-Match)",
    413: "Too large",
    415: "Unsupported type",
    422: "Validation failed",
    423: "Account locked",
    428: "If-Match required",
}
