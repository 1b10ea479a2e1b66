"""Every public validator and parser of `zsdesk.domain` takes arbitrary Unicode text (surrogates,
controls, digits of every script, NaN spellings) and answers with a value, a list of Issues or a
RuleError — nothing else ever raises. Before issue 12, non-ASCII digits ('²', '١') raised from inside
python-stdnum and a share of NaN raised decimal.InvalidOperation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.domain.strategies import resident_ids, usccs
from zsdesk.domain import contact, identity, masking, money, ownership, property_numbers, uscc
from zsdesk.domain.contract import Applicant, Contract, Escrow, Handover, OtherTerms, Party, Payment, Property
from zsdesk.domain.dates import validate_contract_date, validate_date_window
from zsdesk.domain.enterprise import EnterpriseRecord, validate_enterprise
from zsdesk.domain.enums import IdType, Ownership, PartyRole
from zsdesk.domain.errors import Issue, RuleError
from zsdesk.domain.halfwidth import compact, to_halfwidth
from zsdesk.domain.materials import validate_material
from zsdesk.domain.staff import StaffApplication, validate_staff
from zsdesk.domain.text import clean_text, validate_text
from zsdesk.domain.validation import validate_contract_entries, validate_contract_for_submit, validate_party
from zsdesk.registry.rules.enterprise import parse_capital

TODAY = date(2026, 3, 15)
SOME = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that have tripped number rules somewhere: digits of other scripts, superscripts, circled
# and mathematical digits, full-width forms, separators, brackets, invisible and control characters,
# lone surrogates, the letters of NaN/Infinity and the parts of certificate numbers.
TRICKY = ("0123456789Xx١²٣९𝟗①⑩０１９ＸｘHMhmEe-–—－+＋%％.．,，()（）[]【】〔〕 \u3000\u00a0\u200b\u200d\ufeff"
          "\u202e\u2066\x00\x1b\x85\n\r\t\ud800\udfff\U0010ffffnaNsinfINFty转#粤中山市不动产权第字证号GBFWLQJZ")

texts = st.one_of(
    st.text(st.characters(exclude_categories=())),          # all of Unicode, surrogates included
    st.text(st.sampled_from(TRICKY), max_size=40),
)


@st.composite
def mutated_numbers(draw: st.DrawFn) -> str:
    """A well-formed number with a few characters replaced or inserted: near misses reach the deep checks."""
    base = draw(st.one_of(resident_ids(), usccs(), st.just("442000001002GB00003F00010001"),
                          st.just("粤（2020）中山市不动产权第0123456号"), st.just("粤房地证字第C1234567号"),
                          st.just("13800138000"), st.just("33.33%"), st.just("1,234,500.60"), st.just("H12345678")))
    chars = list(base)
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(chars)))
        ch = draw(st.sampled_from(TRICKY))
        if draw(st.booleans()) and i < len(chars):
            chars[i] = ch
        else:
            chars.insert(i, ch)
    return "".join(chars)


any_text = st.one_of(texts, mutated_numbers())


def answers(fn: Callable[..., Any], *args: Any, **kw: Any) -> None:
    """Call ``fn``: a value or RuleError is an answer; any other exception fails the test."""
    try:
        result = fn(*args, **kw)
    except RuleError as exc:
        assert exc.issues and all(isinstance(i, Issue) and i.message for i in exc.issues)
        return
    if isinstance(result, list):
        assert all(isinstance(i, Issue) and i.field and i.code and i.message for i in result)


@SOME
@given(any_text, st.sampled_from(list(IdType)), any_text)
def test_identity_documents(number: str, id_type: IdType, nationality: str) -> None:
    answers(identity.normalize_id, id_type, number)
    answers(identity.validate_id, id_type, number, "x.id_number", nationality=nationality, today=TODAY)
    answers(identity.validate_id, id_type, number)
    answers(identity.birth_date, id_type, number)
    answers(identity.age_on, id_type, number, TODAY)
    answers(identity.is_minor, id_type, number, TODAY)
    answers(identity.implied_nationality, id_type, number)
    answers(identity.normalize_nationality, nationality)
    answers(identity.is_first_generation, number)
    answers(identity.upgrade_first_generation, number)


@SOME
@given(any_text)
def test_organisation_and_property_numbers(text: str) -> None:
    answers(uscc.normalize_uscc, text)
    answers(uscc.validate_uscc, text)
    answers(property_numbers.normalize_unit_no, text)
    answers(property_numbers.parse_unit_no, text)
    answers(property_numbers.validate_unit_no, text)
    answers(property_numbers.normalize_cert_no, text)
    answers(property_numbers.validate_title_cert_no, text)
    answers(property_numbers.validate_property_cert_no, text)


@SOME
@given(any_text)
def test_contact_money_shares_and_text(text: str) -> None:
    answers(contact.normalize_phone, text)
    answers(contact.is_mainland_mobile, text)
    answers(contact.validate_phone, text)
    answers(contact.validate_phone, text, international_ok=True)
    answers(contact.validate_postal_code, text)
    answers(money.parse_money, text, "payment.total_price")
    answers(ownership.parse_share, text, "buyers.0.share")
    answers(parse_capital, text)
    answers(clean_text, text)
    answers(validate_text, text, "name", "姓名")
    answers(validate_text, text, "other.supplementary", "补充条款", multiline=True)
    answers(to_halfwidth, text)
    answers(compact, text)
    answers(masking.mask_id, text)
    answers(masking.mask_phone, text)
    answers(masking.mask_bank_account, text)
    answers(masking.mask_text, text)
    answers(validate_material, text, text.encode("utf-8", "surrogatepass"))


@SOME
@given(st.decimals(allow_nan=True, allow_infinity=True), st.lists(st.one_of(st.none(), st.decimals()), max_size=4),
       st.sampled_from(list(Ownership)))
def test_amounts_and_shares_as_decimals(amount: Decimal, shares: list[Decimal | None], form: Ownership) -> None:
    try:
        money.to_rmb_uppercase(amount)
        money.format_money(amount)
    except ValueError:   # an amount that is not one (negative, fractions of fen, NaN) is refused by name
        pass
    buyers = [Party(PartyRole.BUYER, f"买受人{i}", share=s) for i, s in enumerate(shares)]
    answers(ownership.validate_ownership, form, buyers)
    answers(ownership.share_sum, buyers)


@SOME
@given(st.dates(), st.dates(), st.dates())
def test_dates(value: date, earliest: date, today: date) -> None:
    answers(validate_date_window, value, "d", "日期", earliest, today)
    answers(validate_contract_date, value, "handover.date", "交房日期", today)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(any_text, min_size=12, max_size=12), st.sampled_from(list(IdType)), st.one_of(st.none(), st.dates()))
def test_whole_records(t: list[str], id_type: IdType, day: date | None) -> None:
    party = Party(PartyRole.BUYER, t[0], id_type, t[1], nationality=t[2], address=t[3], postal_code=t[4],
                  phone=t[5])
    answers(validate_party, party, TODAY, "buyers.0")
    contract = Contract(
        property=Property(unit_no=t[6], address=t[7]), sellers=[party], buyers=[party],
        payment=Payment(loan_bank=t[8], deposit_date=day, balance_date=day), escrow=Escrow(branch=t[9]),
        handover=Handover(date=day, conditions=t[10]), other=OtherTerms(supplementary=t[11]),
        applicant=Applicant(t[0], t[5], id_type, t[1]))
    answers(validate_contract_entries, contract, TODAY)
    answers(validate_contract_for_submit, contract, TODAY)
    answers(validate_enterprise, EnterpriseRecord(
        name=t[0], uscc=t[1], legal_representative=t[2], legal_rep_id_number=t[1], address=t[3],
        business_scope=t[10], established_on=day, business_term_end=day, qualification_valid_until=day,
        contact_person=t[4], contact_phone=t[5], filing_no=t[6], qualification_cert_no=t[7],
        office_address=t[8]), TODAY)
    answers(validate_staff, StaffApplication(name=t[0], id_type=id_type, id_number=t[1], phone=t[5],
                                             nationality=t[2], practice_cert_no=t[6], position=t[7]), TODAY)
