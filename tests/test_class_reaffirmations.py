"""An amendment whose "Loan Parties" (or "Credit Parties") are named only where they sign, and
in which "Each Loan Party hereby ... reaffirms its obligations under the Guaranty": each member
other than the borrower stands behind the credit agreement (SECURES) and is party to the
guaranty it reaffirms."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AMENDMENT = """SECOND AMENDMENT TO CREDIT AGREEMENT

This Second Amendment to Credit Agreement (this "Amendment") is entered into as of March 9,
2017 by and among HARTWICK MEDIA, INC., an Ohio corporation ("Borrower"), the Loan Parties
signatory hereto and LAKESHORE BANK, N.A. ("Lender").

WHEREAS, Borrower and Lender are parties to the Credit Agreement dated as of April 1, 2014
(the "Credit Agreement"), and the obligations thereunder are guaranteed pursuant to the
Guaranty dated as of April 1, 2014 (the "Guaranty").

1. Reaffirmation. Each Loan Party hereby (a) consents to this Amendment; and (b) reaffirms
its obligations under the Guaranty and each other Loan Document to which it is a party.

BORROWER:                                  LENDER:

HARTWICK MEDIA, INC.                       LAKESHORE BANK, N.A.

By: /s/ Doreen Falk                        By: /s/ Milo Brandt
Title: President                           Title: Vice President

LOAN PARTIES:

HARTWICK RADIO, LLC                        HARTWICK OUTDOOR, INC.

By: /s/ Doreen Falk                        By: /s/ Doreen Falk
Title: Manager                             Title: President
"""

_CONSENT = """FIRST AMENDMENT TO LOAN AGREEMENT

This First Amendment (this "Amendment") is dated as of August 8, 2012 among SELBY PUMPS CORP.
(the "Borrower"), the Credit Parties party hereto and MERIDIAN STATE BANK (the "Bank").

WHEREAS, the Borrower and the Bank are parties to the Loan Agreement dated as of July 1,
2010 (the "Loan Agreement"), guaranteed under the Subsidiary Guaranty of the same date.

2. Each Credit Party hereby ratifies and confirms the Subsidiary Guaranty and agrees that it
remains in full force and effect.

SELBY PUMPS CORP.                           MERIDIAN STATE BANK

By: /s/ Anton Reyes                         By: /s/ Clara Mott
Title: Treasurer                            Title: Senior Vice President

CREDIT PARTIES:

SELBY HYDRAULICS LLC

By: /s/ Anton Reyes
Title: Manager
"""


def test_each_loan_party_signing_below_secures_the_credit_agreement() -> None:
    x = extract_text(_AMENDMENT)
    secures = edges(x, "SECURES")
    assert ("HARTWICK RADIO, LLC", "Credit Agreement") in secures
    assert ("HARTWICK OUTDOOR, INC.", "Credit Agreement") in secures
    assert ("HARTWICK RADIO, LLC", "Guaranty") in edges(x, "PARTY_TO")


def test_a_credit_party_ratifying_the_subsidiary_guaranty() -> None:
    x = extract_text(_CONSENT)
    assert ("SELBY HYDRAULICS LLC", "Loan Agreement") in edges(x, "SECURES")


def test_a_class_that_reaffirms_no_guaranty_secures_nothing() -> None:
    """Near miss: the loan parties only confirm a representation; no guaranty is reaffirmed."""
    text = _AMENDMENT.replace(
        "reaffirms\nits obligations under the Guaranty and each other Loan Document to which it "
        "is a party.",
        "confirms\nthat no Default has occurred.",
    )
    secures = edges(extract_text(text), "SECURES")
    assert ("HARTWICK OUTDOOR, INC.", "Credit Agreement") not in secures
