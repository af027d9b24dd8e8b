"""A letter agreement a definition names in lowercase or with an aside after its date
(:mod:`ingest.relations.defined_letter_agreements`): '"Fee Letter" means the fee letter, dated
as of the date hereof, among the Borrower and the Agent', '"Agent's Fee Letter" means the letter
agreement, dated as of the date hereof (as amended from time to time) between the Borrower and
the Agent respecting certain fees'. Credit agreements write both (stop 46's blind
annotation of real filings found the fee letter missing from three of them). Passages written
for this test (invented parties), with the near misses the rule must leave alone."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import edges, extract_text, letter_agreements

_HEAD = """CREDIT AGREEMENT

CREDIT AGREEMENT, dated as of April 4, 2012, among LARKSPUR FOODS, INC., a Delaware \
corporation (the "Borrower"), the banks listed on the signature pages hereof (the "Banks") and \
SEVERN NATIONAL BANK, as agent for the Banks (the "Agent").

SECTION 1.01. Defined Terms.

"""

_TAIL = """

SECTION 2.01. Commitments. Each Bank severally agrees to make Loans to the Borrower.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

LARKSPUR FOODS, INC.
By: /s/ Dana Royce
Name: Dana Royce
Title: Treasurer

SEVERN NATIONAL BANK, as Agent and a Bank
By: /s/ Owen Marsh
Name: Owen Marsh
Title: Vice President
"""

#: the head in lowercase
_LOWERCASE = (
    _HEAD
    + """\u201cFee Letter\u201d means the fee letter, dated as of the date hereof, among the \
Borrower and the Agent."""
    + _TAIL
)

#: an aside after the date, and the subject after "respecting"
_ASIDE = (
    _HEAD
    + """\u201cAgent\u2019s Fee Letter\u201d means the letter agreement, dated as of the date \
hereof (as hereafter amended from time to time) between the Borrower and the Agent respecting \
certain fees payable to the Agent for its own account."""
    + _TAIL
)

#: a lowercase commitment letter with its own date, the parties in the other order
_COMMITMENT = (
    _HEAD
    + """"Commitment Letter" means that certain commitment letter dated March 1, 2012 between \
the Agent and the Borrower, as the same may be amended or modified from time to time."""
    + _TAIL
)

#: near misses: a letter of credit in lowercase, an undated letter still to be agreed
_LETTER_OF_CREDIT = (
    _HEAD
    + """"Existing Letter" means the standby letter of credit dated March 1, 2012 issued by \
the Agent for the account of the Borrower."""
    + _TAIL
)
_TO_BE_AGREED = (
    _HEAD
    + """"Fee Letter" means the fee letter to be agreed between the Borrower and the Agent."""
    + _TAIL
)


def _parties(x: Extraction, title: str) -> set[str]:
    return {s.lower() for s, t in edges(x, "PARTY_TO") if t == title}


def test_a_fee_letter_defined_in_lowercase_is_the_borrowers_and_the_agents() -> None:
    x = extract_text(_LOWERCASE)
    assert letter_agreements(x)["Fee Letter"]["date"] == "2012-04-04"
    assert letter_agreements(x)["Fee Letter"]["kind"] == "fee_letter"
    assert _parties(x, "Fee Letter") == {"larkspur foods, inc.", "severn national bank"}


def test_an_aside_after_the_date_and_respecting_leave_the_parties_read() -> None:
    x = extract_text(_ASIDE)
    assert letter_agreements(x)["Agent\u2019s Fee Letter"]["date"] == "2012-04-04"
    assert _parties(x, "Agent\u2019s Fee Letter") == {
        "larkspur foods, inc.",
        "severn national bank",
    }


def test_a_lowercase_commitment_letter_with_its_own_date() -> None:
    x = extract_text(_COMMITMENT)
    assert letter_agreements(x)["Commitment Letter"]["date"] == "2012-03-01"
    assert _parties(x, "Commitment Letter") == {"larkspur foods, inc.", "severn national bank"}


def test_a_letter_of_credit_or_a_letter_still_to_be_agreed_is_no_letter_agreement() -> None:
    assert "Existing Letter" not in letter_agreements(extract_text(_LETTER_OF_CREDIT))
    assert "Fee Letter" not in letter_agreements(extract_text(_TO_BE_AGREED))
