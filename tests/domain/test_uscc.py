from __future__ import annotations

from hypothesis import given, settings

from zsdesk.domain.errors import errors_only
from zsdesk.domain.uscc import normalize_uscc, validate_uscc

from .strategies import USCC_ALPHABET, substitutions, usccs


@settings(max_examples=60, deadline=None)
@given(usccs())
def test_generated_usccs_are_accepted(code: str) -> None:
    assert validate_uscc(code) == []
    assert validate_uscc(code.lower()) == []


@settings(max_examples=25, deadline=None)
@given(usccs())
def test_every_single_substitution_is_refused(code: str) -> None:
    # Letters outside the alphabet (I O Z S V) are refused as well.
    for wrong in substitutions(code, USCC_ALPHABET + "IOZSV"):
        assert errors_only(validate_uscc(wrong, "uscc")), wrong


def test_messages_name_length_and_required() -> None:
    assert validate_uscc("")[0].code == "REQUIRED"
    issue = validate_uscc("9144200012345")[0]
    assert issue.code == "USCC_LENGTH" and "13" in issue.message
    assert validate_uscc("91440000MA4UXXXXXI")[0].code == "USCC_FORMAT"


def test_normalize_fullwidth_and_spaces() -> None:
    assert normalize_uscc("９１１１ 0000-600037341l") == "91110000600037341L"
