"""What the GUI needs to know about a failure: is it the user's to fix, and where.

Registry errors (problem+json: `code`, `field`, `detail`), domain rule errors and the
offline error are *expected*: the GUI shows them in place. Anything else is a bug and
goes to the error dialog with the log file's path.
"""

from __future__ import annotations

from dataclasses import dataclass

from zsdesk.domain.errors import RuleError


@dataclass(frozen=True, slots=True)
class UserFacing:
    message: str
    field: str | None = None
    code: str = ""
    offline: bool = False
    needs_login: bool = False


class ServiceError(Exception):
    """A use case refused, with a Chinese message for the user (and the field, when it names one)."""

    def __init__(self, message: str, field: str | None = None, code: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.code = code


def user_facing(exc: BaseException) -> UserFacing | None:
    if isinstance(exc, ServiceError):
        return UserFacing(exc.message, exc.field, exc.code)
    if isinstance(exc, RuleError):
        return UserFacing(exc.first.message, exc.first.field or None, exc.first.code)
    from zsdesk.registry.exceptions import AuthExpired, RegistryError, RegistryOffline

    if isinstance(exc, RegistryOffline):
        return UserFacing(exc.detail, code=exc.code, offline=True)
    if isinstance(exc, AuthExpired):
        return UserFacing(exc.detail, code=exc.code, needs_login=True)
    if isinstance(exc, RegistryError):
        return UserFacing(exc.detail, exc.field or None, exc.code)
    return None
