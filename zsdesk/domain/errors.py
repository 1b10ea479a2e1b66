"""Structured, user-facing rule errors.

Every rule names the field it is about and carries a Chinese message that tells the
user what to fix. The GUI shows it next to the field; the registry sends it as
problem+json (`code`, `field`, `detail`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding of a rule: `field` is a dotted path such as ``buyers.1.id_number``."""

    field: str
    code: str
    message: str
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class RuleError(ValueError):
    """Raised by a rule that cannot go on; carries one or more issues."""

    def __init__(self, issues: Issue | list[Issue]) -> None:
        self.issues: list[Issue] = [issues] if isinstance(issues, Issue) else list(issues)
        if not self.issues:
            raise ValueError("RuleError needs at least one issue")
        super().__init__("；".join(f"{i.field}: {i.message}" for i in self.issues))

    @property
    def first(self) -> Issue:
        return self.issues[0]

    @property
    def field(self) -> str:
        return self.first.field

    @property
    def code(self) -> str:
        return self.first.code


def errors_only(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.is_error]


def prefixed(prefix: str, issues: list[Issue]) -> list[Issue]:
    """Re-home issues found on a sub-object under ``prefix`` (e.g. ``buyers.2``)."""
    return [Issue(f"{prefix}.{i.field}" if i.field else prefix, i.code, i.message, i.severity)
            for i in issues]
