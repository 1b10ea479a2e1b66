"""Where login secrets live.

- The unified-identity account name and password are stored only in the OS keyring
  (service ``zsdesk``), and only when the user ticks "remember me".
- Session tokens live in memory (:class:`TokenHolder`); they are never written to SQLite,
  settings files or logs. ``repr`` hides them so an accidental log line cannot leak one.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass

import keyring
import keyring.errors

SERVICE = "zsdesk"
_LAST_ACCOUNT = "uid:last-account"
_PASSWORD_PREFIX = "uid:password:"


@dataclass(frozen=True, slots=True)
class SavedLogin:
    account: str
    password: str

    def __repr__(self) -> str:
        return f"SavedLogin(account={self.account!r}, password=***)"


class CredentialStore:
    """Remember-me storage in the keyring. Every method tolerates a machine without a
    usable keyring: remembering then simply does not happen (the caller can tell the user)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def remember(self, account: str, password: str) -> bool:
        try:
            keyring.set_password(self.service, _PASSWORD_PREFIX + account, password)
            keyring.set_password(self.service, _LAST_ACCOUNT, account)
        except keyring.errors.KeyringError:
            return False
        return True

    def load(self) -> SavedLogin | None:
        try:
            account = keyring.get_password(self.service, _LAST_ACCOUNT)
            if not account:
                return None
            password = keyring.get_password(self.service, _PASSWORD_PREFIX + account)
        except keyring.errors.KeyringError:
            return None
        return SavedLogin(account, password) if password else None

    def forget(self, account: str | None = None) -> None:
        """Forget the given (or the last) account; called on "log out and forget me"."""
        try:
            name = account or keyring.get_password(self.service, _LAST_ACCOUNT)
            if name:
                _delete(self.service, _PASSWORD_PREFIX + name)
            if account is None or name == keyring.get_password(self.service, _LAST_ACCOUNT):
                _delete(self.service, _LAST_ACCOUNT)
        except keyring.errors.KeyringError:
            pass


def _delete(service: str, key: str) -> None:
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(service, key)


class TokenHolder:
    """The current session token, in memory only, shared by the client's threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._token: str | None = None
        self._generation = 0

    def get(self) -> str | None:
        with self._lock:
            return self._token

    def set(self, token: str | None) -> None:
        with self._lock:
            self._token = token
            self._generation += 1

    @property
    def generation(self) -> int:
        """Increases on every change: lets concurrent 401 handlers see that another thread
        already logged in again, so only one re-login happens."""
        with self._lock:
            return self._generation

    def clear(self) -> None:
        self.set(None)

    def __repr__(self) -> str:
        return f"TokenHolder(set={self._token is not None})"
