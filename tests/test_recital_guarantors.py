"""A company the recitals name right before its role, with no descriptor ("The Borrower,
Prairie Holdings Corp. (the "Guarantor") and the Lender entered into ..."): a party the
document names, not a party to it (:func:`ingest.parties.recitals.extract_recital_parties`)."""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

_TEXT = """THIS CREDIT AGREEMENT is dated as of May 2, 2016 and made AMONG

(1) LAKESIDE WIND INC., a corporation existing under the laws of Manitoba, as borrower (the
"Borrower"); and

(2) HARBOUR CAPITAL LTD., a corporation existing under the laws of Ontario, as lender (the
"Lender").

WHEREAS:

(A) The Borrower, Prairie Holdings Corp. (the "Guarantor") and the Lender entered into a
certain Letter Agreement on April 1, 2014 (the "Letter Agreement").

(B) The Guarantor entered into a Guarantee Agreement on April 2, 2014 in favour of the Lender
(the "Guarantee").

IT IS AGREED as follows:

1. The Lender agrees to make advances to the Borrower.
"""


def test_the_recital_names_the_guarantor() -> None:
    x = extract_text(_TEXT)
    names = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert "Prairie Holdings Corp." in names


def test_the_guarantor_is_party_to_its_guarantee_not_to_the_credit_agreement() -> None:
    x = extract_text(_TEXT)
    assert ("Prairie Holdings Corp.", "Guarantee Agreement") in edges(x, "PARTY_TO")
    assert "Prairie Holdings Corp." not in own_roles(x)


_INITIALS = _TEXT.replace(
    'Prairie Holdings Corp. (the "Guarantor") and the Lender',
    'Prairie Holdings Corp. (the "Guarantor"), Blue Stem Power Inc. ("BSP") and the Lender',
) + (
    '\n"Share Pledge Agreement" means the Share Pledge Agreement dated April 2, 2014 among the '
    "Borrower, the Lender and BSP.\n"
)


def test_a_company_the_recitals_give_its_initials_is_named_and_party_to_what_it_signs() -> None:
    x = extract_text(_INITIALS)
    names = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert "Blue Stem Power Inc." in names
    assert ("Blue Stem Power Inc.", "Share Pledge Agreement") in edges(x, "PARTY_TO")
    assert "Blue Stem Power Inc." not in own_roles(x)


def test_a_term_that_is_not_the_initials_names_no_company() -> None:
    x = extract_text(_INITIALS.replace('("BSP")', '("XYZ")').replace("and BSP.", "and XYZ."))
    names = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert "Blue Stem Power Inc." not in names
