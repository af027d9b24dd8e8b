"""A guaranty that names the guaranteed note with its amount, rate and defined term in
parentheses before its maker ("that certain Promissory Note dated ... ($2,000,000) ... (the
note), made by X (the maker), payable to the order of Y"): X ISSUES the note, Y HOLDS it."""

from __future__ import annotations

from tests.passages import edges, extract_text

_GUARANTY = """GUARANTY

FOR VALUE RECEIVED, and in consideration of the loan evidenced by that certain Promissory
Note dated April 4, 2018 in the original principal amount of One Million Eight Hundred
Thousand Dollars ($1,800,000), bearing interest at 6.10% per annum (together with all
renewals and modifications thereof, the note), made by HOLBROOK ORCHARDS, INC., an Oregon
corporation (the maker), payable to the order of CASCADE RIVER BANK, an Oregon banking
corporation (the bank), the undersigned, ALMA J. HOLBROOK, guarantees to the bank the payment
of the note.

/s/ Alma J. Holbrook
ALMA J. HOLBROOK
"""

_SECOND = """LIMITED GUARANTY AGREEMENT

This Limited Guaranty Agreement is made as of June 1, 2021 by Peregrine Capital Trust (the
"Guarantor") in favor of Millbrook Savings Bank (the "Lender").

1. The Guarantor guarantees the payment of the Secured Promissory Note dated as of June 1,
2021 ($650,000) (as amended from time to time, the "Note") executed by Tamsworth Boatworks
LLC, a Maine limited liability company (the "Borrower"), and payable to the order of the
Lender, up to $300,000.

PEREGRINE CAPITAL TRUST

By: /s/ Wendell Osei
Name: Wendell Osei
Title: Trustee
"""


def test_the_maker_and_payee_of_a_note_described_in_parentheses() -> None:
    x = extract_text(_GUARANTY)
    assert ("HOLBROOK ORCHARDS, INC.", "Promissory Note") in edges(x, "ISSUES")
    assert ("CASCADE RIVER BANK", "Promissory Note") in edges(x, "HOLDS")


def test_a_quoted_term_and_an_amount_before_executed_by() -> None:
    x = extract_text(_SECOND)
    issuers = {s for s, t in edges(x, "ISSUES") if "Note" in t}
    assert issuers == {"Tamsworth Boatworks LLC"}


def test_a_payment_made_by_the_guarantor_is_no_maker() -> None:
    """Near miss: "made by" in the parenthesis after the note tells who pays, not who made it."""
    text = _GUARANTY.replace(
        "made by HOLBROOK ORCHARDS, INC., an Oregon\ncorporation (the maker), payable",
        "issued to HOLBROOK ORCHARDS, INC. (and any payment thereunder made by the guarantor), "
        "payable",
    )
    issuers = {s for s, t in edges(extract_text(text), "ISSUES") if t == "Promissory Note"}
    assert "ALMA J. HOLBROOK" not in issuers
