"""A bank's loan package filed as one exhibit: the loan agreement, then the note and the
commercial security agreement, each on the bank's form with its own title, its two-column
box of the parties' addresses ("Grantor: ... Lender: ...") above its text, and its own
signatures. The security agreement is an agreement of its own ("THIS COMMERCIAL SECURITY
AGREEMENT ... is made and executed between ..."; "Grantor grants to Lender a security
interest"), signed by the grantor's officers in two columns; the address box gives no block.
Passages written for these tests (names, amounts and dates are made up)."""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text

PACKAGE = """\
                              BUSINESS LOAN AGREEMENT

 THIS BUSINESS LOAN AGREEMENT dated October 6, 2017, is made and executed between Larkspur
 Coffee Roasters, Inc. ("Borrower") and Bitterroot Valley Bank ("Lender") on the following
 terms and conditions.

 TERM LOAN. Lender will lend to Borrower $320,000.00 on the date of this Agreement.

 GOVERNING LAW. This Agreement will be governed by the laws of the State of Montana.

 BORROWER:

 LARKSPUR COFFEE ROASTERS, INC.

 By: /s/ Dominic R. Valdez                        By: /s/ Ingrid S. Paulsen
     ----------------------------------               ----------------------------------
     Dominic R. Valdez, President of                  Ingrid S. Paulsen, Secretary of
     Larkspur Coffee Roasters, Inc.                   Larkspur Coffee Roasters, Inc.

 LENDER:

 BITTERROOT VALLEY BANK

 By: /s/ Harlan K. Moss
     ----------------------------------
     Harlan K. Moss, Vice President



                           COMMERCIAL SECURITY AGREEMENT

 Principal        Loan Date      Maturity       Loan No      Officer
 $320,000.00      10-06-2017     10-06-2022     55019        HKM

 Grantor:    Larkspur Coffee Roasters, Inc.          Lender:   Bitterroot Valley Bank
             210 Front Street                                  Main Office
             Missoula, MT 59802                                100 Higgins Avenue
                                                               Missoula, MT 59802

 THIS COMMERCIAL SECURITY AGREEMENT dated October 6, 2017, is made and executed between
 Larkspur Coffee Roasters, Inc. ("Grantor") and Bitterroot Valley Bank ("Lender").

 GRANT OF SECURITY INTEREST. For valuable consideration, Grantor grants to Lender a security
 interest in the Collateral to secure the Indebtedness.

 GRANTOR:

 LARKSPUR COFFEE ROASTERS, INC.

 By: /s/ Dominic R. Valdez                        By: /s/ Ingrid S. Paulsen
     ----------------------------------               ----------------------------------
     Dominic R. Valdez, President of                  Ingrid S. Paulsen, Secretary of
     Larkspur Coffee Roasters, Inc.                   Larkspur Coffee Roasters, Inc.
"""


def test_the_security_agreement_is_its_own_agreement() -> None:
    x = extract_text(PACKAGE)
    titles = [e.props.get("title") for e in x.entities if e.label == "Agreement"]
    assert "Commercial Security Agreement" in titles
    signed = edges(x, "SIGNED")
    assert ("Dominic R. Valdez", "Commercial Security Agreement") in signed
    assert ("Ingrid S. Paulsen", "Commercial Security Agreement") in signed
    assert ("Larkspur Coffee Roasters, Inc.", "Commercial Security Agreement") in edges(
        x, "PARTY_TO"
    )


def test_the_address_box_gives_no_party_to_it() -> None:
    x = extract_text(PACKAGE)
    parties = {s for s, t in edges(x, "PARTY_TO") if t == "Commercial Security Agreement"}
    assert parties <= {"Larkspur Coffee Roasters, Inc.", "Bitterroot Valley Bank"}
    assert "Main Office" not in entity_names(x).values()
