"""The loans a guaranty, security agreement or waiver recites of the credit agreement it
supports ("... (the "Loan Agreement"), pursuant to which the Bank has agreed to extend to the
Borrower a revolving line of credit in a maximum principal amount of $7,500,000 (the "Revolving
Loan") and a term loan ... (the "Term Loan")"): each a credit facility with its limit, ISSUED_UNDER
the recited agreement (:mod:`ingest.instruments.recited_facilities`)."""

from __future__ import annotations

from tests.passages import edges, extract_text, facility_amounts

_GUARANTY = """CONTINUING GUARANTY

     THIS CONTINUING GUARANTY (this "Guaranty") is made as of May 3, 2012 by ORCHARD VALE
HOLDINGS, INC., a Delaware corporation ("Guarantor"), in favor of LINDEN STATE BANK (the
"Bank").

                                   RECITALS

     A. Orchard Vale Farms, LLC (the "Borrower") and the Bank have entered into a Loan
Agreement dated as of May 3, 2012 (the "Loan Agreement"), pursuant to which the Bank has
agreed to extend to the Borrower a revolving line of credit in a maximum principal amount of
$4,000,000 (the "Revolving Loan") and a term loan in the original principal amount of
$1,250,000 (the "Term Loan" and, together with the Revolving Loan, the "Loans").

     1. Guaranty. Guarantor unconditionally guarantees to the Bank the payment of all
obligations of the Borrower under the Loan Agreement.

ORCHARD VALE HOLDINGS, INC.

By: /s/ Maren T. Holt
Name: Maren T. Holt
Title: President
"""


def test_each_recited_loan_is_a_facility_under_the_recited_agreement() -> None:
    x = extract_text(_GUARANTY)
    assert facility_amounts(x) == {"Revolving Loan": 4000000, "Term Loan": 1250000}
    assert edges(x, "ISSUED_UNDER") >= {
        ("Revolving Loan", "Loan Agreement"),
        ("Term Loan", "Loan Agreement"),
    }


_PLEDGE = """PLEDGE AND SECURITY AGREEMENT

     This PLEDGE AND SECURITY AGREEMENT, dated as of January 9, 2015, is made by BRACKEN
ROW MILLS, INC., a Georgia corporation ("Grantor"), in favor of PEACHTREE COMMERCE BANK, as
agent (the "Agent") for the Lenders.

     Grantor, the Lenders and the Agent are parties to a Credit Agreement dated as of
January 9, 2015 (the "Credit Agreement"), under which the Lenders have agreed to make
revolving loans to Grantor in an aggregate principal amount not to exceed $20,000,000 at any
time outstanding (the "Revolving Facility") and a delayed draw term loan facility of up to
$6,000,000 (the "DDTL Facility").

     1. Grant. Grantor hereby grants to the Agent a security interest in all of its
equipment (the "Collateral") to secure the Obligations under the Credit Agreement.
"""


def test_plural_loans_and_a_facility_named_after_their_limits() -> None:
    x = extract_text(_PLEDGE)
    assert facility_amounts(x) == {"Revolving Facility": 20000000, "DDTL Facility": 6000000}
    assert ("DDTL Facility", "Credit Agreement") in edges(x, "ISSUED_UNDER")


def test_a_clause_that_grants_security_lends_nothing() -> None:
    text = _PLEDGE.replace(
        "under which the Lenders have agreed to make\nrevolving loans to Grantor",
        "under which Grantor has granted\nliens to the Agent",
    )
    assert "Revolving Facility" not in facility_amounts(extract_text(text))


def test_a_loan_recited_without_a_limit_is_left_alone() -> None:
    text = _GUARANTY.replace("in a maximum principal amount of\n$4,000,000 ", "")
    assert "Revolving Loan" not in facility_amounts(extract_text(text))
