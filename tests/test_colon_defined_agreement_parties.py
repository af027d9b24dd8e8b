"""The parties of the agreements a credit agreement of the New York bank form defines with a
colon: '"Security Agreement": the Security Agreement, dated as of the date hereof, between the
Borrower and the Agent', '"Holdco Guaranty": the Limited Guaranty ... from Holdco in favor of the
Agent', with the guarantor known only from its own colon definition ('"Holdco": Larkspur
Capital Holdings, LLC, a Nevada limited liability company')."""

from __future__ import annotations

from tests.passages import edges, extract_text

_CREDIT = """CREDIT AGREEMENT, dated as of May 14, 2003, among:

(a) TRENTWOOD LEASING CORP. (the \u201cBorrower\u201d);

(b) the several banks and other financial institutions from time to time parties to this
Agreement (the \u201cLenders\u201d); and

(c) CARLISLE NATIONAL BANK, as agent for the Lenders hereunder (in such capacity, the
\u201cAgent\u201d).

SECTION 1. DEFINITIONS

1.1. Defined Terms. As used in this Agreement, the following terms shall have the following
meanings:

\u201cCollateral\u201d: as defined in the Security Agreement.

\u201cHoldco\u201d: Larkspur Capital Holdings, LLC, a Nevada limited liability company.

\u201cHoldco Guaranty\u201d: the Limited Guaranty, dated as of the date hereof, from Holdco in
favor of the Agent.

\u201cLoan Documents\u201d: this Agreement, the Security Agreement and the Holdco Guaranty.

\u201cSecurity Agreement\u201d: the Security Agreement, dated as of the date hereof, between
the Borrower and the Agent, as amended from time to time.

SECTION 2. THE LOANS

2.1. Commitments. Each Lender severally agrees to make revolving loans (\u201cLoans\u201d)
to the Borrower.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

TRENTWOOD LEASING CORP.

By: /s/ Helen R. Pasco
Name: Helen R. Pasco
Title: Treasurer

CARLISLE NATIONAL BANK, as Agent and a Lender

By: /s/ Owen T. Marsh
Name: Owen T. Marsh
Title: Vice President
"""


def test_a_colon_definition_between_two_parties_makes_both_party_to_it() -> None:
    party_to = edges(extract_text(_CREDIT), "PARTY_TO")
    assert ("TRENTWOOD LEASING CORP.", "Security Agreement") in party_to
    assert ("CARLISLE NATIONAL BANK", "Security Agreement") in party_to


def test_a_guaranty_from_a_company_defined_by_colon_is_given_by_it() -> None:
    x = extract_text(_CREDIT)
    party_to = edges(x, "PARTY_TO")
    assert ("Larkspur Capital Holdings, LLC", "Limited Guaranty") in party_to
    assert ("Larkspur Capital Holdings, LLC", "Credit Agreement") in edges(x, "SECURES")


def test_neither_the_borrower_nor_the_agent_secures_through_the_guaranty() -> None:
    secures = edges(extract_text(_CREDIT), "SECURES")
    assert ("CARLISLE NATIONAL BANK", "Credit Agreement") not in secures
    assert ("TRENTWOOD LEASING CORP.", "Limited Guaranty") not in secures
