"""An amendment signed by companies under "LOAN PARTIES:" (or "OBLIGORS:") named nowhere but
on the signature pages: they consent as the deal's credit supporters and are no parties of the
credit agreement the amendment changes, as guarantors named only where they sign are not."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AMENDMENT = """FOURTH AMENDMENT TO CREDIT AGREEMENT

This Fourth Amendment to Credit Agreement (this "Amendment") is dated as of November 2, 2018
by and among ASHCOMBE TEXTILES, INC. ("Borrower"), the Loan Parties signatory hereto and
GRANITE FALLS BANK ("Lender").

WHEREAS, Borrower and Lender are parties to the Credit Agreement dated as of June 1, 2015 (the
"Credit Agreement").

1. Section 6.2 of the Credit Agreement is amended by replacing "$2,000,000" with "$3,000,000".

IN WITNESS WHEREOF, the parties have executed this Amendment.

BORROWER:                                  LENDER:

ASHCOMBE TEXTILES, INC.                    GRANITE FALLS BANK

By: /s/ Priya Ostrowski                    By: /s/ Dale Huntley
Title: President                           Title: Vice President

LOAN PARTIES:

ASHCOMBE MILLS, LLC

By: /s/ Priya Ostrowski
Title: Manager
"""

_OBLIGORS = _AMENDMENT.replace("Loan Parties", "Obligors").replace("LOAN PARTIES:", "OBLIGORS:")


def _credit_parties(text: str) -> set[str]:
    return {s for s, t in edges(extract_text(text), "PARTY_TO") if t == "Credit Agreement"}


def test_a_loan_party_signing_below_is_no_party_of_the_credit_agreement() -> None:
    parties = _credit_parties(_AMENDMENT)
    assert "ASHCOMBE MILLS, LLC" not in parties
    assert {"ASHCOMBE TEXTILES, INC.", "GRANITE FALLS BANK"} <= parties


def test_an_obligor_signing_below_neither() -> None:
    assert "ASHCOMBE MILLS, LLC" not in _credit_parties(_OBLIGORS)


def test_a_second_lender_signing_below_still_is() -> None:
    """Near miss: a company signing under "LENDERS:" on the last page is a lender of the credit
    agreement, whatever page it signs on."""
    text = _AMENDMENT.replace("LOAN PARTIES:", "LENDER:").replace(
        "ASHCOMBE MILLS, LLC", "HOLLIS SAVINGS BANK"
    )
    assert "HOLLIS SAVINGS BANK" in _credit_parties(text)
