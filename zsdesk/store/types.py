"""Column types that encrypt on the way into SQLite and decrypt on the way out.

ORM code reads and writes plain strings; the database file only ever holds ciphertext.
The cipher belongs to the engine (each cache file has its own key), so it hangs on the
engine's dialect, set by `database.open_cache`; an engine without one refuses to write.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Dialect, LargeBinary
from sqlalchemy.types import TypeDecorator

from zsdesk.store.crypto import FieldCipher

_ATTR = "zsdesk_cipher"


def attach_cipher(dialect: Dialect, cipher: FieldCipher) -> None:
    setattr(dialect, _ATTR, cipher)


def cipher_of(dialect: Dialect) -> FieldCipher:
    cipher = getattr(dialect, _ATTR, None)
    if cipher is None:
        raise RuntimeError("this engine has no field cipher; open the cache with zsdesk.store.database.open_cache")
    assert isinstance(cipher, FieldCipher)
    return cipher


class EncryptedString(TypeDecorator[str]):
    """Text encrypted with AES-GCM; `purpose` (e.g. "contract_party.id_number") is the associated data."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, purpose: str) -> None:
        super().__init__()
        self.purpose = purpose

    def process_bind_param(self, value: str | None, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        return cipher_of(dialect).encrypt(value, self.purpose)

    def process_result_value(self, value: bytes | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return cipher_of(dialect).decrypt(value, self.purpose)


class EncryptedJSON(TypeDecorator[Any]):
    """A JSON document encrypted as a whole (outbox payloads, applicant details)."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, purpose: str) -> None:
        super().__init__()
        self.purpose = purpose

    def process_bind_param(self, value: Any, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        return cipher_of(dialect).encrypt(text, self.purpose)

    def process_result_value(self, value: bytes | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        return json.loads(cipher_of(dialect).decrypt(value, self.purpose))
