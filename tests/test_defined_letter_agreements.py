"""A letter agreement a definition names by its title, date and parties: ""Fee Letter" means the
Fee Letter, dated as of the date hereof, among the Company, the Agent and Northgate Bank, N.A."
(``ingest.relations.defined_letter_agreements``): passages composed in that shape, and the near
misses it must leave alone."""

from __future__ import annotations

from tests.passages import edges, extract_text, letter_agreements

_HEAD = """CREDIT AGREEMENT

CREDIT AGREEMENT, dated as of March 2, 2011, among HARROW MILLS, INC., an Ohio corporation \
(the "Company"), EASTBANK TRUST COMPANY ("Eastbank"), as lender (the "Lender"), and WESTERN \
TRUST BANK, N.A., as paying agent (the "Paying Agent").

SECTION 1.01. Defined Terms.

"""

_TAIL = """

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

HARROW MILLS, INC.
By: /s/ Paula Grant
Name: Paula Grant
Title: Treasurer
"""

_FEE_LETTER = (
    _HEAD
    + """\u201cFee Letter\u201d means the Fee Letter, dated as of the date hereof, among the \
Company, Eastbank, the Paying Agent and Northgate Bank, N.A., as amended from time to time."""
    + _TAIL
)

_ENGAGEMENT = (
    _HEAD
    + """"Engagement Letter" means the letter agreement dated May 1, 2010 between the Company \
and Eastbank."""
    + _TAIL
)

#: the list holds more than parties: not read
_NOT_ONLY_PARTIES = (
    _HEAD
    + """\u201cFee Letter\u201d means the Fee Letter, dated as of the date hereof, among the \
Company, the Lender and certain of their respective affiliates party thereto."""
    + _TAIL
)

#: no date: a description, not a document
_UNDATED = (
    _HEAD
    + """"Fee Letter" means the letter between the Company and the Lender setting out fees."""
    + _TAIL
)


def test_a_dated_fee_letter_among_named_parties_has_them_all_as_parties() -> None:
    x = extract_text(_FEE_LETTER)
    assert letter_agreements(x)["Fee Letter"]["date"] == "2011-03-02"
    assert letter_agreements(x)["Fee Letter"]["kind"] == "fee_letter"
    parties = {s.lower() for s, t in edges(x, "PARTY_TO") if t == "Fee Letter"}
    assert parties == {
        "harrow mills, inc.",
        "eastbank trust company",
        "western trust bank, n.a.",
        "northgate bank, n.a.",
    }


def test_a_letter_agreement_between_two_parties_is_theirs() -> None:
    x = extract_text(_ENGAGEMENT)
    assert letter_agreements(x)["Engagement Letter"]["date"] == "2010-05-01"
    parties = {s.lower() for s, t in edges(x, "PARTY_TO") if t == "Engagement Letter"}
    assert parties == {"harrow mills, inc.", "eastbank trust company"}


def test_a_list_with_more_than_parties_or_an_undated_letter_is_left_alone() -> None:
    for text in (_NOT_ONLY_PARTIES, _UNDATED):
        assert not letter_agreements(extract_text(text))
