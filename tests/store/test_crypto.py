from __future__ import annotations

import os

import pytest

from zsdesk.store.crypto import DecryptionError, FieldCipher


def test_roundtrip_and_random_nonce() -> None:
    c = FieldCipher(os.urandom(32))
    a, b = c.encrypt("11010519491231002X", "p"), c.encrypt("11010519491231002X", "p")
    assert a != b
    assert b"11010519491231002X" not in a
    assert c.decrypt(a, "p") == "11010519491231002X"


def test_ciphertext_is_bound_to_its_column_and_key() -> None:
    c = FieldCipher(os.urandom(32))
    blob = c.encrypt("13812345678", "contract_party.phone")
    with pytest.raises(DecryptionError):
        c.decrypt(blob, "contract_party.id_number")
    with pytest.raises(DecryptionError):
        FieldCipher(os.urandom(32)).decrypt(blob, "contract_party.phone")
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(DecryptionError):
        c.decrypt(tampered, "contract_party.phone")


def test_rotated_key_still_reads_old_rows() -> None:
    old, new = os.urandom(32), os.urandom(32)
    blob = FieldCipher(old).encrypt("x", "p")
    rotated = FieldCipher(new, old_masters=(old,))
    assert rotated.decrypt(blob, "p") == "x"
    assert rotated.encrypt("y", "p")[1:5] == rotated.key_id != FieldCipher(old).key_id


def test_blind_index_normalises_and_is_keyed() -> None:
    key = os.urandom(32)
    c = FieldCipher(key)
    assert c.blind_index(" 11010519491231002x ") == c.blind_index("11010519491231002X")
    assert c.blind_index("１１０１０５１９４９１２３１００２Ｘ") == c.blind_index("11010519491231002X")
    assert c.blind_index("11010519491231002X") != c.blind_index("110105194912310038")
    assert FieldCipher(os.urandom(32)).blind_index("11010519491231002X") != c.blind_index("11010519491231002X")
