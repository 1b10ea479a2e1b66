"""The Windows Credential Manager through keyring's own WinVaultKeyring, with only the OS calls
(win32cred.CredRead/CredWrite/CredDelete) replaced by an in-memory vault that behaves like
Windows: one generic credential per target name, UTF-16 blobs of at most 2,560 bytes, error 1168
when a target is missing. What runs for real: keyring's target naming and the app's key and
remember-me storage on top of it."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.Windows as windows_backend
import pytest

from zsdesk.registry.credentials import CredentialStore, SavedLogin
from zsdesk.store.keys import describe_key_status, keyring_usable, load_or_create_master_key

CRED_MAX_CREDENTIAL_BLOB_SIZE = 5 * 512


class _WinError(Exception):
    def __init__(self, winerror: int, funcname: str, message: str) -> None:
        super().__init__(winerror, funcname, message)
        self.winerror, self.funcname = winerror, funcname


class FakeCredentialManager:
    CRED_TYPE_GENERIC = 1
    CRED_PERSIST_ENTERPRISE = 3

    def __init__(self) -> None:
        self.vault: dict[str, dict[str, Any]] = {}

    def CredRead(self, Type: int, TargetName: str) -> dict[str, Any]:  # win32cred's names
        if TargetName not in self.vault:
            raise _WinError(1168, "CredRead", "Element not found.")
        return dict(self.vault[TargetName])

    def CredWrite(self, credential: dict[str, Any], flags: int) -> None:
        blob = credential["CredentialBlob"].encode("utf-16-le")
        if len(blob) > CRED_MAX_CREDENTIAL_BLOB_SIZE:
            raise _WinError(1783, "CredWrite", "The stub received bad data.")
        self.vault[credential["TargetName"]] = {**credential, "CredentialBlob": blob}

    def CredDelete(self, Type: int, TargetName: str) -> None:
        if self.vault.pop(TargetName, None) is None:
            raise _WinError(1168, "CredDelete", "Element not found.")


@pytest.fixture
def vault(monkeypatch: pytest.MonkeyPatch) -> FakeCredentialManager:
    fake = FakeCredentialManager()
    monkeypatch.setattr(windows_backend, "win32cred", fake, raising=False)
    monkeypatch.setattr(windows_backend, "pywintypes", types.SimpleNamespace(error=_WinError), raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(windows_backend.WinVaultKeyring())
    yield fake
    keyring.set_keyring(previous)


def test_cache_key_lives_in_the_credential_manager(vault: FakeCredentialManager, tmp_path: Path) -> None:
    db, config = tmp_path / "data" / "cache.sqlite3", tmp_path / "config"
    assert keyring_usable()
    key, status = load_or_create_master_key(db, config)
    assert status.backend == "keyring.backends.Windows.WinVaultKeyring"
    assert not status.fallback and status.key_file is None
    assert not (config / "keys").exists()
    assert vault.vault["zsdesk"]["UserName"].startswith("cache-key:")
    assert load_or_create_master_key(db, config)[0] == key
    assert not describe_key_status(db, config).fallback


def test_remembered_login_and_cache_keys_share_the_service_name(vault: FakeCredentialManager, tmp_path: Path) -> None:
    """Windows keeps one credential per target; keyring moves earlier users to "user@zsdesk"."""
    key_a, _ = load_or_create_master_key(tmp_path / "a.sqlite3", tmp_path)
    assert CredentialStore().remember("zs_agent01", "密码Pass!1")
    key_b, _ = load_or_create_master_key(tmp_path / "b.sqlite3", tmp_path)
    assert key_a != key_b
    assert load_or_create_master_key(tmp_path / "a.sqlite3", tmp_path)[0] == key_a
    assert CredentialStore().load() == SavedLogin("zs_agent01", "密码Pass!1")
    assert "uid:password:zs_agent01@zsdesk" in vault.vault
    CredentialStore().forget()
    assert CredentialStore().load() is None
    assert load_or_create_master_key(tmp_path / "b.sqlite3", tmp_path)[0] == key_b


def test_a_key_file_from_a_keyring_less_start_moves_into_the_vault(vault: FakeCredentialManager,
                                                                  tmp_path: Path) -> None:
    db = tmp_path / "cache.sqlite3"
    keyring.set_keyring(keyring.backends.fail.Keyring())
    key, status = load_or_create_master_key(db, tmp_path)
    assert status.fallback and status.key_file is not None and status.key_file.exists()
    keyring.set_keyring(windows_backend.WinVaultKeyring())
    moved, status = load_or_create_master_key(db, tmp_path)
    assert moved == key and not status.fallback
    assert not any((tmp_path / "keys").iterdir())


def test_winvault_is_never_chosen_off_windows() -> None:
    """keyring ranks backends by `priority`; off Windows (no win32cred) WinVault must not be viable,
    so a Linux office PC gets Secret Service or the key-file fallback, never a broken vault."""
    assert sys.platform != "win32"
    with pytest.raises(RuntimeError):
        _ = windows_backend.WinVaultKeyring.priority
    assert windows_backend.WinVaultKeyring not in {type(k) for k in keyring.backend.get_all_keyring()}
