"""Field encryption and blind indexes for personal data in the cache.

Both keys are derived (HKDF) from one master key kept outside the database (see `keys`).
Ciphertext layout: version byte, 4-byte key id, 12-byte random nonce, AES-GCM ciphertext+tag.
The key id lets a later release rotate keys: rows written under an old key stay readable
while new writes use the new one. The associated data binds a value to its column, so a
ciphertext copied into another column does not decrypt.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT_V1 = 1
MASTER_KEY_BYTES = 32
_NONCE_BYTES = 12
_HEADER = 1 + 4 + _NONCE_BYTES


class DecryptionError(Exception):
    """A stored value cannot be decrypted: wrong key, unknown key id, or damaged data."""


def _derive(master: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)


def key_id(master: bytes) -> bytes:
    """Public 4-byte fingerprint of a master key (stored with each ciphertext and in the database)."""
    return _derive(master, b"zsdesk key id v1")[:4]


def normalise_identifier(value: str) -> str:
    """ID numbers compare upper-case, without spaces, full-width characters folded (`ｘ` → `X`)."""
    return "".join(unicodedata.normalize("NFKC", value).split()).upper()


class FieldCipher:
    def __init__(self, master: bytes, old_masters: tuple[bytes, ...] = ()) -> None:
        if len(master) != MASTER_KEY_BYTES:
            raise ValueError("master key must be 32 bytes")
        self._current = key_id(master)
        self._aead = {key_id(m): AESGCM(_derive(m, b"zsdesk field encryption v1")) for m in (*old_masters, master)}
        self._bidx_key = _derive(master, b"zsdesk blind index v1")

    @property
    def key_id(self) -> bytes:
        return self._current

    def encrypt(self, plaintext: str, purpose: str) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        header = bytes([FORMAT_V1]) + self._current + nonce
        return header + self._aead[self._current].encrypt(nonce, plaintext.encode("utf-8"), purpose.encode())

    def decrypt(self, blob: bytes, purpose: str) -> str:
        if len(blob) < _HEADER + 16 or blob[0] != FORMAT_V1:
            raise DecryptionError("unknown ciphertext format")
        aead = self._aead.get(blob[1:5])
        if aead is None:
            raise DecryptionError("value was encrypted with a key this installation does not have")
        try:
            return aead.decrypt(blob[5:_HEADER], blob[_HEADER:], purpose.encode()).decode("utf-8")
        except InvalidTag as exc:
            raise DecryptionError("stored value is damaged or belongs to another column") from exc

    def blind_index(self, value: str) -> str:
        """Keyed hash of the normalised value: equal IDs give equal indexes, but without the key
        the index cannot be matched against a list of candidate ID numbers."""
        return hmac.new(self._bidx_key, normalise_identifier(value).encode("utf-8"), hashlib.sha256).hexdigest()[:32]
