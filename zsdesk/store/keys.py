"""Where the cache's master key lives.

Normally in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service),
service ``zsdesk``, user ``cache-key:<hash of the database path>``. A machine without a usable
keyring (a bare Linux box picks keyring's `fail` backend) gets the documented fallback: a key
file in the user *config* directory — never next to the database in the data directory — with
0600 permissions. The app shows `KeyStatus.message` at start and `zsdesk doctor` prints it.
keyrings.alt is deliberately not a dependency: installing it silently makes a plaintext file
the default keyring.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.errors

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.private_files import FILE_MODE, private_dir
from zsdesk.store.crypto import MASTER_KEY_BYTES

SERVICE = "zsdesk"


@dataclass(frozen=True, slots=True)
class KeyStatus:
    backend: str              # keyring backend class, e.g. "keyring.backends.Windows.WinVaultKeyring"
    fallback: bool            # True when the key is in a file instead of the keyring
    key_file: Path | None     # the fallback file, if used
    message: str              # Chinese, shown at start and by doctor


def _db_tag(database: Path) -> str:
    return hashlib.sha256(str(database.resolve()).encode("utf-8")).hexdigest()[:16]


def keyring_user(database: Path) -> str:
    return f"cache-key:{_db_tag(database)}"


def fallback_key_file(database: Path, config_dir: Path) -> Path:
    return config_dir / "keys" / f"cache-{_db_tag(database)}.key"


def backend_name() -> str:
    kr = keyring.get_keyring()
    return f"{type(kr).__module__}.{type(kr).__qualname__}"


def keyring_usable() -> bool:
    return not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)


def _fallback_message(path: Path, note: str = "") -> str:
    # msg(): the GUI shows it in the UI language; doctor and the log print the Chinese.
    if note:
        return msg(QT_TRANSLATE_NOOP("messages", "系统密钥环不可用（{error}）。本地缓存的加密密钥改存于密钥文件 {path}"
                                                 "（仅当前用户可读，不在数据库旁）。如需更高安全性，请在系统中启用密钥环服务后重新启动。"),
                   error=note, path=str(path))
    return msg(QT_TRANSLATE_NOOP("messages",
                                 "本机没有可用的系统密钥环（keyring），本地缓存的加密密钥改存于密钥文件 {path}"
                                 "（仅当前用户可读，不在数据库旁）。如需更高安全性，请在系统中启用密钥环服务后重新启动。"),
               path=str(path))


def _ok_message() -> str:
    return msg(QT_TRANSLATE_NOOP("messages", "本地缓存的加密密钥保存在系统密钥环中。"))


def _encode(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def _decode(text: str) -> bytes:
    key = base64.b64decode(text.strip().encode("ascii"), validate=True)
    if len(key) != MASTER_KEY_BYTES:
        raise ValueError("stored cache key has the wrong length")
    return key


def _read_key_file(path: Path) -> bytes | None:
    try:
        return _decode(path.read_text(encoding="ascii"))
    except FileNotFoundError:
        return None


def _write_key_file(path: Path, key: bytes) -> None:
    private_dir(path.parent)
    # O_EXCL: two app instances starting at once must not each write a different key.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(_encode(key))


def _from_fallback(database: Path, config_dir: Path) -> tuple[bytes, KeyStatus]:
    path = fallback_key_file(database, config_dir)
    key = _read_key_file(path)
    if key is None:
        with contextlib.suppress(FileExistsError):
            _write_key_file(path, secrets.token_bytes(MASTER_KEY_BYTES))
        key = _read_key_file(path)
        assert key is not None
    return key, KeyStatus(backend_name(), True, path, _fallback_message(path))


def load_or_create_master_key(database: Path, config_dir: Path) -> tuple[bytes, KeyStatus]:
    """The master key for `database`, created on first use."""
    if not keyring_usable():
        return _from_fallback(database, config_dir)
    user = keyring_user(database)
    try:
        stored = keyring.get_password(SERVICE, user)
        if stored is not None:
            return _decode(stored), KeyStatus(backend_name(), False, None, _ok_message())
        # A key file from a time without keyring keeps its data readable: move it into the keyring.
        path = fallback_key_file(database, config_dir)
        key = _read_key_file(path) or secrets.token_bytes(MASTER_KEY_BYTES)
        keyring.set_password(SERVICE, user, _encode(key))
        if keyring.get_password(SERVICE, user) != _encode(key):
            raise keyring.errors.KeyringError("keyring did not keep the cache key")
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return key, KeyStatus(backend_name(), False, None, _ok_message())
    except keyring.errors.KeyringError:
        # NoKeyringError, a locked or broken backend: fall back rather than refuse to start.
        return _from_fallback(database, config_dir)


def describe_key_status(database: Path, config_dir: Path) -> KeyStatus:
    """What `load_or_create_master_key` would use, without creating or moving anything (for doctor)."""
    path = fallback_key_file(database, config_dir)
    if not keyring_usable():
        return KeyStatus(backend_name(), True, path, _fallback_message(path))
    try:
        present = keyring.get_password(SERVICE, keyring_user(database)) is not None
    except keyring.errors.KeyringError as exc:
        return KeyStatus(backend_name(), True, path, _fallback_message(path, note=type(exc).__name__))
    if present:
        return KeyStatus(backend_name(), False, None, _ok_message())
    return KeyStatus(backend_name(), False, None, "系统密钥环可用；缓存密钥将在首次启动时创建。")
